/**
 * Cause-for-concern rules that flag students who may need a tutor's, a Senior Tutor's or a specialist's
 * attention: low attendance, missed submissions, dropping marks, no recent tutor meeting.
 */
@DomainValue
package org.seniortutorkit.regulation.builtin.monitoring;

import org.seniortutorkit.kernel.DomainValue;
