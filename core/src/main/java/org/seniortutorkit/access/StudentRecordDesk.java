package org.seniortutorkit.access;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.seniortutorkit.audit.AuditAction;
import org.seniortutorkit.audit.AuditEntry;
import org.seniortutorkit.audit.AuditTrail;
import org.seniortutorkit.audit.AuditRecord;
import org.seniortutorkit.casework.Actor;
import org.seniortutorkit.casework.CaseAudit;
import org.seniortutorkit.casework.CaseChange;
import org.seniortutorkit.casework.CaseCommand;
import org.seniortutorkit.casework.CaseDesk;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.ConcernSource;
import org.seniortutorkit.casework.CaseRole;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.kernel.Subject;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.student.Student;

/**
 * The one door to a student's record: each call decides access, records an audit entry (permitted or not)
 * and returns the view with whatever the viewer may not see redacted. Because callers get student data only
 * from here, every read and change is audited by construction.
 *
 * <pre>{@code
 * DeskResult<StudentView> seen = desk.viewStudent(tutor, student, Purpose.PASTORAL_SUPPORT);
 * seen.orElseThrow().complexNeedsText();   // "WELLBEING_CONCERN, <redacted>"
 * }</pre>
 */
public final class StudentRecordDesk {
  private static final Set<RecordArea> NEED_AREAS =
      EnumSet.of(RecordArea.DISABILITY_DETAILS, RecordArea.WELLBEING_AND_CIRCUMSTANCES);

  private final AccessPolicy policy;
  private final AuditTrail audit;

  /**
   * A desk deciding by {@code policy} and auditing to {@code audit}; the case desks it is given must audit to
   * the same trail, so that a case change and its entry are committed in one transaction.
   */
  public StudentRecordDesk(AccessPolicy policy, AuditTrail audit) {
    this.policy = policy;
    this.audit = audit;
  }

  /** The student's profile, with complex needs shown only in the special-category areas permitted. */
  public DeskResult<StudentView> viewStudent(Viewer viewer, Student student, Purpose purpose) {
    AccessDecision profile = policy.decide(request(viewer, student, purpose, RecordArea.PROFILE, Optional.empty()));
    if (!profile.permitted()) {
      return denied(viewer, student, purpose, "student record", profile);
    }
    Set<RecordArea> shown = EnumSet.noneOf(RecordArea.class);
    for (RecordArea area : NEED_AREAS) {
      if (policy.decide(request(viewer, student, purpose, area, Optional.empty())).permitted()) {
        shown.add(area);
      }
    }
    StudentView view = StudentView.of(student, shown);
    AuditEntry entry = record(viewer, student, purpose, AuditAction.READ,
        "student record: " + areas(EnumSet.of(RecordArea.PROFILE), shown, view.withheldAreas()), profile);
    return new DeskResult<>(profile, Optional.of(view), entry);
  }

  /** A case file, with its evidence shown only if {@link RecordArea#MITIGATION_EVIDENCE} is permitted. */
  public DeskResult<CaseView> viewCase(Viewer viewer, Student student, StudentCase c, Purpose purpose) {
    AccessDecision file = policy.decide(request(viewer, student, purpose, RecordArea.CASE_FILE, Optional.of(c)));
    if (!file.permitted()) {
      return denied(viewer, student, purpose, "case " + c.id(), file);
    }
    boolean evidence = policy.decide(
        request(viewer, student, purpose, RecordArea.MITIGATION_EVIDENCE, Optional.of(c))).permitted();
    AuditEntry entry = record(viewer, student, purpose, AuditAction.READ,
        "case " + c.id() + " " + c.kind() + (evidence ? " with evidence" : " without evidence"), file);
    return new DeskResult<>(file, Optional.of(CaseView.forViewer(c, evidence)), entry);
  }

  /**
   * Applies a command to a case through {@code cases}, if {@code viewer} may work on the case file; the change
   * and its audit entry are committed in one transaction. A command the case's state machine refuses throws
   * {@link org.seniortutorkit.casework.CaseCommandRejectedException} after the attempt is audited as denied.
   */
  public DeskResult<StudentCase> actOnCase(Viewer viewer, Student student, CaseDesk cases, CaseId id,
      CaseCommand command, CaseRole role, Purpose purpose, LocalDate on) {
    StudentCase current = cases.require(id);
    AccessDecision file = policy.decide(request(viewer, student, purpose, RecordArea.CASE_FILE, Optional.of(current)));
    if (!file.permitted()) {
      return denied(viewer, student, purpose, "case " + id + " " + command, file);
    }
    Optional<String> notHeld = CaseRoleClaims.refusal(viewer, student, Optional.of(id), role);
    if (notHeld.isPresent()) {
      return denied(viewer, student, purpose, "case " + id + " " + command,
          new AccessDecision.Deny(notHeld.get(), AccessRule.CASE_ROLE_HELD));
    }
    try {
      CaseChange change = cases.act(id, command, Actor.of(viewer.id().value(), role), on,
          (before, after) -> entry(viewer, student, purpose, AuditAction.CHANGE,
              "case " + id + " " + before.orElseThrow().state() + " -" + command + "-> " + after.state(), file));
      return new DeskResult<>(file, Optional.of(change.studentCase()), change.audited());
    } catch (RuntimeException refused) {
      record(viewer, student, purpose, AuditAction.DENIED, "case " + id + " " + command + " refused by the case", file);
      throw refused;
    }
  }

