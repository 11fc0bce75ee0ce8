package org.seniortutorkit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The architecture rules every module's tests check, written once so that the same rule that guards the real
 * code is shown to fail on a deliberate violation (see this artifact's own tests). Each rule is relative to a
 * root package ({@code org.seniortutorkit} for the real code, a fixture package in the tests).
 *
 * <pre>{@code
 * JavaClasses core = ArchitectureRules.classesOfModuleWith(PersonalTutorAllocator.class);
 * ArchitectureRules.ofKit().noPackageCycles().check(core);
 * }</pre>
 */
public final class ArchitectureRules {
  /** The kit's root package. */
  public static final String ROOT = "org.seniortutorkit";

  /** Packages of the testing artifact: fakes and generators that must stay out of main code. */
  private static final String[] TESTING = {".allocation.synthetic..", ".casework.testing..", ".moodle.testing..",
      ".architecture.."};

  private final String root;

  private ArchitectureRules(String root) {
    this.root = root;
  }

  /** The rules for the kit's own packages. */
  public static ArchitectureRules ofKit() {
    return new ArchitectureRules(ROOT);
  }

  /** The same rules for another root package, e.g. a fixture that breaks them on purpose. */
  public static ArchitectureRules under(String root) {
    return new ArchitectureRules(root);
  }

  /**
   * The main classes of the module (jar or classes directory) that holds {@code anyClass}, and nothing else: a
   * module's rules are about its own code, not its dependencies'.
   */
  public static JavaClasses classesOfModuleWith(Class<?> anyClass) {
    URL location = anyClass.getProtectionDomain().getCodeSource().getLocation();
    return new ClassFileImporter().importUrl(location);
  }

  /**
   * The main classes of the module whose tests include {@code testClass}: the {@code classes} directory beside
   * its {@code test-classes}, as Maven lays them out. Naming no main class keeps the test independent of renames.
   */
  public static JavaClasses mainClassesOfModuleTestedBy(Class<?> testClass) {
    try {
      Path tests = Path.of(testClass.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path main = tests.resolveSibling("classes");
      if (!tests.getFileName().toString().equals("test-classes") || !Files.isDirectory(main)) {
        throw new IllegalStateException("Expected Maven's target/test-classes and target/classes, not " + tests);
      }
      return new ClassFileImporter().importPath(main);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** No two packages depend on each other, directly or through others. */
  public ArchRule noPackageCycles() {
    return slices().matching(root + ".(**)").should().beFreeOfCycles()
        .as("no package cycles under " + root);
  }

  /** The shared kernel (identifiers and value conventions) depends on no other package of ours. */
  public ArchRule kernelDependsOnNothingElse() {
    return noClasses().that().resideInAPackage(root + ".kernel..")
        .should().dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAPackage(root + ".kernel.."))))
        .as("the kernel depends on no other package under " + root);
  }

  /**
   * No file, network, database or logging I/O: core is pure computation, and the adapters do the I/O. A class
   * named in {@code documentedExceptions} (fully qualified) is exempt; each exemption must say why where it is
   * declared.
   */
  public ArchRule noIo(String... documentedExceptions) {
    Set<String> exempt = Set.of(documentedExceptions);
    DescribedPredicate<JavaClass> io = resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..",
        "javax.sql..", "java.util.logging..", "org.slf4j..", "org.apache.logging..", "ch.qos.logback..")
        .or(belongToAnyOf(File.class, FileInputStream.class, FileOutputStream.class, FileReader.class,
            FileWriter.class, RandomAccessFile.class, System.Logger.class))
        .as("file, network, database or logging classes");
    return noClasses().that(resideInAPackage(root + "..")
            .and(describe("not a documented exception", c -> !exempt.contains(c.getName()))))
        .should().dependOnClassesThat(io)
        .as("no I/O under " + root + (exempt.isEmpty() ? "" : " except " + exempt));
  }

  /** The regulation engine (rule interfaces, findings, the sweep) does not depend on the rules it runs. */
  public ArchRule regulationEngineIndependentOfItsRules() {
    return noClasses().that().resideInAPackage(root + ".regulation")
        .should().dependOnClassesThat().resideInAPackage(root + ".regulation.builtin..")
        .as("the regulation engine does not depend on the built-in rules");
  }

  /**
   * Dependencies point inward: nothing here depends on the outer packages named (relative to the root, e.g.
   * {@code ".examples.."}), nor on the testing artifact's fakes and generators.
   */
  public ArchRule dependsOnlyInward(String... outerPackages) {
    String[] forbidden = Stream.concat(Arrays.stream(outerPackages), Arrays.stream(TESTING))
        .map(p -> root + p).toArray(String[]::new);
    return noClasses().should().dependOnClassesThat().resideInAnyPackage(forbidden)
        .as("depends only inward: not on " + String.join(", ", forbidden));
  }

  /** Classes outside {@code module} never use its {@code ..internal..} packages, nor another module's. */
  public ArchRule internalsStayInTheirModule(JavaClasses module) {
    Set<String> own = module.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
    return noClasses().should().dependOnClassesThat(resideInAPackage("..internal..")
            .and(describe("in another module", c -> !own.contains(c.getPackageName()))))
        .as("uses no other module's internal packages");
  }
}
