package dev.harden.lint.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.image.TarBuilder;
import dev.harden.image.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Img011BaseImageNotRecordedTest {

  static final String DIGEST =
      "sha256:9c96d706c7de1b3c7f17a728abb40e4a3411f61d6b7f56f509a47c4ca19f00cb";

  @TempDir Path tmp;

  private final Img011BaseImageNotRecorded rule = new Img011BaseImageNotRecorded();

  static TestImages annotated(Map<String, String> annotations) {
    return TestImages.image().layer(TarBuilder.layer().file("/app/x", "x"))
        .editManifest(m -> annotations.forEach(m.putObject("annotations")::put));
  }

  @Test
  void catchesAnImageWithoutBaseAnnotations() throws Exception {
    assertThat(new ImageRuleTester(tmp).messages(rule, TestImages.image()
        .layer(TarBuilder.layer().file("/app/x", "x")))).containsExactly(
            "the image does not record its base image: no org.opencontainers.image.base.name or"
                + " org.opencontainers.image.base.digest annotation");
  }

  @Test
  void catchesABaseNameWithoutDigest() throws Exception {
    assertThat(new ImageRuleTester(tmp).messages(rule,
        annotated(Map.of("org.opencontainers.image.base.name", "docker.io/library/node:20"))))
        .containsExactly("base image docker.io/library/node:20 is recorded without a digest (no"
            + " org.opencontainers.image.base.digest annotation): pin FROM by digest");
  }

  @Test
  void passesARecordedDigest() throws Exception {
    var tester = new ImageRuleTester(tmp);
    assertThat(tester.messages(rule, annotated(Map.of(
        "org.opencontainers.image.base.name", "docker.io/library/node:20",
        "org.opencontainers.image.base.digest", DIGEST)))).isEmpty();
    // buildah writes an empty name for FROM scratch and the digest it used
    assertThat(tester.messages(rule, annotated(Map.of(
        "org.opencontainers.image.base.name", "",
        "org.opencontainers.image.base.digest", DIGEST)))).isEmpty();
    assertThat(tester.messages(rule, annotated(Map.of(
        "org.opencontainers.image.base.name", "docker.io/library/node:20@" + DIGEST)))).isEmpty();
  }

  @Test
  void acceptsTheAnnotationsAsConfigLabels() throws Exception {
    TestImages labelled = TestImages.image().layer(TarBuilder.layer().file("/app/x", "x"))
        .editConfig(c -> c.with("config").putObject("Labels")
            .put("org.opencontainers.image.base.digest", DIGEST));
    assertThat(new ImageRuleTester(tmp).messages(rule, labelled)).isEmpty();
  }

  @Test
  void aRootFilesystemDirectoryIsNotJudged() throws Exception {
    Files.createDirectories(tmp.resolve("rootfs/app"));
    assertThat(new ImageRuleTester(tmp).findings(rule, "dir:" + tmp.resolve("rootfs"))).isEmpty();
  }
}
