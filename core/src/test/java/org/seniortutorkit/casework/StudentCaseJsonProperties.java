package org.seniortutorkit.casework;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.seniortutorkit.json.SeniorTutorJson;
import org.seniortutorkit.testing.CaseArbitraries;

/** A case of any kind, in any state its machine can reach, survives a trip through JSON unchanged. */
class StudentCaseJsonProperties {
  @Property(tries = 500)
  void every_reachable_case_round_trips_exactly(@ForAll("cases") StudentCase c) {
    StudentCase back = SeniorTutorJson.read(SeniorTutorJson.write(c), StudentCase.class);
    // The walk must really move cases on, or the property would only ever see freshly opened ones.
    Statistics.label("history").collect(c.history().isEmpty() ? "just opened" : "moved on");
    Statistics.label("history").coverage(coverage -> coverage.check("moved on").percentage(p -> p > 50));

    assertThat(back).isEqualTo(c);
    assertThat(back.evidenceSummary()).isEqualTo(c.evidenceSummary());
  }

  @Property(tries = 200)
  void writing_what_was_read_gives_the_same_document(@ForAll("cases") StudentCase c) {
    String json = SeniorTutorJson.write(c);

    assertThat(SeniorTutorJson.write(SeniorTutorJson.read(json, StudentCase.class))).isEqualTo(json);
  }

  @Provide
  Arbitrary<StudentCase> cases() {
    return CaseArbitraries.studentCases();
  }
}
