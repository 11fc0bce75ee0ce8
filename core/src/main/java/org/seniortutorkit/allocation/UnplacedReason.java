package org.seniortutorkit.allocation;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.seniortutorkit.student.ComplexNeed;

/**
 * Words for why a group of students stays unplaced, from the Hall violator the solver found: the students who
 * compete for the same tutors, those tutors' places, and the rules that shut every other tutor out. E.g. "3
 * students in Physics needing a tutor qualified for their complex needs can only go to 2 eligible tutors (T1,
 * T2), who have 1 place left: 2 cannot be placed (CAPACITY). Other tutors are excluded by
 * COMPLEX_NEEDS_QUALIFIED (4)."
 */
final class UnplacedReason {
  private static final int TUTORS_NAMED = 5;

  private final AllocationNetwork network;

  UnplacedReason(AllocationNetwork network) {
    this.network = network;
  }

  UnplacedStudent describe(StudentToPlace student, StudentGroup group) {
    StudentGroup.HallViolator violator = group.violator;
    int unplaced = 0;
    Set<String> departments = new TreeSet<>();
    Set<ComplexNeed> commonNeeds = null;
    for (int g : violator.groups()) {
      StudentGroup member = network.groups.get(g);
      unplaced += member.size() - member.placedCount();
      departments.add(member.signature.department().value());
      commonNeeds = intersect(commonNeeds, member.signature.needs());
    }
    int places = 0;
    StringJoiner names = new StringJoiner(", ");
    for (int i = 0; i < violator.tutors().length; i++) {
      int t = violator.tutors()[i];
      places += network.freePlaces(t);
      if (i < TUTORS_NAMED) {
        names.add(network.tutors.get(t).id().value());
      }
    }
    if (violator.tutors().length > TUTORS_NAMED) {
      names.add("and " + (violator.tutors().length - TUTORS_NAMED) + " more");
    }
    // The violator's tutors are full, and only with students of the violator's groups: they compete for them.
    int demand = places + unplaced;
    Map<HardRule, Integer> exclusions = exclusions(group);
    Set<HardRule> limiting = EnumSet.of(HardRule.CAPACITY);
    limiting.addAll(exclusions.keySet());
    StringBuilder reason = new StringBuilder();
    reason.append(demand).append(demand == 1 ? " student" : " students");
    reason.append(" in ").append(String.join(", ", departments));
    if (commonNeeds != null && !commonNeeds.isEmpty()) {
      // Which need stays unsaid: the reason is printed beside each student's id, and a permitted view of the
      // student's record says it to those who may know.
      reason.append(" needing a tutor qualified for their complex needs");
    }
    if (violator.tutors().length == 0) {
      reason.append(demand == 1 ? " has" : " have").append(" no eligible tutor at all");
    } else {
      reason.append(" can only go to ").append(violator.tutors().length)
          .append(violator.tutors().length == 1 ? " eligible tutor (" : " eligible tutors (").append(names)
          .append("), who have ").append(places).append(places == 1 ? " place" : " places").append(" left");
    }
    reason.append(": ").append(demand - places).append(" cannot be placed (CAPACITY).");
    appendExclusions(reason, group, exclusions);
    return UnplacedStudent.builder()
        .student(student.id())
        .limitingRules(limiting)
        .competingStudents(demand)
        .placesForThem(places)
        .reason(reason.toString())
        .build();
  }

  private void appendExclusions(StringBuilder reason, StudentGroup group, Map<HardRule, Integer> exclusions) {
    if (network.candidatesFor(group.signature.department()).length == 0) {
      reason.append(" No tutor belongs to ").append(group.signature.department()).append(" (SAME_DEPARTMENT).");
    } else if (!exclusions.isEmpty()) {
      StringJoiner rules = new StringJoiner(", ", " Other tutors are excluded by ", ".");
      exclusions.forEach((rule, count) -> rules.add(rule + " (" + count + ")"));
      reason.append(rules);
    }
  }

  /** Among the tutors worth checking for this group, how many each rule excludes (first broken rule counted). */
  private Map<HardRule, Integer> exclusions(StudentGroup group) {
    Map<HardRule, Integer> counts = new EnumMap<>(HardRule.class);
    int[] candidates = network.candidatesFor(group.signature.department());
    for (int t : candidates) {
      network.eligibility.firstBrokenRule(network.tutors.get(t), group.signature)
          .ifPresent(rule -> counts.merge(rule, 1, Integer::sum));
    }
    if (candidates.length == 0 || network.request.policy().enforces(HardRule.SAME_DEPARTMENT)
        && candidates.length < network.tutors.size()) {
      counts.merge(HardRule.SAME_DEPARTMENT, network.tutors.size() - candidates.length, Integer::sum);
    }
    return counts;
  }

  private static Set<ComplexNeed> intersect(Set<ComplexNeed> sofar, Set<ComplexNeed> next) {
    if (sofar == null) {
      return new LinkedHashSet<>(next);
    }
    sofar.retainAll(next);
    return sofar;
  }
}
