/** Storing students: the repository and its queries by department, level and entry year. */
@DomainValue
package org.seniortutorkit.persistence.student;

import org.seniortutorkit.kernel.DomainValue;
