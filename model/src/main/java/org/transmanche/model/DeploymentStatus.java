package org.transmanche.model;

/** The state of a deployment at the time of the report. */
public enum DeploymentStatus {
  /** Announced or planned. */
  ANNOUNCED,
  /** In place. */
  ACTIVE,
  /** Finished or withdrawn. */
  COMPLETED
}
