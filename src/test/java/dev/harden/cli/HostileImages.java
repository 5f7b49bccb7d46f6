package dev.harden.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.image.MediaTypes;
import dev.harden.image.TarBuilder;
import dev.harden.image.TestImages;
import dev.harden.io.Digest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Hostile images for {@link HostileInputTest}, built with {@link TarBuilder} and {@link TestImages}
 * into a case directory: unsafe tar names and links, lying manifests and indexes (bombs and broken
 * streams are in {@link HostileStreams}).
 * Every name meant to escape the image carries {@link HostileInputs#MARKER}, so the test can look
 * for it on the host afterwards.
 */
final class HostileImages {

  static final String PWNED = HostileInputs.MARKER;

  private HostileImages() {}

  static TarBuilder osRelease() {
    return TarBuilder.layer().file("/etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n");
  }

  /** An OCI layout directory with one layer. */
  static Path oneLayer(Path dir, TarBuilder layer) throws IOException {
    return TestImages.image().layer(layer).ociDir(dir.resolve("image"));
  }

  static Path dotdotName(Path dir) throws IOException {
    return oneLayer(dir, osRelease().raw("../../../../../../tmp/" + PWNED, TarConstants.LF_NORMAL,
        "x".getBytes(UTF_8), null));
  }

  static Path absoluteName(Path dir) throws IOException {
    return oneLayer(dir, osRelease().raw("/tmp/" + PWNED + "-absolute", TarConstants.LF_NORMAL,
        "x".getBytes(UTF_8), null));
  }

  static Path nulName(Path dir) throws IOException {
    // a PAX path record can hold a NUL that the ustar name field cannot
    // (longer than the 100-byte ustar field, so TarBuilder writes it as a PAX record)
    return oneLayer(dir, osRelease().raw("etc/" + "d".repeat(100) + "/" + PWNED
        + "\0/../../../../../../../x", TarConstants.LF_NORMAL, "x".getBytes(UTF_8), null));
  }

  static Path invalidUtf8Name(Path dir) throws IOException {
    // written as ISO-8859-1 bytes in the ustar name field: 0xff 0xfe are not UTF-8
    byte[] tar = osRelease().tar();
    byte[] extra = TarBuilder.layer().raw("etc/bad-\u00ff\u00fe-name", TarConstants.LF_NORMAL,
        "x".getBytes(UTF_8), null).tar();
    byte[] raw = latin1Names(extra);
    byte[] joined = Arrays.copyOf(tar, tar.length - 1024 + raw.length);
    System.arraycopy(raw, 0, joined, tar.length - 1024, raw.length);
    return TestImages.image().layer(TarBuilder.gzip(joined), joined, MediaTypes.OCI_LAYER_GZIP)
        .ociDir(dir.resolve("image"));
  }

  /** Rewrites a single-entry tar so its name is Latin-1 bytes, with the header checksum fixed. */
  private static byte[] latin1Names(byte[] tar) {
    // TarBuilder writes non-ASCII names as a PAX record; drop it and put Latin-1 in the name field
    byte[] out = tar.clone();
    int header = 0;
    if (out[156] == 'x') { // PAX extended header first: skip it and its data blocks
      long size = Long.parseLong(new String(out, 124, 11, UTF_8).trim(), 8);
      header = (int) (512 + ((size + 511) / 512) * 512);
    }
    byte[] name = "etc/bad-\u00ff\u00fe-name".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Arrays.fill(out, header, header + 100, (byte) 0);
    System.arraycopy(name, 0, out, header, name.length);
    Arrays.fill(out, header + 148, header + 156, (byte) ' ');
    long sum = 0;
    for (int i = header; i < header + 512; i++) {
      sum += out[i] & 0xff;
    }
    byte[] chk = String.format("%06o\0 ", sum).getBytes(UTF_8);
    System.arraycopy(chk, 0, out, header + 148, 8);
    return Arrays.copyOfRange(out, header, out.length);
  }

  static Path longName(Path dir) throws IOException {
    return oneLayer(dir, osRelease().raw("etc/" + "n".repeat(5000), TarConstants.LF_NORMAL,
        "x".getBytes(UTF_8), null));
  }

  static Path symlinkEscape(Path dir) throws IOException {
    return oneLayer(dir, osRelease().raw("var/lib/dpkg", TarConstants.LF_SYMLINK, null,
        "../../../../../../tmp/" + PWNED + "-dpkg"));
  }

  static Path symlinkEscapeChained(Path dir) throws IOException {
    // each link alone stays inside; followed together they climb: a -> b/c, b -> ../.., then
    // a file written through the chain
    return oneLayer(dir, osRelease()
        .raw("opt/app/a", TarConstants.LF_SYMLINK, null, "b/../../../../../..")
        .raw("opt/app/b", TarConstants.LF_SYMLINK, null, "../../../../..")
        .raw("opt/app/a/tmp/" + PWNED + "-chained", TarConstants.LF_NORMAL,
            "x".getBytes(UTF_8), null));
  }

  static Path writeThroughSymlink(Path dir) throws IOException {
    return oneLayer(dir, osRelease().dir("/tmp")
        .raw("evil", TarConstants.LF_SYMLINK, null, "/tmp")
        .raw("evil/" + PWNED + "-through", TarConstants.LF_NORMAL, "x".getBytes(UTF_8), null));
  }

  static Path hardlinkEscape(Path dir) throws IOException {
    return oneLayer(dir, osRelease().raw("etc/shadow-copy", TarConstants.LF_LINK, null,
        "../../../../../../etc/shadow"));
  }

  static Path hardlinkChained(Path dir) throws IOException {
    // a hard link to a symlink that leaves the root, and a hard link to that hard link
    return oneLayer(dir, osRelease()
        .raw("etc/up", TarConstants.LF_SYMLINK, null, "../../../../../../etc/shadow")
        .raw("etc/h1", TarConstants.LF_LINK, null, "etc/up")
        .raw("etc/h2", TarConstants.LF_LINK, null, "etc/h1")
        .raw("etc/h3", TarConstants.LF_LINK, null, "etc/missing"));
  }

  static Path symlinkLoop(Path dir) throws IOException {
    return oneLayer(dir, osRelease()
        .raw("var/lib/dpkg", TarConstants.LF_SYMLINK, null, "/var/lib/dpkg2")
        .raw("var/lib/dpkg2", TarConstants.LF_SYMLINK, null, "/var/lib/dpkg")
        .raw("lib/apk/db/installed", TarConstants.LF_SYMLINK, null, "installed"));
  }

  static Path deviceFiles(Path dir) throws IOException {
    return oneLayer(dir, osRelease().charDevice("/dev/mem-copy").fifo("/run/pipe")
        .raw("dev/sda-copy", TarConstants.LF_BLK, null, null));
  }

  static Path duplicateEntries(Path dir) throws IOException {
    String first = "Package: first-copy\nStatus: install ok installed\nVersion: 1.0\n\n";
    String second = "Package: second-copy\nStatus: install ok installed\nVersion: 2.0\n\n";
    return oneLayer(dir, osRelease()
        .file("/var/lib/dpkg/status", first)
        .file("/etc/os-release", "ID=alpine\nVERSION_ID=3.20.0\n")
        .file("/var/lib/dpkg/status", second));
  }

  static Path layerDigestMismatch(Path dir) throws IOException {
    TarBuilder layer = osRelease();
    Path image = oneLayer(dir, layer);
    byte[] gz = layer.gzip();
    byte[] evil = TarBuilder.layer().file("/etc/os-release", "ID=evil\n").gzip();
    Files.write(image.resolve("blobs/sha256/" + Digest.sha256(gz).hex()),
        Arrays.copyOf(evil, gz.length)); // same size: only the digest can tell
    return image;
  }

  static Path layerSizeMismatch(Path dir) throws IOException {
    return TestImages.image().layer(osRelease()).editManifest(m ->
        ((ObjectNode) m.withArray("layers").get(0)).put("size", 20)).ociDir(dir.resolve("image"));
  }

  static Path diffIdMismatch(Path dir) throws IOException {
    return TestImages.image().layer(osRelease()).editConfig(c ->
        ((ArrayNode) c.path("rootfs").path("diff_ids")).set(0,
            Digest.sha256(new byte[] {1}).toString())).ociDir(dir.resolve("image"));
  }

  static Path missingBlob(Path dir) throws IOException {
    TarBuilder layer = osRelease();
    Path image = oneLayer(dir, layer);
    Files.delete(image.resolve("blobs/sha256/" + Digest.sha256(layer.gzip()).hex()));
    return image;
  }

  /** An index whose only entry names a blob that holds the same index again. */
  static Path indexPointingAtItself(Path dir) throws IOException {
    Path image = oneLayer(dir, osRelease());
    String fake = "sha256:" + "ab".repeat(32);
    String index = "{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_INDEX
        + "\",\"manifests\":[{\"mediaType\":\"" + MediaTypes.OCI_INDEX + "\",\"digest\":\"" + fake
        + "\",\"size\":%d}]}";
    String body = String.format(index, 0);
    while (body.length() != Integer.parseInt(body.replaceAll("(?s).*\"size\":(\\d+).*", "$1"))) {
      body = String.format(index, body.length());
    }
    Files.writeString(image.resolve("blobs/sha256/" + fake.substring(7)), body);
    Files.writeString(image.resolve("index.json"), body);
    return image;
  }

  /** Indexes nested five deep (each correctly addressed), one more than allowed. */
  static Path indexesTooDeep(Path dir) throws IOException {
    Path image = oneLayer(dir, osRelease());
    String child = Files.readString(image.resolve("index.json"));
    for (int i = 0; i < 5; i++) {
      Digest d = TestImages.writeBlob(image, child.getBytes(UTF_8));
      child = "{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_INDEX
          + "\",\"manifests\":[{\"mediaType\":\"" + MediaTypes.OCI_INDEX + "\",\"digest\":\"" + d
          + "\",\"size\":" + child.getBytes(UTF_8).length + "}]}";
    }
    Files.writeString(image.resolve("index.json"), child);
    return image;
  }

  static Path hundredMegabyteConfig(Path dir) throws IOException {
    TestImages img = TestImages.image().layer(osRelease());
    Path image = img.ociDir(dir.resolve("image"));
    Path big = image.resolve("big-config.tmp");
    java.security.MessageDigest sha;
    try {
      sha = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long size = 100L << 20;
    try (OutputStream out = new java.security.DigestOutputStream(Files.newOutputStream(big), sha)) {
      out.write('{');
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (long written = 1; written < size - 1; written += spaces.length) {
        out.write(spaces, 0, (int) Math.min(spaces.length, size - 1 - written));
      }
      out.write('}');
    }
    String hex = java.util.HexFormat.of().formatHex(sha.digest());
    Files.move(big, image.resolve("blobs/sha256/" + hex));
    byte[] manifest = img.editManifest(m -> ((ObjectNode) m.get("config"))
        .put("digest", "sha256:" + hex).put("size", size)).manifestBytes(img.configBytes());
    pointIndexAt(image, manifest);
    return image;
  }

  static void pointIndexAt(Path image, byte[] manifest) throws IOException {
    Digest md = TestImages.writeBlob(image, manifest);
    Files.writeString(image.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[{"
        + "\"mediaType\":\"" + MediaTypes.OCI_MANIFEST + "\",\"digest\":\"" + md + "\",\"size\":"
        + manifest.length + "}]}");
  }

  static Path tenThousandLayers(Path dir) throws IOException {
    byte[] tiny = TarBuilder.layer().file("/same", "x").tar();
    byte[] gz = TarBuilder.gzip(tiny);
    TestImages img = TestImages.image();
    for (int i = 0; i < 10_000; i++) {
      img.layer(gz, tiny, MediaTypes.OCI_LAYER_GZIP);
    }
    return img.ociDir(dir.resolve("image"));
  }

  static Path unknownManifestMediaType(Path dir) throws IOException {
    TestImages img = TestImages.image().layer(osRelease())
        .editManifest(m -> m.put("mediaType", "application/vnd.evil.manifest.v9+json"));
    Path image = img.ociDir(dir.resolve("image"));
    byte[] manifest = img.manifestBytes(img.configBytes());
    Files.writeString(image.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[{"
        + "\"mediaType\":\"application/vnd.evil.manifest.v9+json\",\"digest\":\""
        + Digest.sha256(manifest) + "\",\"size\":" + manifest.length + "}]}");
    return image;
  }

  /** The index calls it an OCI manifest; the document itself declares another media type. */
  static Path manifestDeclaringUnknownMediaType(Path dir) throws IOException {
    TestImages img = TestImages.image().layer(osRelease())
        .editManifest(m -> m.put("mediaType", "application/vnd.evil.manifest.v9+json"));
    Path image = img.ociDir(dir.resolve("image"));
    pointIndexAt(image, img.manifestBytes(img.configBytes()));
    return image;
  }

  static Path deepJsonIndex(Path dir) throws IOException {
    Path image = oneLayer(dir, osRelease());
    Files.writeString(image.resolve("index.json"), "[".repeat(100_000) + "]".repeat(100_000));
    return image;
  }

  /** A legacy docker-archive whose manifest.json names a host file as its layer. */
  static Path legacyLayerPathTraversal(Path dir) throws IOException {
    Path work = Files.createDirectories(dir.resolve("legacy"));
    TestImages img = TestImages.image().layer(osRelease());
    byte[] config = img.configBytes();
    Digest cd = Digest.sha256(config);
    Files.write(work.resolve(cd.hex() + ".json"), config);
    Files.writeString(work.resolve("manifest.json"), "[{\"Config\":\"" + cd.hex()
        + ".json\",\"RepoTags\":[\"x:1\"],\"Layers\":[\"../../../../../../etc/passwd\"]}]");
    Path tar = dir.resolve("legacy.tar");
    tarDirectory(work, tar);
    return tar;
  }

  /** An OCI layout directory whose layer blob is a symlink to a file of the host. */
  static Path blobSymlinkToHost(Path dir) throws IOException {
    TarBuilder layer = osRelease();
    Path image = oneLayer(dir, layer);
    Path blob = image.resolve("blobs/sha256/" + Digest.sha256(layer.gzip()).hex());
    Files.delete(blob);
    Files.createSymbolicLink(blob, Path.of("/etc/passwd"));
    return image;
  }

  /** A docker-archive tar with an extra entry that climbs out, next to a good image. */
  static Path archiveWithDotdotEntry(Path dir) throws IOException {
    Path tar = TestImages.image().layer(osRelease()).ociTar(dir.resolve("image.tar"));
    byte[] extra = TarBuilder.layer().raw("../../../../../../tmp/" + PWNED + "-archive",
        TarConstants.LF_NORMAL, "x".getBytes(UTF_8), null).tar();
    byte[] original = Files.readAllBytes(tar);
    // insert before the original's end-of-archive blocks
    int end = original.length;
    while (end >= 512 && isZeroBlock(original, end - 512)) {
      end -= 512;
    }
    byte[] joined = Arrays.copyOf(original, end + extra.length);
    System.arraycopy(extra, 0, joined, end, extra.length);
    Files.write(tar, joined);
    return tar;
  }

  private static boolean isZeroBlock(byte[] b, int at) {
    for (int i = at; i < at + 512; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  static void tarDirectory(Path dirToTar, Path file) throws IOException {
    TarBuilder t = TarBuilder.layer();
    try (var walk = Files.walk(dirToTar)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        t.file(dirToTar.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    Files.write(file, t.tar());
  }
}
