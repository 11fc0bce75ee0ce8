package org.seniortutorkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.allocation.PersonalTutorAllocator;

/**
 * Tests run on the class path, so this checks what they cannot: that core's jar resolves as the named module
 * {@code org.seniortutorkit.core} with its dependencies as modules, exports its API and not its internals, and
 * works there, reading the default policy pack through Jackson (which needs the packages its module-info
 * opens) and listing the built-in rules.
 */
class ModuleResolutionTest {
  private static final String CORE = "org.seniortutorkit.core";

  /** Core's jar (or classes directory) and every jar on the test class path, as a module path. */
  private static ModuleFinder modulePath() throws Exception {
    Path core = Path.of(PersonalTutorAllocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Path> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of).filter(p -> p.toString().endsWith(".jar") && Files.isRegularFile(p))
        .filter(p -> !p.equals(core)).toList();
    return ModuleFinder.compose(ModuleFinder.of(core), ModuleFinder.of(jars.toArray(Path[]::new)));
  }

  private static ModuleLayer coreLayer() throws Exception {
    ModuleLayer boot = ModuleLayer.boot();
    Configuration configuration = boot.configuration().resolve(modulePath(), ModuleFinder.of(), Set.of(CORE));
    return boot.defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void core_resolves_as_a_named_module_exporting_its_api_only() throws Exception {
    ModuleReference core = modulePath().find(CORE).orElseThrow();
    assertThat(core.descriptor().isAutomatic()).isFalse();
    Set<String> exported = core.descriptor().exports().stream().map(e -> e.source()).collect(Collectors.toSet());
    assertThat(exported).contains("org.seniortutorkit.regulation", "org.seniortutorkit.regulation.builtin",
        "org.seniortutorkit.allocation", "org.seniortutorkit.kernel");
    assertThat(exported).noneMatch(p -> p.contains(".internal"));
    assertThat(core.descriptor().packages()).contains("org.seniortutorkit.allocation.internal.flow");

    Module module = coreLayer().findModule(CORE).orElseThrow();
    assertThat(module.isNamed()).isTrue();
    assertThat(module.isExported("org.seniortutorkit.allocation")).isTrue();
    assertThat(module.isExported("org.seniortutorkit.allocation.internal.flow")).isFalse();
  }

  @Test
  void core_works_on_the_module_path() throws Exception {
    ClassLoader loader = coreLayer().findLoader(CORE);
    Class<?> pack = loader.loadClass("org.seniortutorkit.policy.DefaultPolicyPack");
    assertThat(pack.getModule().getName()).isEqualTo(CORE);
    Object loaded = pack.getMethod("load").invoke(null);
    assertThat(loaded.getClass().getName()).isEqualTo("org.seniortutorkit.policy.PolicyPack");
    assertThat(loaded.getClass().getModule().getName()).isEqualTo(CORE);

    Object rules = loader.loadClass("org.seniortutorkit.regulation.builtin.BuiltInRules").getMethod("current")
        .invoke(null);
    Object all = rules.getClass().getMethod("all").invoke(rules);
    assertThat((List<?>) all).hasSize(22);
  }
}
