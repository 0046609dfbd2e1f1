package org.transmanche.parsers.normalise;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.ibm.icu.text.Normalizer2;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words written in a corpus: every run of two or more letters (invisible characters such as soft
 * hyphens do not cut a run), in Unicode NFC, lower-cased. A repair that
 * rejoins a broken word ("Mar-tin") takes the joined form's presence here as evidence.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Vocabulary v = Vocabulary.of(List.of("Pierre Martin, ministre"));
 * v.contains("martin"); // true
 * }</pre>
 */
public final class Vocabulary {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Vocabulary EMPTY = new Vocabulary(ImmutableSet.of());

  private final ImmutableSet<String> words;

  private Vocabulary(ImmutableSet<String> words) {
    this.words = words;
  }

  /** The vocabulary of no text. */
  public static Vocabulary empty() {
    return EMPTY;
  }

  /**
   * The vocabulary of {@code texts}: their letter runs of length two or more, lower-cased.
   *
   * @throws NullPointerException if {@code texts} or one of them is null
   */
  public static Vocabulary of(Iterable<? extends CharSequence> texts) {
    checkNotNull(texts, "texts");
    Set<String> words = new HashSet<>();
    StringBuilder word = new StringBuilder();
    for (CharSequence raw : texts) {
      checkNotNull(raw, "text");
      String text = NFC.normalize(raw);
      int n = text.length();
      for (int i = 0; i <= n; i++) {
        char c = i < n ? text.charAt(i) : ' ';
        if (TextNormaliser.isDropped(c)) {
          continue;
        }
        if (WordRepairer.isWordChar(c)) {
          word.append(c);
        } else {
          if (word.length() >= 2) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
          }
          word.setLength(0);
        }
      }
    }
    return new Vocabulary(ImmutableSet.copyOf(words));
  }

  /** Whether {@code word} (compared in lower case) occurs as a whole word. */
  public boolean contains(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Number of distinct words. */
  public int size() {
    return words.size();
  }
}
