/** Plain-text tables for the command line that fit the terminal's width by wrapping long text, never ids. */
package org.seniortutorkit.examples.cli.table;
