/** How commands write files: those holding student data are created readable by their owner only. */
package org.seniortutorkit.examples.cli.output;
