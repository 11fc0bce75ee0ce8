package org.seniortutorkit.regulation.builtin.progression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.kernel.Subject;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.ModuleResult;
import org.seniortutorkit.regulation.ProgressionRule;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.regulation.Severity;
import org.seniortutorkit.regulation.StudentFile;
import org.seniortutorkit.regulation.StudentRule;
import org.seniortutorkit.regulation.progression.MakeGoodRoute;
import org.seniortutorkit.regulation.progression.ProgressionDecision;
import org.seniortutorkit.regulation.progression.ProgressionOutcome;

/**
 * PROG-OUTCOME: decides progression from the latest attempt at each module of the student's most recent year.
 *
 * <ol>
 *   <li>A reassessment mark is capped at the pass mark (if {@code progression.capResitMarks}).
 *   <li>A module passes at or above the pass mark for the student's level (UG 40, PGT 50 by default).
 *   <li>Marks within the compensation zone (e.g. 30-39) may be compensated, up to the credit limit, if the
 *       credit-weighted average of the year is at least the pass mark; a core (must-pass) module never is.
 *   <li>No failed module left: PROGRESS. A failed module on its last allowed attempt: REQUIRED_TO_WITHDRAW.
 *       Otherwise MAKE_GOOD_DEFICIENCIES: by RESIT up to the resit credit limit, else by REPEAT_YEAR.
 * </ol>
 */
public final class StandardProgression implements StudentRule, ProgressionRule {
  @Override
  public RuleId id() {
    return RuleId.of("PROG-OUTCOME");
  }

  @Override
  public String title() {
    return "Progression: progress, make good the deficiencies, or withdraw";
  }

  /** The decision for the student's most recent year with results, or empty if they have no results. */
  @Override
  public Optional<ProgressionDecision> decide(StudentFile file, Policy policy) {
    return YearResults.latest(file.results()).map(year -> decide(file, year, policy));
  }

  @Override
  public Optional<Finding> check(StudentFile file, Policy policy, LocalDate asOf) {
    return decide(file, policy).flatMap(decision -> findingFor(file, decision, policy));
  }

  /** The finding for a decision that is not to progress (the Senior Tutor advises the student). */
  @Override
  public Optional<Finding> findingFor(StudentFile file, ProgressionDecision decision, Policy policy) {
    if (decision.outcome() == ProgressionOutcome.PROGRESS) {
      return Optional.empty();
    }
    boolean withdraw = decision.outcome() == ProgressionOutcome.REQUIRED_TO_WITHDRAW;
    return Optional.of(Finding.by(this, policy).subject(Subject.student(file.id()))
        .severity(decision.rank() >= 2 ? Severity.HIGH : Severity.MEDIUM)
        .action(withdraw ? RecommendedAction.REFER_TO_REGISTRY : RecommendedAction.ESCALATE_TO_SENIOR_TUTOR)
        .outcome(findingOutcome(decision))
        .explanation(String.join("; ", decision.reasons()))
        .addAllReferences(decision.failedModules())
        .build());
  }

  // The finding's outcome names the route too, as the decision's summary does (MAKE_GOOD_DEFICIENCIES/RESIT).
  private static FindingOutcome findingOutcome(ProgressionDecision decision) {
    if (decision.outcome() == ProgressionOutcome.REQUIRED_TO_WITHDRAW) {
      return FindingOutcome.REQUIRED_TO_WITHDRAW;
    }
    return decision.route()
        .map(route -> route == MakeGoodRoute.RESIT ? FindingOutcome.MAKE_GOOD_DEFICIENCIES_BY_RESIT
            : FindingOutcome.MAKE_GOOD_DEFICIENCIES_BY_REPEAT_YEAR)
        .orElse(FindingOutcome.MAKE_GOOD_DEFICIENCIES);
  }

