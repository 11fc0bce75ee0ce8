/**
 * The command line's progress bar, in its own package below the commands: the top-level command names its
 * sub-commands (picocli's {@code subcommands}), so anything the sub-commands share must not live beside it.
 */
package org.seniortutorkit.examples.cli.progress;
