package org.transmanche.parsers.knowledge;

/** What kind of place a {@link Place} is. */
public enum PlaceKind {
  /** A city. */
  CITY,
  /** A town or village. */
  TOWN,
  /** A sea port. */
  PORT,
  /** A railway station. */
  STATION,
  /** A tunnel. */
  TUNNEL,
  /** A sea or strait. */
  SEA,
  /** A region, coast or area. */
  REGION,
  /** A French département. */
  DEPARTMENT,
  /** A site: a terminal, building, road or landmark. */
  SITE,
  /** A country. */
  COUNTRY,
  /** A camp or shelter for migrants. */
  CAMP
}
