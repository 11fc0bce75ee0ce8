package org.seniortutorkit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.allocation.PersonalTutorAllocator;

/**
 * Core's architecture. It is checked here, beside the rules, because core's own tests cannot depend on this
 * artifact (which depends on core); the classes checked are exactly core's jar.
 */
class CoreArchitectureTest {
  private static final JavaClasses CORE = ArchitectureRules.classesOfModuleWith(PersonalTutorAllocator.class);
  private static final ArchitectureRules RULES = ArchitectureRules.ofKit();

  @Test
  void core_is_only_core() {
    org.assertj.core.api.Assertions.assertThat(CORE.containPackage("org.seniortutorkit.regulation")).isTrue();
    org.assertj.core.api.Assertions.assertThat(CORE.containPackage("org.seniortutorkit.allocation.synthetic"))
        .isFalse();
  }

  @Test
  void no_package_cycles() {
    RULES.noPackageCycles().check(CORE);
  }

  @Test
  void the_kernel_depends_on_nothing_else() {
    RULES.kernelDependsOnNothingElse().check(CORE);
  }

  @Test
  void no_io() {
    // VersionBanner touches java.util.logging only to hold back Hibernate Validator's start-up banner; it logs
    // nothing itself (see its Javadoc).
    RULES.noIo("org.seniortutorkit.kernel.VersionBanner").check(CORE);
  }

  @Test
  void the_regulation_engine_does_not_depend_on_its_rules() {
    RULES.regulationEngineIndependentOfItsRules().check(CORE);
  }

  @Test
  void depends_on_no_adapter_nor_application() {
    // The in-memory store is part of core now (org.seniortutorkit.persistence.memory), so it is not an adapter here.
    RULES.dependsOnlyInward(".moodle..", ".persistence.jdbc..", ".persistence.tck..",
        ".examples..", ".benchmarks..").check(CORE);
  }

  @Test
  void uses_no_other_modules_internals() {
    RULES.internalsStayInTheirModule(CORE).check(CORE);
  }
}
