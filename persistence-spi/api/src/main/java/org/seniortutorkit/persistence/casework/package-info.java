/**
 * Storing cases as an envelope: the fields stores index (kind, student, department, level, year, state) and the
 * case itself as a JSON document, so the SPI does not change whenever the casework model does.
 */
@DomainValue
package org.seniortutorkit.persistence.casework;

import org.seniortutorkit.kernel.DomainValue;
