/**
 * The built-in progression rule: pass marks by level, compensation, capped reassessment marks and attempt
 * limits decide whether a student progresses, can make good the deficiencies (resit or repeat), or is
 * required to withdraw, naming the modules and rules that decided it.
 */
@DomainValue
package org.seniortutorkit.regulation.builtin.progression;

import org.seniortutorkit.kernel.DomainValue;
