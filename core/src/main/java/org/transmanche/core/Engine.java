package org.transmanche.core;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.transmanche.core.corpus.BundledCorpus;
import org.transmanche.model.Diagnostic;
import org.transmanche.model.Document;
import org.transmanche.model.Dossier;
import org.transmanche.model.TransmancheException;
import org.transmanche.parsers.corpus.CorpusReader;
import org.transmanche.parsers.corpus.ReadResult;
import org.transmanche.parsers.extract.DocumentAnalyser;
import org.transmanche.parsers.extract.DocumentFacts;
import org.transmanche.parsers.knowledge.KnowledgeBase;
import org.transmanche.parsers.recognise.ImmutablePassage;
import org.transmanche.parsers.recognise.Mention;
import org.transmanche.parsers.recognise.Passage;
import org.transmanche.parsers.recognise.Pipeline;
import org.transmanche.parsers.recognise.Recognisers;
import org.transmanche.parsers.reconcile.Reconciler;

/** The parsing machinery behind {@link Transmanche}: built once, stateless, thread-safe. */
final class Engine {

  private static final Engine STANDARD = new Engine(Recognisers.standard());

  private final Pipeline pipeline;
  private final CorpusReader reader;
  private final DocumentAnalyser analyser;

  private Engine(Pipeline pipeline) {
    this.pipeline = pipeline;
    this.reader = CorpusReader.defaults();
    KnowledgeBase kb = KnowledgeBase.standard();
    this.analyser = new DocumentAnalyser(pipeline, kb::officesOf);
  }

  static Engine standard() {
    return STANDARD;
  }

  Dossier parseBundled() {
    return build(reader.read(BundledCorpus.files()), Runtime.getRuntime().availableProcessors());
  }

  Dossier parse(List<Path> paths, int threads) {
    List<Document> docs = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("no file or directory at " + p);
      }
      ReadResult r = reader.read(p);
      docs.addAll(r.documents());
      diagnostics.addAll(r.diagnostics());
    }
    return build(ReadResult.builder().documents(docs).diagnostics(diagnostics).build(), threads);
  }

  private Dossier build(ReadResult read, int threads) {
    List<DocumentFacts> facts = new ArrayList<>();
    if (threads <= 1 || read.documents().size() < 2) {
      for (Document d : read.documents()) {
        facts.add(analyser.analyse(d));
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<DocumentFacts>> futures = new ArrayList<>();
        for (Document d : read.documents()) {
          futures.add(pool.submit(() -> analyser.analyse(d)));
        }
        for (Future<DocumentFacts> f : futures) {
          facts.add(f.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TransmancheException("parsing interrupted", e);
      } catch (ExecutionException e) {
        throw new TransmancheException("parsing failed: " + e.getCause(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    return Reconciler.reconcile(facts, read.diagnostics());
  }

  ImmutableList<Mention> annotate(String text, String language, Optional<LocalDate> date) {
    ImmutablePassage.Builder b = Passage.builder().text(text).language(language);
    date.ifPresent(b::referenceDate);
    return pipeline.recognise(b.build());
  }
}
