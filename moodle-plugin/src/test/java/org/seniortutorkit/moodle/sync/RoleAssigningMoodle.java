package org.seniortutorkit.moodle.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.seniortutorkit.moodle.client.MoodleStub;
import org.seniortutorkit.moodle.testing.StrictGate;

/**
 * Plays Moodle's role and cohort write functions: keeps the assignments it holds, records every row of every
 * request that it applied, and can be told to fail chosen write calls.
 */
final class RoleAssigningMoodle extends Dispatcher {
  final Set<String> assignments = Collections.synchronizedSet(new LinkedHashSet<>());
  final List<String> appliedRows = Collections.synchronizedList(new ArrayList<>());
  final List<String> sentRows = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger writeCalls = new AtomicInteger();
  private volatile IntFunction<MockResponse> failure = call -> null;
  private volatile IntPredicate garbleAfterCommit = call -> false;
  final StrictGate gate = new StrictGate();

  /** Write calls for which Moodle commits the rows and then the answer arrives garbled (not JSON). */
  void garbleAfterCommit(IntPredicate calls) {
    this.garbleAfterCommit = calls;
  }

  /** {@code failure} gets the 1-based write call number and answers instead of Moodle, or null to proceed. */
  void failWith(IntFunction<MockResponse> failure) {
    this.failure = failure;
  }

  int writeCalls() {
    return writeCalls.get();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    StrictGate.Admission admission = gate.admit(request);
    if (admission instanceof StrictGate.Refused refused) {
      return MoodleStub.json(refused.body());
    }
    Map<String, String> form = ((StrictGate.Accepted) admission).form();
    String function = form.get("wsfunction");
    if (function.equals("core_cohort_add_cohort_members")) {
      return addCohortMembers(form);
    }
    if (function.equals("core_cohort_get_cohort_members")) {
      return cohortMembers(form);
    }
    String list = function.equals("core_role_assign_roles") ? "assignments"
        : function.equals("core_role_unassign_roles") ? "unassignments" : null;
    if (list == null) {
      return MoodleStub.moodleError("dml_missing_record_exception", "invalidrecord", "unknown function");
    }
    List<String> rows = new ArrayList<>();
    for (int i = 0; form.containsKey(list + "[" + i + "][roleid]"); i++) {
      String prefix = list + "[" + i + "]";
      rows.add("role:" + form.get(prefix + "[roleid]") + "/user:" + form.get(prefix + "[userid]")
          + "/usercontext:" + form.get(prefix + "[instanceid]"));
    }
    sentRows.addAll(rows.stream().map(r -> function + " " + r).toList());
    int call = writeCalls.incrementAndGet();
    MockResponse failed = failure.apply(call);
    if (failed != null) {
      return failed;
    }
    for (String row : rows) {
      if (list.equals("assignments")) {
        assignments.add(row);
      } else {
        assignments.remove(row);
      }
      appliedRows.add(function + " " + row);
    }
    if (garbleAfterCommit.test(call)) {
      // committed, then a PHP notice (or a proxy) spoils the body
      return new MockResponse.Builder().code(200).body("<br />\n<b>Notice</b>: Undefined index in ... null")
          .build();
    }
    return MoodleStub.json("null");
  }

  /** Cohort rows Moodle answers as added but does not keep (as when PHP dropped them): none by default. */
  volatile java.util.function.Predicate<String> silentlyLost = row -> false;

  private MockResponse cohortMembers(Map<String, String> form) {
    List<String> answers = new ArrayList<>();
    for (int i = 0; form.containsKey("cohortids[" + i + "]"); i++) {
      String prefix = "cohort:" + form.get("cohortids[" + i + "]") + "/user:";
      List<String> users;
      synchronized (assignments) {
        users = assignments.stream().filter(row -> row.startsWith(prefix))
            .map(row -> row.substring(prefix.length())).toList();
      }
      answers.add("{\"cohortid\":" + form.get("cohortids[" + i + "]") + ",\"userids\":[" + String.join(",", users)
          + "]}");
    }
    return MoodleStub.json("[" + String.join(",", answers) + "]");
  }

  /** Cohort 404 does not exist: its rows come back as warning 2, the others are added (or warning 3). */
  private MockResponse addCohortMembers(Map<String, String> form) {
    writeCalls.incrementAndGet();
    List<String> warnings = new ArrayList<>();
    for (int i = 0; form.containsKey("members[" + i + "][cohorttype][value]"); i++) {
      String cohort = form.get("members[" + i + "][cohorttype][value]");
      String row = "cohort:" + cohort + "/user:" + form.get("members[" + i + "][usertype][value]");
      sentRows.add("core_cohort_add_cohort_members " + row);
      if (silentlyLost.test(row)) {
        continue;
      }
      if (cohort.equals("404")) {
        warnings.add("{\"warningcode\":\"2\",\"message\":\"Cohort does not exist\"}");
      } else if (!assignments.add(row)) {
        warnings.add("{\"warningcode\":\"3\",\"message\":\"Already a member\"}");
      } else {
        appliedRows.add("core_cohort_add_cohort_members " + row);
      }
    }
    return MoodleStub.json("{\"warnings\":[" + String.join(",", warnings) + "]}");
  }
}
