package org.seniortutorkit.casework;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import org.seniortutorkit.kernel.InvalidValueException;

/**
 * The services this institution refers students to. Institutions differ, so it is configured, not an enum;
 * {@link #standard()} gives the usual UK set.
 */
public final class ServiceDirectory {
  public static final ServiceId DISABILITIES_OFFICER = ServiceId.of("disabilities-officer");
  public static final ServiceId DISABILITY_ADVISORY_SERVICE = ServiceId.of("disability-advisory-service");
  public static final ServiceId REGISTRY = ServiceId.of("registry");
  public static final ServiceId WELLBEING_ADVISER = ServiceId.of("wellbeing-adviser");
  public static final ServiceId COUNSELLING = ServiceId.of("counselling");

  private final ImmutableMap<ServiceId, SupportService> services;

  private ServiceDirectory(Collection<SupportService> services) {
    this.services = services.stream().collect(ImmutableMap.toImmutableMap(SupportService::id, Function.identity()));
  }

  public static ServiceDirectory of(Collection<SupportService> services) {
    return new ServiceDirectory(services);
  }

  /** The Departmental Disabilities Officer, the Disability Advisory Service, Registry, wellbeing and counselling. */
  public static ServiceDirectory standard() {
    return of(java.util.List.of(
        SupportService.of(DISABILITIES_OFFICER, "Departmental Disabilities Officer"),
        SupportService.of(DISABILITY_ADVISORY_SERVICE, "Disability Advisory Service"),
        SupportService.of(REGISTRY, "Registry"),
        SupportService.of(WELLBEING_ADVISER, "Student Wellbeing Adviser"),
        SupportService.of(COUNSELLING, "Counselling Service")));
  }

  /** The same directory with {@code service} added or replaced (e.g. to name its contact). */
  public ServiceDirectory with(SupportService service) {
    java.util.Map<ServiceId, SupportService> copy = new java.util.LinkedHashMap<>(services);
    copy.put(service.id(), service);
    return of(copy.values());
  }

  public Optional<SupportService> find(ServiceId id) {
    return Optional.ofNullable(services.get(id));
  }

  public SupportService require(ServiceId id) {
    return find(id).orElseThrow(() -> InvalidValueException.of("ServiceDirectory", "service", id,
        "is not a known service; known services are " + services.keySet()));
  }

  public Collection<SupportService> all() {
    return services.values();
  }
}
