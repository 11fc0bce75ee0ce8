package org.seniortutorkit.examples.modulepath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests run on the class path, so this checks what they cannot: that every published module's jar (or classes
 * directory, inside the reactor) is a named module that resolves, with the jars it needs, into a module layer. A
 * {@code requires} whose module is not in the published dependency graph (a dependency made optional or
 * provided in the POM, say), two modules holding the same package, or an exported {@code internal} package fails
 * here rather than in a consumer's module path.
 */
class PublishedModulesTest {
  /** Every class path entry that is a jar or an exploded named module, as a module path. */
  private static ModuleFinder modulePath() {
    Path[] entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(p -> (Files.isRegularFile(p) && p.toString().endsWith(".jar"))
            || Files.isRegularFile(p.resolve("module-info.class")))
        .toArray(Path[]::new);
    return ModuleFinder.of(entries);
  }

  private static ModuleDescriptor ours(String name) {
    ModuleReference reference = modulePath().find(name).orElseThrow(
        () -> new AssertionError(name + " is not on the module path: a jar without module-info gets another name"));
    return reference.descriptor();
  }

  @ParameterizedTest
  @ValueSource(strings = {"org.seniortutorkit.core", "org.seniortutorkit.testing", "org.seniortutorkit.records",
      "org.seniortutorkit.moodle", "org.seniortutorkit.persistence.tck", "org.seniortutorkit.persistence.jdbc"})
  void each_published_module_is_named_and_exports_no_internals(String name) {
    ModuleDescriptor descriptor = ours(name);
    assertThat(descriptor.isAutomatic()).as("%s has a module-info", name).isFalse();
    assertThat(descriptor.exports()).isNotEmpty()
        .allSatisfy(e -> assertThat(e.source()).doesNotContain(".internal"));
    assertThat(descriptor.opens()).allSatisfy(o -> assertThat(o.isQualified() || !o.source().startsWith("org."))
        .as("%s opens %s only to the libraries that reflect on it", name, o.source()).isTrue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"org.seniortutorkit.core", "org.seniortutorkit.testing", "org.seniortutorkit.records",
      "org.seniortutorkit.moodle", "org.seniortutorkit.persistence.tck", "org.seniortutorkit.persistence.jdbc"})
  void each_published_module_resolves_with_its_dependencies_into_a_layer(String name) throws Exception {
    ModuleFinder path = modulePath();
    // A consumer that uses what a module requires statically (compile-time annotations, ArchUnit for the
    // architecture rules) brings those modules itself; this one brings them too, so that every class links.
    Set<String> roots = new TreeSet<>(Set.of(name));
    ours(name).requires().stream()
        .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
        .map(ModuleDescriptor.Requires::name)
        .filter(n -> path.find(n).isPresent())
        .forEach(roots::add);
    ModuleLayer boot = ModuleLayer.boot();
    Configuration configuration = boot.configuration().resolve(path, ModuleFinder.of(), roots);
    // Defining the layer with one loader is where two modules holding the same package are refused.
    ModuleLayer layer = boot.defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());

    Module module = layer.findModule(name).orElseThrow();
    assertThat(module.isNamed()).isTrue();
    // Every class of the module loads, with its supertypes and signatures, from what the layer gives it: a
    // dependency missing from the graph fails here with NoClassDefFoundError.
    ClassLoader loader = layer.findLoader(name);
    List<String> classes;
    try (ModuleReader reader = path.find(name).orElseThrow().open()) {
      classes = reader.list().filter(r -> r.endsWith(".class") && !r.equals("module-info.class"))
          .map(r -> r.substring(0, r.length() - ".class".length()).replace('/', '.')).toList();
    }
    assertThat(classes).isNotEmpty();
    for (String className : classes) {
      Class<?> type = Class.forName(className, false, loader);
      assertThat(type.getModule()).isSameAs(module);
      assertThatCode(type::getDeclaredMethods).as(className).doesNotThrowAnyException();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"org.seniortutorkit.core", "org.seniortutorkit.testing", "org.seniortutorkit.records",
      "org.seniortutorkit.moodle", "org.seniortutorkit.persistence.tck", "org.seniortutorkit.persistence.jdbc"})
  void no_package_is_held_by_two_of_our_modules(String name) {
    Map<String, String> owners = new TreeMap<>();
    Stream.of("org.seniortutorkit.core", "org.seniortutorkit.testing", "org.seniortutorkit.records",
            "org.seniortutorkit.moodle", "org.seniortutorkit.persistence.tck", "org.seniortutorkit.persistence.jdbc")
        .filter(other -> !other.equals(name))
        .forEach(other -> ours(other).packages().forEach(p -> owners.put(p, other)));
    assertThat(ours(name).packages()).allSatisfy(p -> assertThat(owners).doesNotContainKey(p));
  }
}
