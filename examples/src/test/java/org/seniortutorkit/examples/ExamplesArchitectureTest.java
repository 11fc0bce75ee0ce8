package org.seniortutorkit.examples;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.architecture.ArchitectureRules;

/** The examples may use every module's public API, but no package cycles and no module's internals. */
class ExamplesArchitectureTest {
  private static final JavaClasses EXAMPLES = ArchitectureRules.mainClassesOfModuleTestedBy(
      ExamplesArchitectureTest.class);
  private static final ArchitectureRules RULES = ArchitectureRules.ofKit();

  @Test
  void no_package_cycles() {
    RULES.noPackageCycles().check(EXAMPLES);
  }

  @Test
  void uses_no_other_modules_internals() {
    RULES.internalsStayInTheirModule(EXAMPLES).check(EXAMPLES);
  }
}
