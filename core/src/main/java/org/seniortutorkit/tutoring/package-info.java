/** Personal tutoring itself: who tutors whom each year, and their meetings. */
@DomainValue
package org.seniortutorkit.tutoring;

import org.seniortutorkit.kernel.DomainValue;
