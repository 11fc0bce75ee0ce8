/**
 * Rules about Personal Tutors: trained before they take tutees, within their tutee limit, meeting tutees
 * often enough (first-years early), keeping up CPD and acknowledging policy-change briefings.
 */
@DomainValue
package org.seniortutorkit.regulation.builtin.tutoring;

import org.seniortutorkit.kernel.DomainValue;
