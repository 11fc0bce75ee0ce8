package org.seniortutorkit.examples.cli.allocation;

import java.util.concurrent.Callable;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.allocation.AllocationRequest;
import org.seniortutorkit.allocation.PersonalTutorAllocator;
import org.seniortutorkit.allocation.synthetic.SyntheticInstance;
import org.seniortutorkit.examples.cli.ExitCodes;
import org.seniortutorkit.examples.cli.progress.ProgressBar;
import org.seniortutorkit.progress.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code senior-tutor bench allocate --students N --tutors M --seed S}: generates a realistic seeded instance
 * ({@link SyntheticInstance}), allocates it once and prints
 * {@code {"students":N,"tutors":M,"cost":C,"unplaced":U,"millis":T}} (T excludes generation; one cold run).
 */
@Command(name = "allocate", mixinStandardHelpOptions = true,
    description = "Allocates a seeded synthetic instance once and prints cost, unplaced and time as JSON.")
public final class BenchAllocateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--students", required = true, description = "Number of students.")
  int students;

  @Option(names = "--tutors", required = true, description = "Number of tutor candidates.")
  int tutors;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--no-progress", description = "Do not draw a progress bar on stderr.")
  boolean noProgress;

  @Override
  public Integer call() {
    if (students < 0 || tutors < 1) {
      throw new IllegalArgumentException("--students must be >= 0 and --tutors >= 1");
    }
    AllocationRequest request = SyntheticInstance.generate(students, tutors, seed);
    long start = System.nanoTime();
    Allocation allocation = PersonalTutorAllocator.allocate(request,
        noProgress ? ProgressListener.none() : new ProgressBar(spec.commandLine().getErr()));
    long millis = (System.nanoTime() - start) / 1_000_000;
    spec.commandLine().getOut().printf("{\"students\":%d,\"tutors\":%d,\"cost\":%d,\"unplaced\":%d,\"millis\":%d}%n",
        students, tutors, allocation.totalCost(), allocation.unplaced().size(), millis);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
