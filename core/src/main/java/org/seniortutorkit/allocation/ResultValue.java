package org.seniortutorkit.allocation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a result type that only the engine builds, from inputs already validated at the door. Such types are not
 * {@link org.seniortutorkit.kernel.SelfValidating}: validating about a million explanation objects of a 300,000
 * student allocation cost more than the allocation itself.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
@interface ResultValue {}
