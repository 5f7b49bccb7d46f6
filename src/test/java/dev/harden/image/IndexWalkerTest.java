package dev.harden.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.io.Digest;
import dev.harden.io.InputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Index walking against a fetcher that does not verify digests (content addressing makes a real
 * loop impossible; a broken or hostile source can still claim one).
 */
class IndexWalkerTest {

  static final Digest SELF = Digest.sha256("self".getBytes(StandardCharsets.UTF_8));

  static byte[] indexNaming(Digest child) {
    return ("{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_INDEX + "\",\"manifests\":[{"
        + "\"mediaType\":\"" + MediaTypes.OCI_INDEX + "\",\"digest\":\"" + child + "\",\"size\":1}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aManifestListPointingAtItselfIsRefused() {
    IndexWalker.Fetch lying = new IndexWalker.Fetch() {
      @Override
      public byte[] manifest(Descriptor d) {
        return indexNaming(SELF);
      }

      @Override
      public byte[] config(Descriptor d) {
        throw new AssertionError("not reached");
      }
    };
    assertThatThrownBy(() -> IndexWalker.select(indexNaming(SELF), SELF, lying,
            Platform.LINUX_AMD64, ImageLimits.DEFAULTS, "reg/app:loop"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("index loop");
  }

  @Test
  void deepNestingIsCappedByMaxIndexDepth() {
    int[] n = {0};
    IndexWalker.Fetch deeper = new IndexWalker.Fetch() {
      @Override
      public byte[] manifest(Descriptor d) {
        return indexNaming(Digest.sha256(("level" + (++n[0])).getBytes(StandardCharsets.UTF_8)));
      }

      @Override
      public byte[] config(Descriptor d) {
        throw new AssertionError("not reached");
      }
    };
    assertThatThrownBy(() -> IndexWalker.select(indexNaming(SELF), null, deeper,
            Platform.LINUX_AMD64, ImageLimits.DEFAULTS, "layout"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("maxIndexDepth");
    assertThat(n[0]).isLessThanOrEqualTo(ImageLimits.DEFAULTS.maxIndexDepth());
  }
}
