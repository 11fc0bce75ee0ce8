package org.seniortutorkit.regulation.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.regulation.RegulationSamples.AS_OF;
import static org.seniortutorkit.regulation.RegulationSamples.attendance;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.regulation.CheckReport;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.RegulationCheck;
import org.seniortutorkit.regulation.RegulationRule;
import org.seniortutorkit.regulation.RegulationSamples;
import org.seniortutorkit.regulation.RuleBook;
import org.seniortutorkit.regulation.StudentFile;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.regulation.StudentRule;
import org.seniortutorkit.regulation.TutorCaseload;
import org.seniortutorkit.regulation.TutorRule;

/** An embedder's own rules run in the sweep, next to or instead of the kit's. */
class RuleBookBuilderTest {
  /** A student with low attendance and failed modules: MON-ATTENDANCE and PROG-OUTCOME fire for them. */
  private static StudentRecords records() {
    return StudentRecords.builder().asOf(AS_OF)
        .addStudents(RegulationSamples.student())
        .addAllAttendance(attendance(AS_OF, 20, 13))
        .addAllResults(RegulationSamples.year(20, 20, 20, 20, 60, 60))
        .build();
  }

  private static CheckReport check(RuleBook rules) {
    return new RegulationCheck(rules).run(records(), RegulationSamples.layers());
  }

  /** A student rule that never finds anything but counts the students it was shown. */
  private static final class Counting implements StudentRule {
    private final RuleId id;
    private final AtomicInteger seen = new AtomicInteger();

    Counting(String id) {
      this.id = RuleId.of(id);
    }

    @Override
    public RuleId id() {
      return id;
    }

    @Override
    public String title() {
      return "Counts students";
    }

    @Override
    public Optional<Finding> check(StudentFile file, Policy policy, LocalDate asOf) {
      seen.incrementAndGet();
      return Optional.empty();
    }
  }

  @Test
  void the_built_in_book_lists_every_rule_of_the_kit_once() {
    RuleBook rules = BuiltInRules.current();
    assertThat(rules.all()).extracting(r -> r.id().value()).doesNotHaveDuplicates().hasSize(22)
        .startsWith("MON-ATTENDANCE").contains("PROG-OUTCOME", "LATE-PENALTY", "TUT-CPD");
    assertThat(rules.progression()).isPresent();
    assertThat(rules.latePenalty()).isPresent();
    assertThat(check(rules).findings()).extracting(f -> f.ruleId().value()).contains("MON-ATTENDANCE", "PROG-OUTCOME");
  }

  @Test
  void an_added_rule_runs_for_every_student() {
    Counting own = new Counting("EMB-OWN");
    RuleBook rules = BuiltInRules.current().toBuilder().addStudentRule(own).build();
    check(rules);
    assertThat(own.seen).hasValue(1);
    assertThat(rules.studentRules()).last().isSameAs(own);
    assertThat(rules.all()).hasSize(BuiltInRules.current().all().size() + 1);
  }

  @Test
  void a_replaced_rule_runs_instead_of_the_built_in_one_in_its_place() {
    Counting stricter = new Counting("MON-ATTENDANCE");
    RuleBook rules = BuiltInRules.current().toBuilder().replace(stricter).build();
    CheckReport report = check(rules);
    assertThat(stricter.seen).hasValue(1);
    assertThat(report.findings()).extracting(f -> f.ruleId().value()).doesNotContain("MON-ATTENDANCE")
        .contains("PROG-OUTCOME");
    assertThat(rules.studentRules().get(0)).isSameAs(stricter);
  }

  @Test
  void a_removed_rule_no_longer_runs() {
    RuleBook rules = BuiltInRules.current().toBuilder().remove(RuleId.of("PROG-OUTCOME")).remove(RuleId.of("MON-ATTENDANCE")).build();
    CheckReport report = check(rules);
    assertThat(rules.progression()).isEmpty();
    assertThat(report.progression()).isEmpty();
    assertThat(report.findings()).extracting(f -> f.ruleId().value()).doesNotContain("PROG-OUTCOME", "MON-ATTENDANCE");
    assertThat(rules.all()).hasSize(20);
  }

  @Test
  void an_empty_book_finds_nothing() {
    CheckReport report = check(RuleBook.builder().build());
    assertThat(report.findings()).isEmpty();
    assertThat(report.progression()).isEmpty();
  }

  @Test
  void ids_stay_unique_and_kinds_are_kept() {
    RuleBook.Builder builder = BuiltInRules.current().toBuilder();
    assertThatThrownBy(() -> builder.addStudentRule(new Counting("TUT-CPD")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TUT-CPD");
    assertThatThrownBy(() -> builder.replace(new Counting("TUT-CPD")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TutorRule");
    assertThatThrownBy(() -> builder.replace(new Counting("NO-SUCH-RULE")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO-SUCH-RULE");
    assertThatThrownBy(() -> builder.remove(RuleId.of("NO-SUCH-RULE")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO-SUCH-RULE");
    assertThatThrownBy(() -> builder.progression(BuiltInRules.current().progression().orElseThrow()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_tutor_rule_replaces_a_tutor_rule() {
    TutorRule quiet = new TutorRule() {
      @Override
      public RuleId id() {
        return RuleId.of("TUT-CPD");
      }

      @Override
      public String title() {
        return "Quiet CPD";
      }

      @Override
      public Optional<Finding> check(TutorCaseload caseload, Policy policy, LocalDate asOf) {
        return Optional.empty();
      }
    };
    RuleBook rules = BuiltInRules.current().toBuilder().replace(quiet).build();
    assertThat(rules.tutorRules()).contains(quiet).hasSize(6);
  }
}
