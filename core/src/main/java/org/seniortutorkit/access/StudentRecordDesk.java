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
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.Subject;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.student.Student;

/**
 * The one door to a student's record: each call decides access, records an audit entry (permitted or not)
 * and returns the view with whatever the viewer may not see redacted. Because callers get student data only
 * from here, every read and change is audited by construction. A change returns the changed case as a
 * {@link CaseView} shaped by the same purpose as a read, so acting on a case is no side door to its evidence.
 *
 * <p>Each operation has two entry points: one taking a {@link Viewer} the caller vouches for (tests, batch
 * jobs that build viewers from records), and one taking the authenticated principal, whose viewer the desk
 * resolves through the embedder's {@link ViewerSource}; a principal the source does not know is denied and
 * audited.
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
  private final ViewerSource viewers;

  /**
   * A desk deciding by {@code policy} and auditing to {@code audit}, whose principal entry points deny
   * everyone ({@link ViewerSource#nobody()}); the case desks it is given must audit to the same trail, so that
   * a case change and its entry are committed in one transaction.
   */
  public StudentRecordDesk(AccessPolicy policy, AuditTrail audit) {
    this(policy, audit, ViewerSource.nobody());
  }

  /** A desk as {@link #StudentRecordDesk(AccessPolicy, AuditTrail)}, resolving principals through {@code viewers}. */
  public StudentRecordDesk(AccessPolicy policy, AuditTrail audit, ViewerSource viewers) {
    this.policy = policy;
    this.audit = audit;
    this.viewers = viewers;
  }

  /** {@link #viewStudent(Viewer, Student, Purpose)} for the viewer the records give {@code principal}. */
  public DeskResult<StudentView> viewStudent(StaffId principal, Student student, Purpose purpose) {
    return viewers.viewerFor(principal).map(v -> viewStudent(v, student, purpose))
        .orElseGet(() -> unknown(principal, student, purpose, "student record"));
  }

  /** {@link #viewCase(Viewer, Student, CaseDesk, CaseId, Purpose)} for the viewer the records give {@code principal}. */
  public DeskResult<CaseView> viewCase(StaffId principal, Student student, CaseDesk cases, CaseId id,
      Purpose purpose) {
    return viewers.viewerFor(principal).map(v -> viewCase(v, student, cases, id, purpose))
        .orElseGet(() -> unknown(principal, student, purpose, "case " + id));
  }

  /**
   * {@link #actOnCase(Viewer, Student, CaseDesk, CaseId, CaseCommand, CaseRole, Purpose, LocalDate)} for the
   * viewer the records give {@code principal}.
   */
  public DeskResult<CaseView> actOnCase(StaffId principal, Student student, CaseDesk cases, CaseId id,
      CaseCommand command, CaseRole role, Purpose purpose, LocalDate on) {
    return viewers.viewerFor(principal).map(v -> actOnCase(v, student, cases, id, command, role, purpose, on))
        .orElseGet(() -> unknown(principal, student, purpose, "case " + id + " " + command));
  }

  /**
   * {@link #openCase(Viewer, Student, CaseDesk, CaseKind, CaseRole, Purpose, LocalDate, UnaryOperator)} for the
   * viewer the records give {@code principal}.
   */
  public DeskResult<CaseView> openCase(StaffId principal, Student student, CaseDesk cases, CaseKind kind,
      CaseRole role, Purpose purpose, LocalDate on, UnaryOperator<StudentCase.Builder> details) {
    return viewers.viewerFor(principal).map(v -> openCase(v, student, cases, kind, role, purpose, on, details))
        .orElseGet(() -> unknown(principal, student, purpose, "open " + kind + " case"));
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

  /**
   * The stored case {@code id}, as {@link #viewCase(Viewer, Student, StudentCase, Purpose)} shows it: read from
   * the store rather than taken from the caller, so the evidence shown is the case's own.
   */
  public DeskResult<CaseView> viewCase(Viewer viewer, Student student, CaseDesk cases, CaseId id, Purpose purpose) {
    return viewCase(viewer, student, cases.require(id), purpose);
  }

  /** A case file, with its evidence shown only if {@link RecordArea#MITIGATION_EVIDENCE} is permitted. */
  public DeskResult<CaseView> viewCase(Viewer viewer, Student student, StudentCase c, Purpose purpose) {
    AccessDecision file = policy.decide(request(viewer, student, purpose, RecordArea.CASE_FILE, Optional.of(c)));
    if (!file.permitted()) {
      return denied(viewer, student, purpose, "case " + c.id(), file);
    }
    boolean evidence = evidencePermitted(viewer, student, purpose, c);
    AuditEntry entry = record(viewer, student, purpose, AuditAction.READ,
        "case " + c.id() + " " + c.kind() + (evidence ? " with evidence" : " without evidence"), file);
    return new DeskResult<>(file, Optional.of(CaseView.forViewer(c, evidence)), entry);
  }

  /**
   * Applies a command to a case through {@code cases}, if {@code viewer} may work on the case file; the change
   * and its audit entry are committed in one transaction. The changed case comes back as {@code viewer} may see
   * it for {@code purpose} (its evidence withheld unless {@link RecordArea#MITIGATION_EVIDENCE} is permitted),
   * and the audit entry says whether the evidence was shown. A command the case's state machine refuses throws
   * {@link org.seniortutorkit.casework.CaseCommandRejectedException} after the attempt is audited as denied.
   */
  public DeskResult<CaseView> actOnCase(Viewer viewer, Student student, CaseDesk cases, CaseId id,
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
              "case " + id + " " + before.orElseThrow().state() + " -" + command + "-> " + after.state()
                  + evidenceNote(evidencePermitted(viewer, student, purpose, after)), file));
      return changed(viewer, student, purpose, file, change);
    } catch (RuntimeException refused) {
      record(viewer, student, purpose, AuditAction.DENIED, "case " + id + " " + command + " refused by the case", file);
      throw refused;
    }
  }

  /**
   * Opens a case about {@code student}, if {@code viewer} may see the student's record; audited as a change in
   * the same transaction (or as denied, when access or the case's rules refuse it). The opened case comes back
   * as {@code viewer} may see it for {@code purpose}, even though they supplied its details: the desk never
   * hands out evidence the purpose does not justify.
   */
  public DeskResult<CaseView> openCase(Viewer viewer, Student student, CaseDesk cases, CaseKind kind,
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
              "case " + opened.id() + " " + kind + " opened in " + opened.state()
                  + evidenceNote(evidencePermitted(viewer, student, purpose, opened)), profile));
      return changed(viewer, student, purpose, profile, change);
    } catch (RuntimeException refused) {
      record(viewer, student, purpose, AuditAction.DENIED, "open " + kind + " case refused by the case", profile);
      throw refused;
    }
  }

  /**
   * Opens a concern raised by a monitoring finding about {@code student}: no person acts, so no access decision
   * is made, but the change is audited, in the same transaction, with the monitoring rule as actor and rule.
   * The case records the finding's rule. It comes back with any evidence withheld, as no person's purpose
   * justifies showing it.
   *
   * @throws IllegalArgumentException if {@code finding} is not about {@code student}
   */
  public CaseView openConcernFromFinding(Student student, CaseDesk cases, Finding finding, LocalDate on,
      UnaryOperator<StudentCase.Builder> details) {
    // A finding about another student (or a tutor, claim or panel) must never open a case on this student's file.
    checkArgument(finding.subject().equals(Subject.student(student.id())),
        "the %s finding is about %s, not student %s", finding.ruleId(), finding.subject(), student.id());
    RuleId findingRule = finding.ruleId();
    CaseAudit byMonitoring = (before, opened) -> AuditRecord.builder().actor("monitoring").student(student.id())
        .action(AuditAction.CHANGE).subject("case " + opened.id() + " CONCERN opened in " + opened.state())
        .purpose(Purpose.CASEWORK.name()).rule("monitoring finding " + findingRule).build();
    return CaseView.forViewer(cases.open(CaseKind.CONCERN, student, Actor.of("monitoring", CaseRole.MONITORING), on,
        b -> details.apply(b.concernSource(ConcernSource.MONITORING_FINDING).findingRule(findingRule)), byMonitoring)
        .studentCase(), false);
  }

  private boolean evidencePermitted(Viewer viewer, Student student, Purpose purpose, StudentCase c) {
    return policy.decide(request(viewer, student, purpose, RecordArea.MITIGATION_EVIDENCE, Optional.of(c))).permitted();
  }

  private static String evidenceNote(boolean shown) {
    return shown ? " with evidence" : " without evidence";
  }

  /** The changed case as the viewer may see it; decided again on the stored case, as the entry's note was. */
  private DeskResult<CaseView> changed(Viewer viewer, Student student, Purpose purpose, AccessDecision decision,
      CaseChange change) {
    StudentCase c = change.studentCase();
    return new DeskResult<>(decision, Optional.of(CaseView.forViewer(c, evidencePermitted(viewer, student, purpose, c))),
        change.audited());
  }

  /** A principal the viewer source does not know: denied by default and audited under the principal's id. */
  private <T> DeskResult<T> unknown(StaffId principal, Student student, Purpose purpose, String subject) {
    AccessDecision decision = new AccessDecision.Deny(
        principal + " has no staff record that gives access to student records", AccessRule.DENY_BY_DEFAULT);
    AuditEntry entry = audit.record(AuditRecord.builder()
        .actor(principal.value()).student(student.id()).action(AuditAction.DENIED).subject(subject)
        .purpose(purpose.name()).rule(decision.rule().toString()).build());
    return new DeskResult<>(decision, Optional.empty(), entry);
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
