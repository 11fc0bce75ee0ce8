/** Plain immutable records of what was read from Moodle, and the records folder that {@code moodle pull} writes. */
package org.seniortutorkit.moodle.records;
