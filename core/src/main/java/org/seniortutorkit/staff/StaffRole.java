package org.seniortutorkit.staff;

/** The roles around a student's personal tutoring. A member of staff may hold several. */
public enum StaffRole {
  SENIOR_TUTOR_UNDERGRADUATE,
  SENIOR_TUTOR_POSTGRADUATE,
  PERSONAL_TUTOR,
  DIRECTOR_OF_UNDERGRADUATE_STUDIES,
  DIRECTOR_OF_POSTGRADUATE_STUDIES,
  DEPARTMENTAL_DISABILITIES_OFFICER,
  STUDENT_WELLBEING_ADVISER,
  REGISTRY_CONTACT,
  /** Manages each academic year's Senior Tutors across the institution. */
  CHIEF_STUDENT_SERVICES_OFFICER
}
