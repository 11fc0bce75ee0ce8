/** Storing staff, with their roles and training records. */
@DomainValue
package org.seniortutorkit.persistence.staff;

import org.seniortutorkit.kernel.DomainValue;
