/**
 * Reports for committees and funding bodies: tutor caseload and meeting compliance, open cases by kind and age,
 * progression outcomes, attendance of sponsored students. Each is a {@link org.seniortutorkit.reporting.ReportTable}
 * written as CSV or JSON (schema in {@code docs/reports.md}).
 */
@DomainValue
package org.seniortutorkit.reporting;

import org.seniortutorkit.kernel.DomainValue;
