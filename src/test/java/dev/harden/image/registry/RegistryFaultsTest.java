package dev.harden.image.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.cli.HardenCommand;
import dev.harden.image.registry.FaultProxy.Action;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Registry faults end to end: {@code harden sbom 127.0.0.1:PORT/...} through a {@link FaultProxy}
 * in front of a real registry (Debian's docker-registry). Busy answers are retried a bounded number
 * of times with back-off; then, and for every broken answer (silence, a body cut short, a wrong
 * Content-Length, a stall mid-blob, a blob whose digest does not match), the command fails with a
 * clear error naming the registry, exit 2 and nothing on stdout: never a partial image reported as
 * if whole.
 */
class RegistryFaultsTest {

  static final Path IMAGES = Path.of("../shared/images");
  static LocalRegistry registry;
  static final String REPO = "fixtures/distroless:1";
  /** The config blob's digest: the first blob a read fetches. */
  static String configDigest;

  record Result(int code, String out, String err, long millis) {}

  @BeforeAll
  static void start() throws Exception {
    registry = LocalRegistry.start();
    registry.push("oci-archive:" + IMAGES.resolve("distroless-static.oci.tar"), REPO);
    try (var image = RegistryImages.open(dev.harden.image.ImageReference.parse(
        registry.host() + "/" + REPO), dev.harden.image.ImageOptions.defaults())) {
      configDigest = image.manifest().config().digest().toString();
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (registry != null) {
      registry.close();
    }
  }

  static Result sbom(FaultProxy proxy, String... extra) {
    List<String> args = new ArrayList<>(List.of("sbom", "--format", "json",
        "--registry-timeout", "3"));
    args.addAll(List.of(extra));
    args.add(proxy.host() + "/" + REPO);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long start = System.nanoTime();
    int code = HardenCommand.run(args.toArray(String[]::new),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
  }

  /** Exit 2, nothing on stdout, one line naming the registry; no trace. */
  static void assertFailed(Result r, FaultProxy proxy, String says) {
    String shown = r.code() + " " + r.err();
    assertThat(r.code()).as(shown).isEqualTo(2);
    assertThat(r.out()).as("no partial report").isEmpty();
    assertThat(r.err().strip().lines()).as(shown).hasSize(1);
    assertThat(r.err()).as(shown).startsWith("harden: ").contains(proxy.host()).contains(says)
        .doesNotContain("\tat ").doesNotContain("internal error");
  }

  static void assertWhole(Result r) throws Exception {
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).path("packages").size()).isPositive();
  }

  static FaultProxy proxy(FaultProxy.Fault fault) throws Exception {
    return new FaultProxy(registry.host(), null, fault);
  }

  private static boolean isBlob(String method, String path) {
    return method.equals("GET") && path.contains("/blobs/");
  }

  @Test
  void twoServiceUnavailableAnswersAreRetriedAndTheImageReadsWhole() throws Exception {
    try (FaultProxy p = proxy((m, path, n) -> isBlob(m, path) && n <= 2 ? Action.STATUS_503
        : Action.PASS)) {
      Result r = sbom(p);
      assertWhole(r);
      assertThat(r.millis()).as("backed off twice").isGreaterThanOrEqualTo(1_000);
    }
  }

  @Test
  void aRegistryThatStaysUnavailableFailsAfterThreeTries() throws Exception {
    try (FaultProxy p = proxy((m, path, n) -> isBlob(m, path) ? Action.STATUS_503
        : Action.PASS)) {
      Result r = sbom(p);
      assertFailed(r, p, "unexpected HTTP 503");
      assertThat(p.count("/blobs/")).isEqualTo(3);
    }
  }

  @Test
  void tooManyRequestsWaitsForRetryAfter() throws Exception {
    try (FaultProxy p = proxy((m, path, n) -> path.contains("/manifests/") && n == 1
        ? Action.STATUS_429 : Action.PASS)) {
      Result r = sbom(p);
      assertWhole(r);
      assertThat(r.millis()).as("Retry-After: 1 honoured").isGreaterThanOrEqualTo(1_000);
    }
    try (FaultProxy p = proxy((m, path, n) -> path.contains("/manifests/") ? Action.STATUS_429
        : Action.PASS)) {
      Result r = sbom(p);
      assertFailed(r, p, "unexpected HTTP 429");
      assertThat(p.count("/manifests/")).isEqualTo(3);
      assertThat(r.millis()).isBetween(2_000L, 40_000L);
    }
  }

  @Test
  void aRegistryThatNeverAnswersTimesOutThreeTimesThenFails() throws Exception {
    try (FaultProxy p = proxy((m, path, n) -> path.contains("/manifests/") ? Action.SILENCE
        : Action.PASS)) {
      Result r = sbom(p);
      assertFailed(r, p, "no answer within 3 s");
      assertThat(p.count("/manifests/")).isEqualTo(3);
      assertThat(r.millis()).isBetween(9_000L, 60_000L);
    }
  }

  @Test
  void aBlobCutShortIsAnError() throws Exception {
    try (FaultProxy p = proxy((m, path, n) -> isBlob(m, path) && n == 1 && !path.endsWith(
        configDigest) ? Action.CUT_SHORT : Action.PASS)) {
      assertFailed(sbom(p), p, "layer");
    }
  }

  @Test
  void aWrongContentLengthIsAnError() throws Exception {
    for (Action lie : List.of(Action.LONGER_CONTENT_LENGTH, Action.SHORTER_CONTENT_LENGTH)) {
      try (FaultProxy p = proxy((m, path, n) -> isBlob(m, path) ? lie : Action.PASS)) {
        assertFailed(sbom(p), p, "the manifest says");
      }
    }
  }

  @Test
  void aBlobThatStallsMidwayIsAnErrorWithinTheTimeout() throws Exception {
    try (FaultProxy p = proxy((m, path, n) -> isBlob(m, path) && !path.endsWith(configDigest)
        ? Action.STALL_MID_BODY : Action.PASS)) {
      Result r = sbom(p);
      assertFailed(r, p, "stopped sending (no data for 3 s)");
      assertThat(r.millis()).isLessThan(60_000);
    }
  }

  @Test
  void aBlobWhoseDigestDoesNotMatchIsAnError() throws Exception {
    try (FaultProxy p = proxy((m, path, n) -> isBlob(m, path) ? Action.FLIP_BYTES
        : Action.PASS)) {
      assertFailed(sbom(p), p, "digest mismatch");
    }
  }
}
