package dev.harden.catalog.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.MemoryFileResolver;
import dev.harden.catalog.NpmPackage;
import dev.harden.catalog.Pkg;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NpmCatalogerTest {

  static String manifest(String name, String version) {
    return "{\"name\":\"" + name + "\",\"version\":\"" + version + "\",\"license\":\"MIT\"}";
  }

  static final String LOCK = """
      {"name":"app","version":"1.0.0","lockfileVersion":3,"packages":{
        "":{"name":"app","version":"1.0.0"},
        "node_modules/express":{"version":"4.17.1"},
        "node_modules/debug":{"version":"2.6.9"},
        "node_modules/express/node_modules/debug":{"version":"3.1.0"},
        "node_modules/@types/node":{"version":"20.1.0","dev":true},
        "node_modules/marked":{"version":"0.3.6","dev":true},
        "node_modules/left-pad":{"version":"1.3.0"}
      }}""";

  static Set<String> keys(CatalogResult r) {
    return r.packages().stream()
        .map(p -> p.name() + "@" + p.version() + (p.dev() ? " dev" : "")
            + (((NpmPackage) p.metadata()).installed() ? "" : " locked-only"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void onePackagePerInstalledDirectoryWithDevFlagsFromTheLock() throws Exception {
    MemoryFileResolver tree = new MemoryFileResolver()
        .file("/app/package.json", manifest("app", "1.0.0"), 2)
        .file("/app/package-lock.json", LOCK, 2)
        .file("/app/node_modules/express/package.json", manifest("express", "4.17.1"), 2)
        .file("/app/node_modules/express/index.js", "module.exports = 1", 2)
        .file("/app/node_modules/express/node_modules/debug/package.json",
            manifest("debug", "3.1.0"), 2)
        .file("/app/node_modules/debug/package.json", manifest("debug", "2.6.9"), 2)
        .file("/app/node_modules/debug/src/index.js", "x", 2)
        .file("/app/node_modules/@types/node/package.json", manifest("@types/node", "20.1.0"), 2)
        .file("/app/node_modules/debug/lib/package.json", "{\"type\":\"module\"}", 2);
    CatalogResult r = new NpmCataloger().catalog(tree, CatalogContext.defaults());
    // marked is a devDependency left out by npm ci --omit=dev: not reported; left-pad is a
    // production dependency missing from the tree: reported from the lock
    assertThat(keys(r)).containsExactly("@types/node@20.1.0 dev", "debug@2.6.9", "debug@3.1.0",
        "express@4.17.1", "left-pad@1.3.0 locked-only");
    Pkg types = r.packages().stream().filter(p -> p.name().equals("@types/node")).findFirst()
        .orElseThrow();
    assertThat(types.purl().canonicalize()).isEqualTo("pkg:npm/%40types/node@20.1.0");
    Pkg express = r.packages().stream().filter(p -> p.name().equals("express")).findFirst()
        .orElseThrow();
    assertThat(express.files()).containsExactly("/app/node_modules/express/index.js",
        "/app/node_modules/express/package.json");
    assertThat(express.licenses()).containsExactly("MIT");
    Pkg debug = r.packages().stream().filter(p -> p.version().equals("2.6.9")).findFirst()
        .orElseThrow();
    assertThat(debug.files()).contains("/app/node_modules/debug/src/index.js",
        "/app/node_modules/debug/lib/package.json");
    assertThat(r.unknowns()).isEmpty();
  }

  @Test
  void hiddenLockGivesDevFlagsAndBadJsonIsAnUnknown() throws Exception {
    MemoryFileResolver tree = new MemoryFileResolver()
        .file("/srv/node_modules/.package-lock.json", """
            {"lockfileVersion":3,"packages":{"node_modules/mocha":{"version":"10.0.0","dev":true}}}""")
        .file("/srv/node_modules/mocha/package.json", manifest("mocha", "10.0.0"))
        .file("/srv/node_modules/broken/package.json", "{ not json");
    CatalogResult r = new NpmCataloger().catalog(tree, CatalogContext.defaults());
    assertThat(keys(r)).containsExactly("mocha@10.0.0 dev");
    assertThat(r.unknowns()).singleElement()
        .satisfies(u -> assertThat(u.path()).isEqualTo("/srv/node_modules/broken/package.json"));
  }

  @Test
  void aLockWithoutATreeListsEverythingLockedIncludingDev() throws Exception {
    CatalogResult r = new NpmCataloger().catalog(
        new MemoryFileResolver().file("/src/package-lock.json", LOCK), CatalogContext.defaults());
    assertThat(keys(r)).containsExactly("@types/node@20.1.0 dev locked-only",
        "debug@2.6.9 locked-only", "debug@3.1.0 locked-only", "express@4.17.1 locked-only",
        "left-pad@1.3.0 locked-only", "marked@0.3.6 dev locked-only");
  }
}
