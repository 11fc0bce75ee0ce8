package org.seniortutorkit.access;

import org.seniortutorkit.student.ComplexNeed;

/** The parts of a student's record that access is decided for separately. */
public enum RecordArea {
  /** Name, programme, level, year and status. */
  PROFILE(false),
  /** A case about the student, without its special-category evidence. */
  CASE_FILE(false),
  /** Disability and support-plan details (special category). */
  DISABILITY_DETAILS(true),
  /** Health, wellbeing and personal circumstances (special category or treated alike). */
  WELLBEING_AND_CIRCUMSTANCES(true),
  /** The evidence behind a mitigating-circumstances claim (special category). */
  MITIGATION_EVIDENCE(true);

  private final boolean specialCategory;

  RecordArea(boolean specialCategory) {
    this.specialCategory = specialCategory;
  }

  public boolean isSpecialCategory() {
    return specialCategory;
  }

  /** The area a complex need belongs to, so a view shows a need only where that area is permitted. */
  public static RecordArea of(ComplexNeed need) {
    return need == ComplexNeed.DISABILITY_SUPPORT_PLAN ? DISABILITY_DETAILS : WELLBEING_AND_CIRCUMSTANCES;
  }
}
