package dev.harden.image;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.io.Digest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Builds whole images in tests from {@link TarBuilder} layers, as OCI layout directories, OCI
 * layout tars and legacy docker-archives. Hooks let a test corrupt one part (a diff id, the
 * manifest) to check that readers refuse it.
 */
public final class TestImages {

  static final ObjectMapper JSON = new ObjectMapper();

  private final List<byte[]> stored = new ArrayList<>();
  private final List<byte[]> plain = new ArrayList<>();
  private final List<String> mediaTypes = new ArrayList<>();
  private Consumer<ObjectNode> configEdit = c -> {};
  private Consumer<ObjectNode> manifestEdit = m -> {};
  private String user;

  public static TestImages image() {
    return new TestImages();
  }

  public TestImages layer(TarBuilder tar) {
    byte[] t = tar.tar();
    return layer(TarBuilder.gzip(t), t, MediaTypes.OCI_LAYER_GZIP);
  }

  public TestImages zstdLayer(TarBuilder tar) {
    byte[] t = tar.tar();
    return layer(TarBuilder.zstd(t), t, MediaTypes.OCI_LAYER_ZSTD);
  }

  public TestImages plainLayer(TarBuilder tar) {
    byte[] t = tar.tar();
    return layer(t, t, MediaTypes.OCI_LAYER);
  }

  /** A layer from its stored bytes and the uncompressed tar (whose sha256 is the diff id). */
  public TestImages layer(byte[] storedBytes, byte[] tar, String mediaType) {
    stored.add(storedBytes);
    plain.add(tar);
    mediaTypes.add(mediaType);
    return this;
  }

  public TestImages user(String u) {
    this.user = u;
    return this;
  }

  public TestImages editConfig(Consumer<ObjectNode> edit) {
    this.configEdit = edit;
    return this;
  }

  public TestImages editManifest(Consumer<ObjectNode> edit) {
    this.manifestEdit = edit;
    return this;
  }

  public byte[] configBytes() throws IOException {
    ObjectNode c = JSON.createObjectNode();
    c.put("architecture", "amd64");
    c.put("os", "linux");
    ObjectNode cc = c.putObject("config");
    if (user != null) {
      cc.put("User", user);
    }
    cc.putArray("Env").add("PATH=/usr/local/bin:/usr/bin:/bin");
    ObjectNode rootfs = c.putObject("rootfs");
    rootfs.put("type", "layers");
    ArrayNode ids = rootfs.putArray("diff_ids");
    ArrayNode history = c.putArray("history");
    java.util.Map<byte[], String> ids0 = new java.util.IdentityHashMap<>();
    for (int i = 0; i < plain.size(); i++) {
      ids.add(ids0.computeIfAbsent(plain.get(i), p -> Digest.sha256(p).toString()));
      history.addObject().put("created_by", "RUN step " + (i + 1));
    }
    configEdit.accept(c);
    return JSON.writeValueAsBytes(c);
  }

  public byte[] manifestBytes(byte[] config) throws IOException {
    ObjectNode m = JSON.createObjectNode();
    m.put("schemaVersion", 2);
    m.put("mediaType", MediaTypes.OCI_MANIFEST);
    m.set("config", descriptor(MediaTypes.OCI_CONFIG, config));
    ArrayNode ls = m.putArray("layers");
    for (int i = 0; i < stored.size(); i++) {
      ls.add(descriptor(mediaTypes.get(i), stored.get(i)));
    }
    manifestEdit.accept(m);
    return JSON.writeValueAsBytes(m);
  }

  static ObjectNode descriptor(String mediaType, byte[] blob) {
    ObjectNode d = JSON.createObjectNode();
    d.put("mediaType", mediaType);
    d.put("digest", Digest.sha256(blob).toString());
    d.put("size", blob.length);
    return d;
  }

  /** Writes an OCI layout directory; returns it. */
  public Path ociDir(Path dir) throws IOException {
    byte[] config = configBytes();
    byte[] manifest = manifestBytes(config);
    Files.createDirectories(dir.resolve("blobs/sha256"));
    writeBlob(dir, config);
    writeBlob(dir, manifest);
    for (byte[] b : stored) {
      writeBlob(dir, b);
    }
    ObjectNode index = JSON.createObjectNode();
    index.put("schemaVersion", 2);
    index.put("mediaType", MediaTypes.OCI_INDEX);
    index.putArray("manifests").add(descriptor(MediaTypes.OCI_MANIFEST, manifest));
    Files.write(dir.resolve("index.json"), JSON.writeValueAsBytes(index));
    Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
    return dir;
  }

