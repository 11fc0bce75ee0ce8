package org.seniortutorkit.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.kernel.StudentId;

/** Random small instances (at most 8 students, 4 tutors) that exercise every rule and goal, from a seed. */
final class SmallInstances {
  static final AcademicYear YEAR = AcademicYear.of(2026);
  static final LocalDate DATE = LocalDate.of(2026, 9, 1);
  private static final ComplexNeed[] NEEDS = {ComplexNeed.DISABILITY_SUPPORT_PLAN, ComplexNeed.WELLBEING_CONCERN};

  private SmallInstances() {}

  static AllocationRequest generate(long seed) {
    Random random = new Random(seed);
    int tutorCount = 1 + random.nextInt(4);
    int studentCount = random.nextInt(9);
    List<TutorCandidate> tutors = new ArrayList<>();
    for (int t = 0; t < tutorCount; t++) {
      tutors.add(tutor(random, t));
    }
    List<StudentToPlace> students = new ArrayList<>();
    for (int s = 0; s < studentCount; s++) {
      students.add(student(random, s, tutorCount));
    }
    List<TutorStudentPair> conflicts = new ArrayList<>();
    List<TutorStudentPair> pinned = new ArrayList<>();
    Set<StudentId> pinnedStudents = new HashSet<>();
    for (StudentToPlace student : students) {
      int roll = random.nextInt(10);
      StaffId tutor = tutorId(random.nextInt(tutorCount));
      if (roll == 0) {
        conflicts.add(TutorStudentPair.of(student.id(), tutor));
      } else if (roll == 1 && pinnedStudents.add(student.id())) {
        pinned.add(TutorStudentPair.of(student.id(), tutor));
      }
    }
    return AllocationRequest.builder()
        .year(YEAR)
        .allocationDate(DATE)
        .students(students)
        .tutors(tutors)
        .conflictsOfInterest(conflicts)
        .pinned(pinned)
        .policy(policy(random))
        .build();
  }

  static AllocationPolicy policy(Random random) {
    Set<HardRule> enforced = EnumSet.allOf(HardRule.class);
    for (HardRule rule : HardRule.values()) {
      if (rule.canBeRelaxed() && random.nextInt(6) == 0) {
        enforced.remove(rule);
      }
    }
    Map<ComplexNeed, QualificationRule> qualifications = new EnumMap<>(ComplexNeed.class);
    for (ComplexNeed need : NEEDS) {
      qualifications.put(need, QualificationRule.of(random.nextInt(3), random.nextBoolean()));
    }
    return AllocationPolicy.builder()
        .enforcedRules(enforced)
        .continuityCost(random.nextInt(60))
        .subjectMismatchCost(random.nextInt(20))
        .preferenceUnmetCost(random.nextInt(30))
        .loadWeight(random.nextInt(4))
        .movePrice(random.nextInt(80))
        .qualifications(qualifications)
        .build();
  }

  static StaffId tutorId(int t) {
    return StaffId.of("T" + t);
  }

  private static TutorCandidate tutor(Random random, int t) {
    TutorCandidate.Builder tutor = TutorCandidate.builder()
        .id(tutorId(t))
        .department(DepartmentId.of(random.nextInt(4) == 0 ? "Chemistry" : "Physics"))
        .fte(random.nextBoolean() ? 1.0 : 0.5)
        .maxTutees(random.nextInt(6))
        .experienceYears(random.nextInt(4))
        .addProgrammes(random.nextBoolean() ? "BSc" : "MSc");
    if (random.nextInt(6) == 0) {
      tutor.addOnLeaveIn(YEAR);
    }
    if (random.nextInt(6) != 0) {
      tutor.workshopCompletedOn(DATE.minusDays(random.nextInt(3) - 1));
    }
    if (random.nextInt(5) == 0) {
      tutor.addAlsoTutorsFor(DepartmentId.of("Chemistry"));
    }
    for (ComplexNeed need : NEEDS) {
      if (random.nextBoolean()) {
        tutor.addTrainedFor(need);
      }
    }
    if (random.nextInt(4) == 0) {
      tutor.addPreferredTutees(StudentId.of("S" + random.nextInt(8)));
    }
    return tutor.build();
  }

  private static StudentToPlace student(Random random, int s, int tutorCount) {
    StudentToPlace.Builder student = StudentToPlace.builder()
        .id(StudentId.of("S" + s))
        .department(DepartmentId.of(random.nextInt(4) == 0 ? "Chemistry" : "Physics"))
        .level(random.nextBoolean() ? StudyLevel.UNDERGRADUATE : StudyLevel.POSTGRADUATE_TAUGHT)
        .programme(random.nextBoolean() ? "BSc" : "MSc");
    if (random.nextInt(4) == 0) {
      student.addComplexNeeds(NEEDS[random.nextInt(NEEDS.length)]);
    }
    if (random.nextBoolean()) {
      student.previousTutor(tutorId(random.nextInt(tutorCount)));
    }
    if (random.nextInt(5) == 0) {
      student.addPreferredTutors(tutorId(random.nextInt(tutorCount)));
    }
    return student.build();
  }
}
