/**
 * What can go wrong talking to Moodle, as a small closed hierarchy under {@link
 * org.seniortutorkit.moodle.errors.MoodleException}, each type telling an administrator what to fix.
 */
package org.seniortutorkit.moodle.errors;
