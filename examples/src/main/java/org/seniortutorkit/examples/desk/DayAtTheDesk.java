package org.seniortutorkit.examples.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.seniortutorkit.access.AccessPolicy;
import org.seniortutorkit.access.CaseView;
import org.seniortutorkit.access.ConsentRegister;
import org.seniortutorkit.access.DeskResult;
import org.seniortutorkit.access.PrivacyPolicy;
import org.seniortutorkit.access.Purpose;
import org.seniortutorkit.access.RecordArea;
import org.seniortutorkit.access.StudentRecordDesk;
import org.seniortutorkit.access.StudentView;
import org.seniortutorkit.access.Viewer;
import java.util.stream.Stream;
import org.seniortutorkit.audit.AuditTrail;
import org.seniortutorkit.audit.ChainVerification;
import org.seniortutorkit.casework.CaseCommand;
import org.seniortutorkit.casework.CaseDesk;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.CaseNotifications;
import org.seniortutorkit.casework.CaseRole;
import org.seniortutorkit.casework.CaseQuery;
import org.seniortutorkit.casework.testing.CollectingNotificationPublisher;
import org.seniortutorkit.casework.ConcernSource;
import org.seniortutorkit.casework.DeadlineReminders;
import org.seniortutorkit.casework.Notification;
import org.seniortutorkit.casework.ServiceDirectory;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.casework.SupportService;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.store.Versioned;
import org.seniortutorkit.persistence.Transactor;
import org.seniortutorkit.persistence.memory.InMemoryPersistence;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.Student;

/**
 * A day at the Senior Tutor's desk, end to end on the sample department and its records: two concerns raised
 * (one by a tutor, one from the day's attendance finding), one escalated and referred to the Student Wellbeing
 * Adviser, the records' pending mitigating-circumstances claim taken through the panel, a refused look at a
 * record, and the deadline reminders of the day; then the audit chain verified. The people are the
 * department's own (see {@link DeskPeople}). Everything goes through {@link StudentRecordDesk}, so
 * every read and change is in the audit log, and each case change is committed with its audit entry in one
 * transaction of the store the day is given.
 *
 * <pre>{@code
 * DayAtTheDesk.Result day = DayAtTheDesk.run();
 * day.lines().forEach(System.out::println);
 * day.auditVerification().isIntact();   // true
 * }</pre>
 */
public final class DayAtTheDesk {
  /** The sample day: a Tuesday late in the autumn term, eight weeks and a day after teaching began. */
  public static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  /** What the day produced: printable lines, the cases as they stand, and the audit chain's verification. */
  public record Result(List<String> lines, List<StudentCase> cases, List<Notification> notifications,
      ChainVerification auditVerification) {}

  private final DeskPeople people = new DeskPeople(DAY);
  private final List<String> lines = new ArrayList<>();
  private final CollectingNotificationPublisher published = new CollectingNotificationPublisher();
  private final Transactor store;
  private final AuditTrail audit;
  private final CaseDesk cases;
  private final StudentRecordDesk desk;

  private CaseId claimId;

