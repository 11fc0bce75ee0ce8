package org.seniortutorkit.kernel;

import com.google.common.collect.ImmutableList;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Runs Jakarta Validation (Hibernate Validator) on value types. Immutables accessors are named {@code name()},
 * not {@code getName()}, so every public no-argument accessor counts as a property here.
 */
public final class ValueValidator {
  private static final Validator VALIDATOR = buildValidator();

  private ValueValidator() {}

  /** Validates {@code value}, throwing {@link InvalidValueException} that lists every broken rule. */
  public static void validate(Object value) {
    Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(value);
    if (violations.isEmpty()) {
      return;
    }
    ImmutableList<InvalidValueException.Violation> described = violations.stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(ValueValidator::describe)
        .collect(ImmutableList.toImmutableList());
    throw new InvalidValueException(definitionName(value.getClass()), described);
  }

  private static InvalidValueException.Violation describe(ConstraintViolation<Object> violation) {
    String field = violation.getPropertyPath().toString();
    if (isSpecialCategory(violation)) {
      return InvalidValueException.Violation.redacted(field, violation.getMessage());
    }
    return InvalidValueException.Violation.of(field, violation.getInvalidValue(), violation.getMessage());
  }

  private static boolean isSpecialCategory(ConstraintViolation<Object> violation) {
    Object leaf = violation.getLeafBean();
    String property = lastNode(violation.getPropertyPath().toString());
    if (leaf == null) {
      return false;
    }
    for (Class<?> type = leaf.getClass(); type != null; type = type.getSuperclass()) {
      if (hasSpecialCategoryAccessor(type, property)) {
        return true;
      }
    }
    for (Class<?> iface : leaf.getClass().getInterfaces()) {
      if (hasSpecialCategoryAccessor(iface, property)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSpecialCategoryAccessor(Class<?> type, String property) {
    try {
      Method method = type.getDeclaredMethod(property);
      return method.isAnnotationPresent(SpecialCategory.class);
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static String lastNode(String path) {
    String withoutIndex = path.replaceAll("\\[[^]]*]", "");
    int dot = withoutIndex.lastIndexOf('.');
    return dot < 0 ? withoutIndex : withoutIndex.substring(dot + 1);
  }

  /** Messages name the definition users know ({@code Student}), not the generated class. */
  static String definitionName(Class<?> type) {
    String name = type.getSimpleName();
    return name.endsWith("Def") ? name.substring(0, name.length() - 3) : name;
  }

  /**
   * Messages interpolate without an expression language ({@link BoundMessageInterpolator}), and the bootstrap
   * prints no version banner ({@link VersionBanner}): embedding the core adds no EL implementation and no stderr.
   */
  private static Validator buildValidator() {
    return VersionBanner.heldBackWhile(() -> {
      ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
          .configure()
          .defaultLocale(java.util.Locale.UK)
          .messageInterpolator(new BoundMessageInterpolator(java.util.Locale.UK))
          .getterPropertySelectionStrategy(new AccessorsAreProperties())
          .buildValidatorFactory();
      return factory.getValidator();
    });
  }

  /** Any public no-argument method returning a value is a property, named as the method. */
  private static final class AccessorsAreProperties implements GetterPropertySelectionStrategy {
    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class) {
        return Optional.empty();
      }
      String name = executable.getName();
      if (name.equals("hashCode") || name.equals("toString") || name.equals("getClass")) {
        return Optional.empty();
      }
      return Optional.of(name);
    }

    @Override
    public java.util.List<String> getGetterMethodNameCandidates(String propertyName) {
      return java.util.List.of(propertyName);
    }
  }
}
