package org.transmanche.parsers.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.transmanche.model.Diagnostic;
import org.transmanche.model.Document;
import org.transmanche.model.Severity;
import org.transmanche.model.TransmancheException;
import org.transmanche.parsers.language.LanguageIdentifier;
import org.transmanche.parsers.normalise.TextNormaliser;
import org.transmanche.parsers.normalise.Vocabulary;

/**
 * Reads plain-text news files into {@link Document}s.
 *
 * <p>A file is UTF-8 text (a byte order mark, CRLF or CR line endings and UTF-16 with a byte order
 * mark are accepted) holding one article or a press review of several. An optional first line
 * {@code date YYYY}, {@code date YYYY-MM} or {@code date YYYY-MM-DD} dates its articles. A press
 * review is split at its header lines, an outlet and a French or English date ({@code « le Monde »,
 * 3 mars 2015}, {@code AFP 12 janvier 2016}). Each document gets its outlet (by its
 * canonical name when known), date, title, authors, URLs and language, and its normalised text with
 * the map back to the file (see {@link TextNormaliser}); document {@code n} of file {@code f} has id
 * {@code f#n}. Raw offsets are UTF-16 offsets of the decoded file, counted from the first character
 * after a byte order mark.
 *
 * <p>Nothing is lost silently: an unreadable, empty, binary or badly encoded file, or one that holds
 * no article, gives a {@link Diagnostic} with a stable code ({@code CORPUS_UNREADABLE}, {@code
 * CORPUS_EMPTY_FILE}, {@code CORPUS_BINARY}, {@code CORPUS_INVALID_UTF8}, {@code
 * CORPUS_NO_ARTICLE}, ...), and the other files are read all the same. Words of the whole corpus
 * read in one call serve as evidence to repair broken words, so a file may read slightly
 * differently alone and within its corpus. Reading is deterministic. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReadResult r = CorpusReader.defaults().read(Path.of("corpus"));
 * r.documents().size(); r.diagnostics();
 * }</pre>
 */
public final class CorpusReader {

  private final ArticleReader articles;
  private final ImmutableList<String> knownWords;

  private CorpusReader(ArticleReader articles, ImmutableList<String> knownWords) {
    this.articles = articles;
    this.knownWords = knownWords;
  }

  /**
   * The reader with the data shipped with Transmanche (month names, outlet names, word lists),
   * loaded once.
   *
   * @throws TransmancheException if a data file is missing from the class path
   */
  public static CorpusReader defaults() {
    return Holder.DEFAULT;
  }

  /**
   * A reader that also takes {@code words} (names from a gazetteer, say) as evidence when it
   * repairs words broken by extraction, as if they were written in the corpus.
   *
   * @throws NullPointerException if {@code words} or one of them is null
   */
  public CorpusReader withKnownWords(Iterable<String> words) {
    return new CorpusReader(
        articles, ImmutableList.<String>builder().addAll(knownWords).addAll(words).build());
  }

  /**
   * Reads a file, or the {@code .txt} files of a directory (not its sub-directories) in file-name
   * order. A path that does not exist or cannot be read gives a {@code CORPUS_UNREADABLE}
   * diagnostic, not an exception.
   *
   * @throws NullPointerException if {@code path} is null
   */
  public ReadResult read(Path path) {
    checkNotNull(path, "path");
    if (!Files.exists(path)) {
      return ReadResult.builder()
          .addDiagnostics(unreadable(path.toString(), "expected a file or a directory, found nothing at this path"))
          .build();
    }
    if (!Files.isDirectory(path)) {
      Map<String, byte[]> files = new LinkedHashMap<>();
      Map<String, String> where = new LinkedHashMap<>();
      List<Diagnostic> problems = new ArrayList<>();
      load(path, files, where, problems);
      return readAll(files, where, problems);
    }
    List<Path> children;
    try (Stream<Path> listing = Files.list(path)) {
      children =
          listing
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
              .filter(p -> !Files.isDirectory(p))
              .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
              .collect(ImmutableList.toImmutableList());
    } catch (IOException | RuntimeException e) {
      return ReadResult.builder()
          .addDiagnostics(unreadable(path.toString(), "expected a readable directory, found: " + describe(e)))
          .build();
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    Map<String, String> where = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path child : children) {
      load(child, files, where, problems);
    }
    ReadResult read = readAll(files, where, problems);
    if (children.isEmpty()) {
      return ReadResult.builder()
          .from(read)
          .addDiagnostics(
              Diagnostic.builder()
                  .file(path.toString())
                  .code("CORPUS_NO_FILES")
                  .severity(Severity.WARNING)
                  .message("expected .txt files in the directory, found none")
                  .build())
          .build();
    }
    return read;
  }

