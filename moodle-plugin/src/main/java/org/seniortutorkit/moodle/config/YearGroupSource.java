package org.seniortutorkit.moodle.config;

/** Members of cohort {@code cohortIdnumber} are in year {@code yearOfStudy}. */
public record YearGroupSource(int yearOfStudy, String cohortIdnumber) {}
