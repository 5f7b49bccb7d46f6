package dev.harden.lint.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.dockerfile.ImageReference;
import dev.harden.io.InputException;
import dev.harden.lint.dockerfile.BaseImage.Family;
import dev.harden.lint.dockerfile.BaseImage.Kind;
import dev.harden.lint.dockerfile.BaseImage.Variant;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BaseImagesTest {

  private final BaseImages kb = BaseImages.builtin();

  private BaseImage known(String ref) {
    Optional<BaseImage> found = kb.lookup(ImageReference.parse(ref));
    assertThat(found).as("knowledge base entry for %s", ref).isPresent();
    return found.get();
  }

  private Map<String, String> variants(String ref) {
    Map<String, String> out = new TreeMap<>();
    known(ref).variants().forEach((k, v) -> out.put(k.label(), v.familiar()));
    return out;
  }

  @Test
  void fullNodeTagsOfferSlimAlpineAndDistrolessOfTheSameMajor() {
    BaseImage node = known("node:20");
    assertThat(node.family()).isEqualTo(Family.DEBIAN);
    assertThat(node.kind()).isEqualTo(Kind.RUNTIME);
    assertThat(node.packageManager()).isEqualTo(PackageManager.APT);
    assertThat(node.lean()).isFalse();
    assertThat(node.runsAsNonRoot()).isFalse();
    assertThat(variants("node:20")).containsExactly(
        Map.entry("alpine", "node:20-alpine"),
        Map.entry("distroless", "gcr.io/distroless/nodejs20-debian13"),
        Map.entry("slim", "node:20-slim"));
    assertThat(variants("node:20.11.0-bookworm")).containsExactly(
        Map.entry("alpine", "node:20.11.0-alpine"),
        Map.entry("distroless", "gcr.io/distroless/nodejs20-debian12"),
        Map.entry("slim", "node:20.11.0-bookworm-slim"));
    // no major version in "lts": no distroless name can be derived
    assertThat(variants("node:lts")).containsOnlyKeys("slim", "alpine")
        .containsEntry("slim", "node:lts-slim");
  }

  @Test
  void everySpellingOfAnOfficialImageFindsTheSameEntry() {
    for (String ref : new String[] {"python:3.14-trixie", "docker.io/library/python:3.14-trixie",
        "index.docker.io/library/python:3.14-trixie", "library/python:3.14-trixie",
        "mirror.gcr.io/library/python:3.14-trixie",
        "public.ecr.aws/docker/library/python:3.14-trixie"}) {
      BaseImage python = known(ref);
      assertThat(python.key()).as(ref).isEqualTo("python");
      assertThat(python.variants()).as(ref).containsOnlyKeys(Variant.values());
      assertThat(python.variants().get(Variant.SLIM).tag()).contains("3.14-slim-trixie");
    }
    assertThat(variants("python:3.14-trixie")).containsEntry("alpine", "python:3.14-alpine")
        .containsEntry("distroless", "gcr.io/distroless/python3-debian13");
    // a mirror keeps its registry in the suggestion
    assertThat(variants("mirror.gcr.io/library/node:22"))
        .containsEntry("slim", "mirror.gcr.io/library/node:22-slim");
  }

  @Test
  void leanTagsAreRecognisedWithDigestsAndGluedVersions() {
    for (String ref : new String[] {"python:3.14-slim-trixie", "python:3.15-rc-slim-bookworm",
        "node:20-alpine3.20", "alpine:3.24.1", "alpine", "eclipse-temurin:21-jre",
        "python:3.14.6-alpine@sha256:26730869004e2b9c4b9ad09cab8625e81d256d1ce97e72df5520e806b17aa111",
        "debian:bookworm-slim", "nginx:1.27.4-alpine-slim", "gcr.io/distroless/static",
        "mcr.microsoft.com/dotnet/runtime-deps:10.0.0-noble-chiseled"}) {
      assertThat(known(ref).lean()).as(ref).isTrue();
      assertThat(known(ref).variants()).as(ref).isEmpty();
    }
    assertThat(known("node:20-alpine3.20").packageManager()).isEqualTo(PackageManager.APK);
    assertThat(known("python:3.14.6-alpine@sha256:"
        + "26730869004e2b9c4b9ad09cab8625e81d256d1ce97e72df5520e806b17aa111").family())
        .isEqualTo(Family.ALPINE);
  }

  @Test
  void debianSlimKeepsTheTagAndLatestMeansStable() {
    assertThat(variants("debian:bookworm")).containsExactly(Map.entry("slim", "debian:bookworm-slim"));
    assertThat(variants("debian:12.5")).containsExactly(Map.entry("slim", "debian:12.5-slim"));
    assertThat(variants("debian")).containsExactly(Map.entry("slim", "debian:stable-slim"));
    assertThat(variants("debian:latest")).containsExactly(Map.entry("slim", "debian:stable-slim"));
    assertThat(variants("debian:bookworm-20240101"))
        .containsExactly(Map.entry("slim", "debian:bookworm-20240101-slim"));
  }

  @Test
  void jdkTagsAreFullEvenOnAlpineAndOfferTheJre() {
    assertThat(variants("eclipse-temurin:17-jdk")).containsExactly(
        Map.entry("alpine", "eclipse-temurin:17-jre-alpine"),
        Map.entry("distroless", "gcr.io/distroless/java17-debian13"),
        Map.entry("slim", "eclipse-temurin:17-jre"));
    BaseImage jdkAlpine = known("eclipse-temurin:25.0.3_9-jdk-alpine");
    assertThat(jdkAlpine.lean()).isFalse();
    assertThat(jdkAlpine.family()).isEqualTo(Family.ALPINE);
    assertThat(jdkAlpine.packageManager()).isEqualTo(PackageManager.APK);
    assertThat(variants("eclipse-temurin:25.0.3_9-jdk-alpine"))
        .containsEntry("slim", "eclipse-temurin:25.0.3_9-jre")
        .containsEntry("alpine", "eclipse-temurin:25.0.3_9-jre-alpine");
    assertThat(variants("eclipse-temurin:17-jdk-noble"))
        .containsEntry("slim", "eclipse-temurin:17-jre-noble");
    assertThat(known("eclipse-temurin:17-jdk-noble").family()).isEqualTo(Family.UBUNTU);
    assertThat(variants("openjdk:17")).containsEntry("slim", "eclipse-temurin:17-jre");
  }

  @Test
  void buildImagesNameWhereToRunTheirResult() {
    BaseImage go = known("golang:1.22");
    assertThat(go.isBuildImage()).isTrue();
    assertThat(go.runtimeImage().map(ImageReference::familiar))
        .contains("gcr.io/distroless/static-debian13");
    assertThat(go.variants().get(Variant.ALPINE).familiar()).isEqualTo("golang:1.22-alpine");
    assertThat(known("maven:3.9-eclipse-temurin-21").runtimeImage().map(ImageReference::familiar))
        .contains("eclipse-temurin:21-jre");
    assertThat(known("gradle:8.5-jdk21").runtimeImage().map(ImageReference::familiar))
        .contains("eclipse-temurin:21-jre");
    BaseImage sdk = known("mcr.microsoft.com/dotnet/sdk:10.0.100-noble");
    assertThat(sdk.family()).isEqualTo(Family.UBUNTU);
    assertThat(sdk.runtimeImage().map(ImageReference::familiar))
        .contains("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled");
    assertThat(known("buildpack-deps:trixie").isBuildImage()).isTrue();
    assertThat(known("buildpack-deps:trixie").runtimeImage().map(ImageReference::familiar))
        .contains("debian:trixie-slim");
    assertThat(known("buildpack-deps:trixie-scm").isBuildImage()).isFalse();
    assertThat(known("buildpack-deps:bookworm-curl").kind()).isEqualTo(Kind.BASE);
  }

  @Test
  void defaultUsersOfNonRootImages() {
    assertThat(known("gcr.io/distroless/static-debian12:nonroot").defaultUser()).contains("65532");
    assertThat(known("gcr.io/distroless/java17-debian13:debug-nonroot").runsAsNonRoot()).isTrue();
    assertThat(known("gcr.io/distroless/static-debian12").runsAsNonRoot()).isFalse();
    assertThat(known("gcr.io/distroless/static-debian12").packageManager())
        .isEqualTo(PackageManager.NONE);
    assertThat(known("cgr.dev/chainguard/python:latest").defaultUser()).contains("65532");
    assertThat(known("cgr.dev/chainguard/python:latest").packageManager())
        .isEqualTo(PackageManager.NONE);
    assertThat(known("cgr.dev/chainguard/python:latest-dev").packageManager())
        .isEqualTo(PackageManager.APK);
    assertThat(known("cgr.dev/chainguard/wolfi-base").runsAsNonRoot()).isFalse();
    assertThat(known("bitnami/redis:7.2").defaultUser()).contains("1001");
    assertThat(known("bitnami/minideb:bookworm").runsAsNonRoot()).isFalse();
    assertThat(known("nginxinc/nginx-unprivileged:1.27-alpine").defaultUser()).contains("101");
    assertThat(known("nginxinc/nginx-unprivileged:1.27-alpine").family()).isEqualTo(Family.ALPINE);
    assertThat(known("mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled").defaultUser())
        .contains("1654");
    assertThat(known("registry.access.redhat.com/ubi9/nodejs-20:latest").defaultUser())
        .contains("1001");
    assertThat(known("node:20").defaultUser()).isEmpty();
  }

  @Test
  void packageManagersFollowTagsAndMajors() {
    assertThat(known("amazonlinux:2").packageManager()).isEqualTo(PackageManager.YUM);
    assertThat(known("amazonlinux:2023").packageManager()).isEqualTo(PackageManager.DNF);
    assertThat(known("centos:7").packageManager()).isEqualTo(PackageManager.YUM);
    assertThat(known("rockylinux:9-minimal").packageManager()).isEqualTo(PackageManager.MICRODNF);
    assertThat(known("registry.access.redhat.com/ubi9/ubi-minimal:9.4").packageManager())
        .isEqualTo(PackageManager.MICRODNF);
    assertThat(known("registry.access.redhat.com/ubi9/ubi:9.4").variants().get(Variant.SLIM)
        .familiar()).isEqualTo("registry.access.redhat.com/ubi9/ubi-minimal:9.4");
    assertThat(known("opensuse/leap:15.6").packageManager()).isEqualTo(PackageManager.ZYPPER);
    assertThat(known("amazoncorretto:17-al2023").packageManager()).isEqualTo(PackageManager.DNF);
    assertThat(known("eclipse-temurin:21-jdk-ubi9-minimal").packageManager())
        .isEqualTo(PackageManager.MICRODNF);
    assertThat(known("golang:1.27-windowsservercore-ltsc2022").family()).isEqualTo(Family.WINDOWS);
  }

  @Test
  void variantsThatDoNotExistAreNotOffered() {
    assertThat(variants("php:8.3-fpm")).containsExactly(Map.entry("alpine", "php:8.3-fpm-alpine"));
    assertThat(variants("php:8.3")).containsExactly(Map.entry("alpine", "php:8.3-alpine"));
    assertThat(variants("php:5-apache")).isEmpty();
    assertThat(variants("ubuntu:24.04")).isEmpty();
    assertThat(variants("nginx:1.27.4")).containsExactly(Map.entry("alpine", "nginx:1.27.4-alpine"));
    assertThat(variants("nginx:mainline")).containsExactly(Map.entry("alpine", "nginx:mainline-alpine"));
    assertThat(variants("nginx")).containsExactly(Map.entry("alpine", "nginx:alpine"));
    assertThat(variants("nginx:1.27.4-perl")).isEmpty();
    assertThat(variants("rust:1")).containsEntry("slim", "rust:1-slim");
  }

  @Test
  void unknownImagesAreNotGuessed() {
    assertThat(kb.lookup(ImageReference.parse("localhost/fixtures/node-runtime:latest"))).isEmpty();
    assertThat(kb.lookup(ImageReference.parse("myorg/node:20"))).isEmpty();
    assertThat(kb.lookup(ImageReference.parse("ghcr.io/acme/python:3.12"))).isEmpty();
  }

  @Test
  void mistakesInTheDataNameTheLine() {
    String yaml = "repositories:\n  node:\n    family: debian\n    kind: runtime\n"
        + "    packageManager: apt\n    slim: \"{tag}-slim\"\n";
    assertThatThrownBy(() -> BaseImages.load("kb.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown key 'slim'");
    String badManager = "repositories:\n  node:\n    family: debian\n    kind: runtime\n"
        + "    packageManager: pacman\n";
    assertThatThrownBy(() -> BaseImages.load("kb.yaml", badManager.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(5));
  }

  @Test
  void binaryRuntimesNameAnImagePerLinkage() throws Exception {
    BaseImages kb = BaseImages.builtin();
    assertThat(kb.binaryRuntime("static").map(ImageReference::familiar))
        .contains("gcr.io/distroless/static-debian13");
    assertThat(kb.binaryRuntime("glibc").map(ImageReference::familiar))
        .contains("gcr.io/distroless/base-debian13");
    assertThat(kb.binaryRuntime("cc").map(ImageReference::familiar))
        .contains("gcr.io/distroless/cc-debian13");
    assertThat(BaseImages.load("kb.yaml", "repositories: {}\n".getBytes(StandardCharsets.UTF_8))
        .binaryRuntime("static")).isEmpty();
    String bad = "binaryRuntimes:\n  static: \"Not An Image!\"\n";
    assertThatThrownBy(() -> BaseImages.load("kb.yaml", bad.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(2));
    String unknown = "binaryRuntimes:\n  musl: \"alpine:3.20\"\n";
    assertThatThrownBy(() -> BaseImages.load("kb.yaml", unknown.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class).hasMessageContaining("musl");
  }
}
