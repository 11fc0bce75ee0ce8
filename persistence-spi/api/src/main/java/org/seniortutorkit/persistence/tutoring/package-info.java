/** Storing tutor assignments (one per student per academic year) and tutor meetings. */
@DomainValue
package org.seniortutorkit.persistence.tutoring;

import org.seniortutorkit.kernel.DomainValue;
