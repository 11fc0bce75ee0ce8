/**
 * Senior Tutor Kit's Moodle plugin: pulls a department's records from a Moodle site's web services, maps them to
 * core's value types and pushes concerns back through a journal.
 *
 * <p>Exports every package (none is internal). OkHttp is required transitively because {@code Endpoint} hands out
 * its {@code HttpUrl}. The packages whose types Jackson binds by reflection (concern notices, journal entries) are
 * opened to Jackson only.
 */
module org.seniortutorkit.moodle {
  requires transitive org.seniortutorkit.core;
  requires org.seniortutorkit.records;
  requires transitive okhttp3;
  requires org.slf4j;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  // Needed to compile only: Immutables' annotations and those its generated code carries.
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  exports org.seniortutorkit.moodle.client;
  exports org.seniortutorkit.moodle.concerns;
  exports org.seniortutorkit.moodle.config;
  exports org.seniortutorkit.moodle.errors;
  exports org.seniortutorkit.moodle.mapping;
  exports org.seniortutorkit.moodle.pull;
  exports org.seniortutorkit.moodle.records;
  exports org.seniortutorkit.moodle.sync;
  opens org.seniortutorkit.moodle.concerns to com.fasterxml.jackson.databind;
  opens org.seniortutorkit.moodle.sync to com.fasterxml.jackson.databind;
}
