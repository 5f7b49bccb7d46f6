package dev.harden.image.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.image.Image;
import dev.harden.image.ImageLimits;
import dev.harden.image.ImageOptions;
import dev.harden.image.MediaTypes;
import dev.harden.image.TarBuilder;
import dev.harden.image.TestImages;
import dev.harden.image.source.ImageContents;
import dev.harden.image.source.ImageSources;
import dev.harden.io.Digest;
import dev.harden.io.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile layers: each gives a clear {@link InputException} naming the layer, or a note on the
 * entry, and nothing is written outside the private temp dir (which is gone afterwards).
 */
class HostileLayersTest {

  @TempDir Path tmp;

  private ImageOptions options() throws Exception {
    return ImageOptions.defaults().withTempDir(Files.createDirectories(tmp.resolve("work")));
  }

  private ImageContents read(TestImages image, ImageOptions opts) throws Exception {
    Path layout = image.ociDir(tmp.resolve("layout-" + System.nanoTime()));
    return ImageSources.read(layout.toString(), opts, ContentSelector.ALL);
  }

  private void assertWorkDirEmpty() throws Exception {
    try (Stream<Path> s = Files.list(tmp.resolve("work"))) {
      assertThat(s.toList()).as("private temp dirs are removed").isEmpty();
    }
  }

  @Test
  void traversalAbsoluteNamesAndEscapingLinksAreNotedAndNothingEscapes() throws Exception {
    Path pwned = Path.of("/tmp/harden-image-test-pwned");
    Files.deleteIfExists(pwned);
    TarBuilder layer = TarBuilder.layer()
        .raw("../../../../tmp/harden-image-test-pwned", TarConstants.LF_NORMAL,
            "x".getBytes(StandardCharsets.UTF_8), null)
        .raw("/etc/absolute", TarConstants.LF_NORMAL, "abs".getBytes(StandardCharsets.UTF_8),
            null)
        .file("/etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n")
        .raw("var/lib/dpkg", TarConstants.LF_SYMLINK, null, "/../../../../tmp")
        .raw("etc/shadow-link", TarConstants.LF_LINK, null, "../../etc/passwd")
        .charDevice("/dev/evil");
    try (ImageContents c = read(TestImages.image().layer(layer), options())) {
      assertThat(c.notes()).extracting(TreeNote::message)
          .anyMatch(m -> m.contains("path traversal"))
          .anyMatch(m -> m.contains("absolute name"))
          .anyMatch(m -> m.contains("symlink target leaves the image root"))
          .anyMatch(m -> m.contains("hard link target leaves the image root"))
          .anyMatch(m -> m.contains("device file"));
      assertThat(c.files().lookup("/etc/absolute")).isPresent();
      assertThat(c.files().lookup("/tmp/harden-image-test-pwned")).isEmpty();
      // the escaping symlink resolves inside the root: /tmp of the image, which does not exist
      assertThat(Symlinks.realPath(c.files(), "/var/lib/dpkg/status")).isEqualTo("/tmp/status");
      assertThat(c.files().lookup("/etc/shadow-link")).isEmpty();
      assertThat(c.files().lookup("/dev/evil").orElseThrow().type())
          .isEqualTo(FileType.CHAR_DEVICE);
      assertThat(c.os().orElseThrow().id()).isEqualTo("debian");
    }
    assertThat(pwned).doesNotExist();
    assertWorkDirEmpty();
  }

