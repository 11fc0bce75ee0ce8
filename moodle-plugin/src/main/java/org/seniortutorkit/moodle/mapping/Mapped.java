package org.seniortutorkit.moodle.mapping;

import java.util.List;

/** The domain values a mapping produced, and why the rest could not be mapped (by Moodle id, no personal data). */
public record Mapped<T>(List<T> values, List<String> problems) {}
