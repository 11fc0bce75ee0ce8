package org.seniortutorkit.examples.cli.moodle;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.seniortutorkit.examples.cli.progress.ProgressBar;
import org.seniortutorkit.moodle.client.Cohort;
import org.seniortutorkit.moodle.client.MoodleClient;
import org.seniortutorkit.moodle.client.RetryPolicy;
import org.seniortutorkit.moodle.config.MoodleConfig;
import org.seniortutorkit.moodle.config.MoodleConfigReader;
import org.seniortutorkit.moodle.config.TokenSource;
import org.seniortutorkit.moodle.pull.DepartmentPull;
import org.seniortutorkit.moodle.records.PulledRecords;
import org.seniortutorkit.moodle.records.PullFolder;
import org.seniortutorkit.moodle.records.StaffRecord;
import org.seniortutorkit.moodle.records.StudentRecord;
import org.seniortutorkit.moodle.sync.FileJournal;
import org.seniortutorkit.progress.ProgressListener;

/** The configuration, client, journal and progress bar one {@code moodle} subcommand works with. */
final class MoodleSession {
  final MoodleConfig config;
  final MoodleClient client;
  final FileJournal journal;
  final ProgressListener progress;
  final Clock clock = Clock.systemUTC();
  private final MoodleOptions options;

  private MoodleSession(MoodleOptions options, MoodleConfig config, MoodleClient client, ProgressListener progress) {
    this.options = options;
    this.config = config;
    this.client = client;
    this.journal = new FileJournal(config.journal());
    this.progress = progress;
  }

  static MoodleSession open(MoodleOptions options, PrintWriter err) {
    MoodleConfig config = MoodleConfigReader.read(options.config);
    TokenSource token = options.tokenFile.<TokenSource>map(TokenSource.TokenFile::new)
        .or(() -> options.tokenEnv.map(TokenSource.EnvironmentVariable::new))
        .orElse(config.token());
    MoodleClient client = MoodleClient.builder()
        .baseUrl(config.baseUrl())
        .allowInsecureLoopback(config.allowInsecureLoopback())
        .token(token.load(System.getenv()))
        .readTimeout(config.timeout())
        .callTimeout(config.timeout().multipliedBy(2))
        .maxConcurrentRequests(config.maxConcurrentRequests())
        .retryPolicy(new RetryPolicy(config.maxAttempts(), java.time.Duration.ofMillis(250),
            java.time.Duration.ofSeconds(5)))
        .build();
    ProgressListener progress = options.noProgress ? ProgressListener.none() : new ProgressBar(err);
    return new MoodleSession(options, config, client, progress);
  }

  /** Students and staff with their Moodle ids: from {@code --records}, or read from Moodle now. */
  PulledRecords people() {
    return options.records.map(PullFolder::read)
        .orElseGet(() -> new DepartmentPull(client, config, clock, progress).people());
  }

  /** Cohort ids by idnumber, read only when a cohort per tutor is configured. */
  Map<String, Long> tutorCohorts() {
    if (config.tutorCohortPattern().isEmpty()) {
      return Map.of();
    }
    return client.cohorts(List.of()).stream().filter(c -> c.idNumber().isPresent())
        .collect(Collectors.toMap(c -> c.idNumber().get(), Cohort::id, (a, b) -> a));
  }

  static Map<String, Long> studentIds(PulledRecords people) {
    return people.students().stream()
        .collect(Collectors.toMap(StudentRecord::studentNumber, StudentRecord::moodleUserId, (a, b) -> a));
  }

  static Map<String, Long> staffIds(PulledRecords people) {
    return people.staff().stream()
        .collect(Collectors.toMap(StaffRecord::staffNumber, StaffRecord::moodleUserId, (a, b) -> a));
  }
}
