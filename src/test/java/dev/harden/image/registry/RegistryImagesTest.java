package dev.harden.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.image.Image;
import dev.harden.image.ImageLimits;
import dev.harden.image.ImageOptions;
import dev.harden.image.ImageReference;
import dev.harden.image.ImageValidator;
import dev.harden.image.MediaTypes;
import dev.harden.image.Platform;
import dev.harden.image.TestImages;
import dev.harden.image.archive.ImageArchives;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.LayeredFileTree;
import dev.harden.io.Digest;
import dev.harden.io.InputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads images back from a real registry (Debian's docker-registry) they were pushed into. */
class RegistryImagesTest {

  static final Path IMAGES = Path.of("../shared/images");
  static LocalRegistry registry;

  @BeforeAll
  static void startRegistry() throws Exception {
    registry = LocalRegistry.start();
  }

  @AfterAll
  static void stopRegistry() throws Exception {
    if (registry != null) {
      registry.close();
    }
  }

  static List<String> tree(Image image) throws Exception {
    try (LayeredFileTree t = LayeredFileTree.read(image, ContentSelector.NONE,
        ImageLimits.DEFAULTS)) {
      return t.entries().map(e -> e.path() + " " + e.type() + " " + e.size() + " "
          + Integer.toOctalString(e.mode()) + " " + e.linkTarget() + " L" + e.layer()).toList();
    }
  }

  @Test
  void pushedArchivesReadBackWithTheSameDiffIdsAndTree() throws Exception {
    for (String[] c : new String[][] {
        {"oci-archive:", "static-bin.oci.tar", "fixtures/static-bin:latest"},
        {"oci-archive:", "distroless-static.oci.tar", "fixtures/distroless:1"},
        {"docker-archive:", "node-app.docker.tar", "fixtures/node-app:latest"}}) {
      Path archive = IMAGES.resolve(c[1]);
      String ref = registry.push(c[0] + archive, c[2]);
      try (Image local = ImageArchives.open(archive, ImageOptions.defaults());
          Image remote = RegistryImages.open(ImageReference.parse(ref),
              ImageOptions.defaults())) {
        ImageValidator.validate(remote);
        assertThat(remote.config().diffIds()).isEqualTo(local.config().diffIds());
        assertThat(remote.source()).isEqualTo(ref);
        assertThat(tree(remote)).containsExactlyElementsOf(tree(local));
      }
    }
  }

  @Test
  void tagResolvesToTheDigestSkopeoSees() throws Exception {
    String ref = registry.push("oci-archive:" + IMAGES.resolve("static-bin.oci.tar"),
        "fixtures/pin:v1");
    RegistryClient client = RegistryClient.create(ImageReference.parse(ref),
        RegistryOptions.from(ImageOptions.defaults()));
    Digest d = client.resolveDigest();
    assertThat(d.toString()).isEqualTo(registry.skopeoDigest(ref));
    assertThat(client.head("v1").digest()).isEqualTo(d);
    // and by digest, the same bytes come back verified
    assertThat(client.manifest(d.toString()).digest()).isEqualTo(d);
  }

  @Test
  void unknownTagIsNotFound() throws Exception {
    registry.push("oci-archive:" + IMAGES.resolve("static-bin.oci.tar"), "fixtures/nf:v1");
    RegistryClient client = RegistryClient.create(
        ImageReference.parse(registry.host() + "/fixtures/nf:nope"),
        RegistryOptions.from(ImageOptions.defaults()));
    assertThatThrownBy(client::resolveDigest)
        .isInstanceOf(RegistryException.NotFound.class)
        .hasMessageContaining("fixtures/nf:nope");
    assertThatThrownBy(() -> RegistryImages.open(
            ImageReference.parse(registry.host() + "/fixtures/absent:v1"), ImageOptions.defaults()))
        .isInstanceOf(RegistryException.NotFound.class);
  }

  @Test
  void indexDigestIsPinnedAndThePlatformIsChosen(@TempDir Path tmp) throws Exception {
    Path layout = TestImages.multiPlatformLayout(tmp.resolve("multi"));
    String ref = registry.push("oci:" + layout, "fixtures/multi:latest");
    ImageReference parsed = ImageReference.parse(ref);
    RegistryClient client = RegistryClient.create(parsed,
        RegistryOptions.from(ImageOptions.defaults()));
    ManifestGet.Fetched top = client.manifest("latest");
    assertThat(top.mediaType()).isEqualTo(MediaTypes.OCI_INDEX);
    assertThat(client.resolveDigest()).isEqualTo(top.digest());
    assertThat(top.digest().toString()).isEqualTo(registry.skopeoDigest(ref));

    try (Image amd = RegistryImages.open(parsed, ImageOptions.defaults());
        Image arm = RegistryImages.open(parsed,
            ImageOptions.defaults().withPlatform(Platform.parse("linux/arm64")))) {
      assertThat(amd.config().architecture()).isEqualTo("amd64");
      assertThat(arm.config().architecture()).isEqualTo("arm64");
      assertThat(amd.digest()).isNotEqualTo(arm.digest());
      ImageValidator.validate(arm);
    }
    RegistryIndex index = RegistryIndex.open(client, "latest", ImageLimits.DEFAULTS);
    assertThat(index.digest()).isEqualTo(top.digest());
    assertThat(index.manifest().manifests()).extracting(d -> d.platform().architecture())
        .containsExactly("amd64", "arm64");
    try (Image arm = index.image(index.manifest().manifests().get(1))) {
      assertThat(arm.config().architecture()).isEqualTo("arm64");
      ImageValidator.validate(arm);
    }
    assertThatThrownBy(() -> RegistryImages.open(parsed,
            ImageOptions.defaults().withPlatform(Platform.parse("linux/s390x"))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("linux/s390x")
        .hasMessageContaining("linux/arm64");
  }
}
