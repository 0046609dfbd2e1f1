package org.transmanche.parsers.evaluate;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.transmanche.model.Diagnostic;
import org.transmanche.model.Severity;
import org.transmanche.model.TransmancheException;

/**
 * A gold standard: the hand-made records of a set of articles, one {@link GoldArticle} per gold
 * JSON file, with the {@link Diagnostic}s met while reading them.
 *
 * <p>A gold file holds one JSON object with the keys {@code document} (the article's id, {@code
 * <file>#<n>}), {@code language}, {@code published}, {@code outlet} and the arrays {@code actors},
 * {@code agreements}, {@code pledges}, {@code deployments}, {@code statements} and {@code figures}.
 * Reading is tolerant: unknown keys are ignored, key spelling may vary in case and separators, and
 * a malformed entry or value is reported, not thrown; a file that is not JSON is named in the
 * diagnostics and contributes no article. Articles are ordered by file name, then by the article
 * number after {@code #}. When two files describe the same document, the first is kept and the
 * second reported.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * GoldStandard gold = GoldStandard.read(Path.of("parsers/src/test/resources/gold/seeds"));
 * gold.articles().size(); // one per file
 * }</pre>
 */
public final class GoldStandard {

  private static final Comparator<String> BY_DOCUMENT = GoldStandard::compareDocuments;

  private final ImmutableList<GoldArticle> articles;
  private final ImmutableMap<String, GoldArticle> byDocument;
  private final ImmutableList<Diagnostic> diagnostics;

  private GoldStandard(Iterable<GoldArticle> articles, Iterable<Diagnostic> diagnostics) {
    List<Diagnostic> problems = new ArrayList<>();
    diagnostics.forEach(problems::add);
    Map<String, GoldArticle> unique = new LinkedHashMap<>();
    for (GoldArticle a : articles) {
      GoldArticle first = unique.putIfAbsent(a.document(), a);
      if (first != null) {
        problems.add(
            Diagnostic.builder()
                .file(a.file())
                .code("GOLD_DUPLICATE_DOCUMENT")
                .message("document '" + a.document() + "' is already described by " + first.file() + "; ignored")
                .build());
      }
    }
    List<GoldArticle> sorted = new ArrayList<>(unique.values());
    sorted.sort(Comparator.comparing(GoldArticle::document, BY_DOCUMENT));
    this.articles = ImmutableList.copyOf(sorted);
    this.byDocument = ImmutableMap.copyOf(unique);
    this.diagnostics = ImmutableList.copyOf(problems);
  }

  /**
   * A gold standard of the given articles, with no diagnostics (a later duplicate document is
   * dropped and reported).
   *
   * @throws NullPointerException if {@code articles} or one of them is null
   */
  public static GoldStandard of(Iterable<GoldArticle> articles) {
    return new GoldStandard(articles, ImmutableList.of());
  }

  /**
   * Reads one gold file from its content.
   *
   * @param file the file's name, used in diagnostics and as the fallback document id
   * @param json the file's content
   * @throws NullPointerException if an argument is null
   */
  public static GoldStandard parse(String file, String json) {
    GoldReader.Result r = GoldReader.read(file, json);
    return new GoldStandard(r.article.stream()::iterator, r.diagnostics);
  }

  /**
   * Reads every {@code *.json} file of a folder (not of its sub-folders).
   *
   * @throws TransmancheException if {@code folder} is not a readable folder
   */
  public static GoldStandard read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new TransmancheException("gold standard: '" + folder + "' is not a folder");
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> in = Files.newDirectoryStream(folder, "*.json")) {
      for (Path p : in) {
        if (Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    } catch (IOException e) {
      throw new TransmancheException("gold standard: cannot list '" + folder + "'", e);
    }
    files.sort(Comparator.comparing(p -> p.getFileName().toString()));
    List<GoldArticle> articles = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Path p : files) {
      String name = p.getFileName().toString();
      Optional<String> json = readUtf8(p, name, diagnostics);
      if (json.isPresent()) {
        GoldReader.Result r = GoldReader.read(name, json.get());
        r.article.ifPresent(articles::add);
        diagnostics.addAll(r.diagnostics);
      }
    }
    if (files.isEmpty()) {
      diagnostics.add(
          Diagnostic.builder()
              .file(folder.toString())
              .code("GOLD_EMPTY")
              .message("expected *.json gold files, found none")
              .severity(Severity.WARNING)
              .build());
    }
    return new GoldStandard(articles, diagnostics);
  }

  /**
   * Reads every {@code *.json} file of a class-path folder such as {@code "gold/seeds"}, whether it
   * lies in a directory or in a jar.
   *
   * @throws TransmancheException if the folder is not on the class path or cannot be read
   */
  public static GoldStandard readClasspath(String folder) {
    String name = folder.startsWith("/") ? folder.substring(1) : folder;
    URL url = GoldStandard.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new TransmancheException("gold standard: class-path folder '" + name + "' not found");
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return read(Path.of(uri));
      }
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return read(jar.getPath(name));
      } catch (FileSystemAlreadyExistsException e) {
        // Someone else opened the jar and owns its file system: use it, leave it open.
        return read(FileSystems.getFileSystem(uri).getPath(name));
      }
    } catch (URISyntaxException | IOException e) {
      throw new TransmancheException("gold standard: cannot read class-path folder '" + name + "'", e);
    }
  }

  private static Optional<String> readUtf8(Path p, String name, List<Diagnostic> diagnostics) {
    try {
      byte[] bytes = Files.readAllBytes(p);
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      diagnostics.add(
          Diagnostic.builder().file(name).code("GOLD_INVALID_UTF8").message("expected UTF-8, found invalid bytes").build());
    } catch (IOException e) {
      diagnostics.add(
          Diagnostic.builder().file(name).code("GOLD_UNREADABLE").message("cannot read: " + e.getMessage()).build());
    }
    return Optional.empty();
  }

  /** The articles, ordered by file name and article number; never null. */
  public ImmutableList<GoldArticle> articles() {
    return articles;
  }

  /**
   * The gold record of a document.
   *
   * @throws NullPointerException if {@code document} is null
   */
  public Optional<GoldArticle> article(String document) {
    return Optional.ofNullable(byDocument.get(document));
  }

  /** Problems met while reading, in file order; empty when every file was clean. */
  public ImmutableList<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Orders {@code a.txt#2} before {@code a.txt#10}: by file, then by the number after {@code #}. */
  static int compareDocuments(String a, String b) {
    checkArgument(a != null && b != null, "document ids must not be null");
    int ha = a.lastIndexOf('#');
    int hb = b.lastIndexOf('#');
    String fa = ha < 0 ? a : a.substring(0, ha);
    String fb = hb < 0 ? b : b.substring(0, hb);
    int c = fa.compareTo(fb);
    if (c != 0) {
      return c;
    }
    long na = number(ha < 0 ? "" : a.substring(ha + 1));
    long nb = number(hb < 0 ? "" : b.substring(hb + 1));
    c = Long.compare(na, nb);
    return c != 0 ? c : a.compareTo(b);
  }

  private static long number(String s) {
    if (s.isEmpty() || s.length() > 18) {
      return -1;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return -1;
      }
    }
    return Long.parseLong(s);
  }
}
