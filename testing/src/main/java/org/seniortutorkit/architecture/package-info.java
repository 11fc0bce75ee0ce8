/**
 * The kit's architecture rules (ArchUnit), shared by every module's architecture test. Using them needs
 * {@code com.tngtech.archunit:archunit-junit5} on the test class path; this artifact declares it optional.
 */
package org.seniortutorkit.architecture;
