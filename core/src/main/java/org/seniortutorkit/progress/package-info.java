/** How long work (a large allocation, a full regulation sweep) tells its caller how far it has got. */
package org.seniortutorkit.progress;
