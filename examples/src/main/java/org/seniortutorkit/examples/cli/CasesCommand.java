package org.seniortutorkit.examples.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.examples.cli.desk.StateMachineTable;
import org.seniortutorkit.examples.cli.table.TerminalWidth;
import org.seniortutorkit.examples.cli.table.WordWrap;
import org.seniortutorkit.examples.desk.DayAtTheDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code senior-tutor cases}: prints the casework state machines (all kinds, or one with {@code --kind}), or
 * with {@code --day} runs a sample day at the Senior Tutor's desk and prints what happened.
 * Exit code 1 if the day's audit chain does not verify.
 */
@Command(name = "cases", mixinStandardHelpOptions = true,
    description = "Shows the casework state machines, or runs a sample day at the desk (--day).")
public final class CasesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--kind", description = "Only this kind of case: ${COMPLETION-CANDIDATES}.")
  private CaseKind kind;

  @Option(names = "--day", description = "Run the sample day at the desk instead.")
  private boolean day;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int width = TerminalWidth.of(spec);
    if (day) {
      DayAtTheDesk.Result result = DayAtTheDesk.run();
      result.lines().forEach(line -> WordWrap.hanging(line, width).forEach(out::println));
      out.flush();
      return result.auditVerification().isIntact() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
    List<CaseKind> kinds = kind == null ? Arrays.asList(CaseKind.values()) : List.of(kind);
    for (CaseKind k : kinds) {
      StateMachineTable.lines(k, width).forEach(out::println);
      out.println();
    }
    out.flush();
    return ExitCodes.OK;
  }
}
