package org.seniortutorkit.access;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.institution.ProgrammeCode;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.student.StudentStatus;
import org.seniortutorkit.kernel.SelfValidating;
import org.seniortutorkit.kernel.SpecialCategory;

/**
 * What one viewer may see of a student: the profile, and only those complex needs whose {@link RecordArea} the
 * viewer was permitted. Where an area was withheld, {@link #complexNeedsText()} shows {@value #REDACTED},
 * whether or not the student has such needs, so the marker itself reveals nothing.
 */
@Value.Immutable
abstract class StudentViewDef implements SelfValidating {
  public static final String REDACTED = "<redacted>";

  public abstract StudentId id();

  public abstract String fullName();

  public abstract DepartmentId department();

  public abstract ProgrammeCode programme();

  public abstract StudyLevel level();

  public abstract int yearOfStudy();

  public abstract StudentStatus status();

  /** The complex needs in the areas shown. */
  @SpecialCategory
  @Value.Redacted
  public abstract Set<ComplexNeed> visibleNeeds();

  /** The special-category areas this view leaves out. */
  public abstract Set<RecordArea> withheldAreas();

  /** The view of {@code student} that shows complex needs only in {@code shownAreas}. */
  public static StudentView of(Student student, Set<RecordArea> shownAreas) {
    Set<RecordArea> withheld = java.util.EnumSet.of(RecordArea.DISABILITY_DETAILS, RecordArea.WELLBEING_AND_CIRCUMSTANCES);
    withheld.removeAll(shownAreas);
    return StudentView.builder()
        .id(student.id()).fullName(student.fullName()).department(student.department())
        .programme(student.programme()).level(student.level()).yearOfStudy(student.yearOfStudy())
        .status(student.status())
        .visibleNeeds(student.complexNeeds().stream().filter(n -> shownAreas.contains(RecordArea.of(n))).toList())
        .withheldAreas(withheld)
        .build();
  }

  /**
   * Where a concern about this student should also go because their support is already arranged there (e.g.
   * the Departmental Disabilities Officer), judged only from the needs this view shows: a viewer who was not
   * permitted the need's area gets the same empty answer as for a student without one. Findings never say this
   * themselves, so that a table of findings discloses nothing.
   *
   * @param attendanceConcern whether the concern is about attendance (which a visa sponsor is told of)
   */
  public Optional<RecommendedAction> referralFor(boolean attendanceConcern) {
    return ArrangedSupport.referralFor(visibleNeeds(), attendanceConcern);
  }

  /** For display to the permitted viewer, e.g. {@code DISABILITY_SUPPORT_PLAN, <redacted>}. */
  public String complexNeedsText() {
    String shown = visibleNeeds().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    if (withheldAreas().isEmpty()) {
      return shown.isEmpty() ? "none" : shown;
    }
    return shown.isEmpty() ? REDACTED : shown + ", " + REDACTED;
  }
}
