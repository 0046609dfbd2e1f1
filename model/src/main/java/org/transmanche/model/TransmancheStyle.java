package org.transmanche.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every Transmanche model type.
 *
 * <p>Generated implementations are named {@code Immutable*}, use Guava immutable collections, never
 * accept {@code null} in collections and expose builders through each type's own {@code builder()}.
 * It is applied once, in {@code package-info.java}; no other {@code @Value.Style} exists.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    depluralize = true,
    jdkOnly = false,
    optionalAcceptNullable = false,
    forceJacksonPropertyNames = false,
    redactedMask = "****",
    defaults = @Value.Immutable(copy = true))
public @interface TransmancheStyle {}
