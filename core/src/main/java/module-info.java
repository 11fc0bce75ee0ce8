/**
 * Senior Tutor Kit's core: the domain model, policies, allocation and regulation checks. No I/O.
 *
 * <p>Exports every API package and none of the {@code internal} ones. Packages whose value types Jackson binds
 * (through the Immutables-generated builders) or Hibernate Validator validates are opened to those two by
 * reflection, and to nothing else.
 */
module org.seniortutorkit.core {
  requires transitive com.google.common;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.guava;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  // Messages are interpolated without an expression language (kernel.BoundMessageInterpolator), so neither
  // jakarta.el nor an EL implementation is in the graph; Hibernate Validator's version banner is held back
  // through java.util.logging (kernel.VersionBanner).
  requires java.logging;
  // Needed to compile only: Immutables' annotations and those its generated code carries (@Generated,
  // Error Prone's @CanIgnoreReturnValue/@Var), none of which is read at run time.
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  exports org.seniortutorkit.access;
  exports org.seniortutorkit.allocation;
  exports org.seniortutorkit.audit;
  exports org.seniortutorkit.casework;
  exports org.seniortutorkit.institution;
  exports org.seniortutorkit.json;
  exports org.seniortutorkit.kernel;
  exports org.seniortutorkit.kernel.store;
  exports org.seniortutorkit.monitoring;
  exports org.seniortutorkit.persistence;
  exports org.seniortutorkit.persistence.memory;
  exports org.seniortutorkit.policy;
  exports org.seniortutorkit.progress;
  exports org.seniortutorkit.regulation;
  exports org.seniortutorkit.regulation.builtin;
  exports org.seniortutorkit.regulation.builtin.mitigation;
  exports org.seniortutorkit.regulation.builtin.monitoring;
  exports org.seniortutorkit.regulation.builtin.panels;
  exports org.seniortutorkit.regulation.builtin.progression;
  exports org.seniortutorkit.regulation.builtin.tutoring;
  exports org.seniortutorkit.regulation.builtin.withdrawal;
  exports org.seniortutorkit.regulation.mitigation;
  exports org.seniortutorkit.regulation.panels;
  exports org.seniortutorkit.regulation.progression;
  exports org.seniortutorkit.regulation.whatif;
  exports org.seniortutorkit.reporting;
  exports org.seniortutorkit.staff;
  exports org.seniortutorkit.student;
  exports org.seniortutorkit.training;
  exports org.seniortutorkit.tutoring;

  opens org.seniortutorkit.access to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.seniortutorkit.allocation to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.seniortutorkit.audit to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.seniortutorkit.casework to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.seniortutorkit.institution to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.seniortutorkit.json to com.fasterxml.jackson.databind;
  opens org.seniortutorkit.kernel to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.seniortutorkit.kernel.store to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.seniortutorkit.monitoring to com.fasterxml.jackson.databind;
  opens org.seniortutorkit.policy to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.seniortutorkit.regulation to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.seniortutorkit.regulation.mitigation to com.fasterxml.jackson.databind;
  opens org.seniortutorkit.regulation.panels to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.seniortutorkit.regulation.progression to com.fasterxml.jackson.databind;
  opens org.seniortutorkit.regulation.whatif to com.fasterxml.jackson.databind;
  opens org.seniortutorkit.reporting to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.seniortutorkit.staff to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.seniortutorkit.student to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.seniortutorkit.training to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.seniortutorkit.tutoring to com.fasterxml.jackson.databind, org.hibernate.validator;
}
