package org.seniortutorkit.casework;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The states, transitions and permitted roles of one kind of case, as data: a table of {@link Transition}s
 * that can be printed, documented and tested row by row.
 *
 * <pre>{@code
 * StateMachine referral = CaseKind.REFERRAL.machine();
 * referral.find(CaseState.REFERRED, CaseCommand.ACCEPT);   // Transition REFERRED -ACCEPT-> ACCEPTED_BY_SERVICE
 * }</pre>
 */
public final class StateMachine {
  private final CaseKind kind;
  private final CaseState initial;
  private final ImmutableSet<CaseRole> openers;
  private final ImmutableList<Transition> transitions;

  private StateMachine(CaseKind kind, CaseState initial, Set<CaseRole> openers, List<Transition> transitions) {
    this.kind = kind;
    this.initial = initial;
    this.openers = ImmutableSet.copyOf(openers);
    this.transitions = ImmutableList.copyOf(transitions);
    requireUniqueRows();
  }

  /** Starts a table for {@code kind}, whose cases start in {@code initial} and may be opened by {@code openers}. */
  public static Builder of(CaseKind kind, CaseState initial, CaseRole... openers) {
    return new Builder(kind, initial, EnumSet.copyOf(Arrays.asList(openers)));
  }

  public CaseKind kind() {
    return kind;
  }

  public CaseState initial() {
    return initial;
  }

  /** The roles that may open a case of this kind. */
  public ImmutableSet<CaseRole> openers() {
    return openers;
  }

  public ImmutableList<Transition> transitions() {
    return transitions;
  }

  /** Every state a case of this kind can be in: the initial state and every transition's ends. */
  public ImmutableSet<CaseState> states() {
    EnumSet<CaseState> states = EnumSet.of(initial);
    transitions.forEach(t -> {
      states.add(t.from());
      states.add(t.to());
    });
    return ImmutableSet.copyOf(states);
  }

  /** States with no way out: the case is finished. */
  public boolean isTerminal(CaseState state) {
    return transitions.stream().noneMatch(t -> t.from() == state);
  }

  public Optional<Transition> find(CaseState from, CaseCommand command) {
    return transitions.stream().filter(t -> t.from() == from && t.command() == command).findFirst();
  }

  /** The commands that have a row for {@code state}, in table order. */
  public ImmutableList<CaseCommand> commandsIn(CaseState state) {
    return transitions.stream()
        .filter(t -> t.from() == state)
        .map(Transition::command)
        .collect(ImmutableList.toImmutableList());
  }

  private void requireUniqueRows() {
    Set<String> seen = new java.util.HashSet<>();
    for (Transition t : transitions) {
      if (!seen.add(t.from() + "/" + t.command())) {
        throw new IllegalStateException(kind + " has two rows for " + t.command() + " in " + t.from());
      }
    }
  }

  /** Collects the rows of a table; see {@link CaseStateMachines}. */
  public static final class Builder {
    private final CaseKind kind;
    private final CaseState initial;
    private final Set<CaseRole> openers;
    private final List<Transition> rows = new ArrayList<>();

    private Builder(CaseKind kind, CaseState initial, Set<CaseRole> openers) {
      this.kind = kind;
      this.initial = initial;
      this.openers = openers;
    }

    /** A row: in {@code from}, {@code command} by one of {@code roles} leads to {@code to}. */
    public Builder on(CaseState from, CaseCommand command, CaseState to, CaseRole... roles) {
      rows.add(Transition.of(from, command, to, Arrays.asList(roles)));
      return this;
    }

    public StateMachine build() {
      return new StateMachine(kind, initial, openers, rows);
    }
  }
}
