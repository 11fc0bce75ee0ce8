/**
 * The pieces of {@code senior-tutor check}: the built-in sample folder and summarising a report. Reading the
 * records folder itself is the records module's ({@code org.seniortutorkit.records}).
 */
package org.seniortutorkit.examples.cli.check;
