package dev.harden.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fuzzes the decompressor (gzip, zstd, plain, told from the bytes) and the tar reader behind it:
 * every header and every content byte is read; the only failure allowed is an {@link IOException}
 * (corrupt, truncated, over a limit). Every name that comes out is normalised and inside the root.
 * Regression inputs: {@code TarFuzzTestInputs/}; see docs/fuzzing.md.
 */
class TarFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void readLayer(byte[] bytes) {
    Budget plainBytes = Budget.ofBytes(64L << 20, "maxUncompressedBytes");
    Budget entries = Budget.ofCount(10_000, "maxEntries");
    try (InputStream plain = Decompressor.open(new ByteArrayInputStream(bytes), plainBytes, 250,
            "fuzz").stream();
        SafeTarReader tar = new SafeTarReader(plain, entries, 4096, "fuzz")) {
      byte[] buffer = new byte[8192];
      for (TarEntry e = tar.next(); e != null; e = tar.next()) {
        if (e.path() != null) {
          assertThat(e.path()).startsWith("/").doesNotContain("/../").doesNotContain("\0");
          assertThat(TarPaths.normalize(e.path())).isEqualTo(e.path());
        } else {
          assertThat(e.problem()).isNotNull();
        }
        InputStream content = e.kind() == TarEntry.Kind.REGULAR ? tar.content() : null;
        while (content != null && content.read(buffer) > 0) {
          // every content byte passes the bomb guards
        }
      }
    } catch (IOException expected) {
      // corrupt, truncated or over a limit: the message names the source
      assertThat(expected.getMessage()).isNotNull();
    }
  }
}
