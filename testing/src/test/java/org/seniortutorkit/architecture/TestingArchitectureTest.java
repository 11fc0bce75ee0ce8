package org.seniortutorkit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.allocation.synthetic.SyntheticInstance;

/** This artifact's own architecture: no cycles, no adapter or application, no other module's internals. */
class TestingArchitectureTest {
  private static final JavaClasses TESTING = ArchitectureRules.classesOfModuleWith(SyntheticInstance.class);
  private static final ArchitectureRules RULES = ArchitectureRules.ofKit();

  @Test
  void no_package_cycles() {
    RULES.noPackageCycles().check(TESTING);
  }

  @Test
  void uses_no_other_modules_internals() {
    RULES.internalsStayInTheirModule(TESTING).check(TESTING);
  }
}