  private DayAtTheDesk(Transactor store) {
    this.store = store;
    this.audit = new AuditTrail(store, Clock.fixed(DAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    this.cases = new CaseDesk(store, audit,
        new CaseNotifications(published, (department, level) -> Set.of(people.seniorTutor.id())),
        ServiceDirectory.standard().with(SupportService.builder().id(ServiceDirectory.WELLBEING_ADVISER)
            .name("Student Wellbeing Adviser").contact(people.adviser.id()).build()));
    this.desk = new StudentRecordDesk(
        new AccessPolicy(PrivacyPolicy.standard(),
            ConsentRegister.empty().withConsent(people.claimant.id(), RecordArea.DISABILITY_DETAILS)),
        audit, people.viewers);
  }

  /** The day with its cases and audit trail kept in memory. */
  public static Result run() {
    return run(InMemoryPersistence.create());
  }

  /**
   * The day with its cases and audit trail kept in the store the caller says, e.g. a database through any
   * persistence adapter ({@code JdbcPersistence.embeddedH2(folder)}).
   */
  public static Result run(Transactor store) {
    return new DayAtTheDesk(store).day();
  }

  /** Every stored case, in id order. */
  private List<StudentCase> allCases() {
    return store.inTransaction(work -> {
      try (Stream<Versioned<StudentCase>> stored = work.cases().stream(CaseQuery.all())) {
        return stored.map(Versioned::value).toList();
      }
    });
  }

  private Result day() {
    say("A day at the Senior Tutor's desk, " + people.department.name() + ", " + DAY);
    concernFromMonitoring();
    StudentCase worry = concernFromTutor();
    referToWellbeing(worry);
    mitigatingCircumstances();
    refusedLook();
    remindersOfTheDay();
    say("");
    say("Notifications sent today (" + published.published().size() + "):");
    published.published().forEach(n -> say("  to " + n.recipient() + ": " + n.text()));
    ChainVerification verification = audit.verify();
    say("");
    say("Audit log: " + audit.entries().size() + " entries; " + verification.summary());
    say("Open at the end of the day: " + allCases().stream().filter(StudentCase::isOpen)
        .map(c -> c.id() + " " + c.kind() + " " + c.state()).toList());
    return new Result(List.copyOf(lines), allCases(), published.published(), verification);
  }

  private StudentCase concernFromMonitoring() {
    Student flagged = people.flagged;
    StudentCase concern = desk.openConcernFromFinding(flagged, cases, people.flaggedBy, DAY,
        b -> b.personalTutor(people.tutorOf(flagged).id())).studentCase();
    say("09:00 monitoring raised " + concern.id() + " CONCERN about " + flagged.id() + " ("
        + concern.findingRule().orElseThrow() + ": " + people.flaggedBy.explanation() + ")");
    StudentCase acknowledged = act(people.tutorView(flagged), flagged, concern, CaseCommand.ACKNOWLEDGE,
        CaseRole.PERSONAL_TUTOR, Purpose.PASTORAL_SUPPORT);
    return act(people.tutorView(flagged), flagged, acknowledged, CaseCommand.RESOLVE, CaseRole.PERSONAL_TUTOR,
        Purpose.PASTORAL_SUPPORT);
  }

  private StudentCase concernFromTutor() {
    Student worried = people.worried;
    StaffMember tutor = people.tutorOf(worried);
    DeskResult<StudentView> seen = desk.viewStudent(people.tutorView(worried), worried, Purpose.PASTORAL_SUPPORT);
    // The demo prints what the view holds, not the needs themselves: its output is no place for them.
    say("09:30 " + tutor.fullName() + " looks up " + worried.id() + ": sees "
        + seen.orElseThrow().visibleNeeds().size() + " complex need(s) for pastoral support; withheld "
        + seen.orElseThrow().withheldAreas() + " (" + seen.decision().rule() + ")");
    StudentCase concern = desk.openCase(people.tutorView(worried), worried, cases, CaseKind.CONCERN,
        CaseRole.PERSONAL_TUTOR, Purpose.PASTORAL_SUPPORT, DAY,
        b -> b.concernSource(ConcernSource.TUTOR).personalTutor(tutor.id())).orElseThrow().studentCase();
    say("09:35 " + tutor.fullName() + " raised " + concern.id() + " CONCERN about " + worried.id());
    return act(people.tutorView(worried), worried, concern, CaseCommand.ESCALATE, CaseRole.PERSONAL_TUTOR,
        Purpose.PASTORAL_SUPPORT);
  }

  private void referToWellbeing(StudentCase concern) {
    Viewer st = people.seniorTutorView();
    Student worried = people.worried;
    StaffId tutor = people.tutorOf(worried).id();
    // The Senior Tutor signs in: the desk resolves who they are from the staff records, not from the caller.
    StudentCase escalation = desk.openCase(people.seniorTutor.id(), worried, cases, CaseKind.ESCALATION,
        CaseRole.SENIOR_TUTOR, Purpose.CASEWORK, DAY, b -> b.relatedCase(concern.id()).personalTutor(tutor))
        .orElseThrow().studentCase();
    say("10:00 " + people.seniorTutor.fullName() + " took " + concern.id() + " up as " + escalation.id()
        + " ESCALATION");
    StudentCase reviewing = act(st, worried, escalation, CaseCommand.ACKNOWLEDGE, CaseRole.SENIOR_TUTOR,
        Purpose.CASEWORK);
    StudentCase referred = act(st, worried, reviewing, CaseCommand.REFER, CaseRole.SENIOR_TUTOR, Purpose.CASEWORK);
    StudentCase referral = desk.openCase(st, worried, cases, CaseKind.REFERRAL, CaseRole.SENIOR_TUTOR,
        Purpose.CASEWORK, DAY, b -> b.service(ServiceDirectory.WELLBEING_ADVISER).relatedCase(referred.id())
            .personalTutor(tutor)).orElseThrow().studentCase();
    say("10:20 " + referral.id() + " REFERRAL of " + worried.id() + " to the "
        + cases.services().require(ServiceDirectory.WELLBEING_ADVISER).name());
    act(people.adviserView(referral), worried, referral, CaseCommand.ACCEPT, CaseRole.SERVICE_CONTACT,
        Purpose.CASEWORK);
    act(st, worried, concern, CaseCommand.CLOSE, CaseRole.SENIOR_TUTOR, Purpose.CASEWORK);
    act(st, worried, referred, CaseCommand.CLOSE, CaseRole.SENIOR_TUTOR, Purpose.CASEWORK);
  }

  /** The records' pending claim with evidence, taken to the panel; its description is the evidence summary. */
  private void mitigatingCircumstances() {
    Viewer st = people.seniorTutorView();
    Student claimant = people.claimant;
    StudentCase claim = desk.openCase(st, claimant, cases, CaseKind.MITIGATING_CIRCUMSTANCES,
        CaseRole.SENIOR_TUTOR, Purpose.CASEWORK, DAY,
        b -> b.addAffectedAssessments(people.claim.module() + " " + people.claim.assessment())
            .evidenceSummary(people.claim.description().orElse("evidence supplied with claim " + people.claim.id()))
            .personalTutor(people.tutorOf(claimant).id())).orElseThrow().studentCase();
    say("11:00 " + claim.id() + " MITIGATING_CIRCUMSTANCES claim for " + claimant.id() + " (claim "
        + people.claim.id() + ", affects " + claim.affectedAssessments() + ")");
    claimId = claim.id();
    claim = act(st, claimant, claim, CaseCommand.SEND_TO_PANEL, CaseRole.SENIOR_TUTOR, Purpose.CASEWORK);
    Viewer panel = people.panelMemberView(claim.id());
    // Read from the store: the case the Senior Tutor's desk calls returned has its evidence withheld.
    CaseView pack = desk.viewCase(panel, claimant, cases, claim.id(), Purpose.MITIGATION_PANEL).orElseThrow();
    say("14:00 panel member " + panel.id() + " (" + panel.faculty() + ") reads the pack of " + claim.id()
        + (pack.evidenceWithheld() ? " without" : " with") + " its evidence");
    CaseView stView = desk.viewCase(people.seniorTutor.id(), claimant, cases, claim.id(), Purpose.CASEWORK)
        .orElseThrow();
    say("14:05 the Senior Tutor's view of " + claim.id() + (stView.evidenceWithheld() ? " withholds" : " shows")
        + " the evidence (it is for the panel only)");
    act(panel, claimant, claim, CaseCommand.UPHOLD, CaseRole.PANEL_MEMBER, Purpose.MITIGATION_PANEL);
  }

  private void refusedLook() {
    Viewer panel = people.panelMemberView(claimId);
    DeskResult<StudentView> refused = desk.viewStudent(panel, people.worried, Purpose.MITIGATION_PANEL);
    say("15:00 " + panel.id() + " asked for " + people.worried.id() + "'s record: "
        + (refused.permitted() ? "shown" : "refused, " + refused.decision()));
  }

  private void remindersOfTheDay() {
    StudentCase nomination = desk.openCase(people.seniorTutorView(), people.nominee, cases, CaseKind.NOMINATION,
        CaseRole.SENIOR_TUTOR, Purpose.REFERENCE_WRITING, DAY.minusDays(10),
        b -> b.award("Perkin Prize for Organic Chemistry").deadline(DAY.plusDays(3))
            .score(Math.round(people.nomineeAverage * 10) / 10.0)).orElseThrow().studentCase();
    List<Notification> reminders = DeadlineReminders.standard().dueOn(allCases(), DAY);
    say("16:00 deadline reminders for today: " + reminders.size());
    reminders.forEach(n -> say("  to " + n.recipient() + ": " + n.text()));
    say("       (" + nomination.id() + " is still " + nomination.state() + ")");
  }

  private StudentCase act(Viewer viewer, Student student, StudentCase c,
      CaseCommand command, CaseRole role, Purpose purpose) {
    StudentCase next = desk.actOnCase(viewer, student, cases, c.id(), command, role, purpose, DAY).orElseThrow()
        .studentCase();
    say("      " + c.id() + " " + c.state() + " -" + command + "-> " + next.state() + " by " + viewer.id());
    return next;
  }

  private void say(String line) {
    lines.add(line);
  }
}
