package org.seniortutorkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule fails on a fixture that breaks it on purpose, so a green architecture test means the
 * rule holds, not that it checks nothing.
 */
class ArchitectureRulesTest {
  private static final String FIXTURE = "org.seniortutorkit.architecture.fixture";

  private static JavaClasses fixture(String name) {
    return new ClassFileImporter().importPackages(FIXTURE + "." + name);
  }

  private static String violations(ArchRule rule, JavaClasses classes) {
    EvaluationResult result = rule.evaluate(classes);
    assertThat(result.hasViolation()).as("%s should be violated", rule.getDescription()).isTrue();
    return result.getFailureReport().toString();
  }

  @Test
  void a_package_cycle_is_reported() {
    String report = violations(ArchitectureRules.under(FIXTURE + ".cycle").noPackageCycles(), fixture("cycle"));
    assertThat(report).contains("Cycle detected").contains("Alpha").contains("Beta");
  }

  @Test
  void a_kernel_that_knows_a_domain_package_is_reported() {
    String report = violations(ArchitectureRules.under(FIXTURE + ".kernelleak").kernelDependsOnNothingElse(),
        fixture("kernelleak"));
    assertThat(report).contains("StudentId").contains("kernelleak.student.Student");
  }

  @Test
  void file_io_is_reported_unless_it_is_a_documented_exception() {
    ArchitectureRules rules = ArchitectureRules.under(FIXTURE + ".io");
    String report = violations(rules.noIo(), fixture("io"));
    assertThat(report).contains("ReadsAFile").contains("java.nio.file.Files").doesNotContain("Pure");
    assertThat(rules.noIo(FIXTURE + ".io.ReadsAFile").evaluate(fixture("io")).hasViolation()).isFalse();
  }

  @Test
  void an_engine_that_lists_its_rules_is_reported() {
    String report = violations(ArchitectureRules.under(FIXTURE + ".engine").regulationEngineIndependentOfItsRules(),
        fixture("engine"));
    assertThat(report).contains("Engine").contains("SomeRule");
  }

  @Test
  void an_outward_dependency_is_reported() {
    String report = violations(ArchitectureRules.under(FIXTURE + ".inward").dependsOnlyInward(".examples.."),
        fixture("inward"));
    assertThat(report).contains("UsesTheDemo").contains("Demo");
  }

  @Test
  void another_modules_internals_are_reported() {
    JavaClasses module = fixture("internaluse");
    String report = violations(ArchitectureRules.ofKit().internalsStayInTheirModule(module), module);
    assertThat(report).contains("UsesCoreInternals").contains("allocation.internal.flow.MinCostFlow");
  }

  @Test
  void a_modules_own_internals_are_allowed() {
    JavaClasses core = ArchitectureRules.classesOfModuleWith(org.seniortutorkit.allocation.PersonalTutorAllocator.class);
    assertThat(core.containPackage("org.seniortutorkit.allocation.internal.flow")).isTrue();
    assertThat(ArchitectureRules.ofKit().internalsStayInTheirModule(core).evaluate(core).hasViolation()).isFalse();
  }
}
