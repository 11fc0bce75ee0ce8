package org.seniortutorkit.regulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicyLayers;
import org.seniortutorkit.progress.ProgressListener;
import org.seniortutorkit.regulation.mitigation.PenalisedMark;
import org.seniortutorkit.regulation.mitigation.PenaltyOutcome;
import org.seniortutorkit.regulation.panels.PanelProposal;
import org.seniortutorkit.regulation.progression.ProgressionDecision;

/**
 * Runs every rule in the {@link RuleBook} over a set of records: each student under their department's
 * effective policy (institution, faculty, department layers), each tutor under theirs, each panel under the
 * institution's. Students are independent, so they are checked in parallel.
 *
 * <pre>{@code
 * CheckReport report = BuiltInRules.regulationCheck().run(records, PolicyLayers.of(List.of(pack)));
 * report.findings().forEach(System.out::println);
 * }</pre>
 */
public final class RegulationCheck {
  /** The step name the sweep reports to a {@link ProgressListener}. */
  public static final String CHECKING = "checking students";
  private static final int PROGRESS_EVERY = 1_000;

  private final RuleBook rules;
  private final MitigationAdvice advice;

  /** A sweep that runs the rules in {@code rules}. */
  public RegulationCheck(RuleBook rules) {
    this.rules = rules;
    this.advice = new MitigationAdvice(rules.claimRules());
  }

  public CheckReport run(StudentRecords records, PolicyLayers layers) {
    return run(RecordsIndex.of(records), records, layers);
  }

  /** As {@link #run(StudentRecords, PolicyLayers)}, telling {@code progress} as students are checked. */
  public CheckReport run(StudentRecords records, PolicyLayers layers, ProgressListener progress) {
    return run(RecordsIndex.of(records), records, layers, progress);
  }

  /** As {@link #run(StudentRecords, PolicyLayers)}, reusing an index already built from {@code records}. */
  public CheckReport run(RecordsIndex index, StudentRecords records, PolicyLayers layers) {
    return run(index, records, layers, ProgressListener.none());
  }

  /** The sweep itself: every student rule in parallel, then the tutor and panel rules. */
  public CheckReport run(RecordsIndex index, StudentRecords records, PolicyLayers layers,
      ProgressListener progress) {
    LocalDate asOf = records.asOf();
    Map<DepartmentId, Policy> policies = new ConcurrentHashMap<>();
    Map<DepartmentId, Department> departments = records.departments().stream()
        .collect(Collectors.toMap(Department::id, Function.identity(), (first, second) -> first));
    Function<DepartmentId, Policy> policyOf = department -> policies.computeIfAbsent(
        department, d -> effectivePolicy(layers.resolve(d, index.facultyOf(d), asOf), departments.get(d)));
    int total = index.students().size();
    AtomicLong checked = new AtomicLong();
    List<StudentOutcome> outcomes = index.students().parallelStream()
        .map(file -> {
          StudentOutcome outcome = check(file, policyOf.apply(file.student().department()), records, asOf);
          long done = checked.incrementAndGet();
          if (done % PROGRESS_EVERY == 0 || done == total) {
            progress.advanced(CHECKING, done, total);
          }
          return outcome;
        })
        .toList();
    CheckReport.Builder report = CheckReport.builder().asOf(asOf);
    for (StudentOutcome outcome : outcomes) {
      report.addAllFindings(outcome.findings);
      outcome.decision.ifPresent(report::addProgression);
      report.addAllMitigation(outcome.recommendations).addAllLatePenalties(outcome.penalties);
    }
    for (TutorCaseload caseload : index.tutors()) {
      Policy policy = policyOf.apply(caseload.tutor().department());
      rules.tutorRules().forEach(rule -> rule.check(caseload, policy, asOf).ifPresent(report::addFindings));
    }
    if (!records.panels().isEmpty()) {
      Policy institution = layers.resolveInstitution(asOf);
      for (PanelProposal panel : records.panels()) {
        for (PanelRule rule : rules.panelRules()) {
          rule.check(panel, institution, policyOf).ifPresent(report::addFindings);
        }
      }
    }
    policies.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(DepartmentId::value)))
        .forEach(e -> report.putPolicies(e.getKey().value(), e.getValue().explain()));
    return report.build();
  }

  /** The packs' policy, with what the department's record declares where the records hold the department. */
  private static Policy effectivePolicy(Policy fromPacks, Department department) {
    return department == null ? fromPacks : fromPacks.honouring(department);
  }

  private StudentOutcome check(StudentFile file, Policy policy, StudentRecords records, LocalDate asOf) {
    List<Finding> findings = new ArrayList<>(2);
    for (StudentRule rule : rules.studentRules()) {
      rule.check(file, policy, asOf).ifPresent(findings::add);
    }
    Optional<ProgressionDecision> decision = rules.progression().flatMap(rule -> rule.decide(file, policy));
    decision.flatMap(d -> rules.progression().flatMap(rule -> rule.findingFor(file, d, policy)))
        .ifPresent(findings::add);
    List<MitigationRecommendation> recommendations = file.claims().isEmpty() ? List.of()
        : file.claims().stream().filter(c -> c.status() == ClaimStatus.PENDING)
            .map(c -> advice.prepare(c, file, policy, records.calendar())).toList();
    List<PenalisedMark> penalties = file.submissions().isEmpty() || rules.latePenalty().isEmpty() ? List.of()
        : file.submissions().stream()
            .flatMap(s -> rules.latePenalty().get()
                .apply(s, file.claims(), file.student().level(), policy).stream())
            .filter(p -> p.outcome() != PenaltyOutcome.ON_TIME)
            .toList();
    return new StudentOutcome(findings, decision, recommendations, penalties);
  }

  private record StudentOutcome(List<Finding> findings, Optional<ProgressionDecision> decision,
      List<MitigationRecommendation> recommendations, List<PenalisedMark> penalties) {}

}
