package dev.harden.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How the peers' expectation records map onto harden's packages: which records are about formats
 * harden does not catalogue, where a single-file fixture is placed, how a peer's fields form a
 * comparable key, and the documented corrections.
 */
final class PeerRecords {

  private PeerRecords() {}

  /** Why a record is not about anything harden catalogues, or empty when it is. */
  static Optional<String> outOfScope(JsonNode r) {
    String test = r.get("test").asText();
    String fixtures = r.get("fixtures").toString();
    String[][] rules = {
      {"_Globs", "asserts the peer's own file globs, not packages"},
      {"Relationships", "asserts the peer's dependency graph, not the inventory"},
      {"yarn", "yarn.lock is not catalogued (installed node_modules and package-lock are)"},
      {"pnpm", "pnpm-lock.yaml is not catalogued"},
      {"Bun", "bun.lock is not catalogued"},
      {"Deno", "deno.lock is not catalogued"},
      {"Pdm", "pdm.lock is not catalogued (installed dist-info/egg-info are)"},
      {"PipFile", "Pipfile.lock is not catalogued"},
      {"Pipfile", "Pipfile.lock is not catalogued"},
      {"poetry", "poetry.lock is not catalogued"},
      {"UvLock", "uv.lock is not catalogued"},
      {"RequirementsTxt", "requirements.txt declares, it does not install"},
      {"pipAnalyzer", "requirements.txt declares, it does not install"},
      {"ParseSetup", "setup.py is code, not metadata; harden never evaluates it"},
      {"LicenseEnrichment", "remote licence look-up in a registry; harden works offline"},
      {"SearchPnpmForLicenses", "remote licence look-up in a registry"},
      {"SearchYarnForLicenses", "remote licence look-up in a registry"},
      {"GetLicenseFromPypiRegistry", "remote licence look-up in a registry"},
      {"parsePomXML", "pom.xml declares a build, it is not an installed artefact"},
      {"CommonsTextPomXML", "pom.xml declares a build, it is not an installed artefact"},
      {"ParseJavaPomProperties", "parser-level test of a loose pom.properties file"},
      {"ParseJavaManifest", "parser-level test of a loose MANIFEST.MF file"},
      {"JvmDistribution", "JDK installations as binary packages are not catalogued"},
      {"ParseRpmFiles", "standalone .rpm archives are not catalogued (installed rpms are)"},
      {"DpkgArchiveCataloger", "standalone .deb archives are not catalogued"},
      {"opkg", "opkg (OpenWrt) databases are not catalogued"},
      {"Pyvenv", "pyvenv.cfg parsing: not an inventory assertion"},
      {"ParseInstalledFiles", "parser-level test of installed-files.txt alone"},
      {"ParseWheelEggRecord", "parser-level test of RECORD alone"},
      {"MD5SumInfoParsing", "parser-level test of an md5sums file alone"},
      {"ConffileInfoParsing", "parser-level test of a conffiles file alone"},
      {"ELFSymbolVersion", "asserts a symbol lookup, covered by the ldflags record"},
      {"gobinaryLibraryAnalyzer_Required", "asserts trivy's file pre-filter, not packages"},
      {"dpkgLicenseAnalyzer", "trivy's licence classifier over full copyright texts"},
      {"poetryLockDependencySpecifier", "poetry.lock is not catalogued"},
      {"IndexCataloger", "requirements files are not catalogued"},
      {"sha1 search", "needs trivy's Java DB to map a sha1 to coordinates"},
      {"artifactId search", "needs trivy's Java DB to map an artifact id to a group"},
      {"found in trivy-java-db", "needs trivy's Java DB to map a sha1 to coordinates"},
      {"expectedPkgNames", "its fixture (very-large-entries) was not copied"},
    };
    for (String[] rule : rules) {
      if (test.contains(rule[0]) || (rule[0].equals("opkg") && fixtures.contains("/opkg/"))) {
        return Optional.of(rule[1]);
      }
    }
    return Optional.empty();
  }

