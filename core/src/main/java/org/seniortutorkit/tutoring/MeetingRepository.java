package org.seniortutorkit.tutoring;

import org.seniortutorkit.kernel.store.AggregateRepository;
import org.seniortutorkit.tutoring.MeetingId;
import org.seniortutorkit.tutoring.TutorMeeting;

/**
 * Tutor meetings, keyed by {@link MeetingId}. The tutor's {@code privateNote} is special-category data and is
 * stored as given; protecting it at rest is the store's job.
 */
public interface MeetingRepository extends AggregateRepository<MeetingId, TutorMeeting, MeetingQuery> {}
