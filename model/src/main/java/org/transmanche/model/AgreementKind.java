package org.transmanche.model;

/** What form an agreement takes. */
public enum AgreementKind {
  /** A treaty between states (Le Touquet, Sangatte protocol). */
  TREATY,
  /** A joint declaration or communiqué of ministers. */
  JOINT_DECLARATION,
  /** An action plan or joint operational plan. */
  ACTION_PLAN,
  /** An agreement or accord of another form. */
  ACCORD,
  /** A common position agreed between parties. */
  COMMON_POSITION
}
