/**
 * Personal Tutor allocation: assigns every student in scope to exactly one Personal Tutor for an academic year.
 *
 * <p>Start with {@link org.seniortutorkit.allocation.PersonalTutorAllocator#allocate}: give it an
 * {@link org.seniortutorkit.allocation.AllocationRequest} (students, tutor candidates, policy) and read the
 * {@link org.seniortutorkit.allocation.Allocation}. Hard rules ({@link org.seniortutorkit.allocation.HardRule}) are
 * never broken; soft goals ({@link org.seniortutorkit.allocation.SoftGoal}) are traded off at the policy's integer
 * prices, and the engine returns an allocation of exactly minimum total cost. Every assignment, unplaced student
 * and move carries the rule identifiers that explain it. See {@code docs/allocation.md}.
 */
@DomainValue
package org.seniortutorkit.allocation;

import org.seniortutorkit.kernel.DomainValue;
