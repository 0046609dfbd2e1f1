package org.transmanche.parsers.normalise;

import static com.google.common.base.Verify.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.transmanche.model.TransmancheException;

/**
 * The known word forms of one language, read from a gzipped list of lower-case words sorted by
 * their UTF-8 bytes. Kept as one byte array and an index of word starts (some hundred thousand
 * forms take a few megabytes), searched by bisection. Immutable and thread-safe.
 */
final class Lexicon {

  private final byte[] data;
  /** Start of each word in {@link #data}; word {@code i} ends one byte before {@code starts[i + 1]}. */
  private final int[] starts;

  private Lexicon(byte[] data, int[] starts) {
    this.data = data;
    this.starts = starts;
  }

  /**
   * Loads the list at {@code resource}.
   *
   * @throws TransmancheException if the resource is missing
   */
  static Lexicon load(String resource) {
    byte[] bytes;
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new TransmancheException("word list " + resource + " is missing from the class path");
      }
      try (InputStream unzipped = new GZIPInputStream(in, 1 << 16)) {
        bytes = unzipped.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
    int count = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        count++;
      }
    }
    int[] starts = new int[count + 1];
    int w = 0;
    starts[0] = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        starts[++w] = i + 1;
      }
    }
    Lexicon lexicon = new Lexicon(bytes, Arrays.copyOf(starts, w + 1));
    for (int i = 1; i < w; i++) {
      verify(lexicon.compareWords(i - 1, i) < 0, "word list %s is not sorted at line %s", resource, i + 1);
    }
    return lexicon;
  }

  /** Number of words. */
  int size() {
    return starts.length - 1;
  }

  /** Whether {@code word}, lower-cased, is in the list. */
  boolean contains(String word) {
    byte[] key = word.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    int lo = 0;
    int hi = size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = compare(mid, key);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }

  private int compare(int index, byte[] key) {
    int s = starts[index];
    int len = starts[index + 1] - 1 - s;
    return Arrays.compareUnsigned(data, s, s + len, key, 0, key.length);
  }

  private int compareWords(int a, int b) {
    int sa = starts[a];
    int sb = starts[b];
    return Arrays.compareUnsigned(data, sa, starts[a + 1] - 1, data, sb, starts[b + 1] - 1);
  }
}
