package dev.harden.fix.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.dockerfile.DockerfileParser;
import dev.harden.fix.FixSafety;
import dev.harden.fix.TextEdit;
import dev.harden.fix.pin.DigestResolver;
import dev.harden.fix.pin.LockFile;
import dev.harden.fix.pin.PinnedDigest;
import dev.harden.image.registry.RegistryException;
import dev.harden.io.Digest;
import dev.harden.io.InputException;
import dev.harden.lint.LintSettings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fixer's guarantees, each on a file that exercises it. */
class DockerfileFixerTest {

  static final Map<String, String> DIGESTS = Map.of(
      "docker.io/library/node:20", "sha256:" + "1".repeat(64),
      "docker.io/library/node:20-slim", "sha256:" + "2".repeat(64),
      "docker.io/library/debian:12", "sha256:" + "3".repeat(64),
      "docker.io/library/debian:12-slim", "sha256:" + "4".repeat(64));

  static final DigestResolver LOCKED = ref -> {
    String d = DIGESTS.get(LockFile.key(ref));
    if (d == null) {
      throw new RegistryException.NotFound(ref.registry(), "not found: " + LockFile.key(ref));
    }
    return new PinnedDigest(Digest.parse(d), "harden.lock", true);
  };

  static DockerfileFixResult fix(DockerfileFixOptions options, String text) throws InputException {
    return new DockerfileFixer(options).fix(DockerfileParser.parse("Dockerfile",
        text.getBytes(StandardCharsets.UTF_8)));
  }

  static final String MESSY = "\uFEFF# escape=`\r\n"
      + "# the app image\r\n"
      + "FROM debian:12\r\n"
      + "MAINTAINER Jo <jo@example.org>\r\n"
      + "# install tools `\r\n"
      + "RUN apt-get update `\r\n"
      + "  # comment inside the continuation\r\n"
      + "  && apt-get install curl\r\n"
      + "ADD app/ /app/\r\n"
      + "CMD /app/run --port 8080\r\n";

  @Test
  void everythingOnAFileWithBomCrlfAndABacktickEscape() throws Exception {
    DockerfileFixResult result = fix(DockerfileFixOptions.unsafe(LOCKED), MESSY);
    assertThat(result.after()).isEqualTo("\uFEFF# escape=`\r\n"
        + "# the app image\r\n"
        + "FROM debian:12-slim@sha256:" + "4".repeat(64) + "\r\n"
        + "LABEL org.opencontainers.image.authors=\"Jo <jo@example.org>\"\r\n"
        + "# install tools `\r\n"
        + "RUN apt-get update `\r\n"
        + "  # comment inside the continuation\r\n"
        + "  && apt-get install --no-install-recommends -y curl `\r\n"
        + "  && rm -rf /var/lib/apt/lists/*\r\n"
        + "RUN rm -f /usr/bin/apt* /usr/bin/dpkg*\r\n"
        + "RUN groupadd --system --gid 10001 app `\r\n"
        + "    && useradd --system --no-log-init --uid 10001 --gid app --create-home"
        + " --home-dir /home/app --shell /usr/sbin/nologin app\r\n"
        + "USER 10001:10001\r\n"
        + "COPY --chown=10001:10001 app/ /app/\r\n"
        + "CMD [\"/app/run\", \"--port\", \"8080\"]\r\n");
    assertThat(result.problems()).isEmpty();
    assertThat(result.notApplied()).isEmpty();
    assertThat(result.applied()).extracting(f -> f.rule().id()).containsExactlyInAnyOrder(
        "HD001", "HD002", "HD005", "HD006", "HD014", "HD015", "HD016", "HD040", "HD046",
        "HD056");
  }

  @Test
  void idempotent() throws Exception {
    for (DockerfileFixOptions options : List.of(DockerfileFixOptions.safeOnly(LOCKED),
        DockerfileFixOptions.unsafe(LOCKED))) {
      DockerfileFixResult once = fix(options, MESSY);
      DockerfileFixResult twice = fix(options, once.after());
      assertThat(twice.after()).isEqualTo(once.after());
      assertThat(twice.applied()).isEmpty();
    }
  }

