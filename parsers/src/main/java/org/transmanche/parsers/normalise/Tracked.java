package org.transmanche.parsers.normalise;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.transmanche.model.OffsetMap;

/**
 * A text under construction whose every character remembers the raw span it came from. Each step
 * of the normaliser reads one and writes the next, so offsets never need composing. Not
 * thread-safe; lives inside one call.
 */
final class Tracked {

  private final StringBuilder text;
  private int[] starts;
  private int[] ends;

  Tracked(int capacity) {
    int c = Math.max(16, capacity);
    text = new StringBuilder(c);
    starts = new int[c];
    ends = new int[c];
  }

  /** Appends {@code c}, made from the raw span {@code [rawStart, rawEnd)}. */
  void append(char c, int rawStart, int rawEnd) {
    int n = text.length();
    if (n == starts.length) {
      starts = Arrays.copyOf(starts, n * 2);
      ends = Arrays.copyOf(ends, n * 2);
    }
    text.append(c);
    starts[n] = rawStart;
    ends[n] = rawEnd;
  }

  /** Appends {@code c}, made from character {@code i} of {@code source}. */
  void append(char c, Tracked source, int i) {
    append(c, source.starts[i], source.ends[i]);
  }

  /** Appends character {@code i} of {@code source} unchanged. */
  void copy(Tracked source, int i) {
    append(source.text.charAt(i), source.starts[i], source.ends[i]);
  }

  int length() {
    return text.length();
  }

  char charAt(int i) {
    return text.charAt(i);
  }

  int rawStart(int i) {
    return starts[i];
  }

  int rawEnd(int i) {
    return ends[i];
  }

  CharSequence chars() {
    return text;
  }

  String substring(int start, int end) {
    return text.substring(start, end);
  }

  @Override
  public String toString() {
    return text.toString();
  }

  /**
   * The offset map of this text: an anchor wherever the raw offsets stop running one to one, and
   * one at the end; {@code emptyRaw} is the raw offset of an empty text.
   */
  OffsetMap map(int emptyRaw) {
    int n = text.length();
    if (n == 0) {
      return OffsetMap.of(ImmutableList.of(0), ImmutableList.of(emptyRaw));
    }
    ImmutableList.Builder<Integer> normalised = ImmutableList.builder();
    ImmutableList.Builder<Integer> raw = ImmutableList.builder();
    normalised.add(0);
    raw.add(starts[0]);
    for (int i = 1; i < n; i++) {
      if (starts[i] != starts[i - 1] + 1 || ends[i - 1] != starts[i - 1] + 1) {
        normalised.add(i);
        raw.add(starts[i]);
      }
    }
    normalised.add(n);
    raw.add(Math.max(ends[n - 1], starts[n - 1]));
    return OffsetMap.of(normalised.build(), raw.build());
  }
}