  public static Digest writeBlob(Path layout, byte[] blob) throws IOException {
    Digest d = Digest.sha256(blob);
    Files.createDirectories(layout.resolve("blobs/sha256"));
    Path file = layout.resolve("blobs/sha256/" + d.hex());
    if (!Files.exists(file)) {
      Files.write(file, blob);
    }
    return d;
  }

  /** Writes an OCI layout as a tar file. */
  public Path ociTar(Path file) throws IOException {
    Path dir = Files.createTempDirectory(file.getParent(), "layout");
    ociDir(dir);
    tarDirectory(dir, file);
    return file;
  }

  /** Writes a legacy docker-archive: {@code <n>/layer.tar}, {@code <hex>.json}, manifest.json. */
  public Path legacyDockerArchive(Path file) throws IOException {
    Path dir = Files.createTempDirectory(file.getParent(), "legacy");
    byte[] config = configBytes();
    Digest cd = Digest.sha256(config);
    Files.write(dir.resolve(cd.hex() + ".json"), config);
    ArrayNode layers = JSON.createArrayNode();
    for (int i = 0; i < plain.size(); i++) {
      String id = Digest.sha256(plain.get(i)).hex();
      Files.createDirectories(dir.resolve(id));
      Files.write(dir.resolve(id + "/layer.tar"), plain.get(i));
      layers.add(id + "/layer.tar");
    }
    ArrayNode manifest = JSON.createArrayNode();
    ObjectNode entry = manifest.addObject();
    entry.put("Config", cd.hex() + ".json");
    entry.putArray("RepoTags").add("test/image:latest");
    entry.set("Layers", layers);
    Files.write(dir.resolve("manifest.json"), JSON.writeValueAsBytes(manifest));
    tarDirectory(dir, file);
    return file;
  }

  static void tarDirectory(Path dir, Path file) throws IOException {
    List<Path> files;
    try (var walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    try (OutputStream os = Files.newOutputStream(file);
        TarArchiveOutputStream out = new TarArchiveOutputStream(os)) {
      out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      for (Path p : files) {
        TarArchiveEntry e = new TarArchiveEntry(p.toFile(), dir.relativize(p).toString());
        out.putArchiveEntry(e);
        Files.copy(p, out);
        out.closeArchiveEntry();
      }
    }
  }

  /** An OCI layout whose index.json names an index of an amd64 and an arm64 image. */
  public static Path multiPlatformLayout(Path dir) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode index = json.createObjectNode();
    index.put("schemaVersion", 2);
    index.put("mediaType", MediaTypes.OCI_INDEX);
    var manifests = index.putArray("manifests");
    for (String arch : List.of("amd64", "arm64")) {
      TestImages img = TestImages.image()
          .layer(TarBuilder.layer().file("/etc/arch", arch + "\n"))
          .editConfig(c -> c.put("architecture", arch));
      byte[] config = img.configBytes();
      byte[] manifest = img.manifestBytes(config);
      TestImages.writeBlob(dir, config);
      TestImages.writeBlob(dir, manifest);
      TestImages.writeBlob(dir, TarBuilder.gzip(TarBuilder.layer().file("/etc/arch", arch + "\n")
          .tar()));
      ObjectNode d = manifests.addObject();
      d.put("mediaType", MediaTypes.OCI_MANIFEST);
      d.put("digest", Digest.sha256(manifest).toString());
      d.put("size", manifest.length);
      d.putObject("platform").put("os", "linux").put("architecture", arch);
    }
    byte[] indexBytes = json.writeValueAsBytes(index);
    Digest id = TestImages.writeBlob(dir, indexBytes);
    ObjectNode top = json.createObjectNode();
    top.put("schemaVersion", 2);
    var entry = top.putArray("manifests").addObject();
    entry.put("mediaType", MediaTypes.OCI_INDEX);
    entry.put("digest", id.toString());
    entry.put("size", indexBytes.length);
    Files.write(dir.resolve("index.json"), json.writeValueAsBytes(top));
    Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
    return dir;
  }
}