  private ProgressionDecision decide(StudentFile file, YearResults year, Policy policy) {
    StudyLevel level = file.student().level();
    int passMark = policy.passMark(level);
    int zoneFloor = passMark - policy.number(PolicySetting.COMPENSATION_ZONE_WIDTH);
    int maxAttempts = policy.number(PolicySetting.MAX_ATTEMPTS_PER_MODULE);
    boolean cap = policy.flag(PolicySetting.CAP_RESIT_MARKS);
    List<String> reasons = new ArrayList<>();
    List<ModuleResult> zone = new ArrayList<>();
    List<ModuleResult> failed = new ArrayList<>();
    long weighted = 0;
    int credits = 0;
    for (ModuleResult result : year.latestAttempts()) {
      int mark = effectiveMark(result, cap, passMark);
      weighted += (long) mark * result.credits();
      credits += result.credits();
      if (mark >= passMark) {
        continue;
      }
      (mark >= zoneFloor ? zone : failed).add(result);
    }
    double average = (double) weighted / credits;
    // Plain concatenation: String.format here cost more than all the regulation logic in a sweep.
    reasons.add(level + " " + label(year.year()) + ": " + credits + " credits, average " + oneDecimal(average)
        + ", pass mark " + passMark);
    List<ModuleResult> compensated = compensate(zone, level, average, passMark, maxAttempts, policy, reasons);
    zone.removeAll(compensated);
    failed.addAll(zone);
    failed.sort(java.util.Comparator.comparing(ModuleResult::module));
    ProgressionDecision.Builder decision = ProgressionDecision.builder().student(file.id())
        .academicYear(year.year()).citation(policy.citation(id()).orElse("(not cited)"))
        .compensatedModules(compensated.stream().map(ModuleResult::module).toList());
    for (ModuleResult result : failed) {
      int mark = effectiveMark(result, cap, passMark);
      decision.addFailedModules(result.module());
      reasons.add(result.module() + " failed: mark " + mark + (mark != result.mark() ? " (capped)" : "")
          + ", attempt " + result.attempt() + " of " + maxAttempts);
      if (result.attempt() >= maxAttempts) {
        decision.addExhaustedModules(result.module());
      }
    }
    return outcome(decision, failed, maxAttempts, policy, reasons).reasons(reasons).build();
  }

  private static ProgressionDecision.Builder outcome(ProgressionDecision.Builder decision,
      List<ModuleResult> failed, int maxAttempts, Policy policy, List<String> reasons) {
    if (failed.isEmpty()) {
      reasons.add("all modules passed or compensated: progress");
      return decision.outcome(ProgressionOutcome.PROGRESS);
    }
    if (failed.stream().anyMatch(r -> r.attempt() >= maxAttempts)) {
      reasons.add("a failed module has used all " + maxAttempts + " attempts: required to withdraw");
      return decision.outcome(ProgressionOutcome.REQUIRED_TO_WITHDRAW);
    }
    int failedCredits = failed.stream().mapToInt(ModuleResult::credits).sum();
    int resitLimit = policy.number(PolicySetting.RESIT_MAX_FAILED_CREDITS);
    boolean resit = failedCredits <= resitLimit;
    reasons.add(failedCredits + " failed credits " + (resit ? "within" : "above") + " the resit limit of "
        + resitLimit + ": " + (resit ? "resit" : "repeat the year"));
    return decision.outcome(ProgressionOutcome.MAKE_GOOD_DEFICIENCIES)
        .route(resit ? MakeGoodRoute.RESIT : MakeGoodRoute.REPEAT_YEAR);
  }

  private static List<ModuleResult> compensate(List<ModuleResult> zone, StudyLevel level, double average,
      int passMark, int maxAttempts, Policy policy, List<String> reasons) {
    int capacity = policy.compensationMaxCredits(level);
    if (zone.isEmpty() || capacity == 0) {
      return List.of();
    }
    if (average < passMark) {
      reasons.add("no compensation: average below the pass mark");
      return List.of();
    }
    List<ModuleResult> compensable = zone.stream().filter(r -> !r.core()).toList();
    zone.stream().filter(ModuleResult::core)
        .forEach(r -> reasons.add(r.module() + " is a core module: never compensated"));
    List<Integer> chosen = Compensation.choose(compensable.stream().map(ModuleResult::credits).toList(),
        compensable.stream().map(r -> r.attempt() >= maxAttempts).toList(), capacity);
    List<ModuleResult> compensated = chosen.stream().map(compensable::get)
        .sorted(java.util.Comparator.comparing(ModuleResult::module)).toList();
    if (!compensated.isEmpty()) {
      reasons.add("compensated " + compensated.stream().map(ModuleResult::module).toList() + " ("
          + compensated.stream().mapToInt(ModuleResult::credits).sum() + " of at most " + capacity + " credits)");
    }
    return compensated;
  }

  private static int effectiveMark(ModuleResult result, boolean cap, int passMark) {
    return cap && result.isReassessment() ? Math.min(result.mark(), passMark) : result.mark();
  }

  private static String label(org.seniortutorkit.institution.AcademicYear year) {
    int end = (year.startYear() + 1) % 100;
    return year.startYear() + (end < 10 ? "/0" : "/") + end;
  }

  private static String oneDecimal(double value) {
    long tenths = Math.round(value * 10);
    return tenths / 10 + "." + tenths % 10;
  }
}
