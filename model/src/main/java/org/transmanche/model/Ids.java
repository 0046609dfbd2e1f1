package org.transmanche.model;

import static com.google.common.base.Preconditions.checkState;

/** Shared check of entity and fact ids. */
final class Ids {
  private Ids() {}

  static void checkId(String type, String id) {
    checkState(!id.isBlank(), "%s: id is blank", type);
    for (int i = 0; i < id.length(); i++) {
      checkState(
          !Character.isWhitespace(id.charAt(i)) || id.charAt(i) == ' ' && type.equals("Document"),
          "%s %s: id contains white space at %s",
          type, id, i);
    }
  }
}
