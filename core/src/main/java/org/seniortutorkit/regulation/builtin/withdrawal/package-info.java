/**
 * The withdrawal procedure for lack of academic progress: staged warnings, then referral to Registry, when
 * there is no improvement over an extended period.
 */
@DomainValue
package org.seniortutorkit.regulation.builtin.withdrawal;

import org.seniortutorkit.kernel.DomainValue;
