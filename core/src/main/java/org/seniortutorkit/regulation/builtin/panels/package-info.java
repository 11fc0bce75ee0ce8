/**
 * Rules about appeals and disciplinary panels: who may sit (a faculty other than the student's, no conflict
 * of interest, never a Senior Tutor from a supportive-only department on a disciplinary panel) and the quorum.
 */
@DomainValue
package org.seniortutorkit.regulation.builtin.panels;

import org.seniortutorkit.kernel.DomainValue;
