/** Writing Personal Tutor assignments to Moodle safely: an exact plan, a journal of what the plugin created, and a resumable, idempotent apply. */
package org.seniortutorkit.moodle.sync;
