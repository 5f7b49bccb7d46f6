package dev.harden.catalog.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.CatalogRunner;
import dev.harden.catalog.Cataloger;
import dev.harden.catalog.MemoryFileResolver;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.FileResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuiltinCatalogersTest {

  @Test
  void namesAreUniqueDocumentedAndEveryCatalogerHasItsTest() throws Exception {
    String docs = Files.readString(Path.of("docs/catalog.md"));
    Set<String> names = new HashSet<>();
    for (Cataloger c : BuiltinCatalogers.all()) {
      assertThat(names.add(c.name())).as("duplicate name " + c.name()).isTrue();
      assertThat(c.version()).isPositive();
      assertThat(docs).as("docs/catalog.md names " + c.name()).contains("`" + c.name() + "`");
      Class.forName(c.getClass().getName() + "Test"); // throws when the test class is missing
    }
  }

  @Test
  void aFailingCatalogerBecomesAnUnknownAndTheOthersStillReport() throws Exception {
    Cataloger broken = new Cataloger() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public int version() {
        return 1;
      }

      @Override
      public ContentSelector selector() {
        return ContentSelector.NONE;
      }

      @Override
      public CatalogResult catalog(FileResolver files, CatalogContext ctx) {
        throw new IllegalStateException("bug");
      }
    };
    MemoryFileResolver tree = new MemoryFileResolver().file("/lib/apk/db/installed",
        "P:zlib\nV:1.3-r0\nA:x86_64\n\n");
    List<Cataloger> list = new java.util.ArrayList<>(BuiltinCatalogers.all());
    list.add(0, broken);
    CatalogResult r = new CatalogRunner(list).run(tree, CatalogContext.defaults());
    assertThat(r.packages()).extracting(p -> p.name()).containsExactly("zlib");
    assertThat(r.unknowns()).singleElement()
        .satisfies(u -> assertThat(u.reason()).contains("cataloguer broken failed"));
  }

  @Test
  void theSelectorKeepsWhatEachCatalogerReads() {
    ContentSelector keep = BuiltinCatalogers.selector(BuiltinCatalogers.all());
    MemoryFileResolver tree = new MemoryFileResolver()
        .file("/var/lib/dpkg/status", "x")
        .file("/app/node_modules/a/package.json", "{}")
        .file("/usr/share/java/x.jar", "x")
        .file("/etc/hostname", "x");
    assertThat(tree.entries().filter(e -> e.isRegular()).filter(keep::keep).map(e -> e.path()))
        .containsExactlyInAnyOrder("/var/lib/dpkg/status", "/app/node_modules/a/package.json",
            "/usr/share/java/x.jar");
  }
}