  @Test
  void gzipBombIsStoppedByTheRatioLimit() throws Exception {
    byte[] zeros = new byte[40 << 20];
    TarBuilder bomb = TarBuilder.layer().file("/zeros", zeros);
    assertThatThrownBy(() -> read(TestImages.image().layer(bomb), options()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("compression ratio above 250:1")
        .satisfies(e -> assertThat(((InputException) e).source()).contains("layer 1 (sha256:"));
    assertWorkDirEmpty();
  }

  @Test
  void zstdBombIsStoppedByTheRatioLimit() throws Exception {
    TarBuilder bomb = TarBuilder.layer().file("/zeros", new byte[40 << 20]);
    assertThatThrownBy(() -> read(TestImages.image().zstdLayer(bomb), options()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("compression ratio above");
  }

  @Test
  void totalUncompressedSizeIsLimited() throws Exception {
    byte[] noise = new byte[3 << 20];
    new Random(7).nextBytes(noise);
    ImageOptions small = options().withLimits(ImageLimits.DEFAULTS.withMaxUncompressedBytes(4 << 20));
    TestImages two = TestImages.image()
        .layer(TarBuilder.layer().file("/a", noise))
        .zstdLayer(TarBuilder.layer().file("/b", noise));
    assertThatThrownBy(() -> read(two, small))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("maxUncompressedBytes");
    assertWorkDirEmpty();
  }

  @Test
  void truncatedGzipAndZstdStreamsAreNamed() throws Exception {
    byte[] noise = new byte[1 << 20];
    new Random(3).nextBytes(noise);
    byte[] tar = TarBuilder.layer().file("/noise", noise).tar();
    for (String kind : new String[] {"gzip", "zstd"}) {
      byte[] full = kind.equals("gzip") ? TarBuilder.gzip(tar) : TarBuilder.zstd(tar);
      byte[] cut = Arrays.copyOf(full, full.length / 2);
      TestImages img = TestImages.image().layer(cut, tar, kind.equals("gzip")
          ? MediaTypes.OCI_LAYER_GZIP : MediaTypes.OCI_LAYER_ZSTD);
      assertThatThrownBy(() -> read(img, options()))
          .as(kind)
          .isInstanceOf(InputException.class)
          .hasMessageContaining(kind.equals("gzip") ? "truncated gzip" : "zstd");
    }
    assertWorkDirEmpty();
  }

  @Test
  void digestAndDiffIdMismatchesAreErrors() throws Exception {
    TarBuilder layer = TarBuilder.layer().file("/etc/hostname", "box\n");
    // stored bytes changed after the manifest was written
    Path layout = TestImages.image().layer(layer).ociDir(tmp.resolve("tampered"));
    byte[] gz = layer.gzip();
    Path blob = layout.resolve("blobs/sha256/" + Digest.sha256(gz).hex());
    byte[] evil = TarBuilder.gzip(TarBuilder.layer().file("/etc/hostname", "pwn\n").tar());
    Files.write(blob, Arrays.copyOf(evil, gz.length));
    assertThatThrownBy(() -> ImageSources.read(layout.toString(), options(), ContentSelector.ALL))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("digest mismatch");

    // config promising another diff id
    TestImages lying = TestImages.image().layer(layer).editConfig(c -> ((com.fasterxml.jackson
        .databind.node.ArrayNode) c.path("rootfs").path("diff_ids")).set(0,
        Digest.sha256(new byte[] {1}).toString()));
    assertThatThrownBy(() -> read(lying, options()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("diff id")
        .hasMessageContaining("digest mismatch");
    assertWorkDirEmpty();
  }

  @Test
  void missingBlobIsNamed() throws Exception {
    TarBuilder layer = TarBuilder.layer().file("/a", "a");
    Path layout = TestImages.image().layer(layer).ociDir(tmp.resolve("missing"));
    Digest d = Digest.sha256(layer.gzip());
    Files.delete(layout.resolve("blobs/sha256/" + d.hex()));
    assertThatThrownBy(() -> ImageSources.read(layout.toString(), options(), ContentSelector.ALL))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(d.toString())
        .hasMessageContaining("missing");
  }

  @Test
  void hundredMegabyteConfigIsRefusedBeforeReading() throws Exception {
    TestImages img = TestImages.image().layer(TarBuilder.layer().file("/a", "a"));
    Path layout = img.ociDir(tmp.resolve("bigconfig"));
    byte[] big = new byte[100 << 20];
    Arrays.fill(big, (byte) ' ');
    big[0] = '{';
    big[big.length - 1] = '}';
    Digest cd = TestImages.writeBlob(layout, big);
    // point the manifest at the huge config
    byte[] manifest = img.editManifest(m -> {
      var c = (com.fasterxml.jackson.databind.node.ObjectNode) m.get("config");
      c.put("digest", cd.toString());
      c.put("size", big.length);
    }).manifestBytes(img.configBytes());
    Digest md = TestImages.writeBlob(layout, manifest);
    Files.writeString(layout.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[{"
        + "\"mediaType\":\"" + MediaTypes.OCI_MANIFEST + "\",\"digest\":\"" + md + "\",\"size\":"
        + manifest.length + "}]}");
    assertThatThrownBy(() -> ImageSources.read(layout.toString(), options(), ContentSelector.ALL))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("maxConfigBytes");
  }

  @Test
  void tenThousandLayersHitTheLayerLimitAndReadWhenAllowed() throws Exception {
    byte[] tiny = TarBuilder.layer().file("/same", "x").tar();
    byte[] gz = TarBuilder.gzip(tiny);
    TestImages img = TestImages.image();
    for (int i = 0; i < 10_000; i++) {
      img.layer(gz, tiny, MediaTypes.OCI_LAYER_GZIP);
    }
    Path layout = img.ociDir(tmp.resolve("many"));
    assertThatThrownBy(() -> ImageSources.read(layout.toString(), options(), ContentSelector.NONE))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("10000 layers")
        .hasMessageContaining("maxLayers");
    ImageOptions many = options().withLimits(ImageLimits.DEFAULTS.withMaxLayers(20_000));
    long start = System.nanoTime();
    try (ImageContents c = ImageSources.read(layout.toString(), many, ContentSelector.NONE)) {
      System.err.printf("10000 layers read in %d ms%n", (System.nanoTime() - start) / 1_000_000);
      assertThat(c.layers()).hasSize(10_000);
      assertThat(c.files().lookup("/same").orElseThrow().layer()).isEqualTo(9_999);
    }
  }

  @Test
  void tooManyEntriesIsAnError() throws Exception {
    TarBuilder layer = TarBuilder.layer();
    for (int i = 0; i < 200; i++) {
      layer.file("/f" + i, "");
    }
    ImageOptions few = options().withLimits(ImageLimits.DEFAULTS.withMaxEntries(100));
    assertThatThrownBy(() -> read(TestImages.image().layer(layer), few))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("maxEntries");
  }

  @Test
  void spilledContentsLiveOnlyInThePrivateTempDirUntilClose() throws Exception {
    byte[] big = new byte[3 << 20];
    new Random(1).nextBytes(big);
    TestImages img = TestImages.image().layer(TarBuilder.layer().file("/big.bin", big)
        .file("/small.txt", "small"));
    try (ImageContents c = read(img, options())) {
      try (Stream<Path> s = Files.list(tmp.resolve("work"))) {
        assertThat(s.toList()).hasSize(1);
      }
      try (var in = c.files().open(c.files().lookup("/big.bin").orElseThrow())) {
        assertThat(in.readAllBytes()).isEqualTo(big);
      }
    }
    assertWorkDirEmpty();
  }

  @Test
  void imageIsClosedWhenTheTreeFails() throws Exception {
    byte[] zeros = new byte[40 << 20];
    Path layout = TestImages.image().layer(TarBuilder.layer().file("/z", zeros))
        .ociDir(tmp.resolve("bomb"));
    try (Image image = dev.harden.image.archive.ImageArchives.open(layout, options())) {
      assertThatThrownBy(() -> LayeredFileTree.read(image, ContentSelector.ALL, options()))
          .isInstanceOf(InputException.class);
    }
    assertWorkDirEmpty();
  }
}
