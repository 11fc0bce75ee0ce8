package org.seniortutorkit.examples.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.seniortutorkit.examples.dashboard.DashboardData.Deadline;
import org.seniortutorkit.examples.dashboard.DashboardData.FlaggedStudent;
import org.seniortutorkit.examples.dashboard.DashboardData.OpenCases;
import org.seniortutorkit.examples.dashboard.DashboardData.OverdueMeeting;
import org.seniortutorkit.examples.dashboard.DashboardData.TrainingGap;
import org.seniortutorkit.examples.dashboard.DashboardData.TutorLoad;

final class DashboardFixtures {
  private DashboardFixtures() {}

  static DashboardData chemistry() {
    return new DashboardData("Department of Chemistry", LocalDate.of(2026, 10, 19),
        List.of(new TutorLoad("Dr Kai Nowak", 12, 14), new TutorLoad("Prof Mei Chen", 15, 14),
            new TutorLoad("Dr Ava <script>alert(1)</script>", 7, 7)),
        List.of(new OverdueMeeting("Prof Mei Chen", "S2600123", 5)),
        List.of(new OpenCases("concern", 3, 1, 0), new OpenCases("referral", 1, 2, 1)),
        List.of(new FlaggedStudent("S2600456", "ATTENDANCE_BELOW_THRESHOLD", "HIGH", "ESCALATE_TO_SENIOR_TUTOR")),
        List.of(new TrainingGap("Dr Lily Ward", "Introduction to Personal Tutoring not completed")),
        List.of(new Deadline(LocalDate.of(2026, 11, 2), "Mitigation Advisory Panel")));
  }
}
