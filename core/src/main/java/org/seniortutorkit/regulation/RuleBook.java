package org.seniortutorkit.regulation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.policy.Policy;

/**
 * The rules a {@link RegulationCheck} runs, grouped by what they read. The engine knows only the rule
 * interfaces; the kit's own rules are listed in {@code org.seniortutorkit.regulation.builtin.BuiltInRules},
 * and an embedder adds, replaces or removes rules by id with a {@link Builder}:
 *
 * <pre>{@code
 * RuleBook rules = BuiltInRules.current().toBuilder()
 *     .addStudentRule(new OurPlacementRule())
 *     .replace(new OurStricterAttendanceRule())   // same id as the built-in MON-ATTENDANCE
 *     .remove(RuleId.of("TUT-CPD"))
 *     .build();
 * CheckReport report = new RegulationCheck(rules).run(records, layers);
 * }</pre>
 */
public final class RuleBook {
  private final ImmutableList<StudentRule> studentRules;
  private final Optional<ProgressionRule> progression;
  private final ImmutableList<TutorRule> tutorRules;
  private final ImmutableList<ClaimRule> claimRules;
  private final Optional<LatePenaltyRule> latePenalty;
  private final ImmutableList<PanelRule> panelRules;

  private RuleBook(Builder builder) {
    this.studentRules = ImmutableList.copyOf(builder.studentRules);
    this.progression = Optional.ofNullable(builder.progression);
    this.tutorRules = ImmutableList.copyOf(builder.tutorRules);
    this.claimRules = ImmutableList.copyOf(builder.claimRules);
    this.latePenalty = Optional.ofNullable(builder.latePenalty);
    this.panelRules = ImmutableList.copyOf(builder.panelRules);
  }

  /** An empty builder: a rule book with no rules until some are added. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this book's rules, in their order. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.studentRules.addAll(studentRules);
    builder.progression = progression.orElse(null);
    builder.tutorRules.addAll(tutorRules);
    builder.claimRules.addAll(claimRules);
    builder.latePenalty = latePenalty.orElse(null);
    builder.panelRules.addAll(panelRules);
    return builder;
  }

  /** Monitoring and withdrawal rules, run for every student (progression is separate). */
  public List<StudentRule> studentRules() {
    return studentRules;
  }

  /** The progression rule, if the book has one. */
  public Optional<ProgressionRule> progression() {
    return progression;
  }

  /** Rules about each Personal Tutor and their tutees. */
  public List<TutorRule> tutorRules() {
    return tutorRules;
  }

  /** Rules about each pending mitigating-circumstances claim. */
  public List<ClaimRule> claimRules() {
    return claimRules;
  }

  /** The late-submission penalty, if the book has one. */
  public Optional<LatePenaltyRule> latePenalty() {
    return latePenalty;
  }

  /** Rules about each proposed panel. */
  public List<PanelRule> panelRules() {
    return panelRules;
  }

  /** Every rule, for listings and documentation. */
  public ImmutableList<RegulationRule> all() {
    return Stream.of(studentRules.stream(), progression.stream(), tutorRules.stream(), claimRules.stream(),
            latePenalty.stream(), panelRules.stream())
        .flatMap(s -> s.map(RegulationRule.class::cast))
        .collect(ImmutableList.toImmutableList());
  }

  /** Ids of rules {@code policy} gives no citation for: a pack that leaves any out is incomplete. */
  public List<RuleId> uncited(Policy policy) {
    return all().stream().map(RegulationRule::id).filter(id -> policy.citation(id).isEmpty()).toList();
  }

  /**
   * Collects rules for a {@link RuleBook}. Rule ids are unique across the whole book, since policy packs cite
   * rules by id: adding a rule whose id is taken fails, and {@link #replace} swaps the rule with that id for
   * another of the same kind, keeping its place in the order the sweep runs them.
   */
  public static final class Builder {
    private final List<StudentRule> studentRules = new ArrayList<>();
    private ProgressionRule progression;
    private final List<TutorRule> tutorRules = new ArrayList<>();
    private final List<ClaimRule> claimRules = new ArrayList<>();
    private LatePenaltyRule latePenalty;
    private final List<PanelRule> panelRules = new ArrayList<>();

    private Builder() {}

    /** Adds a rule run for every student. */
    public Builder addStudentRule(StudentRule rule) {
      requireFree(rule);
      studentRules.add(rule);
      return this;
    }

