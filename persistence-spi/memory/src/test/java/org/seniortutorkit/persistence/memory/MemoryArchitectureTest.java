package org.seniortutorkit.persistence.memory;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.architecture.ArchitectureRules;

/** The in-memory adapter depends inward only, without cycles or anyone's internals. */
class MemoryArchitectureTest {
  private static final JavaClasses ADAPTER =
      ArchitectureRules.mainClassesOfModuleTestedBy(MemoryArchitectureTest.class);
  private static final ArchitectureRules RULES = ArchitectureRules.ofKit();

  @Test
  void no_package_cycles() {
    RULES.noPackageCycles().check(ADAPTER);
  }

  @Test
  void depends_only_inward() {
    RULES.dependsOnlyInward(".moodle..", ".persistence.jdbc..", ".persistence.tck..", ".examples..",
        ".benchmarks..").check(ADAPTER);
  }

  @Test
  void uses_no_other_modules_internals() {
    RULES.internalsStayInTheirModule(ADAPTER).check(ADAPTER);
  }
}
