package org.seniortutorkit.moodle.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A user's completion of a course, from {@code core_completion_get_course_completion_status}. A course without
 * completion criteria ({@code nocriteriaset}) is reported as {@link #notConfigured}; one whose completion Moodle
 * will not show ({@code cannotviewreport}: completion tracking off in the course or on the site, or the
 * integration user lacks {@code report/completion:view}) as {@link #unreadable}, so that one such course does not
 * fail a whole pull.
 */
public record CompletionStatus(long courseId, long userId, boolean readable, boolean configured,
    boolean completed, List<Criterion> criteria) {

  /** One completion criterion and whether it is met. */
  public record Criterion(String type, String title, boolean complete, Optional<Instant> completedAt) {
    static Criterion read(Json json) {
      return new Criterion(json.field("type").asText(), json.optionalText("title").orElse(""),
          json.flag("complete", false), json.time("timecompleted"));
    }
  }

  public static CompletionStatus notConfigured(long courseId, long userId) {
    return new CompletionStatus(courseId, userId, true, false, false, List.of());
  }

  public static CompletionStatus unreadable(long courseId, long userId) {
    return new CompletionStatus(courseId, userId, false, false, false, List.of());
  }

  static CompletionStatus read(long courseId, long userId, Json json) {
    Json status = json.field("completionstatus");
    return new CompletionStatus(courseId, userId, true, true, status.flag("completed", false),
        status.list("completions", Criterion::read));
  }
}
