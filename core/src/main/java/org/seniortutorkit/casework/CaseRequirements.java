package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.InvalidValueException;

/** What each kind of case must say about itself when it is opened. */
final class CaseRequirements {
  private CaseRequirements() {}

  static void check(StudentCase c) {
    switch (c.kind()) {
      case CONCERN -> require(c, "concernSource", c.concernSource().isPresent());
      case REFERRAL -> require(c, "service", c.service().isPresent());
      case TRANSFER -> {
        require(c, "otherDepartment", c.otherDepartment().isPresent());
        require(c, "transferDirection", c.transferDirection().isPresent());
      }
      case REFERENCE_REQUEST -> require(c, "personalTutor", c.personalTutor().isPresent());
      case NOMINATION -> {
        require(c, "award", c.award().isPresent());
        require(c, "deadline", c.deadline().isPresent());
      }
      case MITIGATING_CIRCUMSTANCES -> {
        if (c.affectedAssessments().isEmpty()) {
          throw InvalidValueException.of("StudentCase", "affectedAssessments", "[]",
              "must name at least one assessment for a MITIGATING_CIRCUMSTANCES case");
        }
      }
      default -> { }
    }
    if (c.concernSource().filter(s -> s == ConcernSource.MONITORING_FINDING).isPresent()
        && c.findingRule().isEmpty()) {
      throw InvalidValueException.of("StudentCase", "findingRule", "(absent)",
          "must name the monitoring rule when a concern comes from a monitoring finding");
    }
  }

  private static void require(StudentCase c, String field, boolean present) {
    if (!present) {
      throw InvalidValueException.of("StudentCase", field, "(absent)", "is required for a " + c.kind() + " case");
    }
  }
}
