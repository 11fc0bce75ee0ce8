/**
 * The vocabulary of appeals and disciplinary panels: a proposed panel, its members and its kind. The rules
 * about who may sit live in {@code org.seniortutorkit.regulation.builtin.panels}.
 */
@DomainValue
package org.seniortutorkit.regulation.panels;

import org.seniortutorkit.kernel.DomainValue;
