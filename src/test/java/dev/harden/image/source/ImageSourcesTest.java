package dev.harden.image.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.image.ImageOptions;
import dev.harden.image.TarBuilder;
import dev.harden.image.TestImages;
import dev.harden.image.fs.ContentSelector;
import dev.harden.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point tells sources apart by content and prefix. */
class ImageSourcesTest {

  @TempDir Path tmp;

  @Test
  void kindsAreToldApart() throws Exception {
    Path rootfs = Files.createDirectories(tmp.resolve("rootfs/etc"));
    Files.writeString(rootfs.resolve("os-release"), "ID=alpine\nVERSION_ID=3.20.0\n");
    assertThat(ImageSources.kindOf(tmp.resolve("rootfs").toString()))
        .isEqualTo(ImageSources.Kind.ROOTFS);
    Path layout = TestImages.image().layer(TarBuilder.layer().file("/a", "a"))
        .ociDir(tmp.resolve("layout"));
    assertThat(ImageSources.kindOf(layout.toString())).isEqualTo(ImageSources.Kind.ARCHIVE);
    assertThat(ImageSources.kindOf("debian:12")).isEqualTo(ImageSources.Kind.REGISTRY);
    assertThat(ImageSources.kindOf("docker://ghcr.io/a/b")).isEqualTo(ImageSources.Kind.REGISTRY);
    assertThatThrownBy(() -> ImageSources.kindOf("./missing/image.tar"))
        .isInstanceOf(InputException.class).hasMessageContaining("no such file");
    assertThatThrownBy(() -> ImageSources.kindOf("image.tar"))
        .isInstanceOf(InputException.class).hasMessageContaining("no such file");

    try (ImageContents c = ImageSources.read(tmp.resolve("rootfs").toString(),
        ImageOptions.defaults(), ContentSelector.NONE)) {
      assertThat(c.image()).isEmpty();
      assertThat(c.os().orElseThrow().id()).isEqualTo("alpine");
    }
    try (ImageContents c = ImageSources.read(layout.toString(), ImageOptions.defaults(),
        ContentSelector.NONE)) {
      assertThat(c.image()).isPresent();
      assertThat(c.layers()).hasSize(1);
      assertThat(c.files().lookup("/a")).isPresent();
    }
  }

  @Test
  void legacyGzippedArchiveReadsThroughAPrivateTempDirThatIsRemoved() throws Exception {
    Path work = Files.createDirectories(tmp.resolve("work"));
    Path legacy = TestImages.image().layer(TarBuilder.layer().file("/etc/debian_version", "12.1\n"))
        .legacyDockerArchive(tmp.resolve("legacy.tar"));
    Path gz = tmp.resolve("legacy.tar.gz");
    Files.write(gz, TarBuilder.gzip(Files.readAllBytes(legacy)));
    try (ImageContents c = ImageSources.read(gz.toString(),
        ImageOptions.defaults().withTempDir(work), ContentSelector.NONE)) {
      assertThat(c.os().orElseThrow().versionId()).isEqualTo("12.1");
      assertThat(Files.list(work).count()).isEqualTo(1);
    }
    assertThat(Files.list(work).count()).isZero();
  }

  @Test
  void notAnImageIsAClearError() throws Exception {
    Path junk = tmp.resolve("junk.tar");
    Files.write(junk, TarBuilder.layer().file("/hello", "x").tar());
    assertThatThrownBy(() -> ImageSources.open(junk.toString(), ImageOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not an image archive");
  }
}
