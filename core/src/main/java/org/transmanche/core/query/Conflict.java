package org.transmanche.core.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.transmanche.model.Disagreement;
import org.transmanche.model.Dossier;
import org.transmanche.model.Fact;

/**
 * A {@link Disagreement} of the dossier resolved to its facts: for each version, the fact, the
 * differing value as people read it, and where it was read. An immutable value; components are never
 * null.
 *
 * <pre>{@code
 * Query.of(d).conflicts();            // every disagreement, resolved
 * Query.of(d).conflicts().get(0).versions();
 * }</pre>
 *
 * @param disagreement the dossier's record of the disagreement
 * @param versions one per fact of the disagreement, in its order; facts the dossier does not hold
 *     are left out
 */
public record Conflict(Disagreement disagreement, ImmutableList<Version> versions) {

  /** Checks that no component is null. */
  public Conflict {
    checkNotNull(disagreement, "disagreement");
    checkNotNull(versions, "versions");
  }

  /** {@code disagreement} resolved against {@code dossier}. */
  public static Conflict of(Dossier dossier, Disagreement disagreement) {
    ImmutableList.Builder<Version> versions = ImmutableList.builder();
    for (String id : disagreement.facts()) {
      Optional<Fact> fact = dossier.fact(id);
      fact.ifPresent(
          f ->
              versions.add(
                  new Version(
                      f,
                      Describe.value(dossier, f, disagreement.field()),
                      f.evidence().stream().map(e -> Citation.of(dossier, e)).collect(ImmutableList.toImmutableList()))));
    }
    return new Conflict(disagreement, versions.build());
  }

  /** Whether one of the versions is the fact with this id. */
  public boolean involves(String factId) {
    return disagreement.facts().contains(factId);
  }

  /** A heading line with the subject and the field, then one line per version with its sources. */
  @Override
  public String toString() {
    StringBuilder b =
        new StringBuilder(disagreement.id())
            .append(": sources disagree on the ")
            .append(disagreement.field())
            .append(" of ")
            .append(disagreement.subject())
            .append('\n');
    for (Version v : versions) {
      b.append("  ").append(v).append('\n');
    }
    return b.toString();
  }

  /**
   * One version of the disputed value.
   *
   * @param fact the fact holding this version
   * @param value the differing value as people read it ("12,000,000 GBP", "2014-09-20")
   * @param sources where this version was read
   */
  public record Version(Fact fact, String value, ImmutableList<Citation> sources) {

    /** Checks that no component is null. */
    public Version {
      checkNotNull(fact, "fact");
      checkNotNull(value, "value");
      checkNotNull(sources, "sources");
    }

    /** {@code value (fact id) — source; source}. */
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(value).append(" (").append(fact.id()).append(")");
      for (Citation c : sources) {
        b.append("\n    ").append(c);
      }
      return b.toString();
    }
  }
}
