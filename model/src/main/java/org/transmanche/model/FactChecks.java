package org.transmanche.model;

import static com.google.common.base.Preconditions.checkState;

/** Checks every fact type shares. */
final class FactChecks {
  private FactChecks() {}

  static void check(String type, Fact fact) {
    Ids.checkId(type, fact.id());
    checkState(!fact.evidence().isEmpty(), "%s %s: evidence is empty", type, fact.id());
  }

  static void checkText(String type, String id, String field, String value) {
    checkState(!value.isBlank(), "%s %s: %s is blank", type, id, field);
  }
}
