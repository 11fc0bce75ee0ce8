package org.seniortutorkit.tutoring;

import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.tutoring.TutorMeeting;

/** Which meetings to read: a student's, a tutor's, those held in an academic year. */
@Value.Immutable
abstract class MeetingQueryDef {
  public abstract Optional<StudentId> student();

  public abstract Optional<StaffId> tutor();

  /** Meetings held within this academic year (1 August to 31 July). */
  public abstract Optional<AcademicYear> academicYear();

  public static MeetingQuery all() {
    return MeetingQuery.builder().build();
  }

  public boolean matches(TutorMeeting meeting) {
    return student().map(meeting.student()::equals).orElse(true)
        && tutor().map(meeting.tutor()::equals).orElse(true)
        && academicYear().map(year -> year.contains(meeting.heldOn())).orElse(true);
  }
}
