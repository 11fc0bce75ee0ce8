package org.seniortutorkit.examples.cli.moodle;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.seniortutorkit.examples.cli.ExitCodes;
import org.seniortutorkit.moodle.concerns.ConcernDispatcher;
import org.seniortutorkit.moodle.concerns.ConcernNotice;
import org.seniortutorkit.moodle.concerns.ConcernReport;
import org.seniortutorkit.moodle.records.PulledRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code senior-tutor moodle concerns}: tell Moodle about concerns, as notes or messages, each at most once. */
@Command(name = "concerns", mixinStandardHelpOptions = true,
    description = "Deliver concern notices to Moodle as notes about the student or messages to the Personal "
        + "Tutor (concerns.delivery in moodle.json). Notices have no free text, so no special-category data "
        + "can reach Moodle.")
public final class MoodleConcernsCommand implements Callable<Integer> {
  private static final ObjectMapper NOTICES = new ObjectMapper().registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Spec
  CommandSpec spec;

  @Mixin
  MoodleOptions options;

  @Option(names = "--notices", required = true, paramLabel = "FILE",
      description = "A JSON list of {id, student, tutor, kind, raisedOn}.")
  Path notices;

  @Option(names = "--resend-in-doubt",
      description = "Send again notices an interrupted run may have delivered (check Moodle first).")
  boolean resendInDoubt;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<ConcernNotice> list = read(notices);
    MoodleSession session = MoodleSession.open(options, spec.commandLine().getErr());
    PulledRecords people = session.people();
    ConcernReport report = new ConcernDispatcher(session.client, session.journal,
        session.config.concernDelivery(), session.config.concernCourseId(), session.clock)
        .send(list, MoodleSession.studentIds(people), MoodleSession.staffIds(people), resendInDoubt);
    out.println("Concerns: " + report.summary());
    report.failed().forEach(f -> out.println("  failed: " + f));
    report.skipped().forEach(s -> out.println("  skipped: " + s));
    report.inDoubt().forEach(d -> out.println("  in doubt: " + d));
    out.flush();
    return report.complete() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private static List<ConcernNotice> read(Path file) {
    try {
      return NOTICES.readValue(file.toFile(), new TypeReference<List<ConcernNotice>>() {});
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("notices file " + file + " is not a list of {id, student, tutor, kind, "
          + "raisedOn}: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the notices file " + file, e);
    }
  }
}
