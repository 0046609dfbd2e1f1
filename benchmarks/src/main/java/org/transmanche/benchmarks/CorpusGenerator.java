package org.transmanche.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.transmanche.core.corpus.BundledCorpus;

/**
 * Builds large, deterministic test corpora by recombining paragraphs of real text (the bundled
 * seed articles) with varied names, dates and amounts, and the adversarial inputs of the
 * hardening targets.
 *
 * <p>Each generated file starts with a {@code date YYYY-MM-DD} line and holds paragraphs of one
 * language drawn at random; in each paragraph every run of digits is replaced by other digits of
 * the same length (a four-digit run starting 19 or 20 becomes a year from 2000 to 2025) and every
 * person name of the generator's name list is replaced by another one. The same size and seed
 * always give the same bytes. Immutable and thread-safe.
 *
 * <pre>{@code
 * ImmutableMap<String, byte[]> files = CorpusGenerator.fromSeeds().generate(1 << 20, 42L);
 * }</pre>
 */
public final class CorpusGenerator {

  /** The adversarial inputs of the hardening targets, each a whole file of the requested size. */
  public enum Adversarial {
    /** One run of digits. */
    DIGITS,
    /** Thousands of straight and curly quote marks, with a few words between them. */
    QUOTES,
    /** Real text with every space and line break removed. */
    NO_SPACES,
    /** French guillemets, opened and closed over and over, with a word between. */
    GUILLEMETS,
    /** Real text on one single line. */
    ONE_LINE
  }

  private static final int MIN_PARAGRAPH = 40;

  private static final String[] QUOTE_MARKS = {"\"", "\u201C", "\u201D", "'", "\u2018", "\u2019"};

  private final ImmutableList<String> french;
  private final ImmutableList<String> english;
  private final ImmutableList<String> names;

  private CorpusGenerator(ImmutableList<String> french, ImmutableList<String> english, ImmutableList<String> names) {
    checkArgument(!french.isEmpty() || !english.isEmpty(), "expected some paragraphs, found none");
    this.french = french;
    this.english = english;
    this.names = names;
  }

  /**
   * A generator drawing on the seed corpus bundled with Transmanche and the name list shipped with
   * this module.
   *
   * @throws UncheckedIOException if the name list cannot be read
   */
  public static CorpusGenerator fromSeeds() {
    List<String> fr = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (byte[] bytes : BundledCorpus.files().values()) {
      String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
      for (String line : text.split("\n")) {
        String p = line.strip();
        if (p.length() < MIN_PARAGRAPH || p.startsWith("date ")) {
          continue;
        }
        (looksFrench(p) ? fr : en).add(p);
      }
    }
    return new CorpusGenerator(ImmutableList.copyOf(fr), ImmutableList.copyOf(en), readNames());
  }

  /** How many paragraphs the generator draws on, French and English together. */
  public int paragraphs() {
    return french.size() + english.size();
  }

