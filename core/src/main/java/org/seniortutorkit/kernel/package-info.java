/**
 * The shared kernel: the identifiers every capability uses (students, staff, departments, faculties, the
 * institution, cases, claims, panels, rules), {@link Subject} (whom a finding is about) and the conventions every
 * value type follows ({@link DomainValue}, self-validation, {@link SpecialCategory}). It depends on no other
 * package of the kit, so that capabilities can share ids without depending on each other.
 */
@DomainValue
package org.seniortutorkit.kernel;
