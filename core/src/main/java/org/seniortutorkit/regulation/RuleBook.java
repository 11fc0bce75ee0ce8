package org.seniortutorkit.regulation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Stream;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.monitoring.AttendanceBelowThreshold;
import org.seniortutorkit.monitoring.MarksDropped;
import org.seniortutorkit.monitoring.MissedSubmissions;
import org.seniortutorkit.monitoring.NoRecentTutorMeeting;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.regulation.mitigation.ClaimRule;
import org.seniortutorkit.regulation.mitigation.ClaimWithinDeadline;
import org.seniortutorkit.regulation.mitigation.EvidenceProvided;
import org.seniortutorkit.regulation.mitigation.LateSubmissionPenalty;
import org.seniortutorkit.regulation.mitigation.SelfCertificationDays;
import org.seniortutorkit.regulation.mitigation.SelfCertificationForMinorCourseworkOnly;
import org.seniortutorkit.regulation.mitigation.SelfCertificationsPerTerm;
import org.seniortutorkit.regulation.panels.MembersFromAnotherFaculty;
import org.seniortutorkit.regulation.panels.NoConflictOfInterest;
import org.seniortutorkit.regulation.panels.PanelRule;
import org.seniortutorkit.regulation.panels.Quorum;
import org.seniortutorkit.regulation.panels.SupportiveOnlySeniorTutorsStayOff;
import org.seniortutorkit.regulation.progression.ProgressionRule;
import org.seniortutorkit.regulation.tutoring.BriefingsAcknowledged;
import org.seniortutorkit.regulation.tutoring.CpdUpToDate;
import org.seniortutorkit.regulation.tutoring.FirstYearsMetEarly;
import org.seniortutorkit.regulation.tutoring.MaximumTutees;
import org.seniortutorkit.regulation.tutoring.MeetingsEachTerm;
import org.seniortutorkit.regulation.tutoring.NoTuteesBeforeWorkshop;
import org.seniortutorkit.regulation.withdrawal.WithdrawalProcedure;

/**
 * Every current rule, in one place. Adding a rule means writing its class and listing it here (and citing it
 * in the default policy pack, which a test checks).
 */
public final class RuleBook {
  private final List<StudentRule> studentRules;
  private final ProgressionRule progression;
  private final List<TutorRule> tutorRules;
  private final List<ClaimRule> claimRules;
  private final LateSubmissionPenalty latePenalty;
  private final List<PanelRule> panelRules;

  private RuleBook() {
    this.studentRules = List.of(new AttendanceBelowThreshold(), new MissedSubmissions(), new MarksDropped(),
        new NoRecentTutorMeeting(), new WithdrawalProcedure());
    this.progression = new ProgressionRule();
    this.tutorRules = List.of(new NoTuteesBeforeWorkshop(), new MeetingsEachTerm(), new FirstYearsMetEarly(),
        new MaximumTutees(), new CpdUpToDate(), new BriefingsAcknowledged());
    this.claimRules = List.of(new ClaimWithinDeadline(), new EvidenceProvided(),
        new SelfCertificationForMinorCourseworkOnly(), new SelfCertificationsPerTerm(), new SelfCertificationDays());
    this.latePenalty = new LateSubmissionPenalty();
    this.panelRules = List.of(new MembersFromAnotherFaculty(), new NoConflictOfInterest(),
        new SupportiveOnlySeniorTutorsStayOff(), new Quorum());
  }

  /** The rules in force in this version of the kit. */
  public static RuleBook current() {
    return new RuleBook();
  }

  /** Monitoring and withdrawal rules, run for every student (progression is separate). */
  public List<StudentRule> studentRules() {
    return studentRules;
  }

  public ProgressionRule progression() {
    return progression;
  }

  public List<TutorRule> tutorRules() {
    return tutorRules;
  }

  public List<ClaimRule> claimRules() {
    return claimRules;
  }

  public LateSubmissionPenalty latePenalty() {
    return latePenalty;
  }

  public List<PanelRule> panelRules() {
    return panelRules;
  }

  /** Every rule, for listings and documentation. */
  public ImmutableList<RegulationRule> all() {
    return Stream.of(studentRules.stream(), Stream.of(progression), tutorRules.stream(), claimRules.stream(),
            Stream.of(latePenalty), panelRules.stream())
        .flatMap(s -> s.map(RegulationRule.class::cast))
        .collect(ImmutableList.toImmutableList());
  }

  /** Ids of rules {@code policy} gives no citation for: a pack that leaves any out is incomplete. */
  public List<RuleId> uncited(Policy policy) {
    return all().stream().map(RegulationRule::id).filter(id -> policy.citation(id).isEmpty()).toList();
  }
}
