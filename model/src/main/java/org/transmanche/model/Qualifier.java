package org.transmanche.model;

/** How a stated number relates to the true value: exact, approximate, a floor or a ceiling. */
public enum Qualifier {
  /** The number as stated ("7 millions d'euros"). */
  EXACT,
  /** An approximation ("près de", "environ", "about", "close to", "quelque"). */
  APPROXIMATE,
  /** A floor ("plus de", "more than", "over", "at least"). */
  AT_LEAST,
  /** A ceiling ("jusqu'à", "up to", "at most"). */
  AT_MOST
}
