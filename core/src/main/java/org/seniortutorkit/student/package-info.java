/** Students: who they are, where they study, their status and their complex needs. */
@DomainValue
package org.seniortutorkit.student;

import org.seniortutorkit.kernel.DomainValue;
