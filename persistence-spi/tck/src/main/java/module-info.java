/**
 * Senior Tutor Kit's persistence compatibility kit: abstract JUnit contracts an adapter's tests extend.
 *
 * <p>JUnit and AssertJ are part of this API (the contracts are JUnit test classes), so they are required
 * transitively. The package is opened to JUnit, which finds and invokes the inherited test methods by reflection.
 */
module org.seniortutorkit.persistence.tck {
  requires transitive org.seniortutorkit.core;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  // The fake clock and the synthetic cases the contracts run on (casework.testing).
  requires org.seniortutorkit.testing;
  // Needed to compile only: Immutables' annotations and those its generated code carries.
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  exports org.seniortutorkit.persistence.tck;
  opens org.seniortutorkit.persistence.tck to org.junit.platform.commons;
}