  @Test
  void safeOnlyLeavesSuggestedFixesListedWithTheirReason() throws Exception {
    DockerfileFixResult result = fix(DockerfileFixOptions.safeOnly(LOCKED), MESSY);
    assertThat(result.applied()).allSatisfy(f -> assertThat(f.safety()).isEqualTo(FixSafety.SAFE));
    assertThat(result.notApplied()).extracting(f -> f.rule().id())
        .containsExactlyInAnyOrder("HD002", "HD005", "HD006", "HD014");
    assertThat(result.notApplied()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
    assertThat(result.after()).contains("FROM debian:12@sha256:" + "3".repeat(64) + "\r\n");
  }

  @Test
  void theNewBaseIsPinnedNotTheOldOne() throws Exception {
    // HD002 and HD001 both edit the FROM word: the base changes first, its digest comes next
    DockerfileFixResult result = fix(DockerfileFixOptions.unsafe(LOCKED).withOnly(Set.of("HD001",
        "HD002")), "FROM node:20\nCMD [\"node\"]\n");
    assertThat(result.after()).isEqualTo("FROM node:20-slim@sha256:" + "2".repeat(64)
        + "\nCMD [\"node\"]\n");
  }

  @Test
  void onlyIgnoreAndInlineSuppressionsChooseWhatIsFixed() throws Exception {
    String text = "FROM debian:12\n# harden ignore=HD016\nRUN apt-get install curl\n"
        + "RUN apt-get install git\nMAINTAINER me\n";
    DockerfileFixResult only = fix(DockerfileFixOptions.safeOnly(LOCKED)
        .withOnly(Set.of("DL3014")), text);
    assertThat(only.after()).isEqualTo("FROM debian:12\n# harden ignore=HD016\n"
        + "RUN apt-get install curl\nRUN apt-get install -y git\nMAINTAINER me\n");
    DockerfileFixResult ignored = fix(new DockerfileFixOptions(false, Set.of(),
        new LintSettings(Set.of("HD056", "HD001"), Map.of(), List.of()), Optional.empty(),
        DigestResolver.OFFLINE), text);
    assertThat(ignored.after()).contains("MAINTAINER me").contains("install -y git");
    assertThat(ignored.problems()).isEmpty();
  }

  @Test
  void unresolvedPinBlocksButEveryOtherFixApplies() throws Exception {
    DockerfileFixResult result = fix(DockerfileFixOptions.safeOnly(DigestResolver.OFFLINE),
        "FROM debian:12\nRUN apt-get install curl\n");
    assertThat(result.after()).isEqualTo("FROM debian:12\nRUN apt-get install -y curl"
        + " && rm -rf /var/lib/apt/lists/*\n");
    assertThat(result.blocked()).isTrue();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.rule().id()).isEqualTo("HD001");
      assertThat(p.reason()).contains("offline").contains("docker.io/library/debian:12");
    });
  }

  /** A fix whose result would not parse, next to one whose result does. */
  static final class BreakingFix implements DockerfileFix {
    @Override
    public String ruleId() {
      return "HD099";
    }

    @Override
    public void propose(FixContext context, FixSink out) {
      var from = context.dockerfile().stages().get(0).from();
      out.add(context.fix(ruleId(), FixSafety.SAFE, from, "two edits, one breaks the file", "-",
          List.of(TextEdit.insert(0, "# good half\n"),
              DockerfileEdits.insertAfter(context, from, List.of("BOGUS instruction")))));
    }
  }

  @Test
  void aFixWhoseResultWouldNotParseIsDroppedWholeAndReported() throws Exception {
    List<DockerfileFix> fixes = List.of(new BreakingFix(), new AptGetYesFix());
    DockerfileFixResult result = new DockerfileFixer(DockerfileFixOptions.safeOnly(LOCKED), fixes)
        .fix(DockerfileParser.parse("Dockerfile", "FROM debian:12\nRUN apt-get install x\n"));
    assertThat(result.after()).isEqualTo("FROM debian:12\nRUN apt-get install -y x\n");
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.rule().id()).isEqualTo("HD099");
      assertThat(p.reason()).contains("would not parse").contains("BOGUS");
    });
  }

  @Test
  void reportsForTheTargetStage() throws Exception {
    String text = "FROM debian:12 AS app\nCMD [\"x\"]\nFROM debian:12 AS debug\nUSER 1000\n";
    DockerfileFixResult result = fix(DockerfileFixOptions.unsafe(LOCKED)
        .withOnly(Set.of("HD005")).withTarget(Optional.of("app")), text);
    assertThat(result.after()).contains("FROM debian:12 AS app\nRUN groupadd");
  }
}
