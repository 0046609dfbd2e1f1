package org.transmanche.core.corpus;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.transmanche.model.TransmancheException;

/**
 * The seed corpus shipped as resources of the core jar, byte-identical to the files it was made
 * from. Thread-safe; the bytes are read once.
 *
 * <pre>{@code
 * BundledCorpus.files().keySet(); // [000_3eda52869372d02f.txt, ...]
 * }</pre>
 */
public final class BundledCorpus {

  private static final String ROOT = "/org/transmanche/core/corpus/seeds/";

  private BundledCorpus() {}

  /** File names of the bundled corpus, in name order. */
  public static ImmutableList<String> names() {
    return Holder.FILES.keySet().asList();
  }

  /** Raw bytes of each bundled file, by file name, in name order. */
  public static ImmutableMap<String, byte[]> files() {
    return Holder.FILES;
  }

  private static final class Holder {
    static final ImmutableMap<String, byte[]> FILES = load();
  }

  private static ImmutableMap<String, byte[]> load() {
    String index = new String(read(ROOT + "index.txt"), StandardCharsets.UTF_8);
    ImmutableMap.Builder<String, byte[]> b = ImmutableMap.builder();
    index.lines().map(String::strip).filter(l -> !l.isEmpty()).sorted().forEach(n -> b.put(n, read(ROOT + n)));
    return b.build();
  }

  private static byte[] read(String resource) {
    try (InputStream in = BundledCorpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new TransmancheException("bundled corpus resource " + resource + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + resource, e);
    }
  }
}
