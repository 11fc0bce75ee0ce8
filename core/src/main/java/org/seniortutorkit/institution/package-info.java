/** The institution's structure: faculties, departments, programmes, academic years and terms. */
@DomainValue
package org.seniortutorkit.institution;

import org.seniortutorkit.kernel.DomainValue;
