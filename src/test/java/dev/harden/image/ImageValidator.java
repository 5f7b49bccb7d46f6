package dev.harden.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.io.Budget;
import dev.harden.io.Decompressor;
import dev.harden.io.Digest;
import dev.harden.io.DigestingInputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Checks that everything an {@link Image} says is consistent with its bytes (the ggcr
 * {@code validate} idea): manifest digest, config digest and size, layer digests, sizes and diff
 * ids. Every {@code Image} implementation's tests run it.
 */
public final class ImageValidator {

  private ImageValidator() {}

  public static void validate(Image image) throws IOException {
    assertThat(Digest.sha256(image.rawManifest())).as("manifest digest").isEqualTo(image.digest());
    Manifest m = image.manifest();
    assertThat(Digest.sha256(image.rawConfig())).as("config digest")
        .isEqualTo(m.config().digest());
    assertThat((long) image.rawConfig().length).as("config size").isEqualTo(m.config().size());
    assertThat(image.layers()).hasSize(m.layers().size());
    assertThat(image.config().diffIds()).hasSize(m.layers().size());
    for (int i = 0; i < image.layers().size(); i++) {
      Layer l = image.layers().get(i);
      assertThat(l.digest()).isEqualTo(m.layers().get(i).digest());
      assertThat(l.size()).isEqualTo(m.layers().get(i).size());
      assertThat(l.diffId()).isEqualTo(image.config().diffIds().get(i));
      try (DigestingInputStream stored = DigestingInputStream.sha256(l.compressed())) {
        DigestingInputStream plain = DigestingInputStream.sha256(Decompressor.open(stored,
            Budget.ofBytes(Long.MAX_VALUE, "test"), Integer.MAX_VALUE, "layer").stream());
        plain.transferTo(OutputStream.nullOutputStream());
        stored.transferTo(OutputStream.nullOutputStream());
        assertThat(stored.digest()).as("layer %d digest", i).isEqualTo(l.digest());
        assertThat(stored.count()).as("layer %d size", i).isEqualTo(l.size());
        assertThat(plain.digest()).as("layer %d diff id", i).isEqualTo(l.diffId());
      }
    }
  }
}
