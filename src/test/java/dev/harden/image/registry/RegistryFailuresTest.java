package dev.harden.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.image.Image;
import dev.harden.image.ImageLimits;
import dev.harden.image.ImageOptions;
import dev.harden.image.ImageReference;
import dev.harden.image.ImageValidator;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.LayeredFileTree;
import dev.harden.io.InputException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Basic auth (htpasswd), wrong and missing credentials, and a registry that stops mid-run. */
class RegistryFailuresTest {

  static final Path IMAGES = Path.of("../shared/images");
  static final String SECRET = "s3cr3t-Pa55word";

  @Test
  void basicAuthWithDockerConfigCredentials(@TempDir Path tmp) throws Exception {
    try (LocalRegistry registry = LocalRegistry.start("harden", SECRET)) {
      String ref = registry.push("oci-archive:" + IMAGES.resolve("static-bin.oci.tar"),
          "private/static-bin:v1");
      ImageReference parsed = ImageReference.parse(ref);

      Path good = registry.dockerConfig(tmp.resolve("good.json"), "harden", SECRET);
      try (Image image = RegistryImages.open(parsed,
          ImageOptions.defaults().withDockerConfig(good))) {
        ImageValidator.validate(image);
        assertThat(RegistryClient.create(parsed, RegistryOptions.from(
            ImageOptions.defaults().withDockerConfig(good))).resolveDigest().toString())
            .isEqualTo(registry.skopeoDigest(ref));
      }

      Path bad = registry.dockerConfig(tmp.resolve("bad.json"), "harden", "wrong-" + SECRET);
      assertThatThrownBy(() -> RegistryImages.open(parsed,
              ImageOptions.defaults().withDockerConfig(bad)))
          .isInstanceOf(RegistryException.Unauthorized.class)
          .hasMessageContaining("refused the credentials")
          .satisfies(e -> assertThat(((InputException) e).describe())
              .doesNotContain(SECRET).doesNotContain("harden:"));

      assertThatThrownBy(() -> RegistryImages.open(parsed, ImageOptions.defaults()))
          .isInstanceOf(RegistryException.Unauthorized.class)
          .hasMessageContaining("none are configured")
          .satisfies(e -> assertThat(((InputException) e).describe())
              .startsWith(registry.host() + ": "));
    }
  }

  @Test
  void registryStoppedMidRunGivesAClearErrorNamingIt() throws Exception {
    LocalRegistry registry = LocalRegistry.start();
    try {
      String ref = registry.push("docker-archive:" + IMAGES.resolve("node-app.docker.tar"),
          "fixtures/stopping:v1");
      ImageReference parsed = ImageReference.parse(ref);
      RegistryOptions quick = RegistryOptions.from(ImageOptions.defaults()).withMaxAttempts(2)
          .withTimeout(Duration.ofSeconds(5));
      Image image = RegistryImages.open(RegistryClient.create(parsed, quick),
          ImageOptions.defaults());
      registry.stop(); // manifest and config are in; the layers are not
      assertThatThrownBy(() -> LayeredFileTree.read(image, ContentSelector.NONE,
              ImageLimits.DEFAULTS))
          .isInstanceOf(InputException.class)
          .hasMessageContaining(registry.host())
          .hasMessageContaining("unreachable");
      RegistryClient client = RegistryClient.create(parsed, quick);
      assertThatThrownBy(client::resolveDigest)
          .isInstanceOf(RegistryException.Unreachable.class)
          .satisfies(e -> assertThat(((InputException) e).describe())
              .startsWith(registry.host() + ": ").contains("connection refused"));
    } finally {
      registry.close();
    }
  }
}
