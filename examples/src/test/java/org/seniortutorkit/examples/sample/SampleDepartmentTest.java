package org.seniortutorkit.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.staff.StaffRole;

class SampleDepartmentTest {
  private final SampleDepartment sample = SampleDepartment.load();

  @Test
  void the_shipped_sample_is_what_the_seeded_generator_produces() {
    assertThat(sample).isEqualTo(new SampleDepartmentGenerator().generate());
  }

  @Test
  void the_sample_is_a_realistic_mixed_department() {
    assertThat(sample.students()).hasSizeBetween(350, 450);
    assertThat(sample.students()).anyMatch(s -> s.level() == StudyLevel.POSTGRADUATE_TAUGHT);
    assertThat(sample.students()).anyMatch(s -> s.level() == StudyLevel.UNDERGRADUATE);
    assertThat(sample.staff()).filteredOn(s -> s.holds(StaffRole.PERSONAL_TUTOR)).hasSize(30);
    assertThat(sample.department().runsPostgraduateTaught()).isTrue();
  }
}
