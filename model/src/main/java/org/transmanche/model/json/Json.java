package org.transmanche.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.transmanche.model.Dossier;

/**
 * The JSON format of the model: one configured {@link ObjectMapper} and typed read and write
 * helpers.
 *
 * <p>Settings: dates as ISO strings ({@code "2014-09-20"}), {@code BigDecimal} written plainly,
 * absent {@code Optional}s omitted, unknown properties rejected, no polymorphic default typing, and
 * read constraints (nesting depth 200, numbers of 100 digits, strings of 50 million characters, whole
 * documents of 1 GiB). The mapper is thread-safe once built; {@link #mapper()} returns a fresh copy,
 * so callers may reconfigure theirs.
 *
 * <pre>{@code
 * String json = Json.write(Dossier.builder().build());
 * Dossier d = Json.readDossier(json);
 * }</pre>
 */
public final class Json {

  private static final ObjectMapper SHARED = build(false);
  private static final ObjectMapper PRETTY = build(true);

  private Json() {}

  private static ObjectMapper build(boolean pretty) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(200)
                    .maxNumberLength(100)
                    .maxStringLength(50_000_000)
                    .maxDocumentLength(1L << 30)
                    .build())
            .build();
    JsonMapper.Builder b =
        JsonMapper.builder(factory)
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new GuavaModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT);
    if (pretty) {
      b.enable(SerializationFeature.INDENT_OUTPUT);
    }
    return b.build();
  }

  /** A new mapper configured for the model; safe to reconfigure. */
  public static ObjectMapper mapper() {
    return SHARED.copy();
  }

  /**
   * Writes any model value as compact JSON.
   *
   * @throws JsonFormatException if the value cannot be written
   */
  public static String write(Object value) {
    return write(value, false);
  }

  /**
   * Writes any model value as JSON, indented when {@code pretty}.
   *
   * @throws JsonFormatException if the value cannot be written
   */
  public static String write(Object value, boolean pretty) {
    try {
      return (pretty ? PRETTY : SHARED).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new JsonFormatException("$", e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a value of the given model type.
   *
   * @throws JsonFormatException naming the JSON path and the problem
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      return SHARED.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  /**
   * Reads a dossier from a string.
   *
   * @throws JsonFormatException naming the JSON path and the broken invariant
   */
  public static Dossier readDossier(String json) {
    return read(json, Dossier.class);
  }

  /**
   * Reads a dossier from a stream (not closed).
   *
   * @throws JsonFormatException naming the JSON path and the broken invariant
   * @throws UncheckedIOException if the stream fails
   */
  public static Dossier readDossier(InputStream in) {
    try {
      return SHARED.readValue(in, Dossier.class);
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a dossier from a reader (not closed).
   *
   * @throws JsonFormatException naming the JSON path and the broken invariant
   */
  public static Dossier readDossier(Reader in) {
    try {
      return SHARED.readValue(in, Dossier.class);
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a dossier from a file.
   *
   * @throws JsonFormatException naming the file, the JSON path and the broken invariant
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Dossier readDossier(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readDossier(in);
    } catch (JsonFormatException e) {
      throw new JsonFormatException(e.path(), file + ": " + e.detail(), e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static JsonFormatException translate(JsonProcessingException e) {
    String path = "$";
    if (e instanceof JsonMappingException) {
      path = jsonPath((JsonMappingException) e);
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root instanceof IllegalStateException || root instanceof IllegalArgumentException
            ? root.getMessage()
            : e.getOriginalMessage();
    if (e.getLocation() != null) {
      message += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
    return new JsonFormatException(path, message, e);
  }

  private static String jsonPath(JsonMappingException e) {
    // The parser knows where it stands even when a collection deserializer left no index in the
    // reference chain, so its context is the better witness; the chain is the fallback.
    if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser) {
      com.fasterxml.jackson.core.JsonStreamContext ctx =
          ((com.fasterxml.jackson.core.JsonParser) e.getProcessor()).getParsingContext();
      java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
      for (com.fasterxml.jackson.core.JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
        if (c.inArray()) {
          parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
        } else if (c.inObject() && c.getCurrentName() != null) {
          parts.addFirst("." + c.getCurrentName());
        }
      }
      if (!parts.isEmpty()) {
        return "$" + String.join("", parts);
      }
    }
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      } else if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      }
    }
    return sb.toString();
  }
}
