package org.seniortutorkit.persistence.tutoring;

import org.seniortutorkit.persistence.AggregateRepository;
import org.seniortutorkit.tutoring.TutorAssignment;

/** Tutor assignments, keyed by student and academic year; results are ordered by student, then year. */
public interface TutorAssignmentRepository
    extends AggregateRepository<AssignmentKey, TutorAssignment, AssignmentQuery> {}
