package org.seniortutorkit.regulation;

import java.util.List;
import java.util.Optional;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.tutoring.TutorAssignment;
import org.seniortutorkit.tutoring.TutorMeeting;

/**
 * A Personal Tutor with their assignments, tutees and meetings, plus the briefings and calendar the tutoring
 * rules read. Built by {@link RecordsIndex}.
 */
public record TutorCaseload(
    StaffMember tutor,
    List<TutorAssignment> assignments,
    List<Student> tutees,
    List<TutorMeeting> meetings,
    List<PolicyBriefing> briefings,
    Optional<AcademicCalendar> calendar) {

  /** The tutor's id: the subject of the findings about this caseload. */
  public StaffId id() {
    return tutor.id();
  }

  /** Meetings with {@code student}, in any order. */
  public List<TutorMeeting> meetingsWith(Student student) {
    return meetings.stream().filter(m -> m.student().equals(student.id())).toList();
  }
}