  /**
   * Reads the bytes of one file, for input that is not on disk (a jar resource, a request).
   *
   * @param fileName the file's name; documents get ids {@code <name>#<n>} from its last path segment
   * @throws IllegalArgumentException if {@code fileName} has no name in it
   * @throws NullPointerException if an argument is null
   */
  public ReadResult read(String fileName, byte[] bytes) {
    checkNotNull(fileName, "fileName");
    checkNotNull(bytes, "bytes");
    return read(ImmutableMap.of(fileName, bytes));
  }

  /**
   * Reads the bytes of several files as one corpus, in the map's order.
   *
   * @param files bytes by file name; documents get ids from each name's last path segment
   * @throws IllegalArgumentException if a name has no name in it, or two names end alike
   * @throws NullPointerException if an argument is null
   */
  public ReadResult read(Map<String, byte[]> files) {
    checkNotNull(files, "files");
    Map<String, byte[]> byName = new LinkedHashMap<>();
    Map<String, String> where = new LinkedHashMap<>();
    files.forEach(
        (fileName, bytes) -> {
          String name = baseName(fileName);
          checkArgument(!name.isBlank(), "file name '%s' has no name in it", fileName);
          checkArgument(!byName.containsKey(name), "two files are named '%s'", name);
          byName.put(name, checkNotNull(bytes, "bytes of %s", fileName));
          where.put(name, fileName);
        });
    return readAll(byName, where, List.of());
  }

  private ReadResult readAll(Map<String, byte[]> files, Map<String, String> where, List<Diagnostic> problems) {
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, List<Diagnostic>> decodeDiagnostics = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      FileDecoder.Decoded decoded = FileDecoder.decode(where.get(file.getKey()), file.getValue());
      decodeDiagnostics.put(file.getKey(), decoded.diagnostics());
      decoded.text().ifPresent(t -> texts.put(file.getKey(), t));
    }
    Vocabulary vocabulary = Vocabulary.of(Iterables.concat(texts.values(), knownWords));
    ImmutableList.Builder<Document> documents = ImmutableList.builder();
    ImmutableList.Builder<Diagnostic> diagnostics = ImmutableList.builder();
    diagnostics.addAll(problems);
    for (String name : files.keySet()) {
      diagnostics.addAll(decodeDiagnostics.get(name));
      String text = texts.get(name);
      if (text != null) {
        articles.read(name, where.get(name), text, vocabulary, documents, diagnostics);
      }
    }
    return ReadResult.builder().documents(documents.build()).diagnostics(diagnostics.build()).build();
  }

  private static void load(Path path, Map<String, byte[]> files, Map<String, String> where, List<Diagnostic> problems) {
    String name = baseName(path.toString());
    try {
      files.put(name, Files.readAllBytes(path));
      where.put(name, path.toString());
    } catch (IOException | RuntimeException e) {
      problems.add(unreadable(path.toString(), "expected a readable file, found: " + describe(e)));
    }
  }

  private static String baseName(String fileName) {
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    return fileName.substring(slash + 1);
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    return Optional.ofNullable(e.getMessage()).map(m -> e.getClass().getSimpleName() + ": " + m)
        .orElse(e.getClass().getSimpleName());
  }

  private static Diagnostic unreadable(String file, String message) {
    return Diagnostic.builder().file(file).code("CORPUS_UNREADABLE").message(message).build();
  }

  private static final class Holder {
    static final CorpusReader DEFAULT =
        new CorpusReader(
            new ArticleReader(CorpusData.defaults(), TextNormaliser.defaults(), LanguageIdentifier.defaults()),
            ImmutableList.of());
  }
}
