/** The {@code moodle.json} mapping configuration, read with errors that name the JSON path, the value and the rule. */
package org.seniortutorkit.moodle.config;
