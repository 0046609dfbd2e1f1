package org.transmanche.parsers.recognise;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multimaps;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognisers composed in order, like an analysis chain. Each recogniser sees the mentions of the
 * ones before it; at the end, overlapping mentions of the same type are resolved (longest, then
 * leftmost). Immutable and thread-safe.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(new MoneyRecogniser()).build();
 * p.recognise(Passage.of("£12m", "en"));
 * }</pre>
 */
public final class Pipeline {

  private final ImmutableList<Recogniser> recognisers;

  private Pipeline(ImmutableList<Recogniser> recognisers) {
    this.recognisers = recognisers;
  }

  /** A builder for a pipeline. */
  public static Builder builder() {
    return new Builder();
  }

  /** The recognisers, in the order they run. */
  public ImmutableList<Recogniser> recognisers() {
    return recognisers;
  }

  /** Names of the recognisers, in order. */
  public ImmutableList<String> names() {
    return recognisers.stream().map(Recogniser::name).collect(ImmutableList.toImmutableList());
  }

  /**
   * Runs every recogniser on the passage and returns the resolved mentions sorted by start. Mentions
   * already in the passage are kept and visible to every recogniser.
   */
  public ImmutableList<Mention> recognise(Passage passage) {
    List<Mention> all = new ArrayList<>(passage.mentions());
    for (Recogniser r : recognisers) {
      Passage p = ImmutablePassage.copyOf(passage).withMentions(all);
      all.addAll(r.recognise(p));
    }
    ImmutableListMultimap<String, Mention> byType = Multimaps.index(all, Mention::type);
    List<Mention> out = new ArrayList<>();
    for (String type : byType.keySet()) {
      out.addAll(Overlaps.longestThenLeftmost(byType.get(type)));
    }
    out.sort(null);
    return ImmutableList.copyOf(out);
  }

  /** Builds a {@link Pipeline}; not thread-safe. */
  public static final class Builder {
    private final List<Recogniser> recognisers = new ArrayList<>();

    private Builder() {}

    /** Adds a recogniser after those already added. */
    public Builder add(Recogniser recogniser) {
      recognisers.add(java.util.Objects.requireNonNull(recogniser, "recogniser"));
      return this;
    }

    /**
     * Builds the pipeline.
     *
     * @throws IllegalArgumentException if two recognisers share a name, or one requires a
     *     recogniser that is not added before it (the message names the missing one and the known
     *     ones)
     */
    public Pipeline build() {
      Set<String> seen = new LinkedHashSet<>();
      for (Recogniser r : recognisers) {
        for (String req : r.requires()) {
          if (!seen.contains(req)) {
            throw new IllegalArgumentException(
                "recogniser '" + r.name() + "' requires '" + req + "', which is not added before it; known: "
                    + String.join(", ", seen));
          }
        }
        if (!seen.add(r.name())) {
          throw new IllegalArgumentException("recogniser name '" + r.name() + "' is used twice");
        }
      }
      return new Pipeline(ImmutableList.copyOf(recognisers));
    }
  }

  /** Names of the recognisers, for messages. */
  @Override
  public String toString() {
    return "Pipeline" + names();
  }

  static ImmutableSet<String> namesOf(List<Recogniser> rs) {
    return rs.stream().map(Recogniser::name).collect(ImmutableSet.toImmutableSet());
  }
}
