/**
 * The vocabulary of mitigating circumstances and late submission that a check report carries: the panel's
 * possible recommendations and marks after a late penalty. The rules themselves (claims in time, evidence,
 * self-certification limits, the late penalty) live in {@code org.seniortutorkit.regulation.builtin.mitigation}.
 */
@DomainValue
package org.seniortutorkit.regulation.mitigation;

import org.seniortutorkit.kernel.DomainValue;
