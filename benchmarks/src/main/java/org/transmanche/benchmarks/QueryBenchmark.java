package org.transmanche.benchmarks;

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
import org.transmanche.core.query.Query;
import org.transmanche.model.Dossier;

/**
 * Time of the main queries on a dossier of one million facts (copies of the seed facts under new
 * ids). Public and not final because JMH generates subclasses; not for use from code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class QueryBenchmark {

  /** Facts in the dossier. */
  @Param({"1000000"})
  public int facts;

  private Query query;

  /** Builds the large dossier once (its validation included). */
  @Setup(Level.Trial)
  public void setUp() {
    long t0 = System.nanoTime();
    Dossier d = Corpora.replicate(Transmanche.seeds(), facts);
    System.out.printf("%n# dossier of %d facts built and validated in %.1f s%n", d.facts().size(), (System.nanoTime() - t0) / 1e9);
    query = Query.of(d);
  }

  /** Pledges made by the United Kingdom. */
  @Benchmark
  public int pledgesByPledger() {
    return query.pledges().byPledger("GB").count();
  }

  /** The whole time line, sorted. */
  @Benchmark
  public int timeline() {
    return query.timeline().count();
  }

  /** Figures, all of them. */
  @Benchmark
  public int figures() {
    return query.figures().count();
  }

  /** Statements, all of them. */
  @Benchmark
  public int statements() {
    return query.statements().count();
  }

  /** One fact by id. */
  @Benchmark
  public boolean factById() {
    return query.dossier().fact("missing-id").isPresent();
  }
}