  /**
   * Opens a case about {@code student}, if {@code viewer} may see the student's record; audited as a change in
   * the same transaction (or as denied, when access or the case's rules refuse it).
   */
  public DeskResult<StudentCase> openCase(Viewer viewer, Student student, CaseDesk cases, CaseKind kind,
      CaseRole role, Purpose purpose, LocalDate on, UnaryOperator<StudentCase.Builder> details) {
    AccessDecision profile = policy.decide(request(viewer, student, purpose, RecordArea.PROFILE, Optional.empty()));
    if (!profile.permitted()) {
      return denied(viewer, student, purpose, "open " + kind + " case", profile);
    }
    Optional<String> notHeld = CaseRoleClaims.refusal(viewer, student, Optional.empty(), role);
    if (notHeld.isPresent()) {
      return denied(viewer, student, purpose, "open " + kind + " case",
          new AccessDecision.Deny(notHeld.get(), AccessRule.CASE_ROLE_HELD));
    }
    try {
      CaseChange change = cases.open(kind, student, Actor.of(viewer.id().value(), role), on, details,
          (before, opened) -> entry(viewer, student, purpose, AuditAction.CHANGE,
              "case " + opened.id() + " " + kind + " opened in " + opened.state(), profile));
      return new DeskResult<>(profile, Optional.of(change.studentCase()), change.audited());
    } catch (RuntimeException refused) {
      record(viewer, student, purpose, AuditAction.DENIED, "open " + kind + " case refused by the case", profile);
      throw refused;
    }
  }

  /**
   * Opens a concern raised by a monitoring finding about {@code student}: no person acts, so no access decision
   * is made, but the change is audited, in the same transaction, with the monitoring rule as actor and rule.
   * The case records the finding's rule.
   *
   * @throws IllegalArgumentException if {@code finding} is not about {@code student}
   */
  public StudentCase openConcernFromFinding(Student student, CaseDesk cases, Finding finding, LocalDate on,
      UnaryOperator<StudentCase.Builder> details) {
    // A finding about another student (or a tutor, claim or panel) must never open a case on this student's file.
    checkArgument(finding.subject().equals(Subject.student(student.id())),
        "the %s finding is about %s, not student %s", finding.ruleId(), finding.subject(), student.id());
    RuleId findingRule = finding.ruleId();
    CaseAudit byMonitoring = (before, opened) -> AuditRecord.builder().actor("monitoring").student(student.id())
        .action(AuditAction.CHANGE).subject("case " + opened.id() + " CONCERN opened in " + opened.state())
        .purpose(Purpose.CASEWORK.name()).rule("monitoring finding " + findingRule).build();
    return cases.open(CaseKind.CONCERN, student, Actor.of("monitoring", CaseRole.MONITORING), on,
        b -> details.apply(b.concernSource(ConcernSource.MONITORING_FINDING).findingRule(findingRule)), byMonitoring)
        .studentCase();
  }

  private static AccessRequest request(Viewer viewer, Student student, Purpose purpose, RecordArea area,
      Optional<StudentCase> c) {
    return AccessRequest.builder().viewer(viewer).student(student).purpose(purpose).area(area).studentCase(c).build();
  }

  private <T> DeskResult<T> denied(Viewer viewer, Student student, Purpose purpose, String subject,
      AccessDecision decision) {
    AuditEntry entry = record(viewer, student, purpose, AuditAction.DENIED, subject, decision);
    return new DeskResult<>(decision, Optional.empty(), entry);
  }

  private AuditEntry record(Viewer viewer, Student student, Purpose purpose, AuditAction action, String subject,
      AccessDecision decision) {
    return audit.record(entry(viewer, student, purpose, action, subject, decision));
  }

  private static AuditRecord entry(Viewer viewer, Student student, Purpose purpose, AuditAction action,
      String subject, AccessDecision decision) {
    return AuditRecord.builder()
        .actor(viewer.id().value()).student(student.id()).action(action).subject(subject)
        .purpose(purpose.name()).rule(decision.rule().toString()).build();
  }

  private static String areas(Set<RecordArea> base, Set<RecordArea> shown, Set<RecordArea> withheld) {
    Set<RecordArea> all = EnumSet.copyOf(base);
    all.addAll(shown);
    String text = all.stream().map(Enum::name).collect(Collectors.joining(", ")) + " shown";
    return withheld.isEmpty() ? text : text + "; " + withheld.stream().map(Enum::name)
        .collect(Collectors.joining(", ")) + " withheld";
  }
}
