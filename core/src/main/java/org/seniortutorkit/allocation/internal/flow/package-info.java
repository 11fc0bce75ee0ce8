/**
 * An exact minimum-cost maximum-flow solver on integer networks, used by the allocation engine and usable on its
 * own. Pure Java, no dependencies, primitive arrays only.
 */
package org.seniortutorkit.allocation.internal.flow;
