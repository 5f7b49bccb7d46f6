package dev.harden.image.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.image.BlobFetcher;
import dev.harden.image.BlobImage;
import dev.harden.image.Descriptor;
import dev.harden.image.Image;
import dev.harden.image.ImageConfig;
import dev.harden.image.ImageJson;
import dev.harden.image.ImageLimits;
import dev.harden.image.Manifest;
import dev.harden.image.MediaTypes;
import dev.harden.io.Compression;
import dev.harden.io.Digest;
import dev.harden.io.DigestingInputStream;
import dev.harden.io.InputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code docker save} archive through its {@code manifest.json}: the Docker 25+ layout
 * ({@code blobs/sha256/<hex>}) and the legacy one ({@code <id>/layer.tar}, often symlinks to each
 * other, and {@code <hex>.json} configs). A registry-style manifest is synthesised for it, as
 * docker does, so that the image has a digest and every source looks the same afterwards.
 */
final class DockerArchive {

  private static final Pattern DIGEST_NAME =
      Pattern.compile("(?:^|/)(?:blobs/sha256/)?([a-f0-9]{64})(?:\\.json)?$");

  private DockerArchive() {}

  static boolean looksLike(BlobSource blobs) throws IOException {
    return blobs.size("manifest.json").isPresent();
  }

  static Image read(BlobSource blobs, String source, ImageLimits limits, Closeable onClose)
      throws InputException, IOException {
    String where = blobs.describe("manifest.json");
    JsonNode doc = ImageJson.tree(
        OciLayout.readNamed(blobs, "manifest.json", limits.maxManifestBytes()), where);
    if (!doc.isArray() || doc.isEmpty() || !doc.get(0).isObject()) {
      throw new InputException(where, "expected a non-empty array of images");
    }
    JsonNode entry = doc.get(0);
    String configName = ImageJson.text(entry, "Config");
    JsonNode layerNames = entry.get("Layers");
    if (configName == null || layerNames == null || !layerNames.isArray()) {
      throw new InputException(where, "the first image has no Config or Layers");
    }
    if (layerNames.size() > limits.maxLayers()) {
      throw new InputException(where, "image has " + layerNames.size()
          + " layers, more than the " + limits.maxLayers() + " allowed (limit maxLayers)");
    }
    byte[] rawConfig = OciLayout.readNamed(blobs, configName, limits.maxConfigBytes());
    Digest configDigest = Digest.sha256(rawConfig);
    Digest named = digestInName(configName);
    if (named != null && !named.equals(configDigest)) {
      throw new InputException(blobs.describe(configName), "digest mismatch: the name says "
          + named + ", content has " + configDigest);
    }
    ImageConfig config = ImageJson.config(rawConfig, blobs.describe(configName));
    if (config.diffIds().size() != layerNames.size()) {
      throw new InputException(where, "lists " + layerNames.size()
          + " layers but the config has " + config.diffIds().size() + " diff ids");
    }
    Map<Digest, String> names = new HashMap<>();
    names.put(configDigest, configName);
    List<Descriptor> layers = new ArrayList<>();
    for (int i = 0; i < layerNames.size(); i++) {
      String name = layerNames.get(i).asText();
      layers.add(describeLayer(blobs, name, config.diffIds().get(i), names));
    }
    Manifest manifest = new Manifest(2, MediaTypes.DOCKER_MANIFEST,
        new Descriptor(MediaTypes.DOCKER_CONFIG, configDigest, rawConfig.length), layers, null);
    byte[] rawManifest = synthesise(manifest);
    BlobFetcher fetcher = d -> {
      String name = names.get(d.digest());
      if (name == null) {
        throw new NoSuchFileException(source + ": no archive entry for " + d.digest());
      }
      return blobs.open(name);
    };
    return BlobImage.create(source, Digest.sha256(rawManifest), rawManifest, manifest, fetcher,
        limits, onClose);
  }

  private static Descriptor describeLayer(BlobSource blobs, String name, Digest diffId,
      Map<Digest, String> names) throws InputException, IOException {
    OptionalLong size = blobs.size(name);
    if (size.isEmpty()) {
      throw new InputException(blobs.describe("manifest.json"), "names layer " + name
          + ", which is missing from the archive");
    }
    Compression compression;
    try (InputStream in = blobs.open(name)) {
      byte[] head = in.readNBytes(4);
      compression = Compression.sniff(head, head.length);
    }
    Digest digest = name.startsWith("blobs/") ? digestInName(name) : null;
    if (digest == null) {
      // legacy layout: the stored tar is the uncompressed layer, so its digest is the diff id;
      // anything else is hashed now
      digest = compression == Compression.NONE ? diffId : hash(blobs, name);
    }
    names.put(digest, name);
    String mediaType = switch (compression) {
      case GZIP -> MediaTypes.DOCKER_LAYER_GZIP;
      case ZSTD -> MediaTypes.OCI_LAYER_ZSTD;
      case NONE -> MediaTypes.DOCKER_LAYER;
    };
    return new Descriptor(mediaType, digest, size.getAsLong());
  }

  private static Digest hash(BlobSource blobs, String name) throws IOException {
    try (DigestingInputStream in = DigestingInputStream.sha256(blobs.open(name))) {
      in.drain();
      return in.digest();
    }
  }

  static Digest digestInName(String name) {
    Matcher m = DIGEST_NAME.matcher(name);
    return m.find() ? new Digest("sha256", m.group(1)) : null;
  }

  private static byte[] synthesise(Manifest m) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("schemaVersion", 2);
    root.put("mediaType", m.mediaType());
    root.set("config", descriptor(f, m.config()));
    ArrayNode layers = root.putArray("layers");
    for (Descriptor d : m.layers()) {
      layers.add(descriptor(f, d));
    }
    try {
      return JsonMapper.builder().build().writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode descriptor(JsonNodeFactory f, Descriptor d) {
    ObjectNode o = f.objectNode();
    o.put("mediaType", d.mediaType());
    o.put("size", d.size());
    o.put("digest", d.digest().toString());
    return o;
  }
}
