package org.transmanche.benchmarks;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.transmanche.core.Transmanche;
import org.transmanche.model.Dossier;

/**
 * Time of one full parse (read, recognise, extract, reconcile into a {@link Dossier}) of the seeds
 * or of a generated corpus, on one or two threads. Throughput in MB/s is the corpus size (printed
 * at set-up) divided by the time per operation. Public and not final because JMH generates
 * subclasses; not for use from code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class PipelineBenchmark {

  /** {@code seeds}, or the size in KB of a generated corpus. */
  @Param({"seeds", "1024"})
  public String corpus;

  /** Threads given to {@link Transmanche#parse(java.util.List, int)}. */
  @Param({"1", "2"})
  public int threads;

  private ImmutableList<Path> paths;

  /** Writes the corpus to a temporary directory and parses it once, so start-up is not timed. */
  @Setup(Level.Trial)
  public void setUp() {
    paths = corpus.equals("seeds") ? Corpora.seedsOnDisk() : Corpora.generatedOnDisk(Long.parseLong(corpus) * 1024, 42L);
    System.out.printf("%n# corpus %s: %d files, %d bytes%n", corpus, paths.size(), Corpora.size(paths));
    Transmanche.parse(paths, threads);
  }

  /** One full parse. */
  @Benchmark
  public Dossier parse() {
    return Transmanche.parse(paths, threads);
  }
}
