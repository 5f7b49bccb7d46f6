package dev.harden.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.catalog.Pkg;
import dev.harden.catalog.PkgType;
import dev.harden.reach.layers.BaseAttribution;
import dev.harden.reach.layers.Origin;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The designed truths of ../shared/images/README.md, on the real fixture images. */
class ReachabilityFixturesTest {

  private static PackageReach reach(FixtureScans.Scan s, PkgType type, String name) {
    Pkg p = pkg(s, type, name);
    return s.reach().of(p).orElseThrow();
  }

  private static Pkg pkg(FixtureScans.Scan s, PkgType type, String name) {
    return s.catalog().packages().stream().filter(p -> p.type() == type && p.name().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError(type + " " + name + " not catalogued"));
  }

  private static ReachStatus status(FixtureScans.Scan s, PkgType type, String name) {
    return reach(s, type, name).verdict().status();
  }

  @Test
  void nodeAppReachesExpressAndLodashButNotMinimistNorTheDevDependency() throws Exception {
    FixtureScans.Scan s = FixtureScans.scan("node-app");
    assertThat(status(s, PkgType.NPM, "express")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(status(s, PkgType.NPM, "lodash")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(status(s, PkgType.NPM, "minimist")).isEqualTo(ReachStatus.UNREACHABLE);
    assertThat(status(s, PkgType.NPM, "marked")).isEqualTo(ReachStatus.UNREACHABLE);
    // express's own dependencies (npm-ls.txt) come with it
    for (String dep : List.of("body-parser", "qs", "path-to-regexp", "send", "serve-static",
        "cookie")) {
      assertThat(status(s, PkgType.NPM, dep)).as(dep).isEqualTo(ReachStatus.REACHABLE);
    }
    Verdict express = reach(s, PkgType.NPM, "express").verdict();
    assertThat(express.evidence()).startsWith("ENTRYPOINT node /app/server.js", "/usr/bin/node")
        .contains("require('express')", "/app/node_modules/express/index.js")
        .endsWith("express 4.17.1");
    assertThat(reach(s, PkgType.NPM, "minimist").verdict().evidence().get(0))
        .contains("none of the").contains("minimist 1.2.0");
  }

  @Test
  void nodeAppNativeSideLoadsLibnodeAndItsLibrariesButNeverPerl() throws Exception {
    FixtureScans.Scan s = FixtureScans.scan("node-app");
    for (String deb : List.of("nodejs", "libnode108", "libc6", "libstdc++6", "libgcc-s1",
        "zlib1g", "libuv1", "libssl3", "libicu72", "libnghttp2-14", "libc-ares2",
        "libbrotli1")) {
      assertThat(status(s, PkgType.DEB, deb)).as(deb).isEqualTo(ReachStatus.REACHABLE);
    }
    assertThat(status(s, PkgType.DEB, "perl-base")).isEqualTo(ReachStatus.UNREACHABLE);
    assertThat(status(s, PkgType.DEB, "bash")).isEqualTo(ReachStatus.UNREACHABLE);
    assertThat(reach(s, PkgType.DEB, "libstdc++6").verdict().evidence())
        .containsSubsequence("/usr/bin/node", "DT_NEEDED libnode.so.108",
            "DT_NEEDED libstdc++.so.6", "libstdc++6 12.2.0-14+deb12u1");
    assertThat(s.reach().unknowns()).isEmpty();
  }

  @Test
  void nodeAppLayersSplitAtTheNodeRuntimeBase() throws Exception {
    FixtureScans.Scan s = FixtureScans.scan("node-app");
    BaseAttribution a = s.reach().attribution();
    assertThat(a.basis()).isEqualTo(BaseAttribution.Basis.ANNOTATION);
    assertThat(a.baseLayers()).isEqualTo(2);
    assertThat(a.baseName()).isEqualTo("localhost/fixtures/node-runtime:latest");
    PackageReach express = reach(s, PkgType.NPM, "express");
    assertThat(express.origin()).isEqualTo(Origin.APP);
    assertThat(express.layer().index()).isEqualTo(2);
    assertThat(express.layer().createdBy()).contains("COPY");
    assertThat(express.layer().diffId()).startsWith("sha256:");
    assertThat(reach(s, PkgType.DEB, "libc6").origin()).isEqualTo(Origin.BASE);
    PackageReach nodejs = reach(s, PkgType.DEB, "nodejs");
    assertThat(nodejs.origin()).isEqualTo(Origin.BASE);
    assertThat(nodejs.layer().index()).isEqualTo(1);
    assertThat(nodejs.runtime()).isTrue();
    assertThat(reach(s, PkgType.DEB, "libnode108").runtime()).isTrue();
    assertThat(express.runtime()).isFalse();
    assertThat(reach(s, PkgType.DEB, "libc6").runtime()).isFalse();
  }

  @Test
  void hardenedNodeAppHasTheSameVerdictsWithoutTheDevDependency() throws Exception {
    FixtureScans.Scan s = FixtureScans.scan("node-app-hardened");
    assertThat(status(s, PkgType.NPM, "express")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(status(s, PkgType.NPM, "lodash")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(status(s, PkgType.NPM, "minimist")).isEqualTo(ReachStatus.UNREACHABLE);
    assertThat(s.catalog().packages()).noneMatch(p -> p.name().equals("marked"));
    assertThat(status(s, PkgType.DEB, "libnode108")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(status(s, PkgType.DEB, "perl-base")).isEqualTo(ReachStatus.UNREACHABLE);
    assertThat(s.reach().attribution().baseLayers()).isEqualTo(2);
  }

  @Test
  void javaAppHasLog4jOnItsClassPathAndCommonsCollectionsOffIt() throws Exception {
    FixtureScans.Scan s = FixtureScans.scan("java-app");
    assertThat(status(s, PkgType.JAVA_ARCHIVE, "log4j-core")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(status(s, PkgType.JAVA_ARCHIVE, "log4j-api")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(status(s, PkgType.JAVA_ARCHIVE, "commons-collections"))
        .isEqualTo(ReachStatus.UNREACHABLE);
    assertThat(reach(s, PkgType.JAVA_ARCHIVE, "log4j-core").verdict().evidence())
        .contains("-cp /app/lib/*", "/app/lib/log4j-core-2.14.1.jar");
    PackageReach jre = reach(s, PkgType.DEB, "openjdk-17-jre-headless");
    assertThat(jre.verdict().status()).isEqualTo(ReachStatus.REACHABLE);
    assertThat(jre.runtime()).isTrue();
    assertThat(jre.origin()).isEqualTo(Origin.BASE);
    assertThat(reach(s, PkgType.JAVA_ARCHIVE, "log4j-core").origin()).isEqualTo(Origin.APP);
    // the JVM's own libraries: libjvm is not DT_NEEDED, the runtime table opens it
    assertThat(status(s, PkgType.DEB, "libstdc++6")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(reach(s, PkgType.DEB, "libstdc++6").verdict().chain())
        .contains("the JVM opens its core libraries at start");
    assertThat(status(s, PkgType.DEB, "zlib1g")).isEqualTo(ReachStatus.REACHABLE);
    // desktop and sound libraries of JDK modules the application may or may not use
    assertThat(status(s, PkgType.DEB, "libfreetype6")).isEqualTo(ReachStatus.UNKNOWN);
    assertThat(status(s, PkgType.DEB, "perl-base")).isEqualTo(ReachStatus.UNREACHABLE);
    assertThat(s.reach().notes()).noneMatch(n -> n.contains("libjvm.so not found"));
  }

  @Test
  void staticBinaryLoadsNothingButItself() throws Exception {
    FixtureScans.Scan s = FixtureScans.scan("static-bin");
    assertThat(s.catalog().packages()).isEmpty();
    assertThat(s.reach().filesReached()).isEqualTo(1);
    assertThat(s.reach().unknowns()).isEmpty();
    assertThat(s.reach().notes()).isEmpty();
    assertThat(s.reach().attribution().baseLayers()).isZero();
  }

  @Test
  void distrolessStaticPackagesAreNeverLoadedByTheStaticBinary() throws Exception {
    FixtureScans.Scan s = FixtureScans.scan("distroless-static");
    assertThat(s.catalog().packages()).isNotEmpty();
    assertThat(s.reach().packages().values())
        .allMatch(p -> p.verdict().status() == ReachStatus.UNREACHABLE);
    assertThat(s.reach().attribution().baseLayers()).isZero();
  }

  @Test
  void anInteractiveShellLeavesEverythingItDoesNotLoadUnknown() throws Exception {
    FixtureScans.Scan s = FixtureScans.scan("debian-slim");
    assertThat(status(s, PkgType.DEB, "bash")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(status(s, PkgType.DEB, "libc6")).isEqualTo(ReachStatus.REACHABLE);
    PackageReach perl = reach(s, PkgType.DEB, "perl-base");
    assertThat(perl.verdict().status()).isEqualTo(ReachStatus.UNKNOWN);
    assertThat(perl.verdict().reason()).contains("interactive shell");
    assertThat(s.reach().packages().values())
        .noneMatch(p -> p.verdict().status() == ReachStatus.UNREACHABLE);
  }
}
