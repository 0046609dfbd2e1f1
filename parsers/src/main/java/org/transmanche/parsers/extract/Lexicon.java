package org.transmanche.parsers.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.transmanche.model.AgreementKind;
import org.transmanche.model.Country;
import org.transmanche.model.DateSpan;
import org.transmanche.model.DeploymentStatus;
import org.transmanche.model.PledgeKind;
import org.transmanche.model.PledgeStatus;
import org.transmanche.model.Resource;
import org.transmanche.model.TransmancheException;

/** The extraction word lists of one language, and the known agreements; loaded once, immutable. */
final class Lexicon {

  private static final String ROOT = "/org/transmanche/parsers/extract/";

  /** What a pledge trigger implies. */
  static final class PledgeCue {
    final Optional<PledgeStatus> status;
    final Optional<PledgeKind> kind;

    PledgeCue(Optional<PledgeStatus> status, Optional<PledgeKind> kind) {
      this.status = status;
      this.kind = kind;
    }
  }

  /** A well-known agreement. */
  static final class KnownAgreement {
    final String id;
    final String name;
    final AgreementKind kind;
    final ImmutableList<Country> parties;
    final Optional<DateSpan> date;

    KnownAgreement(String id, String name, AgreementKind kind, ImmutableList<Country> parties, Optional<DateSpan> date) {
      this.id = id;
      this.name = name;
      this.kind = kind;
      this.parties = parties;
      this.date = date;
    }
  }

  final TermMatcher<Resource> resources;
  final TermMatcher<Optional<DeploymentStatus>> deployTriggers;
  final TermMatcher<PledgeCue> pledgeTriggers;
  final TermMatcher<AgreementKind> agreementTriggers;
  final TermMatcher<Boolean> conclusionVerbs;
  final TermMatcher<Boolean> futureMarkers;
  final TermMatcher<String> figureSubjects;
  final TermMatcher<KnownAgreement> knownAgreements;

  private Lexicon(String lang) {
    String dir = ROOT + lang + "/";
    resources = TermMatcher.of(map(read(dir + "resources.tsv"), r -> Resource.valueOf(r[1])));
    deployTriggers =
        TermMatcher.of(
            map(read(dir + "deploy-triggers.tsv"), r -> r[1].equals("-") ? Optional.<DeploymentStatus>empty() : Optional.of(DeploymentStatus.valueOf(r[1]))));
    pledgeTriggers =
        TermMatcher.of(
            map(
                read(dir + "pledge-triggers.tsv"),
                r -> new PledgeCue(
                    r[1].equals("-") ? Optional.empty() : Optional.of(PledgeStatus.valueOf(r[1])),
                    r[2].equals("-") ? Optional.empty() : Optional.of(PledgeKind.valueOf(r[2])))));
    agreementTriggers = TermMatcher.of(map(read(dir + "agreement-triggers.tsv"), r -> AgreementKind.valueOf(r[1])));
    conclusionVerbs = TermMatcher.of(map(read(dir + "conclusion-verbs.tsv"), r -> Boolean.TRUE));
    futureMarkers = TermMatcher.of(map(read(dir + "future-markers.tsv"), r -> Boolean.TRUE));
    figureSubjects = TermMatcher.of(map(read(dir + "figure-subjects.tsv"), r -> r[1]));
    List<Map.Entry<String, KnownAgreement>> known = new ArrayList<>();
    for (String[] r : read(ROOT + "agreements.tsv")) {
      ImmutableList.Builder<Country> parties = ImmutableList.builder();
      if (!r[3].isBlank()) {
        for (String c : r[3].split("\\|")) {
          parties.add(Country.of(c));
        }
      }
      Optional<DateSpan> date = r.length > 4 && !r[4].isBlank() ? Optional.of(DateSpan.parse(r[4])) : Optional.empty();
      KnownAgreement k = new KnownAgreement(r[0], r[1], AgreementKind.valueOf(r[2]), parties.build(), date);
      known.add(Maps.immutableEntry(r[1], k));
      if (r.length > 5) {
        for (String alias : r[5].split("\\|")) {
          if (!alias.isBlank()) {
            known.add(Maps.immutableEntry(alias, k));
          }
        }
      }
    }
    knownAgreements = TermMatcher.of(known);
  }

  /** A gender cue: 'F' or 'M', and the kind of word that gives it (pronoun, honorific, role, first-name). */
  record GenderCue(char gender, String kind) {}

  /** Gender cues by folded word, for both languages. */
  static final ImmutableMap<String, GenderCue> GENDERS = genders();

  private static ImmutableMap<String, GenderCue> genders() {
    ImmutableMap.Builder<String, GenderCue> b = ImmutableMap.builder();
    for (String[] r : read(ROOT + "genders.tsv")) {
      b.put(Fold.fold(r[0]), new GenderCue(r[1].charAt(0), r[2]));
    }
    return b.buildKeepingLast();
  }

  private static final ImmutableMap<String, Lexicon> BY_LANGUAGE =
      ImmutableMap.of("fr", new Lexicon("fr"), "en", new Lexicon("en"));

  /** The lexicon of a language; English for any language other than French. */
  static Lexicon of(String language) {
    return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
  }

  private static <V> List<Map.Entry<String, V>> map(List<String[]> rows, java.util.function.Function<String[], V> value) {
    List<Map.Entry<String, V>> out = new ArrayList<>();
    for (String[] r : rows) {
      out.add(Maps.immutableEntry(r[0], value.apply(r)));
    }
    return out;
  }

  /** Rows of a TSV resource, without comments and the header row. */
  static List<String[]> read(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new TransmancheException("extraction data " + resource + " is missing from the class path");
      }
      List<String[]> rows = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols[0].isBlank()) {
          throw new TransmancheException(resource + ":" + lineNo + ": empty first column");
        }
        rows.add(cols);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
