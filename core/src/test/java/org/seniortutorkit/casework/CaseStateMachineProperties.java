package org.seniortutorkit.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** No sequence of commands, by any actors, on any dates, takes a case outside what its machine allows. */
class CaseStateMachineProperties {
  /** How an attempt picks its command and role: at random, from the table with any role, or from the table with a permitted role. */
  enum Mode { RANDOM, TABLE_COMMAND, TABLE_COMMAND_AND_ROLE }

  record Attempt(Mode mode, CaseCommand command, CaseRole role, int pick, int daysLater) {
    /** The command and role actually tried on {@code c}. */
    Actor actor(StudentCase c) {
      if (mode == Mode.TABLE_COMMAND_AND_ROLE) {
        List<Transition> rows = rows(c);
        if (!rows.isEmpty()) {
          List<CaseRole> roles = List.copyOf(rows.get(pick % rows.size()).roles());
          return CaseFixtures.actorIn(roles.get(pick % roles.size()));
        }
      }
      return CaseFixtures.actorIn(role);
    }

    CaseCommand command(StudentCase c) {
      List<Transition> rows = rows(c);
      return mode == Mode.RANDOM || rows.isEmpty() ? command : rows.get(pick % rows.size()).command();
    }

    private static List<Transition> rows(StudentCase c) {
      return c.kind().machine().transitions().stream().filter(t -> t.from() == c.state()).toList();
    }
  }

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    Arbitrary<Attempt> attempt = Combinators.combine(
        Arbitraries.of(Mode.class), Arbitraries.of(CaseCommand.class), Arbitraries.of(CaseRole.class),
        Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(-3, 90))
        .as(Attempt::new);
    return attempt.list().ofMaxSize(40);
  }

  @Property(tries = 1000)
  void every_reached_state_and_every_step_is_allowed_by_the_machine(
      @ForAll CaseKind kind, @ForAll("attempts") List<Attempt> attempts) {
    StateMachine machine = kind.machine();
    StudentCase c = CaseFixtures.opened(kind);
    LocalDate day = CaseFixtures.OPENED;
    for (Attempt attempt : attempts) {
      day = day.plusDays(attempt.daysLater());
      StudentCase before = c;
      CaseCommand command = attempt.command(c);
      Actor actor = attempt.actor(c);
      CaseOutcome outcome = c.apply(command, actor, day);
      Statistics.collect(outcome.getClass().getSimpleName());
      if (outcome instanceof CaseOutcome.Applied applied) {
        c = applied.after();
        Transition row = machine.find(before.state(), command).orElseThrow();
        assertThat(row.roles()).contains(actor.role());
        assertThat(c.state()).isEqualTo(row.to());
        assertThat(c.version()).isEqualTo(before.version().next());
      } else {
        assertThat(c).isSameAs(before);
      }
      assertThat(machine.states()).contains(c.state());
      assertThat(c.version().number()).isEqualTo(c.history().size() + 1);
    }
  }

  @Property(tries = 300)
  void a_finished_case_accepts_no_command(@ForAll CaseKind kind, @ForAll("attempts") List<Attempt> attempts) {
    StudentCase c = CaseFixtures.opened(kind);
    LocalDate day = CaseFixtures.OPENED;
    for (Attempt attempt : attempts) {
      day = day.plusDays(Math.max(0, attempt.daysLater()));
      boolean finished = !c.isOpen();
      CaseOutcome outcome = c.apply(attempt.command(c), attempt.actor(c), day);
      if (finished) {
        assertThat(outcome).isInstanceOf(CaseOutcome.Rejected.class);
      }
      c = outcome instanceof CaseOutcome.Applied applied ? applied.after() : c;
    }
  }
}
