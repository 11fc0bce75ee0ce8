/**
 * Policy packs: the institution's rules as versioned, layered data (institution, faculty, department), resolved
 * into the {@link org.seniortutorkit.policy.Policy} that regulation checks read, with the layer each setting came
 * from.
 */
@DomainValue
package org.seniortutorkit.policy;

import org.seniortutorkit.kernel.DomainValue;
