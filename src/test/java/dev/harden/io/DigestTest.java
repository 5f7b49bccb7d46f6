package dev.harden.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestTest {

  @Test
  void parsesOnlyWellFormedDigests() {
    Digest d = Digest.sha256("abc".getBytes(StandardCharsets.UTF_8));
    assertThat(d.toString())
        .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Digest.parse(d.toString())).isEqualTo(d);
    assertThatThrownBy(() -> Digest.parse("sha256:../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Digest.parse("md5:" + "a".repeat(32)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Digest.parse("sha256:" + "A".repeat(64)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verifyingStreamFailsAtTheEndOnMismatch() throws Exception {
    byte[] data = "layer".getBytes(StandardCharsets.UTF_8);
    try (DigestingInputStream ok = DigestingInputStream.verifying(new ByteArrayInputStream(data),
        Digest.sha256(data), "blob")) {
      ok.transferTo(OutputStream.nullOutputStream());
      assertThat(ok.count()).isEqualTo(data.length);
    }
    DigestingInputStream bad = DigestingInputStream.verifying(new ByteArrayInputStream(data),
        Digest.sha256(new byte[0]), "blob x");
    assertThatThrownBy(() -> bad.transferTo(OutputStream.nullOutputStream()))
        .isInstanceOf(DigestMismatchException.class)
        .hasMessageStartingWith("blob x: digest mismatch");
  }

  @Test
  void boundedStreamRefusesMore() {
    assertThatThrownBy(() -> BoundedInputStream.readAll(new ByteArrayInputStream(new byte[11]),
            10, "manifest"))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("manifest");
  }
}
