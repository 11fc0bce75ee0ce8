package org.seniortutorkit.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.student.ComplexNeed;

/** The sample dashboard is assembled from what the library computed, and carries no special-category detail. */
class SampleDashboardTest {
  private final DashboardData data = SampleDashboard.of(LocalDate.of(2026, 11, 16));

  @Test
  void shows_every_tutors_load_from_the_allocation() {
    assertThat(data.tutorLoads()).hasSize(30);
    assertThat(data.tutorLoads().stream().mapToInt(DashboardData.TutorLoad::tutees).sum()).isEqualTo(384);
    assertThat(data.tutorLoads()).noneMatch(DashboardData.TutorLoad::overCapacity);
  }

  @Test
  void flags_come_from_the_monitoring_rules_and_cases_from_the_desk() {
    assertThat(data.flaggedStudents()).isNotEmpty().allMatch(f -> f.rule().startsWith("MON-"));
    assertThat(data.openCases()).isNotEmpty();
    assertThat(data.trainingGaps()).anyMatch(g -> g.gap().contains("Introduction to Personal Tutoring"));
  }

  @Test
  void the_rendered_page_names_no_complex_need() {
    String html = DashboardPage.render(data);
    for (ComplexNeed need : ComplexNeed.values()) {
      assertThat(html).doesNotContain(need.name());
    }
  }
}
