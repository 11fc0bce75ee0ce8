/** The pieces of {@code senior-tutor check}: reading a records folder (JSON and CSV) and summarising a report. */
package org.seniortutorkit.examples.cli.check;
