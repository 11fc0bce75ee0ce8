package org.seniortutorkit.persistence.jdbc;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.architecture.ArchitectureRules;

/** The JDBC adapter depends inward only, without cycles or anyone's internals. */
class JdbcArchitectureTest {
  private static final JavaClasses ADAPTER =
      ArchitectureRules.mainClassesOfModuleTestedBy(JdbcArchitectureTest.class);
  private static final ArchitectureRules RULES = ArchitectureRules.ofKit();

  @Test
  void no_package_cycles() {
    RULES.noPackageCycles().check(ADAPTER);
  }

  @Test
  void depends_only_inward() {
    RULES.dependsOnlyInward(".moodle..", ".persistence.memory..", ".persistence.tck..", ".examples..",
        ".benchmarks..").check(ADAPTER);
  }

  @Test
  void uses_no_other_modules_internals() {
    RULES.internalsStayInTheirModule(ADAPTER).check(ADAPTER);
  }
}
