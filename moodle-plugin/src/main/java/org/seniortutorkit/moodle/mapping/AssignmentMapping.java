package org.seniortutorkit.moodle.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.seniortutorkit.moodle.config.MoodleConfig;
import org.seniortutorkit.moodle.records.PulledRecords;
import org.seniortutorkit.moodle.records.StaffRecord;
import org.seniortutorkit.moodle.records.StudentRecord;
import org.seniortutorkit.moodle.sync.SyncOperation;
import org.seniortutorkit.tutoring.TutorAssignment;

/**
 * Turns the year's {@link TutorAssignment}s into the Moodle changes that should exist: the tutor role for the
 * tutor in the student's user context, and, when a cohort per tutor is configured, the student in the tutor's
 * cohort.
 */
public final class AssignmentMapping {
  private AssignmentMapping() {}

  /** The desired adds, and the assignments that could not be placed (unknown student or tutor in Moodle). */
  public static Mapped<SyncOperation> desired(List<TutorAssignment> assignments, PulledRecords people,
      MoodleConfig config, Map<String, Long> cohortIdsByIdnumber) {
    Map<String, Long> studentIds = people.students().stream()
        .collect(Collectors.toMap(StudentRecord::studentNumber, StudentRecord::moodleUserId, (a, b) -> a));
    Map<String, Long> staffIds = people.staff().stream()
        .collect(Collectors.toMap(StaffRecord::staffNumber, StaffRecord::moodleUserId, (a, b) -> a));
    Set<SyncOperation> adds = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (TutorAssignment assignment : assignments) {
      if (assignment.academicYear().startYear() != config.academicYear()) {
        continue;
      }
      Long student = studentIds.get(assignment.student().value());
      Long tutor = staffIds.get(assignment.tutor().value());
      if (student == null || tutor == null) {
        problems.add("assignment of " + assignment.student() + " to " + assignment.tutor() + " skipped: "
            + (student == null ? "student" : "tutor") + " not found in Moodle's configured courses or cohorts");
        continue;
      }
      adds.add(SyncOperation.assignTutor(config.tutorRoleId(), tutor, student));
      config.tutorCohortIdnumber(assignment.tutor().value()).ifPresent(idnumber -> {
        Long cohort = cohortIdsByIdnumber.get(idnumber);
        if (cohort == null) {
          problems.add("tutor cohort " + idnumber + " does not exist: create it in Moodle (Site administration > "
              + "Users > Cohorts) or remove tutorCohortPattern");
        } else {
          adds.add(SyncOperation.addToCohort(cohort, student));
        }
      });
    }
    return new Mapped<>(List.copyOf(adds), problems.stream().distinct().toList());
  }
}
