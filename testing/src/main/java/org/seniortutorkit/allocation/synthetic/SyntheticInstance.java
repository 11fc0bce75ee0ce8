package org.seniortutorkit.allocation.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.seniortutorkit.allocation.AllocationPolicy;
import org.seniortutorkit.allocation.AllocationRequest;
import org.seniortutorkit.allocation.StudentToPlace;
import org.seniortutorkit.allocation.TutorCandidate;
import org.seniortutorkit.allocation.TutorStudentPair;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.kernel.StudentId;

/**
 * A realistic, seeded allocation instance, for load tests of an integration and for the benchmarks.
 *
 * <p>Shape: departments of about {@value #TUTORS_PER_DEPARTMENT} tutors (one department for small instances), each
 * with a few programmes; three quarters of students undergraduates, the rest postgraduate taught; about 5% with a
 * complex need (mostly disability support plans and wellbeing concerns); about 10% of staff on leave or without
 * the workshop; FTEs from 0.2 to 1.0; last year's tutor for most returning undergraduates (sometimes a tutor now on
 * leave); a few stated preferences and declared conflicts. Total capacity is about 1.3 times the number of
 * students, so instances are usually, but not always, fully placeable.
 *
 * <pre>{@code
 * AllocationRequest request = SyntheticInstance.generate(25_000, 2_000, 42);
 * }</pre>
 */
public final class SyntheticInstance {
  static final int TUTORS_PER_DEPARTMENT = 40;
  private static final double[] FTES = {0.2, 0.4, 0.5, 0.6, 0.8, 1.0, 1.0, 1.0, 1.0, 1.0};
  private static final ComplexNeed[] COMMON_NEEDS = {
    ComplexNeed.DISABILITY_SUPPORT_PLAN, ComplexNeed.DISABILITY_SUPPORT_PLAN, ComplexNeed.DISABILITY_SUPPORT_PLAN,
    ComplexNeed.WELLBEING_CONCERN, ComplexNeed.WELLBEING_CONCERN, ComplexNeed.SPONSORED_VISA,
    ComplexNeed.CARE_LEAVER, ComplexNeed.ESTRANGED, ComplexNeed.YOUNG_CARER};
  private static final AcademicYear YEAR = AcademicYear.of(2026);

  private final Random random;
  private final int departments;

  private SyntheticInstance(int tutors, long seed) {
    this.random = new Random(seed);
    this.departments = Math.max(1, tutors / TUTORS_PER_DEPARTMENT);
  }

  /** An instance of {@code students} students and {@code tutors} tutor candidates; same seed, same instance. */
  public static AllocationRequest generate(int students, int tutors, long seed) {
    if (students < 0 || tutors < 1) {
      throw new IllegalArgumentException("need students >= 0 and tutors >= 1, got " + students + ", " + tutors);
    }
    return new SyntheticInstance(tutors, seed).request(students, tutors);
  }

  private AllocationRequest request(int studentCount, int tutorCount) {
    List<TutorCandidate> tutors = new ArrayList<>(tutorCount);
    List<List<StaffId>> byDepartment = new ArrayList<>();
    for (int d = 0; d < departments; d++) {
      byDepartment.add(new ArrayList<>());
    }
    double totalFte = 0;
    double[] ftes = new double[tutorCount];
    for (int t = 0; t < tutorCount; t++) {
      ftes[t] = FTES[random.nextInt(FTES.length)];
      totalFte += ftes[t];
    }
    int maxTutees = Math.max(1, (int) Math.ceil(1.3 * studentCount / totalFte));
    for (int t = 0; t < tutorCount; t++) {
      int d = t % departments;
      TutorCandidate tutor = tutor(t, d, ftes[t], maxTutees);
      tutors.add(tutor);
      byDepartment.get(d).add(tutor.id());
    }
    List<StudentToPlace> students = new ArrayList<>(studentCount);
    List<TutorStudentPair> conflicts = new ArrayList<>();
    for (int s = 0; s < studentCount; s++) {
      int d = random.nextInt(departments);
      StudentToPlace student = student(s, d, byDepartment.get(d));
      students.add(student);
      if (random.nextInt(200) == 0) {
        conflicts.add(TutorStudentPair.of(student.id(), pick(byDepartment.get(d))));
      }
    }
    return AllocationRequest.builder()
        .year(YEAR)
        .allocationDate(LocalDate.of(2026, 9, 1))
        .students(students)
        .tutors(tutors)
        .conflictsOfInterest(conflicts)
        .policy(AllocationPolicy.builder().build())
        .build();
  }

  private TutorCandidate tutor(int t, int d, double fte, int maxTutees) {
    TutorCandidate.Builder tutor = TutorCandidate.builder()
        .id(StaffId.of(String.format("T%06d", t)))
        .department(department(d))
        .fte(fte)
        .maxTutees(maxTutees)
        .experienceYears(random.nextInt(20))
        .addProgrammes(programme(d, random.nextInt(programmesIn(d))))
        .addResearchAreas("area-" + d + "-" + random.nextInt(4));
    int status = random.nextInt(20);
    if (status == 0) {
      tutor.addOnLeaveIn(YEAR);
    }
    if (status != 1) {
      tutor.workshopCompletedOn(LocalDate.of(2018 + random.nextInt(8), 1 + random.nextInt(12), 1));
    }
    if (random.nextInt(10) < 4) {
      tutor.addTrainedFor(ComplexNeed.DISABILITY_SUPPORT_PLAN);
    }
    if (random.nextInt(10) < 3) {
      tutor.addTrainedFor(ComplexNeed.WELLBEING_CONCERN);
    }
    if (random.nextInt(10) < 3) {
      tutor.addTrainedFor(ComplexNeed.values()[2 + random.nextInt(ComplexNeed.values().length - 2)]);
    }
    return tutor.build();
  }

  private StudentToPlace student(int s, int d, List<StaffId> departmentTutors) {
    boolean undergraduate = random.nextInt(4) != 0;
    StudentToPlace.Builder student = StudentToPlace.builder()
        .id(StudentId.of(String.format("S%07d", s)))
        .department(department(d))
        .level(undergraduate ? StudyLevel.UNDERGRADUATE : StudyLevel.POSTGRADUATE_TAUGHT)
        .programme(programme(d, random.nextInt(programmesIn(d))));
    if (random.nextInt(20) == 0) {
      student.complexNeeds(EnumSet.of(COMMON_NEEDS[random.nextInt(COMMON_NEEDS.length)]));
    }
    if (undergraduate && random.nextInt(3) != 0 && !departmentTutors.isEmpty()) {
      student.previousTutor(pick(departmentTutors));
    }
    if (random.nextInt(50) == 0 && !departmentTutors.isEmpty()) {
      student.preferredTutors(Set.of(pick(departmentTutors)));
    }
    return student.build();
  }

  private StaffId pick(List<StaffId> tutors) {
    return tutors.get(random.nextInt(tutors.size()));
  }

  private static DepartmentId department(int d) {
    return DepartmentId.of(String.format("Dept-%03d", d));
  }

  private static int programmesIn(int d) {
    return 3 + d % 4;
  }

  private static String programme(int d, int p) {
    return department(d) + "-P" + p;
  }
}
