package org.seniortutorkit.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.seniortutorkit.examples.demo.AllocationSection;
import org.seniortutorkit.examples.demo.DepartmentOverview;
import org.seniortutorkit.examples.demo.MonitoringSection;
import org.seniortutorkit.examples.desk.DayAtTheDesk;
import org.seniortutorkit.examples.sample.SampleDepartment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code senior-tutor demo}: the main job, run on the embedded sample department. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the Senior Tutor's main job on the embedded sample department (no server needed).")
public final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SampleDepartment sample = SampleDepartment.load();
    out.println("Senior Tutor Kit — demo on the embedded sample department");
    out.println("==========================================================");
    new DepartmentOverview(sample).printTo(out);
    new AllocationSection(sample).printTo(out);
    new MonitoringSection(sample.today()).printTo(out);
    out.println();
    DayAtTheDesk.run().lines().forEach(out::println);
    out.flush();
    return ExitCodes.OK;
  }
}
