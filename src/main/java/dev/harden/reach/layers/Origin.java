package dev.harden.reach.layers;

/** Who brought a layer: the base image or the application's own build. */
public enum Origin {
  BASE("base"),
  APP("app");

  private final String id;

  Origin(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
