/** A typed client for Moodle's REST web services: form-encoded POSTs, Moodle's JSON mapped to records with clear validation errors, retries for what is safe to repeat, bounded concurrency and HTTPS only. */
package org.seniortutorkit.moodle.client;
