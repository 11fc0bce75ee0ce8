/**
 * A simulated Moodle site for tests, benchmarks and runnable examples, served by OkHttp's MockWebServer on
 * loopback. It lives in the testing artifact, not in the plugin, so that an application embedding the plugin
 * ships neither the simulation nor a test web server.
 *
 * <p>The site is as strict as a real one: {@link org.seniortutorkit.moodle.testing.StrictGate} applies PHP's
 * {@code max_input_vars} and Moodle's parameter and return descriptions
 * ({@link org.seniortutorkit.moodle.testing.MoodleContracts}, written from Moodle's source), so a test fails when
 * the plugin sends what Moodle would refuse or relies on a field Moodle never returns.
 */
package org.seniortutorkit.moodle.testing;
