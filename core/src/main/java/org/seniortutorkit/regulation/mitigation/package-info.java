/**
 * Mitigating circumstances and late submission: claims made in time (counted in working days), with the
 * evidence they need, self-certification within its limits, the recommendation prepared for the Mitigation
 * Advisory Panel (which decides), and late penalties waived by an accepted claim.
 */
@DomainValue
package org.seniortutorkit.regulation.mitigation;

import org.seniortutorkit.kernel.DomainValue;
