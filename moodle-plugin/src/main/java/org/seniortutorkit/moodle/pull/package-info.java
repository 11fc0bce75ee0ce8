/** Reading a department (people, programmes, year groups, grades, completion, attendance) from Moodle in parallel. */
package org.seniortutorkit.moodle.pull;
