package dev.harden.fix.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.dockerfile.DockerfileParser;
import dev.harden.fix.FixProblem;
import dev.harden.fix.pin.DigestPins;
import dev.harden.fix.pin.DigestResolver;
import dev.harden.fix.pin.PinnedDigest;
import dev.harden.fix.pin.RegistryDigests;
import dev.harden.image.ImageOptions;
import dev.harden.image.TestImages;
import dev.harden.image.registry.LocalRegistry;
import dev.harden.image.registry.RegistryOptions;
import dev.harden.lint.LintSettings;
import dev.harden.pipeline.FixRun;
import dev.harden.pipeline.LintInput;
import dev.harden.report.FixReport;
import dev.harden.report.RenderOptions;
import dev.harden.report.json.JsonFixReporter;
import dev.harden.report.text.TextFixReporter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digest pinning against Debian's docker-registry on loopback, with images pushed by skopeo:
 * tags, index digests, unknown tags, basic auth with good and wrong credentials, a registry that
 * stops in the middle of a run, and a lock file that makes the second run offline.
 */
class RegistryPinningTest {

  static final Path STATIC_BIN = Path.of("../shared/images/static-bin.oci.tar");
  static final String SECRET = "pin-Secret-42";

  static DockerfileFixResult fix(String text, DigestResolver digests) throws Exception {
    return new DockerfileFixer(DockerfileFixOptions.safeOnly(digests))
        .fix(DockerfileParser.parse("Dockerfile", text));
  }

  static RegistryOptions quick(ImageOptions options) {
    return RegistryOptions.from(options).withMaxAttempts(2).withTimeout(Duration.ofSeconds(5));
  }

  @Test
  void tagsAndIndexesPinToTheDigestsSkopeoSees(@TempDir Path tmp) throws Exception {
    try (LocalRegistry registry = LocalRegistry.start()) {
      String app = registry.push("oci-archive:" + STATIC_BIN, "fixtures/app:v1");
      String multi = registry.push("oci:" + TestImages.multiPlatformLayout(tmp.resolve("m")),
          "fixtures/multi:latest");
      String text = "FROM " + multi + " AS build\nFROM " + app + "\n"
          + "COPY --from=build /etc/arch /arch\n";
      DockerfileFixResult result = fix(text,
          new RegistryDigests(quick(ImageOptions.defaults())));
      assertThat(result.problems()).isEmpty();
      assertThat(result.after()).isEqualTo("FROM " + multi + "@" + registry.skopeoDigest(multi)
          + " AS build\nFROM " + app + "@" + registry.skopeoDigest(app) + "\n"
          + "COPY --from=build /etc/arch /arch\n");
      assertThat(result.applied()).allSatisfy(f ->
          assertThat(f.description()).contains("resolved at " + registry.host()));
    }
  }

