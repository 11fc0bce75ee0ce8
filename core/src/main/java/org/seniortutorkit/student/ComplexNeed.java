package org.seniortutorkit.student;

import org.seniortutorkit.kernel.SpecialCategory;

/**
 * A circumstance that calls for a tutor with particular experience or training. All of these are
 * special-category or otherwise sensitive personal data: they are held in a student's
 * {@link Student#complexNeeds()}, never logged, and shown only to those with a recorded purpose. A text that
 * fails to be one is withheld from error messages too: it may name a condition.
 */
@SpecialCategory
public enum ComplexNeed {
  /** The student has a disability support plan (e.g. from the Disability Advisory Service). */
  DISABILITY_SUPPORT_PLAN,
  /** A current wellbeing or mental-health concern known to the department. */
  WELLBEING_CONCERN,
  /** The student's visa is sponsored by the institution: attendance is monitored for the sponsor licence. */
  SPONSORED_VISA,
  /** The student has been in local-authority care. */
  CARE_LEAVER,
  /** The student is estranged from their family. */
  ESTRANGED,
  /** The student cares for a family member. */
  YOUNG_CARER
}
