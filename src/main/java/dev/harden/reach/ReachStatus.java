package dev.harden.reach;

/** Whether the image's command can load a package. */
public enum ReachStatus {
  /** A file of the package is loaded on the way from the command (evidence chain given). */
  REACHABLE("reachable"),
  /** The analysis was complete for the package's kind, and nothing of it is loaded. */
  UNREACHABLE("unreachable"),
  /** Something the analysis could not follow may load it (the reason says what). */
  UNKNOWN("unknown");

  private final String id;

  ReachStatus(String id) {
    this.id = id;
  }

  /** As JSON and text print it. */
  public String id() {
    return id;
  }
}
