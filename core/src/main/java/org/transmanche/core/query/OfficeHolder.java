package org.transmanche.core.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.transmanche.model.Country;

/**
 * Someone who held an office on the day asked, with the dates of that term and where Transmanche
 * knows it from. An immutable value; components are never null.
 *
 * <pre>{@code
 * Offices.holder("fr-interior-minister", LocalDate.of(2014, 9, 20)).get().name(); // "Bernard Cazeneuve"
 * }</pre>
 *
 * @param actorId the holder's actor id ({@code person:bernard-cazeneuve})
 * @param name the holder's name
 * @param office the knowledge base's office id ({@code fr-interior-minister}), or the role's title
 *     when the knowledge base does not know the office
 * @param title the office's title as people read it
 * @param country the country of the office, when known
 * @param from the first day of the term, when known
 * @param to the last day of the term; empty when open or unknown
 * @param sources where the term is known from: the dossier's roles, the knowledge base, or both
 */
public record OfficeHolder(
    String actorId,
    String name,
    String office,
    String title,
    Optional<Country> country,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    ImmutableSet<Source> sources) {

  /** Where a term of office is known from. */
  public enum Source {
    /** A role of an actor of the dossier. */
    DOSSIER,
    /** The bundled knowledge base of office-holders. */
    KNOWLEDGE_BASE
  }

  /** Checks that no component is null. */
  public OfficeHolder {
    checkNotNull(actorId, "actorId");
    checkNotNull(name, "name");
    checkNotNull(office, "office");
    checkNotNull(title, "title");
    checkNotNull(country, "country");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(sources, "sources");
  }

  /** {@code Bernard Cazeneuve — ministre de l'intérieur (FR), 2014-04-02..2016-12-06 [knowledge base]}. */
  @Override
  public String toString() {
    return name + " — " + title + country.map(c -> " (" + c.code() + ")").orElse("") + ", "
        + from.map(LocalDate::toString).orElse("?") + ".." + to.map(LocalDate::toString).orElse("")
        + " " + sources.stream().map(s -> s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
            .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }
}
