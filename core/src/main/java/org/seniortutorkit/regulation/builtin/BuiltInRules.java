package org.seniortutorkit.regulation.builtin;

import org.seniortutorkit.regulation.RegulationCheck;
import org.seniortutorkit.regulation.RuleBook;
import org.seniortutorkit.regulation.builtin.mitigation.ClaimWithinDeadline;
import org.seniortutorkit.regulation.builtin.mitigation.EvidenceProvided;
import org.seniortutorkit.regulation.builtin.mitigation.LateSubmissionPenalty;
import org.seniortutorkit.regulation.builtin.mitigation.SelfCertificationDays;
import org.seniortutorkit.regulation.builtin.mitigation.SelfCertificationForMinorCourseworkOnly;
import org.seniortutorkit.regulation.builtin.mitigation.SelfCertificationsPerTerm;
import org.seniortutorkit.regulation.builtin.monitoring.AttendanceBelowThreshold;
import org.seniortutorkit.regulation.builtin.monitoring.MarksDropped;
import org.seniortutorkit.regulation.builtin.monitoring.MissedSubmissions;
import org.seniortutorkit.regulation.builtin.monitoring.NoRecentTutorMeeting;
import org.seniortutorkit.regulation.builtin.panels.MembersFromAnotherFaculty;
import org.seniortutorkit.regulation.builtin.panels.NoConflictOfInterest;
import org.seniortutorkit.regulation.builtin.panels.Quorum;
import org.seniortutorkit.regulation.builtin.panels.SupportiveOnlySeniorTutorsStayOff;
import org.seniortutorkit.regulation.builtin.progression.StandardProgression;
import org.seniortutorkit.regulation.builtin.tutoring.BriefingsAcknowledged;
import org.seniortutorkit.regulation.builtin.tutoring.CpdUpToDate;
import org.seniortutorkit.regulation.builtin.tutoring.FirstYearsMetEarly;
import org.seniortutorkit.regulation.builtin.tutoring.MaximumTutees;
import org.seniortutorkit.regulation.builtin.tutoring.MeetingsEachTerm;
import org.seniortutorkit.regulation.builtin.tutoring.NoTuteesBeforeWorkshop;
import org.seniortutorkit.regulation.builtin.withdrawal.WithdrawalProcedure;

/**
 * Every rule of this version of the kit, in one place. Adding a rule means writing its class and listing it
 * here (and citing it in the default policy pack, which a test checks). It sits above the engine so that the
 * engine never depends on a rule: an embedder starts from {@link #current()} and adds, replaces or removes
 * rules with {@link RuleBook#toBuilder()}.
 */
public final class BuiltInRules {
  private BuiltInRules() {}

  /** The rules in force in this version of the kit. */
  public static RuleBook current() {
    return RuleBook.builder()
        .addStudentRule(new AttendanceBelowThreshold())
        .addStudentRule(new MissedSubmissions())
        .addStudentRule(new MarksDropped())
        .addStudentRule(new NoRecentTutorMeeting())
        .addStudentRule(new WithdrawalProcedure())
        .progression(new StandardProgression())
        .addTutorRule(new NoTuteesBeforeWorkshop())
        .addTutorRule(new MeetingsEachTerm())
        .addTutorRule(new FirstYearsMetEarly())
        .addTutorRule(new MaximumTutees())
        .addTutorRule(new CpdUpToDate())
        .addTutorRule(new BriefingsAcknowledged())
        .addClaimRule(new ClaimWithinDeadline())
        .addClaimRule(new EvidenceProvided())
        .addClaimRule(new SelfCertificationForMinorCourseworkOnly())
        .addClaimRule(new SelfCertificationsPerTerm())
        .addClaimRule(new SelfCertificationDays())
        .latePenalty(new LateSubmissionPenalty())
        .addPanelRule(new MembersFromAnotherFaculty())
        .addPanelRule(new NoConflictOfInterest())
        .addPanelRule(new SupportiveOnlySeniorTutorsStayOff())
        .addPanelRule(new Quorum())
        .build();
  }

  /** A sweep with the {@link #current()} rules. */
  public static RegulationCheck regulationCheck() {
    return new RegulationCheck(current());
  }
}
