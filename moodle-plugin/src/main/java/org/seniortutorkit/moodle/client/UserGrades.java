package org.seniortutorkit.moodle.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** One user's grade items in one course, from {@code gradereport_user_get_grade_items}. */
public record UserGrades(long courseId, long userId, List<Item> items) {

  /** A grade item; {@code grade} is empty when ungraded (Moodle sends null). */
  public record Item(long id, Optional<String> name, String type, Optional<String> idNumber, OptionalDouble grade,
      OptionalDouble gradeMin, OptionalDouble gradeMax, Optional<Instant> graded, boolean hidden) {
    static Item read(Json json) {
      return new Item(json.requiredLong("id"), json.optionalText("itemname"), json.requiredText("itemtype"),
          json.optionalText("idnumber"), json.optionalDouble("graderaw"), json.optionalDouble("grademin"),
          json.optionalDouble("grademax"), json.time("gradedategraded"), json.flag("gradeishidden", false));
    }
  }

  static UserGrades read(Json json) {
    return new UserGrades(json.requiredLong("courseid"), json.requiredLong("userid"),
        json.requiredList("gradeitems", Item::read));
  }
}
