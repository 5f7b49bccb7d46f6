package dev.harden.image.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.image.Image;
import dev.harden.image.ImageLimits;
import dev.harden.image.ImageOptions;
import dev.harden.image.ImageValidator;
import dev.harden.image.LayerInfo;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.LayeredFileTree;
import dev.harden.image.fs.OsRelease;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every archive in ../shared/images reads, verifies (ImageValidator) and yields the same tree as
 * the other formats of the same image.
 */
class SharedImagesTest {

  static final Path IMAGES = Path.of("../shared/images");

  static Stream<String> archives() throws Exception {
    try (Stream<Path> s = Files.list(IMAGES)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".tar") || n.endsWith(".tar.gz"))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("archives")
  void everyArchiveReadsAndVerifies(String name) throws Exception {
    try (Image image = ImageArchives.open(IMAGES.resolve(name), ImageOptions.defaults())) {
      ImageValidator.validate(image);
      assertThat(image.layers()).isNotEmpty();
      assertThat(image.config().os()).isEqualTo("linux");
      try (LayeredFileTree tree = LayeredFileTree.read(image, ContentSelector.NONE,
          ImageLimits.DEFAULTS)) {
        assertThat(tree.size()).isGreaterThan(1);
        assertThat(tree.notes()).isEmpty();
        assertThat(tree.layers()).extracting(LayerInfo::diffId)
            .containsExactlyElementsOf(image.config().diffIds());
      }
    }
  }

  static Stream<String> images() throws Exception {
    return archives().map(n -> n.substring(0, n.indexOf('.'))).distinct();
  }

  @ParameterizedTest
  @MethodSource("images")
  void allFormatsOfAnImageGiveTheSameTree(String image) throws Exception {
    List<Path> formats;
    try (Stream<Path> s = Files.list(IMAGES)) {
      formats = s.filter(p -> p.getFileName().toString().startsWith(image + ".")
          && !p.toString().endsWith(".json") && !p.toString().endsWith(".tsv")).sorted().toList();
    }
    List<List<String>> trees = new ArrayList<>();
    List<String> diffIds = new ArrayList<>();
    for (Path f : formats) {
      try (Image img = ImageArchives.open(f, ImageOptions.defaults());
          LayeredFileTree tree = LayeredFileTree.read(img, ContentSelector.NONE,
              ImageLimits.DEFAULTS)) {
        trees.add(describe(tree));
        diffIds.add(img.config().diffIds().toString());
      }
    }
    // docker.tar is also an OCI layout; read it through manifest.json as well
    Path docker = IMAGES.resolve(image + ".docker.tar");
    if (Files.exists(docker)) {
      try (TarIndex blobs = TarIndex.open(docker, 1000, 4096);
          Image img = DockerArchive.read(blobs, docker.toString(), ImageLimits.DEFAULTS, null);
          LayeredFileTree tree = LayeredFileTree.read(img, ContentSelector.NONE,
              ImageLimits.DEFAULTS)) {
        ImageValidator.validate(img);
        trees.add(describe(tree));
        diffIds.add(img.config().diffIds().toString());
      }
    }
    assertThat(trees).hasSizeGreaterThanOrEqualTo(2);
    assertThat(diffIds).allMatch(d -> d.equals(diffIds.get(0)));
    for (List<String> t : trees) {
      assertThat(t).containsExactlyElementsOf(trees.get(0));
    }
  }

  private static List<String> describe(LayeredFileTree tree) {
    return tree.entries().map(e -> e.path() + " " + e.type() + " " + e.size() + " "
        + Integer.toOctalString(e.mode()) + " " + e.uid() + ":" + e.gid() + " " + e.linkTarget()
        + " L" + e.layer()).toList();
  }

  @Test
  void debianSlimIsDebianTwelveWithItsDpkgDatabase() throws Exception {
    try (Image image = ImageArchives.open(IMAGES.resolve("debian-slim.docker.tar"),
            ImageOptions.defaults());
        LayeredFileTree tree = LayeredFileTree.read(image,
            OsRelease.CONTENT.or(ContentSelector.globs("/var/lib/dpkg/status")),
            ImageLimits.DEFAULTS)) {
      Optional<OsRelease> os = OsRelease.detect(tree);
      assertThat(os).isPresent();
      assertThat(os.get().id()).isEqualTo("debian");
      assertThat(os.get().majorVersion()).isEqualTo("12");
      assertThat(os.get().codename()).isEqualTo("bookworm");
      assertThat(os.get().distroless()).isFalse();
      FileEntry status = tree.lookup("/var/lib/dpkg/status").orElseThrow();
      String text;
      try (InputStream in = tree.open(status)) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      long packages = Files.readAllLines(IMAGES.resolve("debian-slim.packages.tsv")).stream()
          .filter(l -> !l.isBlank()).count();
      assertThat(text.split("\n\n")).hasSizeGreaterThanOrEqualTo((int) packages);
      assertThat(tree.resolve("/bin/sh")).isPresent();
    }
  }

  @Test
  void nodeAppKnowsWhichLayerWroteEachFile() throws Exception {
    try (Image image = ImageArchives.open(IMAGES.resolve("node-app.docker.tar"),
            ImageOptions.defaults());
        LayeredFileTree tree = LayeredFileTree.read(image,
            ContentSelector.globs("/var/lib/dpkg/status", "/app/package.json"),
            ImageLimits.DEFAULTS)) {
      assertThat(tree.layers()).hasSize(3);
      assertThat(tree.lookup("/app/server.js").orElseThrow().layer()).isEqualTo(2);
      assertThat(tree.resolve("/usr/bin/node").orElseThrow().layer()).isEqualTo(1);
      assertThat(tree.lookup("/etc/debian_version").orElseThrow().layer()).isEqualTo(0);
      // the dpkg database was rewritten by the nodejs layer: both versions are kept
      assertThat(tree.history("/var/lib/dpkg/status")).extracting(FileEntry::layer)
          .containsExactly(0, 1);
      for (FileEntry v : tree.history("/var/lib/dpkg/status")) {
        try (InputStream in = tree.open(v)) {
          assertThat(in.readAllBytes()).isNotEmpty();
        }
      }
      assertThat(tree.layers().get(2).createdBy()).isNotBlank();
    }
  }

  @Test
  void distrolessIsRecognised() throws Exception {
    try (Image image = ImageArchives.open(IMAGES.resolve("distroless-static.oci.tar"),
            ImageOptions.defaults());
        LayeredFileTree tree = LayeredFileTree.read(image, OsRelease.CONTENT,
            ImageLimits.DEFAULTS)) {
      OsRelease os = OsRelease.detect(tree).orElseThrow();
      assertThat(os.distroless()).isTrue();
    }
  }

  @Test
  void scratchImageHasNoOs() throws Exception {
    try (Image image = ImageArchives.open(IMAGES.resolve("static-bin.oci.tar"),
            ImageOptions.defaults());
        LayeredFileTree tree = LayeredFileTree.read(image, OsRelease.CONTENT,
            ImageLimits.DEFAULTS)) {
      assertThat(OsRelease.detect(tree)).isEmpty();
    }
  }
}
