package org.seniortutorkit.moodle.records;

/** Whether a student completed a course; {@code configured} is false when the course has no criteria. */
public record CompletionRecord(String studentNumber, String course, boolean configured, boolean completed) {}
