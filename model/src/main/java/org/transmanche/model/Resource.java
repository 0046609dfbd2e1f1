package org.transmanche.model;

/** What a deployment puts in place. */
public enum Resource {
  /** Police, gendarmes, officers or other staff. */
  PERSONNEL,
  /** Fences, walls, barbed wire. */
  BARRIER,
  /** Cameras, drones, patrol aircraft and other watching. */
  SURVEILLANCE,
  /** Scanners, detectors, sniffer dogs. */
  DETECTION,
  /** A centre, building or site opened. */
  FACILITY,
  /** Boats, vehicles. */
  VEHICLE,
  /** Anything else. */
  OTHER
}
