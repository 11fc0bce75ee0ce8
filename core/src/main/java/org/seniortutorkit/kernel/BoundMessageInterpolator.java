package org.seniortutorkit.kernel;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.lang.annotation.Annotation;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Interpolates constraint messages without an expression language, so the core does not drag an EL
 * implementation (Expressly) into every application that embeds it.
 *
 * <p>Hibernate Validator's EL-free {@link ParameterMessageInterpolator} resolves {@code {value}}-style parameters
 * but leaves {@code ${...}} expressions as they are (and logs a warning). Of the built-in constraints our values
 * use, only {@link DecimalMin} and {@link DecimalMax} have such a default message: it says "or equal to" when the
 * bound is inclusive. This interpolator picks the matching EL-free wording for those two, so messages read exactly
 * as with the EL interpolator, e.g. {@code must be less than or equal to 1.0}.
 */
final class BoundMessageInterpolator implements MessageInterpolator {
  private final MessageInterpolator parameters;

  BoundMessageInterpolator(Locale locale) {
    this.parameters = new ParameterMessageInterpolator(Set.of(locale), locale, false);
  }

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return parameters.interpolate(withoutExpressions(messageTemplate, context), context);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale locale) {
    return parameters.interpolate(withoutExpressions(messageTemplate, context), context, locale);
  }

  private static String withoutExpressions(String template, Context context) {
    Annotation constraint = context.getConstraintDescriptor().getAnnotation();
    if (constraint instanceof DecimalMin min && template.equals(defaultTemplate(DecimalMin.class))) {
      return min.inclusive() ? "must be greater than or equal to {value}" : "must be greater than {value}";
    }
    if (constraint instanceof DecimalMax max && template.equals(defaultTemplate(DecimalMax.class))) {
      return max.inclusive() ? "must be less than or equal to {value}" : "must be less than {value}";
    }
    return template;
  }

  private static String defaultTemplate(Class<? extends Annotation> constraint) {
    return "{" + constraint.getName() + ".message}";
  }
}
