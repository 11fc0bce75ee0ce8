package org.seniortutorkit.examples.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;

/**
 * The students of the sample department whose term the records make eventful, each so that a rule family has
 * something to find. Everyone else has an ordinary term. Chosen from a seeded shuffle of the department's
 * active undergraduates, so each part is played by a different student.
 */
record SampleCast(
    /** A student with a disability support plan whose attendance collapsed; on a first warning since mid-October. */
    Student struggling,
    /** Half their sessions missed all term, no warning yet. */
    Student disengaging,
    /** Two students whose attendance fell away after reading week. */
    List<Student> slipping,
    /** A third-year who failed a module on the last attempt after a good first year. */
    Student failingFinalist,
    /** A second-year who failed two modules last year: resits. */
    Student resitter,
    /** A second-year whose one mark of 36 last year was compensated. */
    Student compensated,
    /** Handed a problem sheet in three days late. */
    Student lateCapped,
    /** Handed the same sheet in two days late under a self-certification, and a lab report ten days late. */
    Student lateWaived,
    /** Missed three pieces of coursework and claimed for one, late and without evidence. */
    Student nonSubmitter,
    /** Facing a disciplinary panel. */
    Student panelStudent,
    /** Interrupted students assigned a tutor in October, ahead of their return. */
    List<Student> returning) {

  static SampleCast of(SampleDepartment sample, Set<StudentId> placed) {
    List<Student> ordinary = new ArrayList<>(sample.students().stream()
        .filter(s -> s.isActive() && s.level() == StudyLevel.UNDERGRADUATE && s.complexNeeds().isEmpty())
        .filter(s -> placed.contains(s.id()))
        .toList());
    Collections.shuffle(ordinary, new Random(2027));
    Picker pick = new Picker(ordinary);
    Student struggling = sample.students().stream()
        .filter(s -> s.isActive() && s.level() == StudyLevel.UNDERGRADUATE && s.yearOfStudy() >= 2)
        .filter(s -> s.complexNeeds().contains(ComplexNeed.DISABILITY_SUPPORT_PLAN))
        .findFirst().orElseThrow();
    return new SampleCast(struggling,
        pick.next(s -> s.yearOfStudy() == 1),
        List.of(pick.next(s -> true), pick.next(s -> true)),
        pick.next(s -> s.yearOfStudy() == 3),
        pick.next(s -> s.yearOfStudy() == 2),
        pick.next(s -> s.yearOfStudy() == 2),
        pick.next(s -> s.yearOfStudy() == 2),
        pick.next(s -> s.yearOfStudy() == 2),
        pick.next(s -> s.yearOfStudy() == 2),
        pick.next(s -> true),
        sample.students().stream()
            .filter(s -> !s.isActive() && s.level() == StudyLevel.UNDERGRADUATE && s.yearOfStudy() >= 2)
            .limit(2).toList());
  }

  /** Takes each student at most once. */
  private record Picker(List<Student> pool) {
    Student next(Predicate<Student> fits) {
      for (Iterator<Student> it = pool.iterator(); it.hasNext(); ) {
        Student student = it.next();
        if (fits.test(student)) {
          it.remove();
          return student;
        }
      }
      throw new IllegalStateException("the sample department has too few students for the sample records");
    }
  }
}
