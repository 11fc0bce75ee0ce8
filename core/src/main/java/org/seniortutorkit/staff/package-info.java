/** Staff: personal tutors, Senior Tutors and the other roles around a student, with their training. */
@DomainValue
package org.seniortutorkit.staff;

import org.seniortutorkit.kernel.DomainValue;
