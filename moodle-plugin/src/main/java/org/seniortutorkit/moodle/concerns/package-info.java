/** Concern notifications for Moodle that, by construction, cannot carry special-category data. */
package org.seniortutorkit.moodle.concerns;
