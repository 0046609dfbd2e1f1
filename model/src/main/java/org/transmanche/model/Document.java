package org.transmanche.model;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One article as read from a corpus file: metadata and its normalised text.
 *
 * <p>The id is {@code <file name>#<n>}, {@code n} being the 1-based index of the article inside the
 * file. Every {@link Evidence} span refers to {@link #text()}; {@link #rawMap()} maps its offsets back
 * to the raw file.
 *
 * <pre>{@code
 * Document d = Document.builder().file("a.txt").index(1).language("fr").text("Bonjour.").build();
 * d.id(); // "a.txt#1"
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDocument.class)
@JsonDeserialize(as = ImmutableDocument.class)
public interface Document {

  /** {@code <file>#<index>}; derived, and checked when given. */
  @Value.Default
  default String id() {
    return file() + "#" + index();
  }

  /** Name of the file the article was read from (no directory). */
  String file();

  /** 1-based position of the article in its file. */
  int index();

  /** The headline, when the text has one. */
  Optional<String> title();

  /** The outlet (newspaper, agency, ministry) named in the article's header. */
  Optional<String> outlet();

  /** Bylines, in order. */
  ImmutableList<String> authors();

  /** Publication date; {@link DateSpan#inferred()} when deduced from the content. */
  Optional<DateSpan> published();

  /** ISO-639-1 code of the main language ("fr", "en"), or "und" when unknown. */
  String language();

  /** URLs found in the article, rejoined and de-duplicated, in order of first appearance. */
  ImmutableList<String> urls();

  /** The normalised text that evidence spans refer to. */
  String text();

  /** Maps offsets of {@link #text()} to offsets of the raw file (UTF-16 units of the decoded file). */
  @Value.Default
  default OffsetMap rawMap() {
    return OffsetMap.IDENTITY;
  }

  /** Builder. */
  static ImmutableDocument.Builder builder() {
    return ImmutableDocument.builder();
  }

  /**
   * The text of {@code [start, end)}.
   *
   * @throws IndexOutOfBoundsException if the span is outside the text
   */
  default String span(int start, int end) {
    return text().substring(start, end);
  }

  /** Evidence for the span {@code [start, end)} of this document. */
  default Evidence evidence(int start, int end) {
    return Evidence.of(id(), start, end, span(start, end));
  }

  /** Checks the id, index and language. */
  @Value.Check
  default void check() {
    checkState(!file().isBlank(), "Document: file is blank");
    checkState(index() >= 1, "Document %s: index %s < 1", file(), index());
    checkState(
        id().equals(file() + "#" + index()),
        "Document %s: id must be '%s#%s'",
        id(), file(), index());
    checkState(
        language().matches("[a-z]{2}|und"),
        "Document %s: language '%s' is not an ISO-639-1 code or 'und'",
        id(), language());
    for (String url : urls()) {
      checkState(!url.isBlank(), "Document %s: blank url", id());
    }
  }
}
