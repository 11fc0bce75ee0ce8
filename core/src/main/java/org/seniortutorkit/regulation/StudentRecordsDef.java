package org.seniortutorkit.regulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.regulation.panels.PanelProposal;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.tutoring.TutorAssignment;
import org.seniortutorkit.tutoring.TutorMeeting;

/**
 * Everything the rules read, as of one date: students and staff, tutor assignments and meetings, marks,
 * attendance, submissions, claims, withdrawal warnings, policy briefings and proposed panels. The calendar
 * and departments are optional; rules that need them (meetings per term, faculty policy packs) skip without.
 */
@Value.Immutable
@JsonSerialize(as = StudentRecords.class)
@JsonDeserialize(as = StudentRecords.class)
abstract class StudentRecordsDef {
  /** The date the check is run as of: windows end here. */
  public abstract LocalDate asOf();

  public abstract Optional<AcademicCalendar> calendar();

  public abstract List<Department> departments();

  public abstract List<Student> students();

  public abstract List<StaffMember> staff();

  public abstract List<TutorAssignment> assignments();

  public abstract List<TutorMeeting> meetings();

  public abstract List<ModuleResult> results();

  public abstract List<AttendanceEvent> attendance();

  public abstract List<Submission> submissions();

  public abstract List<MitigatingCircumstancesClaim> claims();

  public abstract List<WithdrawalWarning> warnings();

  public abstract List<PolicyBriefing> briefings();

  public abstract List<PanelProposal> panels();
}
