package org.transmanche.parsers.recognise.date;

/** Which way an incomplete date is completed from the reference date. */
enum Dir {
  /** The occurrence nearest the reference. */
  NEAREST,
  /** The first occurrence on or after the reference ("prochain", "will"). */
  FUTURE,
  /** The last occurrence on or before the reference ("dernier"). */
  PAST
}
