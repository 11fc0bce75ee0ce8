/**
 * Senior Tutor Kit's test support: seeded synthetic allocation instances, collecting fakes, a simulated Moodle
 * site and the architecture rules the project's modules check themselves against.
 *
 * <p>MockWebServer is required transitively because the simulated Moodle site is one of its dispatchers. ArchUnit
 * is optional in this artifact (only {@code org.seniortutorkit.architecture} uses it), so it is required
 * statically and not transitively (a static transitive requirement would be demanded of every consumer at compile
 * time): a consumer that checks its architecture requires ArchUnit itself.
 */
module org.seniortutorkit.testing {
  requires transitive org.seniortutorkit.core;
  requires transitive mockwebserver3;
  requires static com.tngtech.archunit;
  exports org.seniortutorkit.allocation.synthetic;
  exports org.seniortutorkit.architecture;
  exports org.seniortutorkit.casework.testing;
  exports org.seniortutorkit.moodle.testing;
}
