package org.seniortutorkit.moodle.records;

import java.time.Instant;
import java.util.List;

/**
 * Everything one {@code pull} read from Moodle, as plain records for later stages (allocation, monitoring,
 * regulation checks) to read. {@code problems} lists what could not be read or mapped, by Moodle id only.
 */
public record PulledRecords(String site, Instant pulledAt, List<StudentRecord> students, List<StaffRecord> staff,
    List<CourseRecord> courses, List<GradeRecord> grades, List<CompletionRecord> completions,
    List<AttendanceRecord> attendance, List<String> problems) {}
