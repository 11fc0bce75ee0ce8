/**
 * A simulated Moodle site for tests, benchmarks and runnable examples, served by OkHttp's MockWebServer on
 * loopback; the way OkHttp ships {@code mockwebserver} beside its client. Nothing else in the plugin uses this
 * package, and its one dependency, {@code com.squareup.okhttp3:mockwebserver3}, is optional: add it to use
 * {@link org.seniortutorkit.moodle.testing.SimulatedDepartment}.
 *
 * <p>The site is as strict as a real one: {@link org.seniortutorkit.moodle.testing.StrictGate} applies PHP's
 * {@code max_input_vars} and Moodle's parameter and return descriptions
 * ({@link org.seniortutorkit.moodle.testing.MoodleContracts}, written from Moodle's source), so a test fails when
 * the plugin sends what Moodle would refuse or relies on a field Moodle never returns.
 */
package org.seniortutorkit.moodle.testing;
