package dev.harden.image.fs;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.harden.image.BlobImage;
import dev.harden.image.Descriptor;
import dev.harden.image.ImageJson;
import dev.harden.image.ImageLimits;
import dev.harden.image.Manifest;
import dev.harden.image.MediaTypes;
import dev.harden.io.Digest;
import dev.harden.io.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes the layered file tree with one uncompressed layer of fuzzer bytes (its diff id is its
 * digest, so every input reaches the tree code): it is built or refused with an {@link
 * InputException}; every entry's path is normalised, every lookup and symlink resolution stays in
 * the tree, and every kept file opens. Regression inputs: {@code LayerFuzzTestInputs/}.
 */
class LayerFuzzTest {

  private static final ImageLimits LIMITS = ImageLimits.DEFAULTS
      .withMaxUncompressedBytes(64L << 20).withMaxEntries(10_000).withInMemory(1 << 20, 8 << 20);

  @FuzzTest(maxDuration = "20s")
  void buildTree(byte[] tar) throws Exception {
    Digest digest = Digest.sha256(tar);
    byte[] config = ("{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\","
        + "\"diff_ids\":[\"" + digest + "\"]}}").getBytes(StandardCharsets.UTF_8);
    Descriptor configDescriptor = new Descriptor(MediaTypes.OCI_CONFIG, Digest.sha256(config),
        config.length);
    Descriptor layer = new Descriptor(MediaTypes.OCI_LAYER, digest, tar.length);
    Manifest manifest = new Manifest(2, MediaTypes.OCI_MANIFEST, configDescriptor, List.of(layer),
        Map.of());
    Map<Digest, byte[]> blobs = Map.of(digest, tar, configDescriptor.digest(), config);
    try (BlobImage image = BlobImage.create("fuzz", digest, new byte[0], manifest,
            d -> new ByteArrayInputStream(blobs.get(d.digest())), LIMITS, null);
        LayeredFileTree tree = LayeredFileTree.read(image, ContentSelector.ALL, LIMITS)) {
      for (FileEntry e : tree.entries().toList()) {
        assertThat(Symlinks.normalize(e.path())).isEqualTo(e.path());
        tree.resolve(e.path()).ifPresent(r -> assertThat(r.path()).startsWith("/"));
        if (e.type() == FileType.REGULAR || e.type() == FileType.HARDLINK) {
          try (InputStream in = tree.open(e)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
          } catch (IOException notKept) {
            // hard links to entries that were replaced can be unreadable; never a crash
          }
        }
      }
    } catch (InputException refused) {
      assertThat(refused.describe()).startsWith("fuzz");
    }
  }

}
