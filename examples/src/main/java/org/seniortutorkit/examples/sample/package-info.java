/** The embedded sample department that the demo and the examples run on. */
@DomainValue
package org.seniortutorkit.examples.sample;

import org.seniortutorkit.kernel.DomainValue;
