package org.transmanche.model;

/** What kind of actor a name denotes. */
public enum ActorKind {
  /** A natural person. */
  PERSON,
  /** A state acting as a government ("le Royaume-Uni", "Paris", "Britain"). */
  GOVERNMENT,
  /** A ministry, agency, police force or other public body. */
  GOVERNMENT_BODY,
  /** An international organisation (UNHCR, Frontex, European Commission). */
  INTERNATIONAL_ORG,
  /** A charity, association or other non-governmental organisation. */
  NGO,
  /** A party or political movement. */
  POLITICAL_GROUP,
  /** A newspaper, agency or broadcaster. */
  MEDIA,
  /** A company. */
  COMPANY
}
