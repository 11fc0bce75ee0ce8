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
    // VersionBanner's only use of java.util.logging is to raise one Hibernate Validator logger's level during
    // bootstrap, so that the core prints nothing; it writes nothing itself.
    RULES.noIo("org.seniortutorkit.kernel.VersionBanner").check(CORE);
  }

  @Test
  void the_regulation_engine_does_not_depend_on_its_rules() {
    RULES.regulationEngineIndependentOfItsRules().check(CORE);
  }

  @Test
  void depends_on_no_adapter_nor_application() {
    // persistence.memory is no longer outside: core ships InMemoryPersistence, its own in-memory store.
    RULES.dependsOnlyInward(".moodle..", ".persistence.jdbc..", ".persistence.tck..",
        ".examples..", ".benchmarks..").check(CORE);
  }

  @Test
  void uses_no_other_modules_internals() {
    RULES.internalsStayInTheirModule(CORE).check(CORE);
  }
}
