package org.transmanche.benchmarks;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.transmanche.core.corpus.BundledCorpus;
import org.transmanche.model.Agreement;
import org.transmanche.model.Deployment;
import org.transmanche.model.Dossier;
import org.transmanche.model.Fact;
import org.transmanche.model.Figure;
import org.transmanche.model.ImmutableAgreement;
import org.transmanche.model.ImmutableDeployment;
import org.transmanche.model.ImmutableDossier;
import org.transmanche.model.ImmutableFigure;
import org.transmanche.model.ImmutablePledge;
import org.transmanche.model.ImmutableStatement;
import org.transmanche.model.Pledge;
import org.transmanche.model.Statement;

/** Inputs the benchmarks share: the seeds on disk, generated corpora on disk, a large dossier. */
final class Corpora {

  private Corpora() {}

  /** The bundled seed files, written into a new temporary directory; returns their paths. */
  static ImmutableList<Path> seedsOnDisk() {
    try {
      Path dir = Files.createTempDirectory("tm-seeds");
      ImmutableList.Builder<Path> paths = ImmutableList.builder();
      for (Map.Entry<String, byte[]> e : BundledCorpus.files().entrySet()) {
        Path p = dir.resolve(e.getKey().substring(e.getKey().lastIndexOf('/') + 1));
        Files.write(p, e.getValue());
        paths.add(p);
      }
      return paths.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A generated corpus of about {@code bytes} bytes in a new temporary directory. */
  static ImmutableList<Path> generatedOnDisk(long bytes, long seed) {
    try {
      return CorpusGenerator.fromSeeds().write(Files.createTempDirectory("tm-gen"), bytes, seed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Total size in bytes of {@code paths}. */
  static long size(Iterable<Path> paths) {
    long n = 0;
    try {
      for (Path p : paths) {
        n += Files.size(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  /**
   * A valid dossier of exactly {@code facts} facts: the documents and actors of {@code base} and
   * copies of its facts under new ids (references still resolve to the originals).
   */
  static Dossier replicate(Dossier base, int facts) {
    ImmutableList<Fact> originals = base.facts();
    if (originals.isEmpty()) {
      throw new IllegalStateException("the base dossier has no facts to copy");
    }
    ImmutableDossier.Builder b =
        Dossier.builder().addAllDocuments(base.documents()).addAllActors(base.actors());
    int made = 0;
    for (int copy = 0; made < facts; copy++) {
      for (Fact f : originals) {
        if (made == facts) {
          break;
        }
        String id = copy == 0 ? f.id() : f.id() + "~" + copy;
        if (f instanceof Agreement) {
          b.addAgreements(ImmutableAgreement.copyOf((Agreement) f).withId(id));
        } else if (f instanceof Pledge) {
          b.addPledges(ImmutablePledge.copyOf((Pledge) f).withId(id));
        } else if (f instanceof Deployment) {
          b.addDeployments(ImmutableDeployment.copyOf((Deployment) f).withId(id));
        } else if (f instanceof Statement) {
          b.addStatements(ImmutableStatement.copyOf((Statement) f).withId(id));
        } else if (f instanceof Figure) {
          b.addFigures(ImmutableFigure.copyOf((Figure) f).withId(id));
        }
        made++;
      }
    }
    return b.build();
  }
}
