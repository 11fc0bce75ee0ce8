/** Storing policy packs as an envelope: id, pack version and effective dates, and the pack as JSON. */
@DomainValue
package org.seniortutorkit.persistence.policy;

import org.seniortutorkit.kernel.DomainValue;
