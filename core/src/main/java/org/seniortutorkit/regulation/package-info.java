/**
 * The regulation engine: the records rules read, the named rules themselves ({@link
 * org.seniortutorkit.regulation.RuleBook} lists every current one), their explainable {@link
 * org.seniortutorkit.regulation.Finding}s, and the sweep that runs them all ({@link
 * org.seniortutorkit.regulation.RegulationCheck}). Pure: no I/O.
 */
@DomainValue
package org.seniortutorkit.regulation;

import org.seniortutorkit.kernel.DomainValue;
