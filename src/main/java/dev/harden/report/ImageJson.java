package dev.harden.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.catalog.Pkg;
import dev.harden.image.ImageConfig;
import dev.harden.image.LayerInfo;
import dev.harden.image.fs.OsRelease;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON form of the image facts (contract in docs/output.md, "Image"). */
public final class ImageJson {

  private ImageJson() {}

  /**
   * {@code {subject, digest, platform, os, config, base, layers}}; layers count packages by type.
   */
  public static ObjectNode of(ImageSummary image, List<Pkg> packages) {
    ObjectNode o = Json.object();
    o.put("subject", image.subject());
    Json.putOrNull(o, "digest", image.digest().orElse(null));
    Json.putOrNull(o, "platform", image.platform().orElse(null));
    if (image.os().isPresent()) {
      OsRelease os = image.os().get();
      ObjectNode n = o.putObject("os");
      Json.putOrNull(n, "id", os.id());
      Json.putOrNull(n, "versionId", os.versionId());
      Json.putOrNull(n, "prettyName", os.prettyName());
      n.put("distroless", os.distroless());
    } else {
      o.putNull("os");
    }
    if (image.config().isPresent()) {
      ImageConfig.Container c = image.config().get();
      ObjectNode n = o.putObject("config");
      Json.putOrNull(n, "user", c.user());
      putList(n, "entrypoint", c.entrypoint());
      putList(n, "cmd", c.cmd());
      Json.putOrNull(n, "workingDir", c.workingDir());
      putList(n, "exposedPorts", c.exposedPorts());
      putList(n, "volumes", c.volumes());
    } else {
      o.putNull("config");
    }
    if (image.base().isPresent()) {
      ObjectNode n = o.putObject("base");
      Json.putOrNull(n, "name", image.base().get().name());
      Json.putOrNull(n, "digest", image.base().get().digest());
    } else {
      o.putNull("base");
    }
    ArrayNode layers = o.putArray("layers");
    for (LayerInfo layer : image.layers()) {
      ObjectNode n = layers.addObject();
      n.put("index", layer.index());
      n.put("digest", layer.digest().toString());
      n.put("diffId", layer.diffId().toString());
      n.put("size", layer.size());
      Json.putOrNull(n, "createdBy", layer.createdBy());
      ObjectNode counts = n.putObject("packages");
      packagesPerType(packages, layer.index()).forEach(counts::put);
    }
    return o;
  }

  /** How many packages of each type a layer introduced. */
  public static Map<String, Integer> packagesPerType(List<Pkg> packages, int layer) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Pkg p : packages) {
      if (p.layer() == layer) {
        counts.merge(p.type().id(), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static void putList(ObjectNode o, String key, List<String> values) {
    if (values == null) {
      o.putNull(key);
    } else {
      ArrayNode a = o.putArray(key);
      values.forEach(a::add);
    }
  }
}
