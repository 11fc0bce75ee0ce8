package org.seniortutorkit.moodle.config;

import java.util.List;
import java.util.Optional;
import org.seniortutorkit.institution.StudyLevel;

/**
 * Which Moodle courses and cohort make up a programme: students enrolled (as the student role) in any of
 * {@code courseShortnames} or members of {@code cohortIdnumber} belong to programme {@code code}.
 */
public record ProgrammeSource(String code, StudyLevel level, List<String> courseShortnames,
    Optional<String> cohortIdnumber) {}
