/**
 * The thin layer between Moodle's records and the core domain ({@code Student}, {@code StaffMember}, {@code
 * TutorAssignment}). Kept apart so a change in the domain model touches only these files.
 */
package org.seniortutorkit.moodle.mapping;
