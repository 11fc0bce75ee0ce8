/**
 * The records folder: one file per kind of record (students, staff, modules and marks, attendance, meetings,
 * submissions, claims, panels, assignments, ...), JSON or CSV, read into {@link
 * org.seniortutorkit.regulation.StudentRecords} and written back. This package is the one owner of the
 * folder's format (see {@code docs/getting-started.md}); commands and the Moodle mapping call it.
 */
package org.seniortutorkit.records;
