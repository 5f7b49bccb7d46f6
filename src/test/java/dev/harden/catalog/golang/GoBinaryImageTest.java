package dev.harden.catalog.golang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.MemoryFileResolver;
import dev.harden.image.ImageOptions;
import dev.harden.image.TarBuilder;
import dev.harden.image.TestImages;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.FileEntry;
import dev.harden.image.source.ImageContents;
import dev.harden.image.source.ImageSources;
import dev.harden.reach.ReachContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Go cataloguer on a real image read by the layer reader: programs are summarised while their
 * layer streams (none of them is kept), and the packages are the same as from kept bytes.
 */
class GoBinaryImageTest {

  @TempDir Path tmp;

  private static final Path TESTDATA = GoBinaryCatalogerTest.TESTDATA;

  private Path image() throws Exception {
    byte[] go = Files.readAllBytes(TESTDATA.resolve("main-version-via-ldflags.elf"));
    byte[] other = Files.readAllBytes(TESTDATA.resolve("goexperiment"));
    return TestImages.image()
        .layer(TarBuilder.layer()
            .file("/usr/local/bin/app", go, 0755)
            // a C program of the build machine's own Debian
            .file("/usr/bin/true", Files.readAllBytes(Path.of("/usr/bin/true")), 0755)
            .file("/usr/bin/script", "#!/bin/sh\necho a script, not an ELF file\n".repeat(3)
                .getBytes(), 0755)
            .file("/usr/bin/truncated", java.util.Arrays.copyOf(other, 200), 0755))
        .ociDir(tmp.resolve("layout"));
  }

  private static List<String> names(CatalogResult r) {
    return r.packages().stream().map(p -> p.name() + "@" + p.version()).sorted().toList();
  }

  @Test
  void programsAreSummarisedNotKeptAndGiveTheSamePackages() throws Exception {
    GoBinaryCataloger cataloger = new GoBinaryCataloger();
    try (ImageContents c = ImageSources.read(image().toString(), ImageOptions.defaults(),
        cataloger.selector())) {
      FileEntry app = c.files().lookup("/usr/local/bin/app").orElseThrow();
      assertThat(c.files().summary(app)).containsInstanceOf(GoScan.class);
      assertThatThrownBy(() -> c.files().open(app)).hasMessageContaining("not kept");
      FileEntry program = c.files().lookup("/usr/bin/true").orElseThrow();
      assertThat(c.files().summary(program)).contains(GoScan.NOT_GO);
      CatalogResult fromImage = cataloger.catalog(c.files(), CatalogContext.defaults());

      byte[] go = Files.readAllBytes(TESTDATA.resolve("main-version-via-ldflags.elf"));
      CatalogResult fromBytes = cataloger.catalog(
          new MemoryFileResolver().file("/usr/local/bin/app", go, 0755, 0),
          CatalogContext.defaults());
      assertThat(names(fromImage)).containsExactly("github.com/aquasecurity/test@v1.0.0",
          "stdlib@v1.22.1");
      assertThat(names(fromImage)).isEqualTo(names(fromBytes));
      assertThat(fromImage.packages()).allSatisfy(p -> assertThat(p.layer()).isZero());
      assertThat(fromImage.unknowns()).extracting(u -> u.path())
          .containsExactly("/usr/bin/truncated");
    }
  }

  /** With reachability, programs are kept for it; the cataloguer then reads the kept bytes. */
  @Test
  void keptProgramsAreReadAsBefore() throws Exception {
    GoBinaryCataloger cataloger = new GoBinaryCataloger();
    ContentSelector both = cataloger.selector().or(ReachContent.SELECTOR);
    try (ImageContents c = ImageSources.read(image().toString(), ImageOptions.defaults(), both)) {
      FileEntry app = c.files().lookup("/usr/local/bin/app").orElseThrow();
      assertThat(c.files().summary(app)).isEmpty();
      CatalogResult r = cataloger.catalog(c.files(), CatalogContext.defaults());
      assertThat(names(r)).containsExactly("github.com/aquasecurity/test@v1.0.0",
          "stdlib@v1.22.1");
      assertThat(r.unknowns()).extracting(u -> u.path()).containsExactly("/usr/bin/truncated");
    }
  }
}
