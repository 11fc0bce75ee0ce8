package org.seniortutorkit.moodle.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A journal in a JSON-lines file, one {@link JournalEntry} per line, forced to disk ({@code fsync}) on every
 * append. Lines are only ever added. A last line cut short by a crash is ignored when reading (it was never
 * acknowledged); a damaged line elsewhere stops the read with its line number, because guessing could remove an
 * assignment the plugin did not create.
 */
public final class FileJournal implements Journal {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .registerModule(new Jdk8Module())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final Path file;

  public FileJournal(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized void append(List<JournalEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    StringBuilder lines = new StringBuilder();
    for (JournalEntry entry : entries) {
      lines.append(write(entry)).append('\n');
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.READ)) {
        dropTornTail(channel);
        channel.position(channel.size());
        ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the Moodle journal " + file
          + ": check the disk and the file's permissions before applying again", e);
    }
  }

  @Override
  public synchronized List<JournalEntry> entries() {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Moodle journal " + file, e);
    }
    List<JournalEntry> entries = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        entries.add(MAPPER.readValue(line, JournalEntry.class));
      } catch (JsonProcessingException e) {
        if (i == lines.size() - 1) {
          break; // a torn final line: its append never returned, so nothing relied on it
        }
        throw new IllegalStateException("Moodle journal " + file + " line " + (i + 1) + " is damaged ("
            + e.getOriginalMessage() + "): restore it from backup; do not delete it, or the plugin will forget "
            + "which assignments it created");
      }
    }
    return List.copyOf(entries);
  }

  /** A last line without its newline was cut short by a crash and never acknowledged: drop it before appending. */
  private static void dropTornTail(FileChannel channel) throws IOException {
    long size = channel.size();
    long end = size;
    ByteBuffer one = ByteBuffer.allocate(1);
    while (end > 0) {
      one.clear();
      channel.read(one, end - 1);
      if (one.get(0) == '\n') {
        break;
      }
      end--;
    }
    if (end < size) {
      channel.truncate(end);
    }
  }

  private static String write(JournalEntry entry) {
    try {
      return MAPPER.writeValueAsString(entry);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write journal entry " + entry.key(), e);
    }
  }
}
