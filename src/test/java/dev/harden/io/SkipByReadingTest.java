package dev.harden.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Skipping a guarded stream reads the skipped bytes, so its guard still sees every byte. */
class SkipByReadingTest {

  private static final byte[] DATA = data(200_000);

  @Test
  void skippingPastTheLimitOfABoundedStreamFails() throws Exception {
    InputStream in = new BoundedInputStream(new ByteArrayInputStream(DATA), 100_000, "test blob");
    assertThat(in.skip(99_000)).isEqualTo(99_000);
    assertThatThrownBy(() -> in.skip(10_000)).isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("test blob");
  }

  @Test
  void skippedBytesAreHashedAndCheckedAtTheEnd() throws Exception {
    DigestingInputStream hashing = DigestingInputStream.sha256(new ByteArrayInputStream(DATA));
    assertThat(hashing.skip(150_000)).isEqualTo(150_000);
    assertThat(hashing.skip(150_000)).isEqualTo(50_000);
    assertThat(hashing.read()).isEqualTo(-1);
    assertThat(hashing.digest()).isEqualTo(Digest.sha256(DATA));
    assertThat(hashing.skip(0)).isZero();

    InputStream verifying = DigestingInputStream.verifying(new ByteArrayInputStream(DATA),
        Digest.sha256(new byte[] {1}), "layer");
    assertThatThrownBy(() -> verifying.skip(Long.MAX_VALUE))
        .isInstanceOf(DigestMismatchException.class);
  }

  @Test
  void skippedPlainBytesAreChargedToTheBudget() throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(DATA);
    }
    Budget budget = Budget.ofBytes(1L << 30, "maxImageBytes");
    InputStream plain = Decompressor.open(new ByteArrayInputStream(gz.toByteArray()), budget, 100,
        "layer.tar.gz").stream();
    assertThat(plain.skip(DATA.length + 1L)).isEqualTo(DATA.length);
    assertThat(budget.used()).isEqualTo(DATA.length);
  }

  private static byte[] data(int n) {
    byte[] b = new byte[n];
    new Random(7).nextBytes(b);
    return b;
  }
}
