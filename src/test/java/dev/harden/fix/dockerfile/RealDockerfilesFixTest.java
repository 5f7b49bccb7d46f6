package dev.harden.fix.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.DockerfileParser;
import dev.harden.fix.FixProblem;
import dev.harden.fix.TextEdits;
import dev.harden.fix.pin.DigestPins;
import dev.harden.fix.pin.DigestResolver;
import dev.harden.fix.pin.LockFile;
import dev.harden.fix.pin.PinnedDigest;
import dev.harden.io.Digest;
import dev.harden.lint.Finding;
import dev.harden.lint.LintSettings;
import dev.harden.lint.builtin.BuiltinRules;
import dev.harden.lint.dockerfile.DockerfileLinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Dockerfile of ../shared/corpus/real-dockerfiles, fixed safe-only and with --unsafe, with
 * digests from a lock file generated here (so no network): the result parses, lints without any
 * finding of a fixable rule that the fixer did not list as suggested or not fixable, and fixing
 * it again changes nothing. A dozen of them are golden diffs, read once by a person (regenerate
 * with -Dgolden.update=true).
 */
class RealDockerfilesFixTest {

  static final Path DIR = Path.of("../shared/corpus/real-dockerfiles");

  static Stream<Path> dockerfiles() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.sorted().toList().stream();
    }
  }

  /** A stand-in digest for a reference: the SHA-256 of its lock key. */
  static Digest digestOf(String key) {
    return Digest.sha256(key.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes a lock file with every reference a fix of the file asks for (the bases as written and
   * the slim and runtime images the fixes switch to), found by fixing once with a recording
   * resolver.
   */
  static Path lockFor(Dockerfile df, Path dir) throws Exception {
    Map<String, Digest> asked = new HashMap<>();
    DigestResolver recording = ref -> {
      asked.put(LockFile.key(ref), digestOf(LockFile.key(ref)));
      return new PinnedDigest(digestOf(LockFile.key(ref)), "recording", false);
    };
    for (int pass = 0; pass < 2; pass++) {
      DockerfileFixResult r = new DockerfileFixer(DockerfileFixOptions.unsafe(recording)).fix(df);
      new DockerfileFixer(DockerfileFixOptions.safeOnly(recording)).fix(df);
      df = DockerfileParser.parse(df.path(), r.after());
    }
    LockFile lock = LockFile.empty(dir.resolve("harden.lock"));
    for (Map.Entry<String, Digest> e : asked.entrySet()) {
      lock = lock.with(dev.harden.image.ImageReference.parse(e.getKey()), e.getValue());
    }
    Files.writeString(lock.path(), lock.render());
    return lock.path();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dockerfiles")
  void fixesRelintAndStayFixed(Path path, @TempDir Path tmp) throws Exception {
    Dockerfile original = DockerfileParser.parse(path);
    Path lock = lockFor(original, tmp);
    DigestResolver offline = new DigestPins(DigestResolver.OFFLINE, Optional.of(lock), false)
        .forDockerfile(path);
    DockerfileLinter linter = new DockerfileLinter(BuiltinRules.dockerfile(LintSettings.DEFAULTS),
        LintSettings.DEFAULTS);
    for (DockerfileFixOptions options : List.of(DockerfileFixOptions.safeOnly(offline),
        DockerfileFixOptions.unsafe(offline))) {
      DockerfileFixResult result = new DockerfileFixer(options).fix(original);
      assertThat(result.problems()).as("%s", path).noneMatch(FixProblem::blocking);
      Dockerfile after = DockerfileParser.parse(path.toString(), result.after());

      List<String> unexplained = new ArrayList<>();
      for (Finding f : linter.lint(after, Optional.empty())) {
        if (!f.rule().fixable()) {
          continue;
        }
        boolean listed = result.notApplied().stream().anyMatch(x -> x.rule().equals(f.rule()))
            || result.problems().stream().anyMatch(x -> x.rule().equals(f.rule()));
        if (!listed) {
          unexplained.add(f.location().line() + " " + f.rule().id() + " " + f.message());
        }
      }
      assertThat(unexplained).as("findings of fixable rules left unlisted in %s (unsafe=%s):%n%s",
          path, options.unsafe(), result.after()).isEmpty();

      assertThat(TextEdits.apply(result.before(), TextEdits.between(result.before(),
          result.after()))).as("SARIF replacements of %s", path).isEqualTo(result.after());

      DockerfileFixResult again = new DockerfileFixer(options).fix(after);
      assertThat(again.changed()).as("second fix of %s changed it:%n%s", path, again.diff())
          .isFalse();
    }
  }

  static final Path GOLDEN = Path.of("src/test/resources/golden/dockerfile-fix");

  @Test
  void goldenDiffs(@TempDir Path tmp) throws Exception {
    String[][] cases = {
        {"GoogleContainerTools_distroless__examples_go_Dockerfile.Dockerfile", "distroless-go"},
        {"GoogleContainerTools_distroless__examples_nodejs_node-express_Dockerfile.Dockerfile",
            "distroless-node-express"},
        {"kubernetes_examples__web_guestbook_php-redis_Dockerfile.Dockerfile", "guestbook-php"},
        {"kubernetes_examples__web_guestbook-go_Dockerfile.Dockerfile", "guestbook-go"},
        {"kubernetes-sigs_descheduler__Dockerfile.Dockerfile", "descheduler"},
        {"controlplaneio_kubesec__Dockerfile.Dockerfile", "kubesec"},
        {"kubernetes_ingress-nginx__images_cfssl_rootfs_Dockerfile.Dockerfile", "cfssl"},
        {"docker-library_node__0.10_Dockerfile.Dockerfile", "node-0.10"},
        {"GoogleCloudPlatform_microservices-demo__src_emailservice_Dockerfile.Dockerfile",
            "emailservice"},
        {"anchore_syft__Dockerfile.Dockerfile", "syft"},
        {"nginxinc_docker-nginx__modules_Dockerfile.Dockerfile", "nginx-modules"},
        {"FairwindsOps_polaris__Dockerfile.Dockerfile", "polaris"},
    };
    for (String[] c : cases) {
      Path path = DIR.resolve(c[0]);
      Dockerfile df = DockerfileParser.parse(path);
      Path dir = Files.createDirectories(tmp.resolve(c[1]));
      DigestResolver offline = new DigestPins(DigestResolver.OFFLINE,
          Optional.of(lockFor(df, dir)), false).forDockerfile(path);
      for (boolean unsafe : new boolean[] {false, true}) {
        DockerfileFixOptions options = unsafe ? DockerfileFixOptions.unsafe(offline)
            : DockerfileFixOptions.safeOnly(offline);
        DockerfileFixResult result = new DockerfileFixer(options).fix(df);
        StringBuilder text = new StringBuilder(result.diff().replace(DIR + "/", ""));
        result.applied().forEach(f -> text.append("# fixed ").append(f.rule().id()).append(' ')
            .append(f.safety().label()).append(": ").append(f.description()).append('\n'));
        result.notApplied().forEach(f -> text.append("# suggested ").append(f.rule().id())
            .append(": ").append(f.description()).append('\n'));
        result.problems().forEach(p -> text.append("# not fixed ").append(p.rule().id())
            .append(": ").append(p.reason()).append('\n'));
        golden(text.toString(), c[1] + (unsafe ? ".unsafe.diff" : ".safe.diff"));
      }
    }
  }

  private static void golden(String actual, String name) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("golden %s", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
