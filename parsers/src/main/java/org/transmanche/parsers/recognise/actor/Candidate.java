package org.transmanche.parsers.recognise.actor;

import java.util.Optional;
import org.transmanche.parsers.gazetteer.Gazetteer;
import org.transmanche.model.ActorKind;
import org.transmanche.model.Country;

/**
 * An actor mention being built while one passage is read; local to one call of the recogniser, so
 * mutable. Offsets are in the passage text.
 */
final class Candidate {

  final int start;
  final int end;
  final String actorId;
  final String name;
  final ActorKind kind;
  final Optional<Country> country;
  /** How it was found, for the rules that attach roles and resolve surnames. */
  final boolean fromKnowledge;
  /** The last word of the name, folded, to recognise a second mention by that word alone. */
  final String lastWord;
  String role;
  boolean byRole;
  String office;
  String note;

  Candidate(int start, int end, String actorId, String name, ActorKind kind, Optional<Country> country, boolean fromKnowledge) {
    this.start = start;
    this.end = end;
    this.actorId = actorId;
    this.name = name;
    this.kind = kind;
    this.country = country;
    this.fromKnowledge = fromKnowledge;
    this.lastWord = Gazetteer.fold(name.substring(name.lastIndexOf(' ') + 1));
  }

  boolean person() {
    return kind == ActorKind.PERSON && !actorId.startsWith(ActorReading.ROLE);
  }

  boolean overlaps(int s, int e) {
    return start < e && s < end;
  }

  ActorReading reading() {
    return ActorReading.builder()
        .actorId(actorId)
        .name(name)
        .kind(kind)
        .country(country)
        .role(Optional.ofNullable(role))
        .resolvedByRole(byRole)
        .office(Optional.ofNullable(office))
        .note(Optional.ofNullable(note))
        .build();
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ") " + actorId;
  }
}
