package org.transmanche.parsers.limits;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.transmanche.model.Diagnostic;

/**
 * Bounds on input size: characters per document, mentions per document, characters per quote. Each
 * check returns a {@link Diagnostic} with a stable code ({@code LIMIT_DOCUMENT_SIZE}, {@code
 * LIMIT_MENTIONS}, {@code LIMIT_QUOTE_LENGTH}) naming the bound and the value found, or throws a
 * {@link LimitExceededException} in its {@code require} form. Immutable and thread-safe.
 *
 * <pre>{@code
 * Limits l = Limits.defaults().maxDocumentChars(1_000_000);
 * l.checkDocument("a.txt", 2_000_000).get().code(); // "LIMIT_DOCUMENT_SIZE"
 * }</pre>
 */
public final class Limits {

  /** Default bound on the characters of one document: 10 M, well above any news article. */
  public static final int DEFAULT_MAX_DOCUMENT_CHARS = 10_000_000;

  /** Default bound on the mentions of one document. */
  public static final int DEFAULT_MAX_MENTIONS = 200_000;

  /** Default bound on the characters of one quote: longer spans are not quotes but runaway marks. */
  public static final int DEFAULT_MAX_QUOTE_CHARS = 5_000;

  private static final Limits DEFAULTS =
      new Limits(DEFAULT_MAX_DOCUMENT_CHARS, DEFAULT_MAX_MENTIONS, DEFAULT_MAX_QUOTE_CHARS);

  private final int maxDocumentChars;
  private final int maxMentions;
  private final int maxQuoteChars;

  private Limits(int maxDocumentChars, int maxMentions, int maxQuoteChars) {
    this.maxDocumentChars = maxDocumentChars;
    this.maxMentions = maxMentions;
    this.maxQuoteChars = maxQuoteChars;
  }

  /** The default bounds; never null. */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /** Characters allowed in one document. */
  public int maxDocumentChars() {
    return maxDocumentChars;
  }

  /** Mentions allowed in one document. */
  public int maxMentions() {
    return maxMentions;
  }

  /** Characters allowed in one quote. */
  public int maxQuoteChars() {
    return maxQuoteChars;
  }

  /**
   * These limits with another bound on document characters.
   *
   * @throws IllegalArgumentException if {@code chars} is not positive
   */
  public Limits maxDocumentChars(int chars) {
    checkArgument(chars > 0, "maxDocumentChars must be positive, found %s", chars);
    return new Limits(chars, maxMentions, maxQuoteChars);
  }

  /**
   * These limits with another bound on mentions per document.
   *
   * @throws IllegalArgumentException if {@code mentions} is not positive
   */
  public Limits maxMentions(int mentions) {
    checkArgument(mentions > 0, "maxMentions must be positive, found %s", mentions);
    return new Limits(maxDocumentChars, mentions, maxQuoteChars);
  }

  /**
   * These limits with another bound on quote characters.
   *
   * @throws IllegalArgumentException if {@code chars} is not positive
   */
  public Limits maxQuoteChars(int chars) {
    checkArgument(chars > 0, "maxQuoteChars must be positive, found %s", chars);
    return new Limits(maxDocumentChars, maxMentions, chars);
  }

  /**
   * A {@code LIMIT_DOCUMENT_SIZE} error for a document of {@code chars} characters beyond the
   * bound, or empty.
   *
   * @throws NullPointerException if {@code file} is null
   */
  public Optional<Diagnostic> checkDocument(String file, long chars) {
    return check(file, "LIMIT_DOCUMENT_SIZE", "maxDocumentChars", maxDocumentChars, chars, "characters in the document");
  }

  /**
   * A {@code LIMIT_MENTIONS} error for a document with {@code mentions} mentions beyond the bound
   * (the caller keeps the first ones), or empty.
   *
   * @throws NullPointerException if {@code file} is null
   */
  public Optional<Diagnostic> checkMentions(String file, long mentions) {
    return check(file, "LIMIT_MENTIONS", "maxMentions", maxMentions, mentions, "mentions in the document");
  }

  /**
   * A {@code LIMIT_QUOTE_LENGTH} warning-level error for a quote of {@code chars} characters beyond
   * the bound (the caller drops the quote), or empty.
   *
   * @throws NullPointerException if {@code file} is null
   */
  public Optional<Diagnostic> checkQuote(String file, long chars) {
    return check(file, "LIMIT_QUOTE_LENGTH", "maxQuoteChars", maxQuoteChars, chars, "characters in a quote");
  }

  /**
   * Throws unless a document of {@code chars} characters is within the bound.
   *
   * @throws LimitExceededException naming {@code maxDocumentChars}, the bound and {@code chars}
   */
  public void requireDocument(String what, long chars) {
    if (chars > maxDocumentChars) {
      throw new LimitExceededException("maxDocumentChars", maxDocumentChars, chars, checkNotNull(what, "what"));
    }
  }

  private static Optional<Diagnostic> check(String file, String code, String limit, int allowed, long found, String what) {
    checkNotNull(file, "file");
    if (found <= allowed) {
      return Optional.empty();
    }
    return Optional.of(Diagnostic.builder()
        .file(file)
        .code(code)
        .message("expected at most " + allowed + " " + what + ", found " + found
            + "; raise it with Limits." + limit + "(...)")
        .build());
  }

  @Override
  public String toString() {
    return "Limits{maxDocumentChars=" + maxDocumentChars + ", maxMentions=" + maxMentions
        + ", maxQuoteChars=" + maxQuoteChars + "}";
  }
}
