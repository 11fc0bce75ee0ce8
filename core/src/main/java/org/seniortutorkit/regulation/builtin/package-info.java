/**
 * The kit's own rules, above the regulation engine: {@link org.seniortutorkit.regulation.builtin.BuiltInRules}
 * lists them, and each sub-package holds the rules of one area (monitoring, withdrawal, progression, tutoring,
 * mitigation, panels).
 */
package org.seniortutorkit.regulation.builtin;
