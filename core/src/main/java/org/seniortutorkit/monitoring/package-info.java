/**
 * Monitoring records: attendance events and the attendance rate read from them. The cause-for-concern rules
 * that read these records live in {@code org.seniortutorkit.regulation.builtin.monitoring}, above the
 * regulation engine, so that the engine can carry these records without depending on any rule.
 */
@DomainValue
package org.seniortutorkit.monitoring;

import org.seniortutorkit.kernel.DomainValue;
