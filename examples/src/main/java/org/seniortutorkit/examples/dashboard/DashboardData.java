package org.seniortutorkit.examples.dashboard;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the Senior Tutor's dashboard shows, already decided and redacted: it holds no special-category data
 * (a flagged student appears with the rule that flagged them, never with the health or disability detail).
 */
public record DashboardData(
    String department,
    LocalDate asOf,
    List<TutorLoad> tutorLoads,
    List<OverdueMeeting> overdueMeetings,
    List<OpenCases> openCases,
    List<FlaggedStudent> flaggedStudents,
    List<TrainingGap> trainingGaps,
    List<Deadline> deadlines) {

  public DashboardData {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(asOf, "asOf");
    tutorLoads = ImmutableList.copyOf(tutorLoads);
    overdueMeetings = ImmutableList.copyOf(overdueMeetings);
    openCases = ImmutableList.copyOf(openCases);
    flaggedStudents = ImmutableList.copyOf(flaggedStudents);
    trainingGaps = ImmutableList.copyOf(trainingGaps);
    deadlines = ImmutableList.copyOf(deadlines);
  }

  /**
   * A tutor's tutees against their capacity (capacity already scaled by FTE); {@code unavailable} names the hard
   * rule that kept them from every student (e.g. "TUTOR_ACTIVE not met"), empty when they could take tutees.
   */
  public record TutorLoad(String tutor, int tutees, int capacity, String unavailable) {
    public TutorLoad {
      Objects.requireNonNull(unavailable, "unavailable");
    }

    public TutorLoad(String tutor, int tutees, int capacity) {
      this(tutor, tutees, capacity, "");
    }

    public boolean overCapacity() {
      return tutees > capacity;
    }
  }

  /** A tutee not met for too long; {@code lastMeeting} is the monitoring rule's own explanation. */
  public record OverdueMeeting(String tutor, String student, String lastMeeting) {}

  /** Open cases of one kind, counted by age. */
  public record OpenCases(String kind, int upToAWeek, int upToAMonth, int older) {
    public int total() {
      return upToAWeek + upToAMonth + older;
    }
  }

  public record FlaggedStudent(String student, String rule, String severity, String recommendedAction) {}

  public record TrainingGap(String staff, String gap) {}

  public record Deadline(LocalDate due, String what) {}
}
