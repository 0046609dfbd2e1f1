package org.transmanche.benchmarks;

import com.google.common.collect.ImmutableList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import org.transmanche.core.corpus.BundledCorpus;
import org.transmanche.model.Document;
import org.transmanche.parsers.corpus.CorpusReader;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Pipeline;
import org.transmanche.parsers.recognise.Recognisers;

/**
 * Time for one recogniser to read the text of every seed document, each as one passage. A
 * recogniser that requires others runs after them ({@link Recognisers#only}), so its time includes
 * theirs; {@code none} measures the empty pipeline. Public and not final because JMH generates
 * subclasses; not for use from code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class RecogniserBenchmark {

  /** The recogniser's name in the standard pipeline. */
  @Param({"date", "money", "number", "quantity", "place", "actor", "quote"})
  public String recogniser;

  private Pipeline pipeline;
  private ImmutableList<Passage> passages;

  /** Reads the seeds and builds the pipeline. */
  @Setup(Level.Trial)
  public void setUp() {
    pipeline = Recognisers.only(List.of(recogniser));
    ImmutableList.Builder<Passage> b = ImmutableList.builder();
    long chars = 0;
    for (Document d : CorpusReader.defaults().read(BundledCorpus.files()).documents()) {
      b.add(Passage.builder().documentId(d.id()).text(d.text()).language(d.language()).build());
      chars += d.text().length();
    }
    passages = b.build();
    System.out.printf("%n# %d passages, %d chars%n", passages.size(), chars);
  }

  /** Every seed passage through the pipeline. */
  @Benchmark
  public void recognise(Blackhole out) {
    for (Passage p : passages) {
      out.consume(pipeline.recognise(p));
    }
  }
}