  /**
   * A corpus of at least {@code bytes} UTF-8 bytes, as file bytes by file name ({@code
   * gen-000000.txt}, ...), in name order. Files hold about 4 to 16 KB each.
   *
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public ImmutableMap<String, byte[]> generate(long bytes, long seed) {
    checkArgument(bytes > 0, "bytes must be positive, found %s", bytes);
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, byte[]> files = new LinkedHashMap<>();
    long total = 0;
    while (total < bytes) {
      byte[] file = file(random, Math.min(bytes - total, 4096 + random.nextInt(12288)));
      files.put(String.format("gen-%06d.txt", files.size()), file);
      total += file.length;
    }
    return ImmutableMap.copyOf(files);
  }

  /**
   * Writes {@link #generate} into {@code dir} (created if needed) and returns the paths written,
   * in name order.
   *
   * @throws UncheckedIOException if a file cannot be written
   */
  public ImmutableList<Path> write(Path dir, long bytes, long seed) {
    checkNotNull(dir, "dir");
    ImmutableList.Builder<Path> paths = ImmutableList.builder();
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> e : generate(bytes, seed).entrySet()) {
        Path p = dir.resolve(e.getKey());
        Files.write(p, e.getValue());
        paths.add(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return paths.build();
  }

  /**
   * One adversarial file of {@code bytes} UTF-8 bytes (give or take a few), starting with a date
   * line so that the reader takes it as an article.
   *
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public byte[] adversarial(Adversarial kind, int bytes, long seed) {
    checkNotNull(kind, "kind");
    checkArgument(bytes > 0, "bytes must be positive, found %s", bytes);
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder out = new StringBuilder(bytes + 64).append("date 2016-03-03\n");
    int size = out.length();
    while (size < bytes) {
      String piece;
      switch (kind) {
        case DIGITS:
          piece = String.valueOf((char) ('0' + random.nextInt(10)));
          break;
        case QUOTES:
          piece = QUOTE_MARKS[random.nextInt(QUOTE_MARKS.length)]
              + (random.nextInt(8) == 0 ? (random.nextBoolean() ? "dit " : "said ") : "");
          break;
        case GUILLEMETS:
          piece = "« " + (random.nextBoolean() ? "oui" : "non") + " » ";
          break;
        case NO_SPACES:
          piece = vary(pick(random), random).replaceAll("\\s", "");
          break;
        case ONE_LINE:
          piece = vary(pick(random), random) + ' ';
          break;
        default:
          throw new AssertionError(kind);
      }
      out.append(piece);
      size += utf8Length(piece);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private byte[] file(SplittableRandom random, long size) {
    boolean fr = english.isEmpty() || (!french.isEmpty() && random.nextBoolean());
    List<String> pool = fr ? french : english;
    StringBuilder out = new StringBuilder((int) size + 1024);
    out.append(String.format("date %04d-%02d-%02d%n", 2000 + random.nextInt(26), 1 + random.nextInt(12), 1 + random.nextInt(28)));
    long written = out.length();
    do {
      String paragraph = vary(pool.get(random.nextInt(pool.size())), random);
      out.append('\n').append(paragraph).append('\n');
      written += utf8Length(paragraph) + 2;
    } while (written < size);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private String pick(SplittableRandom random) {
    List<String> pool = french.isEmpty() || (!english.isEmpty() && random.nextBoolean()) ? english : french;
    return pool.get(random.nextInt(pool.size()));
  }

  /** The paragraph with its digits and known names varied. */
  private String vary(String paragraph, SplittableRandom random) {
    String text = paragraph;
    for (String name : names) {
      if (text.contains(name)) {
        text = text.replace(name, names.get(random.nextInt(names.size())));
      }
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
        end++;
      }
      int length = end - i;
      boolean year = length == 4 && (text.startsWith("19", i) || text.startsWith("20", i));
      if (year) {
        out.append(2000 + random.nextInt(26));
      } else {
        out.append((char) ('1' + random.nextInt(9)));
        for (int k = 1; k < length; k++) {
          out.append((char) ('0' + random.nextInt(10)));
        }
      }
      i = end;
    }
    return out.toString();
  }

  private static boolean looksFrench(String paragraph) {
    String lower = " " + paragraph.toLowerCase(java.util.Locale.ROOT) + " ";
    int fr = count(lower, " le ") + count(lower, " la ") + count(lower, " les ") + count(lower, " des ");
    int en = count(lower, " the ") + count(lower, " and ") + count(lower, " of ") + count(lower, " to ");
    return fr >= en;
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      n++;
    }
    return n;
  }

  static int utf8Length(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  private static ImmutableList<String> readNames() {
    InputStream in = CorpusGenerator.class.getResourceAsStream("names.txt");
    if (in == null) {
      throw new UncheckedIOException(new IOException("names.txt missing from the class path"));
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      ImmutableList.Builder<String> names = ImmutableList.builder();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
      return names.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
