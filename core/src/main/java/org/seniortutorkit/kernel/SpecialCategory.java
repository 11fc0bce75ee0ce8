package org.seniortutorkit.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks special-category personal data (UK GDPR Art. 9: health, disability; and data the institution treats
 * alike, such as mitigating-circumstances evidence or a tutor's private note). Such an attribute is also
 * {@code @Value.Redacted}: it never appears in {@code toString}, in a log line or in a validation message.
 * Access checks read this marker to decide what a view must redact.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE})
public @interface SpecialCategory {}
