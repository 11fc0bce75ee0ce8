package org.seniortutorkit.staff;

import org.seniortutorkit.kernel.store.AggregateRepository;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;

/** Staff members with their training record (workshop, CPD, briefings acknowledged), keyed by {@link StaffId}. */
public interface StaffRepository extends AggregateRepository<StaffId, StaffMember, StaffQuery> {}
