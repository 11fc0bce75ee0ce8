package org.seniortutorkit.examples.cli.allocation;

import picocli.CommandLine.Command;

/** {@code senior-tutor bench}: quick, single-shot timings on synthetic data (JMH in benchmarks/ for real figures). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Times an engine once on a seeded synthetic instance; prints one JSON line.",
    subcommands = {BenchAllocateCommand.class})
public final class BenchCommand {}
