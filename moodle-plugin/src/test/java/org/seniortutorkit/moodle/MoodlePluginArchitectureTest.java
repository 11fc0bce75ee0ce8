package org.seniortutorkit.moodle;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.architecture.ArchitectureRules;

/** The plugin is an adapter: it depends inward on core only, without cycles or anyone's internals. */
class MoodlePluginArchitectureTest {
  private static final JavaClasses PLUGIN = ArchitectureRules.mainClassesOfModuleTestedBy(MoodlePluginArchitectureTest.class);
  private static final ArchitectureRules RULES = ArchitectureRules.ofKit();

  @Test
  void no_package_cycles() {
    RULES.noPackageCycles().check(PLUGIN);
  }

  @Test
  void depends_only_inward() {
    RULES.dependsOnlyInward(".persistence.jdbc..", ".persistence.memory..", ".persistence.tck..", ".examples..",
        ".benchmarks..").check(PLUGIN);
  }

  @Test
  void uses_no_other_modules_internals() {
    RULES.internalsStayInTheirModule(PLUGIN).check(PLUGIN);
  }
}
