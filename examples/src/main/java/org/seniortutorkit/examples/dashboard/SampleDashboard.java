package org.seniortutorkit.examples.dashboard;

import java.time.LocalDate;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.examples.demo.AllocationSection;
import org.seniortutorkit.examples.demo.MonitoringSection;
import org.seniortutorkit.examples.desk.DayAtTheDesk;
import org.seniortutorkit.examples.sample.SampleDepartment;
import org.seniortutorkit.regulation.CheckReport;

/** The dashboard of the sample department: its allocation, the sample records' checks and a day's cases. */
public final class SampleDashboard {
  private SampleDashboard() {}

  public static DashboardData of(LocalDate asOf) {
    SampleDepartment sample = SampleDepartment.load();
    Allocation allocation = new AllocationSection(sample).allocate();
    CheckReport check = new MonitoringSection(asOf).check();
    return DepartmentDashboard.of(sample.department().name(), asOf, sample.staff(), allocation, check,
        DayAtTheDesk.run().cases());
  }
}
