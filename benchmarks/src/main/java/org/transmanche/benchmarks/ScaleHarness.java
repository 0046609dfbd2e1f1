package org.transmanche.benchmarks;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.transmanche.core.Transmanche;
import org.transmanche.model.Dossier;

/**
 * Measures what JMH measures poorly: start-up, steady-state throughput of the full pipeline on the
 * seeds and on generated corpora of growing size (is the cost linear?), two threads against one,
 * peak heap against input size, and adversarial inputs against normal text. Prints one Markdown
 * table row per measurement; {@code benchmarks/run.sh} runs it.
 *
 * <p>Arguments: the generated sizes in MB (default {@code 1 10 100}; {@code 0} alone: none, the
 * adversarial inputs are then compared with the seeds). Peak heap is the sum of the
 * peak usage of the heap memory pools during one parse, minus the heap used after a full GC before
 * it: an upper bound, since pools peak at different moments. Not thread-safe; a command-line tool.
 */
public final class ScaleHarness {

  private static final long MB = 1L << 20;
  private static final long SEED = 42L;
  private static final long ADVERSARIAL_TIMEOUT_S = 600;

  private ScaleHarness() {}

  /**
   * Runs every measurement and prints the results.
   *
   * @param args the generated corpus sizes in MB, ascending; none means 1, 10 and 100
   * @throws Exception if a measurement fails
   */
  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String a : args) {
      if (Integer.parseInt(a) > 0) {
        sizes.add(Integer.parseInt(a));
      }
    }
    if (args.length == 0) {
      sizes = List.of(1, 10, 100);
    }
    System.out.printf("JDK %s, %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
        System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / MB);

    ImmutableList<Path> seeds = Corpora.seedsOnDisk();
    long seedBytes = Corpora.size(seeds);
    long t0 = System.nanoTime();
    Dossier first = Transmanche.parse(seeds, 1);
    double cold = seconds(t0);
    System.out.printf("| start-up: first parse of the seeds (%d KB, %d documents, %d facts) | %.2f s |%n",
        seedBytes / 1024, first.documents().size(), first.facts().size(), cold);
    for (int i = 0; i < 5; i++) {
      Transmanche.parse(seeds, 1);
    }
    int runs = 10;
    t0 = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      Transmanche.parse(seeds, 1);
    }
    double warm = seconds(t0) / runs;
    System.out.printf("| seeds steady state, 1 thread | %.3f s/parse, %.2f MB/s, %.1f documents/s |%n",
        warm, seedBytes / (double) MB / warm, first.documents().size() / warm);

    // Normal text's per-MB time: the seeds', until a generated corpus of at most 10 MB is measured.
    double normalPerMb = warm / (seedBytes / (double) MB);
    boolean generatedReference = false;
    for (int size : sizes) {
      ImmutableList<Path> corpus = Corpora.generatedOnDisk(size * MB, SEED);
      long bytes = Corpora.size(corpus);
      long baseline = settledHeap();
      t0 = System.nanoTime();
      Dossier d = Transmanche.parse(corpus, 1);
      double s = seconds(t0);
      long peak = peakHeap() - baseline;
      double perMb = s / (bytes / (double) MB);
      if (!generatedReference || size <= 10) {
        normalPerMb = perMb;
        generatedReference = true;
      }
      System.out.printf(Locale.ROOT,
          "| generated %d MB (%d files, %d documents, %d facts), 1 thread | %.2f s, %.3f s/MB, %.2f MB/s, %.0f documents/s, peak heap +%d MB (%.2fx input) |%n",
          size, corpus.size(), d.documents().size(), d.facts().size(), s, perMb, 1 / perMb,
          d.documents().size() / s, peak / MB, peak / (double) bytes);
      if (size == 10 || sizes.size() == 1) {
        t0 = System.nanoTime();
        Transmanche.parse(corpus, 2);
        double two = seconds(t0);
        System.out.printf(Locale.ROOT, "| generated %d MB, 2 threads | %.2f s, %.2f MB/s, speed-up %.2fx over 1 thread |%n",
            size, two, bytes / (double) MB / two, s / two);
      }
      delete(corpus);
    }

    CorpusGenerator generator = CorpusGenerator.fromSeeds();
    ExecutorService one = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "adversarial");
      t.setDaemon(true);
      return t;
    });
    for (CorpusGenerator.Adversarial kind : CorpusGenerator.Adversarial.values()) {
      Path dir = Files.createTempDirectory("tm-adv");
      Path file = dir.resolve(kind.name().toLowerCase(Locale.ROOT) + ".txt");
      Files.write(file, generator.adversarial(kind, (int) MB, SEED));
      long start = System.nanoTime();
      Future<Dossier> f = one.submit(() -> Transmanche.parse(List.of(file), 1));
      String outcome;
      try {
        Dossier d = f.get(ADVERSARIAL_TIMEOUT_S, TimeUnit.SECONDS);
        double s = seconds(start);
        outcome = String.format(Locale.ROOT, "%.2f s (%.2fx normal per-MB time), %d facts, %d diagnostics",
            s, s / normalPerMb, d.facts().size(), d.diagnostics().size());
      } catch (TimeoutException e) {
        outcome = "stopped after " + ADVERSARIAL_TIMEOUT_S + " s";
        f.cancel(true);
        one = Executors.newSingleThreadExecutor();
      } catch (java.util.concurrent.ExecutionException e) {
        outcome = "failed: " + e.getCause();
      }
      System.out.printf("| adversarial 1 MB %s | %s |%n", kind, outcome);
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
    System.exit(0);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static long settledHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static void delete(List<Path> files) {
    try {
      for (Path p : files) {
        Files.deleteIfExists(p);
      }
      if (!files.isEmpty()) {
        Files.deleteIfExists(files.get(0).getParent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
