package dev.harden.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** References are normalised the way docker normalises them. */
class ImageReferenceTest {

  static final String D =
      "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

  @ParameterizedTest
  @CsvSource({
      "ubuntu, docker.io, library/ubuntu, latest, , registry-1.docker.io",
      "ubuntu:22.04, docker.io, library/ubuntu, 22.04, , registry-1.docker.io",
      "bitnami/redis:7, docker.io, bitnami/redis, 7, , registry-1.docker.io",
      "docker.io/library/node:20-slim, docker.io, library/node, 20-slim, , registry-1.docker.io",
      "index.docker.io/library/node, docker.io, library/node, latest, , registry-1.docker.io",
      "ghcr.io/owner/app/sub:v1.2, ghcr.io, owner/app/sub, v1.2, , ghcr.io",
      "localhost/app, localhost, app, latest, , localhost",
      "localhost:5000/app:dev, localhost:5000, app, dev, , localhost:5000",
      "127.0.0.1:5000/fixtures/node-app, 127.0.0.1:5000, fixtures/node-app, latest, , 127.0.0.1:5000",
  })
  void parsesLikeDocker(String text, String registry, String repo, String tag, String digest,
      String apiHost) {
    ImageReference r = ImageReference.parse(text);
    assertThat(r.registry()).isEqualTo(registry);
    assertThat(r.repository()).isEqualTo(repo);
    assertThat(r.tag()).isEqualTo(tag);
    assertThat(r.digest()).isNull();
    assertThat(r.apiHost()).isEqualTo(apiHost);
  }

  @ParameterizedTest
  @ValueSource(strings = {"debian:12@" + D, "debian@" + D})
  void digestsPinAndKeepTheTag(String text) {
    ImageReference r = ImageReference.parse(text);
    assertThat(r.digest().toString()).isEqualTo(D);
    assertThat(r.manifestReference()).isEqualTo(D);
    assertThat(r.toString()).startsWith("docker.io/library/debian").endsWith("@" + D);
    assertThat(r.tag()).isEqualTo(text.contains(":12") ? "12" : null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "UPPER/case", "app:bad tag", "a//b", "app@sha256:short",
      "host:port0x/app", "-lead/x", "app:" + "t"})
  void rejectsMalformed(String text) {
    if (text.equals("app:t")) {
      assertThat(ImageReference.parse(text).tag()).isEqualTo("t");
      return;
    }
    assertThatThrownBy(() -> ImageReference.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
