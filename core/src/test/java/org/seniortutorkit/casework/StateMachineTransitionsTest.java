package org.seniortutorkit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seniortutorkit.casework.CaseFixtures.actorIn;
import static org.seniortutorkit.casework.CaseFixtures.dateFor;
import static org.seniortutorkit.casework.CaseFixtures.inState;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of every transition table, allowed and refused; every command a state has no row for, refused. */
class StateMachineTransitionsTest {

  static Stream<Arguments> everyTransition() {
    return Arrays.stream(CaseKind.values())
        .flatMap(kind -> kind.machine().transitions().stream().map(t -> Arguments.of(kind, t)));
  }

  static Stream<Arguments> everyMissingRow() {
    return Arrays.stream(CaseKind.values()).flatMap(kind -> kind.machine().states().stream()
        .flatMap(state -> Arrays.stream(CaseCommand.values())
            .filter(command -> kind.machine().find(state, command).isEmpty())
            .map(command -> Arguments.of(kind, state, command))));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("everyTransition")
  void every_role_of_a_row_may_make_its_transition(CaseKind kind, Transition row) {
    for (CaseRole role : row.roles()) {
      StudentCase before = inState(kind, row.from());

      StudentCase after = before.applyOrThrow(row.command(), actorIn(role), dateFor(row));

      assertThat(after.state()).isEqualTo(row.to());
      assertThat(after.version()).isEqualTo(before.version().next());
      assertThat(after.history()).last().isEqualTo(
          CaseStep.of(row.from(), row.command(), row.to(), actorIn(role), dateFor(row), after.version()));
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("everyTransition")
  void every_other_role_is_refused_naming_state_command_and_the_roles_needed(CaseKind kind, Transition row) {
    Set<CaseRole> others = EnumSet.complementOf(EnumSet.copyOf(row.roles()));
    for (CaseRole role : others) {
      StudentCase before = inState(kind, row.from());

      CaseOutcome outcome = before.apply(row.command(), actorIn(role), dateFor(row));

      Rejection rejection = outcome.rejection().orElseThrow();
      assertThat(rejection.message())
          .contains("in state " + row.from())
          .contains("refused " + row.command())
          .contains(row.command() + " needs one of the roles " + row.roles() + ", not " + role);
    }
  }

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @MethodSource("everyMissingRow")
  void a_command_without_a_row_is_refused_naming_the_commands_allowed(CaseKind kind, CaseState state,
      CaseCommand command) {
    StudentCase before = inState(kind, state);

    CaseOutcome outcome = before.apply(command, actorIn(CaseRole.SENIOR_TUTOR), CaseFixtures.AFTER_DEADLINE);

    assertThat(outcome.rejection().orElseThrow().message())
        .contains("in state " + state)
        .contains("refused " + command)
        .contains("no " + command + " transition from " + state)
        .contains("allowed here: ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void every_state_of_a_machine_is_reachable_from_its_initial_state(CaseKind kind) {
    for (CaseState state : kind.machine().states()) {
      assertThat(CaseFixtures.pathTo(kind.machine(), state)).as("%s reaches %s", kind, state).isPresent();
    }
  }

  static Stream<CaseKind> kinds() {
    return Arrays.stream(CaseKind.values());
  }
}