  static boolean isCopyrightRecord(JsonNode r) {
    return r.get("test").asText().contains("TestParseLicensesFromCopyright");
  }

  /**
   * The licences of a copyright fixture. Three records lost their list in extraction (it reads
   * "nil" where the peer's table has values); for those the list was read off the fixture:
   * libc6 and trilicense name their licences, python names many.
   */
  static List<String> copyrightLicenses(JsonNode r, Path fixture) {
    JsonNode want = r.get("case_params").get("expected");
    if (want.isArray()) {
      List<String> out = new java.util.ArrayList<>();
      want.forEach(n -> out.add(n.asText()));
      return out;
    }
    return switch (fixture.getFileName().toString()) {
      case "libc6" -> List.of("GPL-2", "LGPL-2.1");
      case "trilicense" -> List.of("GPL-2", "LGPL-2.1", "MPL-1.1");
      case "python" -> List.of("Apache", "Apache-2", "Apache-2.0", "Expat", "GPL-2", "ISC",
          "LGPL-2.1+", "PSF-2", "Python");
      default -> List.of(); // cuda, dev-kit, microsoft: free text, nothing declared
    };
  }

  /** Where a single-file fixture goes in the tree for the cataloguer to find it. */
  static String placement(String eco, String path, String name) {
    int varLib = path.indexOf("/var/lib/");
    switch (eco) {
      case "dpkg":
        return varLib >= 0 ? path.substring(varLib) : "/var/lib/dpkg/status";
      case "apk":
        return "/lib/apk/db/installed";
      case "rpm":
        return name.equals("container-manifest-2") ? "/var/lib/rpmmanifest/container-manifest-2"
            : "/var/lib/rpm/" + name;
      case "npm":
        return name.contains("lock") ? "/project/package-lock.json"
            : "/project/node_modules/fixture/package.json";
      case "python":
        if (name.endsWith(".egg") || name.endsWith(".egg-info")) {
          return "/site-packages/" + name;
        }
        if (name.endsWith("METADATA")) {
          return "/site-packages/fixture.dist-info/METADATA";
        }
        return "/site-packages/fixture.egg-info/PKG-INFO";
      case "java":
        return "/app/" + name;
      case "go":
        return "/usr/local/bin/" + name;
      default:
        throw new IllegalArgumentException(eco);
    }
  }

  /** The comparable identity of one of our packages in a peer's terms. */
  static String key(String eco, Pkg p) {
    return switch (eco) {
      case "java" -> {
        MavenArtifact a = (MavenArtifact) p.metadata();
        yield (a.groupId().isEmpty() ? "" : a.groupId() + ":") + a.artifactId() + "@" + a.version();
      }
      case "python" -> p.name().toLowerCase(Locale.ROOT) + "@" + p.version();
      default -> p.name() + "@" + p.version();
    };
  }

  /**
   * When a record names a directory and a metadata file inside it, that file is what the peer's
   * test parses (TestParseWheelEggMetadataInvalid reads PKG-INFO-INVALID); other inner files
   * (a LICENSE.txt) are evidence beside the directory.
   */
  static List<Path> innermost(List<Path> fixtures) {
    List<Path> out = new java.util.ArrayList<>();
    for (Path f : fixtures) {
      boolean hasInner = fixtures.stream().anyMatch(o -> !o.equals(f) && o.startsWith(f)
          && o.getFileName().toString().matches("PKG-INFO.*|METADATA"));
      boolean isEvidence = fixtures.stream().anyMatch(o -> !o.equals(f) && f.startsWith(o))
          && !f.getFileName().toString().matches("PKG-INFO.*|METADATA");
      if (!hasInner && !isEvidence) {
        out.add(f);
      }
    }
    return out;
  }

