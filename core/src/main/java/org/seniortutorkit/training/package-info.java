/** Staff training: the Introduction to Personal Tutoring workshop, CPD and policy-change briefings. */
@DomainValue
package org.seniortutorkit.training;

import org.seniortutorkit.kernel.DomainValue;
