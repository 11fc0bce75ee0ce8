package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.Version;
import org.seniortutorkit.kernel.CaseId;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.kernel.SelfValidating;
import org.seniortutorkit.kernel.SpecialCategory;

/**
 * A case about one student: an immutable aggregate whose state changes only through {@link #apply}, checked
 * against its kind's {@link StateMachine} and the actor's role. Each transition yields a new case with the next
 * {@link Version}, one more history step and a {@link CaseEvent}; a refused command changes nothing.
 *
 * <pre>{@code
 * StudentCase concern = StudentCase.open(CaseKind.CONCERN, CaseId.of("C-1"), student,
 *     Actor.of("T0042", CaseRole.PERSONAL_TUTOR), today, c -> c.concernSource(ConcernSource.TUTOR));
 * CaseOutcome outcome = concern.apply(CaseCommand.ESCALATE, Actor.of("T0042", CaseRole.PERSONAL_TUTOR), today);
 * }</pre>
 *
 * <p>Only {@link #evidenceSummary()} may hold special-category data; it is redacted from {@code toString} and
 * never copied into events, notifications or rejection messages.
 */
@Value.Immutable
@JsonSerialize(as = StudentCase.class)
@JsonDeserialize(as = StudentCase.class)
abstract class StudentCaseDef implements SelfValidating {
  public abstract CaseId id();

  public abstract CaseKind kind();

  public abstract StudentId student();

  public abstract DepartmentId department();

  public abstract StudyLevel level();

  public abstract CaseState state();

  public abstract Version version();

  public abstract LocalDate openedOn();

  public abstract Actor openedBy();

  public abstract List<CaseStep> history();

  /** The student's Personal Tutor, told about the case's progress. */
  public abstract Optional<StaffId> personalTutor();

  /** Disciplinary matters are never shown to a Senior Tutor whose department keeps them supportive only. */
  @Value.Default
  public boolean disciplinary() {
    return false;
  }

  public abstract Optional<ConcernSource> concernSource();

  /** The monitoring rule whose finding raised this concern, e.g. {@code MON-ATTENDANCE}. */
  public abstract Optional<RuleId> findingRule();

  /** The case this one came from: the concern an escalation escalates, the escalation a referral follows. */
  public abstract Optional<CaseId> relatedCase();

  public abstract Optional<ServiceId> service();

  public abstract Optional<DepartmentId> otherDepartment();

  public abstract Optional<TransferDirection> transferDirection();

  /** The prize or scholarship a nomination is for. */
  public abstract Optional<@Pattern(regexp = ".*\\S.*", message = "must not be blank") String> award();

  public abstract Optional<LocalDate> deadline();

  /** The nomination's score for ranking (e.g. the year's weighted average mark). */
  public abstract Optional<Double> score();

  public abstract Optional<@Min(1) Integer> rank();

  /** The assessments a mitigating-circumstances claim asks the panel to consider. */
  public abstract List<@NotBlank String> affectedAssessments();

  /** A summary of mitigating-circumstances evidence (health, bereavement ...): special-category data. */
  @SpecialCategory
  @Value.Redacted
  public abstract Optional<@Size(max = 10_000) String> evidenceSummary();

  /**
   * Opens a case of {@code kind} for {@code student} in the kind's initial state, if {@code openedBy}'s role may
   * open it; {@code details} fills in what the kind needs (a referral's service, a nomination's award ...).
   *
   * @throws CaseCommandRejectedException when the role may not open this kind of case
   */
  public static StudentCase open(CaseKind kind, CaseId id, Student student, Actor openedBy, LocalDate on,
      UnaryOperator<StudentCase.Builder> details) {
    StateMachine machine = kind.machine();
    if (!machine.openers().contains(openedBy.role())) {
      throw new CaseCommandRejectedException(Rejection.builder()
          .caseId(id).kind(kind).command("OPEN").actor(openedBy)
          .reason("a " + openedBy.role() + " may not open a " + kind + " case; openers are " + machine.openers())
          .build());
    }
    StudentCase.Builder builder = StudentCase.builder()
        .id(id).kind(kind).student(student.id()).department(student.department()).level(student.level())
        .state(machine.initial()).version(Version.first()).openedOn(on).openedBy(openedBy);
    return details.apply(builder).build();
  }

  /**
   * Applies {@code command} by {@code actor} on {@code on}: a new case and its event, or a rejection that names
   * the state, the command and why (and this case is unchanged, as always).
   */
  public CaseOutcome apply(CaseCommand command, Actor actor, LocalDate on) {
    StateMachine machine = kind().machine();
    Optional<Transition> row = machine.find(state(), command);
    if (row.isEmpty()) {
      return reject(command, actor, "no " + command + " transition from " + state() + "; allowed here: "
          + describe(machine.commandsIn(state())));
    }
    Transition transition = row.get();
    if (!transition.allows(actor.role())) {
      return reject(command, actor, command + " needs one of the roles " + transition.roles()
          + ", not " + actor.role());
    }
    Optional<String> guard = CaseGuards.refusal(self(), command, on);
    if (guard.isPresent()) {
      return reject(command, actor, guard.get());
    }
    return CaseOutcome.applied(advance(transition, actor, on));
  }

  /** Like {@link #apply} but throws on a rejection, for callers that treat it as an error. */
  public StudentCase applyOrThrow(CaseCommand command, Actor actor, LocalDate on) {
    return apply(command, actor, on).orElseThrow();
  }

  public boolean isOpen() {
    return !kind().machine().isTerminal(state());
  }

  /** The date of the last transition, or of opening. */
  public LocalDate lastActivityOn() {
    return history().isEmpty() ? openedOn() : history().get(history().size() - 1).on();
  }

  private StudentCase advance(Transition transition, Actor actor, LocalDate on) {
    Version next = version().next();
    return StudentCase.builder().from(self())
        .state(transition.to())
        .version(next)
        .addHistory(CaseStep.of(transition.from(), transition.command(), transition.to(), actor, on, next))
        .build();
  }

  private CaseOutcome reject(CaseCommand command, Actor actor, String reason) {
    return CaseOutcome.rejected(Rejection.builder()
        .caseId(id()).kind(kind()).state(state()).command(command.name()).actor(actor).reason(reason)
        .build());
  }

  private static String describe(List<CaseCommand> commands) {
    return commands.isEmpty() ? "none (the case is finished)" : commands.toString();
  }

  private StudentCase self() {
    return (StudentCase) this;
  }

  @Value.Check
  void isConsistentWithItsMachineAndHistory() {
    StateMachine machine = kind().machine();
    if (!machine.states().contains(state())) {
      throw InvalidValueException.of("StudentCase", "state", state(), "is not a state of a " + kind() + " case");
    }
    if (version().number() != history().size() + 1) {
      throw InvalidValueException.of("StudentCase", "version", version(),
          "must be " + (history().size() + 1) + " after " + history().size() + " transitions");
    }
    CaseState expected = machine.initial();
    for (CaseStep step : history()) {
      boolean allowed = step.from() == expected && machine.find(step.from(), step.command())
          .filter(row -> row.to() == step.to() && row.allows(step.actor().role())).isPresent();
      if (!allowed) {
        throw InvalidValueException.of("StudentCase", "history", step.from() + " -" + step.command() + "-> "
            + step.to() + " by " + step.actor(), "is not a transition a " + kind() + " case can make from " + expected);
      }
      expected = step.to();
    }
    if (state() != expected) {
      throw InvalidValueException.of("StudentCase", "state", state(), "must be " + expected + " as its history says");
    }
    CaseRequirements.check(self());
  }
}