  /** A fixture path that lies inside another fixture (a jar inside a war), not a file of its own. */
  static boolean insideAnotherFixture(JsonNode r, JsonNode f) {
    String path = f.path("source_path").asText();
    for (JsonNode o : r.get("fixtures")) {
      String other = o.path("source_path").asText();
      if (o.path("present").asBoolean() && !other.equals(path) && path.startsWith(other + "/")) {
        return true;
      }
    }
    return false;
  }

  /** The directory syft zips into {@code jar-metadata/cache/NAME.jar} at test time, if copied. */
  static Optional<Path> jarSourceDirectory(JsonNode f) {
    String source = f.path("source_path").asText();
    String marker = "syft/pkg/cataloger/java/testdata/jar-metadata/cache/";
    if (!source.startsWith(marker)) {
      return Optional.empty();
    }
    String file = source.substring(marker.length());
    String stem = file.substring(0, file.lastIndexOf('.'));
    Path root = PeerExpectationsTest.PKGDB.resolve("syft/java/syft/pkg/cataloger/java/testdata/jar-metadata");
    Path dir = stem.equals("gradle") ? root.resolve("jenkins-plugins/gradle/2.11") : root.resolve(stem);
    return java.nio.file.Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
  }

  /** A zip of a directory's files, entries relative to it (what {@code zip -r x.jar .} makes). */
  static byte[] zipDirectory(Path dir) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out);
        java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(dir)) {
      for (Path p : walk.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
        z.putNextEntry(new java.util.zip.ZipEntry(dir.relativize(p).toString().replace('\\', '/')));
        z.write(java.nio.file.Files.readAllBytes(p));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Syft's lock-file cataloguer excludes devDependencies unless configured otherwise. */
  static boolean peerOmitsDev(JsonNode r) {
    String test = r.get("test").asText();
    return r.get("peer").asText().equals("syft") && r.get("ecosystem").asText().equals("npm")
        && (test.contains("PackageLock") || test.contains("JavascriptCataloger"));
  }

  /**
   * The project a lock file describes (its root entry): peers list it as a package, harden lists
   * the project's dependencies only; the project itself is the image's application.
   */
  static Optional<String> lockRoot(String eco, Path fixture) throws java.io.IOException {
    if (!eco.equals("npm") || !java.nio.file.Files.isRegularFile(fixture)
        || !fixture.getFileName().toString().contains("lock")) {
      return Optional.empty();
    }
    JsonNode lock = new com.fasterxml.jackson.databind.ObjectMapper().readTree(fixture.toFile());
    JsonNode root = lock.path("packages").path("");
    String name = root.path("name").asText(lock.path("name").asText(""));
    String version = root.path("version").asText(lock.path("version").asText(""));
    return name.isEmpty() ? Optional.empty() : Optional.of(name + "@" + version);
  }

  /** The expected keys, with the documented corrections applied. */
  static Set<String> expectedKeys(JsonNode r) {
    Set<String> out = new TreeSet<>();
    String eco = r.get("ecosystem").asText();
    for (JsonNode p : r.get("expected_packages")) {
      out.add(expectedKey(eco, r, p));
    }
    String test = r.get("test").asText();
    // noisy: the peer asserts "exactly one package" without naming it; the fixture holds one
    if (test.contains("TestExtraFileAttributes")) {
      out.add("openjdk8-jre@8.212.04-r0");
    }
    if (test.contains("TestParsePackageLockAlias (var v2Pkg)")) {
      out.clear(); // the record asserts only the root project, and both lock files are read
      out.addAll(Set.of("case@1.6.2", "case@1.6.3", "@bundled-es-modules/chai@4.2.2"));
    }
    // a devDependency missing from an installed node_modules tree was left out on purpose
    if (test.contains("npmLibraryAnalyzer_Analyze/with node_modules")) {
      out.remove("ansi-colors@3.2.3");
    }
    return out;
  }

  private static String expectedKey(String eco, JsonNode r, JsonNode p) {
    String name = text(p, "Name").isEmpty() ? text(p, "Package") : text(p, "Name");
    String version = text(p, "Version");
    switch (eco) {
      case "dpkg" -> {
        if (r.get("peer").asText().equals("trivy")) {
          version = debVersion(p);
        }
      }
      case "rpm" -> {
        if (r.get("peer").asText().equals("go-rpmdb")) {
          String vr = version + "-" + text(p, "Release");
          version = p.hasNonNull("Epoch") && p.get("Epoch").isInt() && p.get("Epoch").asInt() != 0
              ? p.get("Epoch").asInt() + ":" + vr : vr;
          if (p.hasNonNull("Epoch") && p.get("Epoch").isInt() && p.get("Epoch").asInt() == 0) {
            version = "0:" + vr;
          }
        }
      }
      case "python" -> name = name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
      case "java" -> {
        // syft names a Java package by artifact id; its purl carries the group
        String purl = text(p, "PURL");
        if (purl.startsWith("pkg:maven/")) {
          String[] ga = purl.substring(10, purl.indexOf('@')).split("/");
          name = ga[0] + ":" + ga[1];
        }
      }
      default -> { }
    }
    return name + "@" + version;
  }

  /** Trivy splits Debian versions into Epoch, Version (upstream) and Release (revision). */
  private static String debVersion(JsonNode p) {
    String v = text(p, "Version");
    if (!text(p, "Release").isEmpty()) {
      v = v + "-" + text(p, "Release");
    }
    if (p.hasNonNull("Epoch") && p.get("Epoch").asInt() != 0) {
      v = p.get("Epoch").asInt() + ":" + v;
    }
    return v;
  }

  /** Peer errors ("wantErr") must surface as unknowns. */
  static boolean expectsUnknown(JsonNode r) {
    JsonNode params = r.get("case_params");
    // trivy errors on a file that is not an executable; in an image that is just not a Go binary
    return !r.get("ecosystem").asText().equals("go") && params != null && params.has("wantErr") && !params.get("wantErr").asText().isEmpty()
        && !params.get("wantErr").asText().equals("false");
  }

  /** key to the details string our package must have: source package, arch, dev flag. */
  static Map<String, String> expectedDetails(JsonNode r) {
    Map<String, String> out = new TreeMap<>();
    String eco = r.get("ecosystem").asText();
    for (JsonNode p : r.get("expected_packages")) {
      String key = expectedKey(eco, r, p);
      String d = switch (eco) {
        case "dpkg" -> {
          JsonNode md = p.path("Metadata");
          String src = !text(p, "SrcName").isEmpty() ? text(p, "SrcName")
              : !text(p, "Source").isEmpty() ? text(p, "Source") : text(md, "Source");
          yield src.isEmpty() ? null : "source=" + src;
        }
        case "apk" -> {
          String src = !text(p, "SrcName").isEmpty() ? text(p, "SrcName")
              : text(p.path("Metadata"), "OriginPackage");
          yield src.isEmpty() ? null : "source=" + src;
        }
        case "rpm" -> {
          String srpm = !text(p, "SourceRpm").isEmpty() ? text(p, "SourceRpm")
              : text(p.path("Metadata"), "SourceRpm");
          yield srpm.isEmpty() ? null : "sourcerpm=" + srpm;
        }
        case "npm" -> p.has("Dev") && p.get("Dev").isBoolean() ? "dev=" + p.get("Dev").asBoolean()
            : null;
        default -> null;
      };
      if (d != null) {
        out.put(key, d);
      }
    }
    return out;
  }

  static String details(String eco, Pkg p) {
    return switch (eco) {
      case "dpkg", "apk" -> "source=" + (p.source() == null ? "" : p.source().name());
      case "rpm" -> "sourcerpm=" + ((RpmEntry) p.metadata()).sourceRpm();
      case "npm" -> "dev=" + p.dev();
      default -> "";
    };
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? "" : v.asText();
  }
}
