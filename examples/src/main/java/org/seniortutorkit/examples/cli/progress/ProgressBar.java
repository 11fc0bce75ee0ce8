package org.seniortutorkit.examples.cli.progress;

import java.io.PrintWriter;
import org.seniortutorkit.progress.ProgressListener;

/**
 * A one-line progress bar on stderr: {@code enrolments [##########----------] 150/300}. Redrawn in place at most
 * once per percent, so a slow terminal or a log file is not flooded; each step ends with a newline.
 */
public final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private String step = "";
  private int lastPercent = -1;

  public ProgressBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void advanced(String step, long done, long total) {
    if (!step.equals(this.step)) {
      this.step = step;
      lastPercent = -1;
    }
    int percent = total == 0 ? 100 : (int) (100L * done / total);
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    int filled = WIDTH * percent / 100;
    err.print("\r" + String.format("%-16s", step) + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
        + done + "/" + total);
    if (done >= total) {
      err.println();
    }
    err.flush();
  }
}
