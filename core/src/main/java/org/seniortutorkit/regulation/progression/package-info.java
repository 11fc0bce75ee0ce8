/**
 * The vocabulary of progression after the year's results: the decision for a student (progress, make good
 * the deficiencies by resit or repeat, or withdraw) and the modules that decided it. The built-in rule that
 * reaches these decisions lives in {@code org.seniortutorkit.regulation.builtin.progression}.
 */
@DomainValue
package org.seniortutorkit.regulation.progression;

import org.seniortutorkit.kernel.DomainValue;
