package dev.harden.fix.pin;

import dev.harden.image.ImageReference;
import dev.harden.io.Digest;
import dev.harden.io.InputException;
import dev.harden.io.yaml.SafeYaml;
import dev.harden.io.yaml.YamlNodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * {@code harden.lock}: which digest each base image tag is pinned to, so pinning needs the network
 * once. {@code harden fix --lock-write} writes it; {@code harden fix} reads it by default. Keys are
 * normalised references with their tag ({@code docker.io/library/node:20}), values digests; the file
 * is YAML, sorted, so it diffs well in review:
 *
 * <pre>
 * # harden.lock: ...
 * version: 1
 * images:
 *   "docker.io/library/node:20": "sha256:..."
 * </pre>
 */
public final class LockFile {

  public static final String FILE_NAME = "harden.lock";
  static final int VERSION = 1;
  private static final SafeYaml YAML = new SafeYaml(new SafeYaml.Limits(4L << 20, 0, 8));

  private final Path path;
  private final SortedMap<String, Digest> images;

  private LockFile(Path path, SortedMap<String, Digest> images) {
    this.path = path;
    this.images = images;
  }

  /** An empty lock file that would be written at {@code path}. */
  public static LockFile empty(Path path) {
    return new LockFile(path, new TreeMap<>());
  }

  /** Reads {@code path}; a missing file is an empty lock. */
  public static LockFile read(Path path) throws InputException {
    if (!Files.exists(path)) {
      return empty(path);
    }
    String name = path.toString();
    List<Node> docs = YAML.loadAll(path);
    SortedMap<String, Digest> images = new TreeMap<>();
    if (docs.isEmpty()) {
      return new LockFile(path, images);
    }
    if (docs.size() > 1) {
      throw new InputException(name, YamlNodes.line(docs.get(1)), "a lock file has one document");
    }
    Map<String, Node> top = YamlNodes.mapping(name, docs.get(0), "the lock file",
        Set.of("version", "images"));
    Node version = top.get("version");
    if (version == null || !YamlNodes.scalar(name, version, "version").equals("1")) {
      throw new InputException(name, version == null ? 1 : YamlNodes.line(version),
          "unsupported lock file version (this harden reads version " + VERSION + ")");
    }
    Node list = top.get("images");
    if (list != null) {
      for (Map.Entry<String, Node> e
          : YamlNodes.mapping(name, list, "images", Set.of()).entrySet()) {
        images.put(checkKey(name, e.getKey(), e.getValue()), checkDigest(name, e.getValue()));
      }
    }
    return new LockFile(path, images);
  }

  private static String checkKey(String name, String key, Node at) throws InputException {
    try {
      ImageReference ref = ImageReference.parse(key);
      if (ref.digest() != null || !key(ref).equals(key)) {
        throw new IllegalArgumentException("write it as " + key(ref));
      }
      return key;
    } catch (IllegalArgumentException e) {
      throw new InputException(name, YamlNodes.line(at), "bad image reference '" + key + "': "
          + e.getMessage());
    }
  }

  private static Digest checkDigest(String name, Node value) throws InputException {
    String text = YamlNodes.scalar(name, value, "a digest");
    try {
      return Digest.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InputException(name, YamlNodes.line(value), "bad digest '" + text + "': "
          + e.getMessage());
    }
  }

  /** The key of a reference: registry, repository and tag ({@code latest} when none). */
  public static String key(ImageReference ref) {
    return ref.registry() + "/" + ref.repository() + ":" + (ref.tag() == null ? "latest"
        : ref.tag());
  }

  public Path path() {
    return path;
  }

  public Optional<Digest> digest(ImageReference ref) {
    return Optional.ofNullable(images.get(key(ref)));
  }

  /** Every pinned reference, sorted. */
  public SortedMap<String, Digest> images() {
    return java.util.Collections.unmodifiableSortedMap(images);
  }

  /** A copy with one more (or a changed) entry. */
  public LockFile with(ImageReference ref, Digest digest) {
    SortedMap<String, Digest> copy = new TreeMap<>(images);
    copy.put(key(ref), digest);
    return new LockFile(path, copy);
  }

  /** The file's text. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("# harden.lock: the digest each base image tag is pinned to.\n")
        .append("# Written by `harden fix --lock-write`, read by `harden fix`, so pinning needs the")
        .append(" network once.\n")
        .append("# Delete an entry to resolve its tag again.\n")
        .append("version: ").append(VERSION).append('\n')
        .append("images:");
    if (images.isEmpty()) {
      out.append(" {}");
    }
    out.append('\n');
    for (Map.Entry<String, Digest> e : images.entrySet()) {
      out.append("  \"").append(e.getKey()).append("\": \"").append(e.getValue()).append("\"\n");
    }
    return out.toString();
  }
}
