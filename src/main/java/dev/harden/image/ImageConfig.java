package dev.harden.image;

import dev.harden.io.Digest;
import java.util.List;
import java.util.Map;

/**
 * The parts of an image config (OCI {@code config} blob / docker {@code container.image.v1}) the
 * tool uses. Fields absent from the JSON are null (strings) or empty (collections).
 *
 * @param diffIds {@code rootfs.diff_ids}: the sha256 of each uncompressed layer, bottom first
 * @param history one entry per build step; steps with {@code empty_layer} made no layer
 */
public record ImageConfig(
    String architecture,
    String os,
    String variant,
    String created,
    Container config,
    List<Digest> diffIds,
    List<History> history) {

  public ImageConfig {
    diffIds = List.copyOf(diffIds);
    history = List.copyOf(history);
  }

  public Platform platform() {
    return new Platform(os, architecture, variant);
  }

  /** The runtime settings ({@code config} object). */
  public record Container(
      String user,
      List<String> env,
      List<String> entrypoint,
      List<String> cmd,
      String workingDir,
      Map<String, String> labels,
      List<String> exposedPorts,
      List<String> volumes,
      String stopSignal) {

    public static final Container EMPTY =
        new Container(null, List.of(), null, null, null, Map.of(), List.of(), List.of(), null);

    public Container {
      env = List.copyOf(env);
      entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
      cmd = cmd == null ? null : List.copyOf(cmd);
      labels = Map.copyOf(labels);
      exposedPorts = List.copyOf(exposedPorts);
      volumes = List.copyOf(volumes);
    }
  }

  /** One build step. */
  public record History(String created, String createdBy, String comment, boolean emptyLayer) {}
}
