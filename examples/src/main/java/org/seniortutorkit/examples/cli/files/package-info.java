/** Files the commands write with student data, created readable and writable by their owner only. */
package org.seniortutorkit.examples.cli.files;
