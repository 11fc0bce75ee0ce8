package org.seniortutorkit.examples.cli.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * A file that holds student data, readable and writable by its owner only ({@code rw-------}) on a POSIX file
 * system: a report left in a shared folder must not be readable by everyone on the machine. The permissions are
 * set when the file is created, so there is no moment at which others could open it.
 */
public final class OwnerOnlyFile {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private OwnerOnlyFile() {}

  /** Writes {@code text} as UTF-8, replacing any earlier content. */
  public static void writeString(Path file, String text) throws IOException {
    try (Writer writer = newWriter(file)) {
      writer.write(text);
    }
  }

  /** A UTF-8 writer that replaces any earlier content. */
  public static Writer newWriter(Path file) throws IOException {
    return Channels.newWriter(Channels.newChannel(newOutputStream(file)), StandardCharsets.UTF_8);
  }

  /** A stream that replaces any earlier content. */
  public static OutputStream newOutputStream(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    boolean posix = Files.getFileStore(parent == null ? file.toAbsolutePath() : parent)
        .supportsFileAttributeView("posix");
    if (posix && Files.exists(file)) {
      Files.setPosixFilePermissions(file, OWNER_ONLY); // an earlier run's file may have been wider
    }
    FileAttribute<?>[] attributes = posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
    return Channels.newOutputStream(Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), attributes));
  }
}
