package dev.harden.fix.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.fix.FixSafety;
import dev.harden.fix.pin.DigestResolver;
import dev.harden.fix.pin.LockFile;
import dev.harden.fix.pin.PinnedDigest;
import dev.harden.image.registry.RegistryException;
import dev.harden.io.Digest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PinDigestFixTest {

  static final String NODE = "sha256:" + "a".repeat(64);
  static final String DEBIAN = "sha256:" + "b".repeat(64);
  static final String DISTROLESS = "sha256:" + "c".repeat(64);

  /** Digests by lock key, as a lock file would give them; anything else is "not found". */
  static final DigestResolver KNOWN = ref -> {
    String digest = Map.of(
        "docker.io/library/node:20", NODE,
        "docker.io/library/debian:latest", DEBIAN,
        "gcr.io/distroless/static-debian13:latest", DISTROLESS).get(LockFile.key(ref));
    if (digest == null) {
      throw new RegistryException.NotFound(ref.registry(), "pull manifest " + ref.repository()
          + ":" + ref.tag() + ": not found (HTTP 404: MANIFEST_UNKNOWN)");
    }
    return new PinnedDigest(Digest.parse(digest), "harden.lock", true);
  };

  private final FixTester tester = FixTester.of(new PinDigestFix())
      .with(DockerfileFixOptions.unsafe(KNOWN));

  @Test
  void pinsEveryStageKeepingTheTag() {
    tester.fixes("""
        FROM node:20 AS build
        RUN npm ci
        FROM debian
        COPY --from=build /app /app
        """, """
        FROM node:20@%s AS build
        RUN npm ci
        FROM debian@%s
        COPY --from=build /app /app
        """.formatted(NODE, DEBIAN));
  }

  @Test
  void wholeReferenceArgIsPinnedInItsDefault() {
    tester.fixes("""
        ARG BASE=node:20
        FROM ${BASE} AS build
        FROM $BASE
        """, """
        ARG BASE=node:20@%s
        FROM ${BASE} AS build
        FROM $BASE
        """.formatted(NODE));
  }

  @Test
  void partialArgIsPinnedInTheFromButOnlySuggested() {
    String partial = """
        ARG DEBIAN_VERSION=13
        FROM gcr.io/distroless/static-debian${DEBIAN_VERSION}:latest
        """;
    assertThat(tester.safety(partial)).isEqualTo(FixSafety.SUGGESTED);
    tester.fixes(partial, """
        ARG DEBIAN_VERSION=13
        FROM gcr.io/distroless/static-debian${DEBIAN_VERSION}:latest@%s
        """.formatted(DISTROLESS));
  }

  @Test
  void unresolvedDigestIsABlockingProblemNamingTheRegistry() {
    var result = tester.cannot("FROM node:21\n", "MANIFEST_UNKNOWN");
    assertThat(result.blocked()).isTrue();
    assertThat(result.problems().get(0).reason()).startsWith("docker.io: ");
  }

  @Test
  void argWithoutDefaultIsReportedButDoesNotBlock() {
    var result = tester.cannot("ARG GO\nFROM golang:${GO}-alpine\n", "not known before the build");
    assertThat(result.blocked()).isFalse();
  }

  @Test
  void pinnedScratchAndStagesAreLeftAlone() {
    tester.unchanged("FROM node:20@" + NODE + "\nFROM scratch\n");
    tester.unchanged("FROM node@" + NODE + " AS a\nFROM a\n");
  }
}
