package org.seniortutorkit.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.seniortutorkit.casework.Actor;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.CaseOutcome;
import org.seniortutorkit.casework.CaseRole;
import org.seniortutorkit.casework.ConcernSource;
import org.seniortutorkit.casework.ServiceId;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.casework.TransferDirection;
import org.seniortutorkit.casework.Transition;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.student.Student;

/**
 * jqwik generators of valid cases of every kind: opened with what the kind needs plus any optional details,
 * then driven through a random walk of the transitions its machine allows (the only way a case changes).
 */
public final class CaseArbitraries {
  private CaseArbitraries() {}

  /** The details a case may carry; each is applied when present or when the case's kind requires it. */
  record Details(Optional<StaffId> personalTutor, boolean disciplinary, Optional<ConcernSource> concernSource,
      Optional<RuleId> findingRule, Optional<CaseId> relatedCase, Optional<ServiceId> service,
      Optional<DepartmentId> otherDepartment, Optional<TransferDirection> transferDirection) {}

  record NominationDetails(Optional<String> award, Optional<LocalDate> deadline, Optional<Double> score,
      Optional<Integer> rank, List<String> affectedAssessments, Optional<String> evidenceSummary) {}

  /** One step of the walk: which allowed row and role to take, by whom, and how many days later. */
  record Step(int pick, String actorId, int daysLater) {}

  public static Arbitrary<StudentCase> studentCases() {
    return Combinators.combine(Arbitraries.of(CaseKind.class), DomainArbitraries.identifiers().map(CaseId::of),
        DomainArbitraries.students(), Arbitraries.integers().between(0, 100), DomainArbitraries.identifiers(),
        DomainArbitraries.dates(), details(), nominationDetails())
        .as(CaseArbitraries::open)
        .flatMap(opened -> steps().list().ofMaxSize(8).map(steps -> walk(opened, steps)));
  }

  public static Arbitrary<ServiceId> serviceIds() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(1).ofMaxLength(64)
        .map(ServiceId::of);
  }

  private static Arbitrary<Details> details() {
    return Combinators.combine(DomainArbitraries.staffIds().optional(), Arbitraries.of(true, false),
        Arbitraries.of(ConcernSource.class).optional(), DomainArbitraries.identifiers().map(RuleId::of).optional(),
        DomainArbitraries.identifiers().map(CaseId::of).optional(), serviceIds().optional(),
        DomainArbitraries.identifiers().map(DepartmentId::of).optional(),
        Arbitraries.of(TransferDirection.class).optional())
        .as(Details::new);
  }

  private static Arbitrary<NominationDetails> nominationDetails() {
    return Combinators.combine(DomainArbitraries.names().optional(), DomainArbitraries.dates().optional(),
        Arbitraries.doubles().between(0, 100).ofScale(4).optional(), Arbitraries.integers().between(1, 500).optional(),
        DomainArbitraries.names().list().ofMaxSize(3), Arbitraries.strings().ofMaxLength(300).optional())
        .as(NominationDetails::new);
  }

  private static Arbitrary<Step> steps() {
    return Combinators.combine(Arbitraries.integers().between(0, 1000), DomainArbitraries.identifiers(),
        Arbitraries.integers().between(0, 60)).as(Step::new);
  }

  private static StudentCase open(CaseKind kind, CaseId id, Student student, int openerPick, String openerId,
      LocalDate on, Details details, NominationDetails more) {
    List<CaseRole> openers = List.copyOf(kind.machine().openers());
    Actor opener = Actor.of(openerId, openers.get(openerPick % openers.size()));
    return StudentCase.open(kind, id, student, opener, on, b -> b
        .personalTutor(required(details.personalTutor(), kind == CaseKind.REFERENCE_REQUEST, StaffId.of("T0042")))
        .disciplinary(details.disciplinary())
        .concernSource(required(details.concernSource(), kind == CaseKind.CONCERN, ConcernSource.TUTOR))
        .findingRule(required(details.findingRule(),
            details.concernSource().filter(ConcernSource.MONITORING_FINDING::equals).isPresent(), RuleId.of("MON-ATTENDANCE")))
        .relatedCase(details.relatedCase())
        .service(required(details.service(), kind == CaseKind.REFERRAL, ServiceId.of("wellbeing")))
        .otherDepartment(required(details.otherDepartment(), kind == CaseKind.TRANSFER, DepartmentId.of("PHYS")))
        .transferDirection(required(details.transferDirection(), kind == CaseKind.TRANSFER,
            TransferDirection.OUT_OF_DEPARTMENT))
        .award(required(more.award(), kind == CaseKind.NOMINATION, "Perkin Prize"))
        .deadline(required(more.deadline(), kind == CaseKind.NOMINATION, on.plusMonths(3)))
        .score(more.score())
        .rank(more.rank())
        .affectedAssessments(more.affectedAssessments().isEmpty() && kind == CaseKind.MITIGATING_CIRCUMSTANCES
            ? List.of("CHEM101 exam") : more.affectedAssessments())
        .evidenceSummary(more.evidenceSummary()));
  }

  private static <T> Optional<T> required(Optional<T> generated, boolean required, T fallback) {
    return generated.isPresent() || !required ? generated : Optional.of(fallback);
  }

  private static StudentCase walk(StudentCase opened, List<Step> steps) {
    StudentCase c = opened;
    for (Step step : steps) {
      StudentCase current = c;
      List<Transition> rows = current.kind().machine().transitions().stream()
          .filter(t -> t.from() == current.state()).toList();
      if (rows.isEmpty()) {
        break;
      }
      Transition row = rows.get(step.pick() % rows.size());
      List<CaseRole> roles = List.copyOf(row.roles());
      Actor actor = Actor.of(step.actorId(), roles.get(step.pick() % roles.size()));
      // A date guard (a nomination's deadline) may refuse the step; the walk then carries on from where it was.
      CaseOutcome outcome = current.apply(row.command(), actor, current.lastActivityOn().plusDays(step.daysLater()));
      if (outcome instanceof CaseOutcome.Applied applied) {
        c = applied.after();
      }
    }
    return c;
  }
}
