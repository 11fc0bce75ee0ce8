/**
 * Monitoring: the engagement records (attendance) and the cause-for-concern rules that flag students who may
 * need a tutor's, a Senior Tutor's or a specialist's attention.
 */
@DomainValue
package org.seniortutorkit.monitoring;

import org.seniortutorkit.kernel.DomainValue;
