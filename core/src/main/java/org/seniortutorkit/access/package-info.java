/**
 * Access and privacy: who may see which part of a student's record, for what purpose, and with what
 * redacted. Deny by default; every decision names its rule. {@link org.seniortutorkit.access.StudentRecordDesk}
 * is the one door to a student's record: it decides, audits and returns the (possibly redacted) view.
 */
@DomainValue
package org.seniortutorkit.access;

import org.seniortutorkit.kernel.DomainValue;
