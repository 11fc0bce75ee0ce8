package org.seniortutorkit.moodle.pull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.seniortutorkit.progress.ProgressListener;

/**
 * Runs independent reads (one per course, per cohort ...) on a fixed pool no wider than the client's
 * concurrency limit, keeping results in input order. The first failure cancels the rest and is rethrown.
 */
final class FanOut implements AutoCloseable {
  private final ExecutorService pool;
  private final ProgressListener progress;

  FanOut(int width, ProgressListener progress) {
    AtomicInteger threads = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(width, task -> {
      Thread thread = new Thread(task, "moodle-read-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.progress = progress;
  }

  <I, O> List<O> map(String step, List<I> inputs, Function<I, O> read) {
    AtomicInteger done = new AtomicInteger();
    progress.advanced(step, 0, inputs.size());
    List<Future<O>> futures = new ArrayList<>(inputs.size());
    for (I input : inputs) {
      futures.add(pool.submit(() -> {
        O result = read.apply(input);
        progress.advanced(step, done.incrementAndGet(), inputs.size());
        return result;
      }));
    }
    List<O> results = new ArrayList<>(inputs.size());
    try {
      for (Future<O> future : futures) {
        results.add(future.get());
      }
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading from Moodle", e);
    }
    return results;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
