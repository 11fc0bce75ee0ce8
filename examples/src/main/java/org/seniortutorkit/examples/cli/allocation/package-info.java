/** The {@code allocate} and {@code bench allocate} commands: Personal Tutor allocation from files. */
package org.seniortutorkit.examples.cli.allocation;
