package org.seniortutorkit.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The house style for value types: write {@code abstract class StudentDef} (or an interface) and use the
 * generated {@code Student}, with {@code Student.builder()}, {@code Student.of(...)} and {@code withX(...)}.
 *
 * <p>Collections are never null; optional attributes use {@link java.util.Optional}. Generated types are
 * public even when the definition is package-private, so the definition can stay an implementation detail.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    redactedMask = "<redacted>",
    jdkOnly = false,
    allParameters = false,
    get = {"get*", "is*", "*"})
public @interface DomainValue {}
