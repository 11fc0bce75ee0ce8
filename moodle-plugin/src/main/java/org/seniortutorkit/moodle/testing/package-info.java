/**
 * A simulated Moodle site for tests, benchmarks and runnable examples, served by OkHttp's MockWebServer on
 * loopback; the way OkHttp ships {@code mockwebserver} beside its client. Nothing else in the plugin uses this
 * package, and its one dependency, {@code com.squareup.okhttp3:mockwebserver3}, is optional: add it to use
 * {@link org.seniortutorkit.moodle.testing.SimulatedDepartment}.
 */
package org.seniortutorkit.moodle.testing;
