package org.seniortutorkit.tutoring;

import org.seniortutorkit.kernel.store.AggregateRepository;
import org.seniortutorkit.tutoring.TutorAssignment;

/** Tutor assignments, keyed by student and academic year; results are ordered by student, then year. */
public interface TutorAssignmentRepository
    extends AggregateRepository<AssignmentKey, TutorAssignment, AssignmentQuery> {}
