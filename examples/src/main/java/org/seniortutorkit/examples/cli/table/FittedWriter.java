package org.seniortutorkit.examples.cli.table;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that passes each line on as it is when it fits the width, else wrapped with a hanging indent
 * ({@link WordWrap#hanging}); for a command that prints prose and tables alike, such as {@code demo}. Lines are
 * passed on as they complete, so long output still streams. Closing it passes on an unfinished last line and
 * flushes, but leaves the target open.
 */
public final class FittedWriter extends Writer {
  private final Writer target;
  private final int width;
  private final StringBuilder line = new StringBuilder();

  public FittedWriter(Writer target, int width) {
    this.target = target;
    this.width = width;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      if (chars[i] == '\n') {
        passOn();
        target.write('\n');
      } else if (chars[i] != '\r') {
        line.append(chars[i]);
      }
    }
  }

  @Override
  public void flush() throws IOException {
    target.flush();
  }

  @Override
  public void close() throws IOException {
    passOn();
    flush();
  }

  private void passOn() throws IOException {
    if (line.length() > 0) {
      target.write(String.join("\n", WordWrap.hanging(line.toString(), width)));
      line.setLength(0);
    }
  }
}
