/** What-if analysis: the difference a changed policy pack or setting makes to the same records. */
@DomainValue
package org.seniortutorkit.regulation.whatif;

import org.seniortutorkit.kernel.DomainValue;
