/**
 * A simulated Moodle site for tests, benchmarks and runnable examples, served by OkHttp's MockWebServer on
 * loopback. It lives in the testing artifact, not in the plugin, so that an application embedding the plugin
 * ships neither the simulation nor a test web server.
 */
package org.seniortutorkit.moodle.testing;
