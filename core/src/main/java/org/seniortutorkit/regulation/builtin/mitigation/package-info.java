/**
 * Rules about mitigating circumstances and late submission: claims made in time (counted in working days),
 * with the evidence they need, self-certification within its limits, and late penalties waived by an accepted
 * claim.
 */
@DomainValue
package org.seniortutorkit.regulation.builtin.mitigation;

import org.seniortutorkit.kernel.DomainValue;
