package org.transmanche.parsers.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.transmanche.model.Diagnostic;
import org.transmanche.model.Document;

/**
 * Random bytes through the corpus reader, as one file and as two. Outcome checked: no exception
 * (bad bytes are diagnostics, never errors), every diagnostic has a {@code CORPUS_} code and names
 * a file that was read, and every document comes from one of the files.
 */
class CorpusReaderFuzzTest {

  private static final CorpusReader READER = CorpusReader.defaults();

  @FuzzTest(maxDuration = "30s")
  void readsAnyBytesIntoDocumentsAndDiagnostics(FuzzedDataProvider data) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("a.txt", data.consumeBytes(data.consumeInt(0, 4096)));
    if (data.consumeBoolean()) {
      files.put("dir/b.txt", data.consumeRemainingAsBytes());
    }

    ReadResult r = READER.read(files);

    // A file is named by its path or its base name.
    Set<String> names = Set.of("a.txt", "b.txt", "dir/b.txt");
    for (Diagnostic d : r.diagnostics()) {
      assertThat(d.code()).startsWith("CORPUS_");
      assertThat(names).contains(d.file());
    }
    for (Document d : r.documents()) {
      assertThat(names).contains(d.file());
      assertThat(d.text()).isNotBlank();
    }
  }
}
