package dev.harden.image.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.image.Image;
import dev.harden.image.ImageLimits;
import dev.harden.image.ImageOptions;
import dev.harden.image.TarBuilder;
import dev.harden.image.TestImages;
import dev.harden.image.archive.ImageArchives;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layer stacking: whiteouts, opaque directories, hard links, symlinks, history, attribution. */
class LayeredFileTreeTest {

  @TempDir Path tmp;

  private LayeredFileTree tree(TestImages images, ContentSelector selector) throws Exception {
    Path layout = images.ociDir(tmp.resolve("l" + System.nanoTime()));
    Image image = ImageArchives.open(layout, ImageOptions.defaults());
    LayeredFileTree t = LayeredFileTree.read(image, selector, ImageLimits.DEFAULTS);
    image.close();
    return t;
  }

  private static String text(FileResolver files, String path) throws IOException {
    try (InputStream in = files.open(files.resolve(path).orElseThrow())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** node-app-hardened: the top layer deletes apt and dpkg binaries that lower layers installed. */
  @Test
  void whiteoutsDeleteWhatLowerLayersWrote() throws Exception {
    TestImages img = TestImages.image()
        .layer(TarBuilder.layer().dir("/usr").dir("/usr/bin")
            .file("/usr/bin/apt", "apt").file("/usr/bin/apt-get", "apt-get")
            .file("/usr/bin/dpkg", "dpkg").file("/usr/bin/dpkg-query", "q")
            .file("/usr/bin/env", "env").dir("/usr/share/doc/apt")
            .file("/usr/share/doc/apt/copyright", "c")
            .file("/var/lib/dpkg/status", "Package: apt\n"))
        .layer(TarBuilder.layer().dir("/app").file("/app/server.js", "require('express')"))
        .layer(TarBuilder.layer().whiteout("/usr/bin/apt").whiteout("/usr/bin/apt-get")
            .whiteout("/usr/bin/dpkg").whiteout("/usr/bin/dpkg-query")
            .whiteout("/usr/share/doc/apt"));
    try (LayeredFileTree t = tree(img, ContentSelector.globs("/var/lib/dpkg/status"))) {
      assertThat(t.lookup("/usr/bin/apt")).isEmpty();
      assertThat(t.lookup("/usr/bin/dpkg-query")).isEmpty();
      assertThat(t.lookup("/usr/share/doc/apt")).isEmpty();
      assertThat(t.lookup("/usr/share/doc/apt/copyright")).isEmpty();
      assertThat(t.lookup("/usr/bin/env").orElseThrow().layer()).isZero();
      assertThat(t.lookup("/app/server.js").orElseThrow().layer()).isEqualTo(1);
      // the dpkg database still lists apt: the packages are present in the db, not on disk
      assertThat(text(t, "/var/lib/dpkg/status")).contains("Package: apt");
      assertThat(t.glob("/usr/bin/*")).extracting(FileEntry::path).containsExactly("/usr/bin/env");
    }
  }

  @Test
  void opaqueDirectoryHidesOnlyLowerLayers() throws Exception {
    TestImages img = TestImages.image()
        .layer(TarBuilder.layer().dir("/etc/conf.d").file("/etc/conf.d/old", "old")
            .file("/etc/conf.d/sub/deep", "deep").file("/etc/keep", "keep"))
        .layer(TarBuilder.layer().dir("/etc/conf.d").file("/etc/conf.d/new", "new")
            .opaque("/etc/conf.d"));
    try (LayeredFileTree t = tree(img, ContentSelector.NONE)) {
      assertThat(t.lookup("/etc/conf.d/old")).isEmpty();
      assertThat(t.lookup("/etc/conf.d/sub/deep")).isEmpty();
      assertThat(t.lookup("/etc/conf.d/new").orElseThrow().layer()).isEqualTo(1);
      assertThat(t.lookup("/etc/conf.d").orElseThrow().type()).isEqualTo(FileType.DIRECTORY);
      assertThat(t.lookup("/etc/keep")).isPresent();
    }
  }

  @Test
  void whiteoutThenRecreateInTheSameLayer() throws Exception {
    TestImages img = TestImages.image()
        .layer(TarBuilder.layer().file("/opt/tool/bin/x", "v1"))
        .layer(TarBuilder.layer().whiteout("/opt/tool").file("/opt/tool", "now a file"));
    try (LayeredFileTree t = tree(img, ContentSelector.ALL)) {
      assertThat(t.lookup("/opt/tool").orElseThrow().type()).isEqualTo(FileType.REGULAR);
      assertThat(t.lookup("/opt/tool/bin/x")).isEmpty();
      assertThat(text(t, "/opt/tool")).isEqualTo("now a file");
    }
  }

  @Test
  void fileReplacingADirectoryDropsItsChildren() throws Exception {
    TestImages img = TestImages.image()
        .layer(TarBuilder.layer().file("/srv/data/a", "a"))
        .layer(TarBuilder.layer().symlink("/srv/data", "/var/data"));
    try (LayeredFileTree t = tree(img, ContentSelector.NONE)) {
      assertThat(t.lookup("/srv/data").orElseThrow().type()).isEqualTo(FileType.SYMLINK);
      assertThat(t.lookup("/srv/data/a")).isEmpty();
    }
  }

  @Test
  void hardLinksReadTheirTargetAcrossLayers() throws Exception {
    TestImages img = TestImages.image()
        .layer(TarBuilder.layer().file("/usr/bin/perl", "#!perl".getBytes(StandardCharsets.UTF_8), 0755))
        .layer(TarBuilder.layer().hardlink("/usr/bin/perl5.36", "/usr/bin/perl")
            .hardlink("/usr/bin/dangling", "/nope"));
    try (LayeredFileTree t = tree(img, ContentSelector.ALL)) {
      FileEntry link = t.lookup("/usr/bin/perl5.36").orElseThrow();
      assertThat(link.type()).isEqualTo(FileType.HARDLINK);
      assertThat(link.linkTarget()).isEqualTo("/usr/bin/perl");
      assertThat(link.size()).isEqualTo(6);
      assertThat(link.layer()).isEqualTo(1);
      assertThat(text(t, "/usr/bin/perl5.36")).isEqualTo("#!perl");
      assertThat(t.lookup("/usr/bin/dangling")).isEmpty();
      assertThat(t.notes()).extracting(TreeNote::message)
          .anyMatch(m -> m.contains("hard link to /nope"));
    }
  }

  @Test
  void symlinksResolveInsideTheRootAndMissingParentsAreCreated() throws Exception {
    TestImages img = TestImages.image()
        .layer(TarBuilder.layer().symlink("/lib", "usr/lib")
            .file("/usr/lib/os-release", "ID=wolfi\nVERSION_ID=20230201\n")
            .symlink("/etc/os-release", "../usr/lib/os-release")
            .symlink("/loop/a", "b").symlink("/loop/b", "a"))
        // a hostile layer writing through the /lib symlink lands in /usr/lib, inside the root
        .layer(TarBuilder.layer().file("/lib/x86_64-linux-gnu/libc.so.6", "elf"));
    try (LayeredFileTree t = tree(img, ContentSelector.ALL)) {
      assertThat(t.lookup("/usr/lib/x86_64-linux-gnu/libc.so.6").orElseThrow().layer())
          .isEqualTo(1);
      assertThat(t.resolve("/lib/x86_64-linux-gnu/libc.so.6")).isPresent();
      assertThat(t.lookup("/usr/lib/x86_64-linux-gnu").orElseThrow().type())
          .isEqualTo(FileType.DIRECTORY);
      assertThat(t.resolve("/loop/a")).isEmpty();
      OsRelease os = OsRelease.detect(t).orElseThrow();
      assertThat(os.id()).isEqualTo("wolfi");
      assertThat(os.source()).isEqualTo("/etc/os-release");
    }
  }

  @Test
  void historyKeepsEveryLayersVersionOfKeptFiles() throws Exception {
    TestImages img = TestImages.image()
        .layer(TarBuilder.layer().file("/lib/apk/db/installed", "P:musl\n"))
        .layer(TarBuilder.layer().file("/etc/motd", "hi"))
        .layer(TarBuilder.layer().file("/lib/apk/db/installed", "P:musl\n\nP:curl\n"))
        .layer(TarBuilder.layer().file("/etc/motd", "bye"));
    try (LayeredFileTree t = tree(img, ContentSelector.globs("**/apk/db/installed"))) {
      var history = t.history("/lib/apk/db/installed");
      assertThat(history).extracting(FileEntry::layer).containsExactly(0, 2);
      try (InputStream in = t.open(history.get(0))) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("P:musl\n");
      }
      assertThat(text(t, "/lib/apk/db/installed")).contains("P:curl");
      // not selected: metadata only, one version
      assertThat(t.history("/etc/motd")).extracting(FileEntry::layer).containsExactly(3);
      assertThatThrownBy(() -> t.open(t.lookup("/etc/motd").orElseThrow()))
          .isInstanceOf(IOException.class).hasMessageContaining("not kept");
    }
  }

  @Test
  void zstdAndUncompressedLayersReadLikeGzip() throws Exception {
    TestImages img = TestImages.image()
        .zstdLayer(TarBuilder.layer().file("/etc/alpine-release", "3.19.1\n"))
        .plainLayer(TarBuilder.layer().file("/etc/motd", "welcome"));
    try (LayeredFileTree t = tree(img, ContentSelector.ALL)) {
      assertThat(OsRelease.detect(t).orElseThrow().id()).isEqualTo("alpine");
      assertThat(OsRelease.detect(t).orElseThrow().versionId()).isEqualTo("3.19.1");
      assertThat(text(t, "/etc/motd")).isEqualTo("welcome");
    }
  }

  @Test
  void progressIsReportedForEveryLayer() throws Exception {
    TestImages img = TestImages.image()
        .layer(TarBuilder.layer().file("/a", "a"))
        .layer(TarBuilder.layer().file("/b", "b"));
    Path layout = img.ociDir(tmp.resolve("progress"));
    java.util.List<dev.harden.image.ProgressListener.Event> events =
        new java.util.concurrent.CopyOnWriteArrayList<>();
    try (Image image = ImageArchives.open(layout, ImageOptions.defaults());
        LayeredFileTree t = LayeredFileTree.read(image, ContentSelector.NONE,
            ImageOptions.defaults().withProgress(events::add))) {
      assertThat(t.size()).isEqualTo(3);
    }
    assertThat(events).filteredOn(e -> e.stage()
            == dev.harden.image.ProgressListener.Stage.LAYER_DONE)
        .extracting(dev.harden.image.ProgressListener.Event::layer)
        .containsExactlyInAnyOrder(0, 1);
    assertThat(events).allMatch(e -> e.layers() == 2 && e.bytesTotal() > 0);
  }

  @Test
  void layerInfoPairsHistoryStepsWithLayers() throws Exception {
    TestImages img = TestImages.image()
        .layer(TarBuilder.layer().file("/a", "a"))
        .layer(TarBuilder.layer().file("/b", "b"))
        .editConfig(c -> {
          var h = c.putArray("history");
          h.addObject().put("created_by", "ADD rootfs.tar /");
          h.addObject().put("created_by", "ENV A=1").put("empty_layer", true);
          h.addObject().put("created_by", "USER 1000").put("empty_layer", true);
          h.addObject().put("created_by", "COPY b /b");
        });
    try (LayeredFileTree t = tree(img, ContentSelector.NONE)) {
      assertThat(t.layers()).extracting(l -> l.createdBy())
          .containsExactly("ADD rootfs.tar /", "COPY b /b");
      assertThat(t.layers().get(1).emptyStepsBefore()).isEqualTo(2);
    }
  }
}
