package org.seniortutorkit.examples.dashboard;

import java.time.LocalDate;
import java.util.Optional;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.examples.cli.check.SampleFolder;
import org.seniortutorkit.records.RecordsFolder;
import org.seniortutorkit.examples.desk.DayAtTheDesk;
import org.seniortutorkit.examples.sample.SampleDepartment;
import org.seniortutorkit.regulation.CheckReport;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.regulation.builtin.BuiltInRules;

/**
 * The dashboard of the sample department, all of one department: the loads of its allocation, the flags of
 * its records checked as of the dashboard's date, and the cases of its day at the desk. Staff come from the
 * records, so training done since the allocation counts.
 */
public final class SampleDashboard {
  private SampleDashboard() {}

  public static DashboardData of(LocalDate asOf) {
    SampleDepartment sample = SampleDepartment.load();
    Allocation allocation = sample.allocate();
    RecordsFolder folder = SampleFolder.open();
    StudentRecords records = folder.read(Optional.of(asOf), asOf);
    CheckReport check = BuiltInRules.regulationCheck().run(records, folder.policyLayers());
    return DepartmentDashboard.of(sample.department().name(), asOf, records.staff(), allocation, check,
        DayAtTheDesk.run().cases());
  }
}
