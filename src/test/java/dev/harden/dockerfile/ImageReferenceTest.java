package dev.harden.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageReferenceTest {

  @ParameterizedTest
  @CsvSource({
    "debian, docker.io, library/debian, , , debian",
    "debian:12-slim, docker.io, library/debian, 12-slim, , debian:12-slim",
    "bitnami/redis:7, docker.io, bitnami/redis, 7, , bitnami/redis:7",
    "index.docker.io/library/node:22, docker.io, library/node, 22, , node:22",
    "ghcr.io/owner/repo/tool:v1.2, ghcr.io, owner/repo/tool, v1.2, , ghcr.io/owner/repo/tool:v1.2",
    "localhost/app, localhost, app, , , localhost/app",
    "localhost:5000/app:dev, localhost:5000, app, dev, , localhost:5000/app:dev",
    "registry.k8s.io/pause:3.9@sha256:7031c1b283388d2c2e09b57badb803c05ebed362dc88d84b480cc47f72a21097,"
        + " registry.k8s.io, pause, 3.9,"
        + " sha256:7031c1b283388d2c2e09b57badb803c05ebed362dc88d84b480cc47f72a21097,"
        + " registry.k8s.io/pause:3.9@sha256:7031c1b283388d2c2e09b57badb803c05ebed362dc88d84b480cc47f72a21097",
  })
  void splitsAndNormalises(
      String ref, String registry, String repo, String tag, String digest, String familiar) {
    ImageReference r = ImageReference.parse(ref);
    assertThat(r.registry()).isEqualTo(registry);
    assertThat(r.repository()).isEqualTo(repo);
    assertThat(r.tag().orElse(null)).isEqualTo(tag);
    assertThat(r.digest().orElse(null)).isEqualTo(digest);
    assertThat(r.familiar()).isEqualTo(familiar);
  }

  @Test
  void officialImagesAndNames() {
    ImageReference r = ImageReference.parse("python:3.12");
    assertThat(r.isOfficial()).isTrue();
    assertThat(r.shortName()).isEqualTo("python");
    assertThat(r.toString()).isEqualTo("docker.io/library/python:3.12");
    assertThat(ImageReference.parse("quay.io/prometheus/node-exporter").isDockerHub()).isFalse();
  }

  @Test
  void rejectsInvalidReferences() {
    assertThatThrownBy(() -> ImageReference.parse("Alpine"))
        .hasMessage("repository name must be lowercase: 'Alpine'");
    assertThatThrownBy(() -> ImageReference.parse("alpine:bad tag"))
        .hasMessage("invalid tag 'bad tag'");
    assertThatThrownBy(() -> ImageReference.parse("alpine@sha256:xyz"))
        .hasMessage("invalid digest 'sha256:xyz'");
    assertThatThrownBy(() -> ImageReference.parse("")).hasMessage("empty image name");
  }
}
