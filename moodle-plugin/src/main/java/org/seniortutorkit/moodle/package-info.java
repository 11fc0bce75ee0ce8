/**
 * The Moodle plugin: reads a department from Moodle and writes Personal Tutor assignments and concern notices
 * back, over Moodle's REST web services. See {@code docs/moodle.md}.
 */
package org.seniortutorkit.moodle;