  @Test
  void unknownTagIsListedAndTheOtherFixesStillApply() throws Exception {
    try (LocalRegistry registry = LocalRegistry.start()) {
      registry.push("oci-archive:" + STATIC_BIN, "fixtures/app:v1");
      DockerfileFixResult result = fix("FROM " + registry.host() + "/fixtures/app:v2\n"
          + "RUN apt-get install curl\n", new RegistryDigests(quick(ImageOptions.defaults())));
      assertThat(result.after()).contains("apt-get install -y curl")
          .contains("FROM " + registry.host() + "/fixtures/app:v2\n");
      assertThat(result.blocked()).isTrue();
      assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.reason())
          .startsWith(registry.host() + ": ").contains("fixtures/app:v2").contains("not found"));
    }
  }

  @Test
  void basicAuthWithDockerConfigAndWrongCredentials(@TempDir Path tmp) throws Exception {
    try (LocalRegistry registry = LocalRegistry.start("harden", SECRET)) {
      String ref = registry.push("oci-archive:" + STATIC_BIN, "private/app:v1");
      String text = "FROM " + ref + "\n";
      Path good = registry.dockerConfig(tmp.resolve("good.json"), "harden", SECRET);
      DockerfileFixResult ok = fix(text,
          new RegistryDigests(quick(ImageOptions.defaults().withDockerConfig(good))));
      assertThat(ok.after()).isEqualTo("FROM " + ref + "@" + registry.skopeoDigest(ref) + "\n");

      Path bad = registry.dockerConfig(tmp.resolve("bad.json"), "harden", "wrong-" + SECRET);
      DockerfileFixResult refused = fix(text,
          new RegistryDigests(quick(ImageOptions.defaults().withDockerConfig(bad))));
      assertThat(refused.changed()).isFalse();
      assertThat(refused.problems()).singleElement().satisfies(p -> {
        assertThat(p.blocking()).isTrue();
        assertThat(p.reason()).contains(registry.host()).contains("refused the credentials")
            .doesNotContain(SECRET).doesNotContain("harden:");
      });
      DockerfileFixResult anonymous = fix(text,
          new RegistryDigests(quick(ImageOptions.defaults())));
      assertThat(anonymous.problems().get(0).reason()).contains("none are configured");
    }
  }

  @Test
  void registryStoppedMidRunNamesItAppliesTheRestAndWritesOnce(@TempDir Path tmp)
      throws Exception {
    LocalRegistry registry = LocalRegistry.start();
    try {
      String first = registry.push("oci-archive:" + STATIC_BIN, "fixtures/one:v1");
      String second = registry.push("oci-archive:" + STATIC_BIN, "fixtures/two:v1");
      Path dockerfile = tmp.resolve("Dockerfile");
      String text = "FROM " + first + " AS a\nRUN apt-get install x\nFROM " + second + "\n";
      Files.writeString(dockerfile, text);
      RegistryDigests network = new RegistryDigests(quick(ImageOptions.defaults()));
      boolean[] stopped = {false};
      DigestResolver stopsAfterTheFirstAnswer = ref -> {
        PinnedDigest d = network.resolve(ref);
        if (!stopped[0]) {
          stopped[0] = true;
          stop(registry);
        }
        return d;
      };
      FixRun run = new FixRun(LintSettings.DEFAULTS, new FixRun.Options(false, Set.of(),
          Optional.empty(), new DigestPins(stopsAfterTheFirstAnswer, Optional.empty(), false)));
      FixReport report = run.write(run.run(List.of(new LintInput(LintInput.Kind.DOCKERFILE,
          dockerfile)), InputStream.nullInputStream()));
      assertThat(report.blocked()).isTrue();
      FixProblem problem = report.files().get(0).problems().get(0);
      assertThat(problem.reason()).startsWith(registry.host() + ": ").contains("unreachable");
      String written = Files.readString(dockerfile);
      assertThat(written).isEqualTo(report.files().get(0).after())
          .startsWith("FROM " + first + "@sha256:").contains("apt-get install -y x")
          .endsWith("FROM " + second + "\n");
      try (Stream<Path> files = Files.list(tmp)) {
        assertThat(files).containsExactly(dockerfile);
      }
      String text2 = new TextFixReporter().render(report, RenderOptions.plain("test"));
      assertThat(text2).contains("unresolved HD001").contains(registry.host());
    } finally {
      registry.close();
    }
  }

  private static void stop(LocalRegistry registry) {
    try {
      registry.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void lockWriteThenOfflineFromTheLock(@TempDir Path tmp) throws Exception {
    Path dockerfile = tmp.resolve("Dockerfile");
    String pinned;
    try (LocalRegistry registry = LocalRegistry.start()) {
      String ref = registry.push("oci-archive:" + STATIC_BIN, "fixtures/app:v1");
      Files.writeString(dockerfile, "FROM " + ref + "\n");
      FixRun online = new FixRun(LintSettings.DEFAULTS, new FixRun.Options(false, Set.of(),
          Optional.empty(), new DigestPins(new RegistryDigests(quick(ImageOptions.defaults())),
              Optional.empty(), true)));
      FixReport report = online.writeLocks(online.run(List.of(new LintInput(
          LintInput.Kind.DOCKERFILE, dockerfile)), InputStream.nullInputStream()));
      assertThat(report.locks()).singleElement().satisfies(l -> assertThat(l.added()).isOne());
      assertThat(Files.readString(tmp.resolve("harden.lock")))
          .contains(registry.skopeoDigest(ref));
      pinned = report.files().get(0).after();
    }
    FixRun offline = new FixRun(LintSettings.DEFAULTS, new FixRun.Options(false, Set.of(),
        Optional.empty(), new DigestPins(DigestResolver.OFFLINE, Optional.empty(), false)));
    FixReport again = offline.run(List.of(new LintInput(LintInput.Kind.DOCKERFILE, dockerfile)),
        InputStream.nullInputStream());
    assertThat(again.blocked()).isFalse();
    assertThat(again.files().get(0).after()).isEqualTo(pinned);
    assertThat(new JsonFixReporter().render(again, RenderOptions.plain("test")))
        .contains("from harden.lock");
  }
}
