/** The append-only audit log: records are appended in sequence, hash-chained, and never changed or removed. */
@DomainValue
package org.seniortutorkit.persistence.audit;

import org.seniortutorkit.kernel.DomainValue;