    /** Sets the progression rule; the book must not have one yet. */
    public Builder progression(ProgressionRule rule) {
      requireFree(rule);
      if (progression != null) {
        throw new IllegalArgumentException("The rule book already has a progression rule, "
            + progression.id() + "; replace it instead");
      }
      progression = rule;
      return this;
    }

    /** Adds a rule run for every Personal Tutor. */
    public Builder addTutorRule(TutorRule rule) {
      requireFree(rule);
      tutorRules.add(rule);
      return this;
    }

    /** Adds a rule run for every pending claim. */
    public Builder addClaimRule(ClaimRule rule) {
      requireFree(rule);
      claimRules.add(rule);
      return this;
    }

    /** Sets the late-submission penalty; the book must not have one yet. */
    public Builder latePenalty(LatePenaltyRule rule) {
      requireFree(rule);
      if (latePenalty != null) {
        throw new IllegalArgumentException("The rule book already has a late penalty, "
            + latePenalty.id() + "; replace it instead");
      }
      latePenalty = rule;
      return this;
    }

    /** Adds a rule run for every proposed panel. */
    public Builder addPanelRule(PanelRule rule) {
      requireFree(rule);
      panelRules.add(rule);
      return this;
    }

    /**
     * Replaces the rule with {@code rule}'s id by {@code rule}, which must be of the same kind (a student
     * rule for a student rule, and so on).
     *
     * @throws IllegalArgumentException if no rule has that id, or the rule with that id is of another kind
     */
    public Builder replace(RegulationRule rule) {
      RuleId id = rule.id();
      if (replaceIn(studentRules, StudentRule.class, rule) || replaceIn(tutorRules, TutorRule.class, rule)
          || replaceIn(claimRules, ClaimRule.class, rule) || replaceIn(panelRules, PanelRule.class, rule)) {
        return this;
      }
      if (progression != null && progression.id().equals(id)) {
        progression = kindOf(ProgressionRule.class, rule);
        return this;
      }
      if (latePenalty != null && latePenalty.id().equals(id)) {
        latePenalty = kindOf(LatePenaltyRule.class, rule);
        return this;
      }
      throw new IllegalArgumentException("No rule with id " + id + " to replace");
    }

    /**
     * Removes the rule with id {@code ruleId}.
     *
     * @throws IllegalArgumentException if no rule has that id
     */
    public Builder remove(RuleId ruleId) {
      boolean removed = studentRules.removeIf(r -> r.id().equals(ruleId))
          | tutorRules.removeIf(r -> r.id().equals(ruleId))
          | claimRules.removeIf(r -> r.id().equals(ruleId))
          | panelRules.removeIf(r -> r.id().equals(ruleId));
      if (progression != null && progression.id().equals(ruleId)) {
        progression = null;
        removed = true;
      }
      if (latePenalty != null && latePenalty.id().equals(ruleId)) {
        latePenalty = null;
        removed = true;
      }
      if (!removed) {
        throw new IllegalArgumentException("No rule with id " + ruleId + " to remove");
      }
      return this;
    }

    /** The rule book holding the rules collected so far. */
    public RuleBook build() {
      return new RuleBook(this);
    }

    private void requireFree(RegulationRule rule) {
      RuleId id = rule.id();
      boolean taken = Stream.of(studentRules.stream(), Stream.ofNullable(progression), tutorRules.stream(),
              claimRules.stream(), Stream.ofNullable(latePenalty), panelRules.stream())
          .flatMap(s -> s.map(RegulationRule.class::cast))
          .anyMatch(r -> r.id().equals(id));
      if (taken) {
        throw new IllegalArgumentException("A rule with id " + id + " is already in the book; replace it instead");
      }
    }

    private static <R extends RegulationRule> boolean replaceIn(List<R> rules, Class<R> kind,
        RegulationRule rule) {
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).id().equals(rule.id())) {
          rules.set(i, kindOf(kind, rule));
          return true;
        }
      }
      return false;
    }

    private static <R extends RegulationRule> R kindOf(Class<R> kind, RegulationRule rule) {
      if (!kind.isInstance(rule)) {
        throw new IllegalArgumentException("Rule " + rule.id() + " replaces a " + kind.getSimpleName()
            + " but is not one");
      }
      return kind.cast(rule);
    }
  }
}
