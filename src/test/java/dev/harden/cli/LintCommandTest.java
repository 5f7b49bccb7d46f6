package dev.harden.cli;

import static dev.harden.cli.InProcessHarden.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.cli.HardenLauncher.Result;
import dev.harden.report.sarif.SarifSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code harden lint} end to end through {@link HardenCommand#run}: bad input, formats, --output,
 * thresholds, config and suppressions, on real files.
 */
class LintCommandTest {

  /** A Dockerfile clean for every rule except the one line a test adds. */
  private static final String CLEAN =
      "FROM scratch\nCOPY app /app\nUSER 65532\nENTRYPOINT [\"/app\"]\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /** Exit 2, one clear line naming the file and line on stderr, nothing on stdout. */
  private static void assertInputError(Result r, Path file, int line, String says) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("harden: " + file + ":" + line + ": ").contains(says);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void binaryFile() throws IOException {
    byte[] elf = Files.readAllBytes(Path.of("/bin/ls"));
    Path f = write("Dockerfile", Arrays.copyOf(elf, 4096));
    assertInputError(run("lint", f.toString()), f, 1, "binary file");
  }

  @Test
  void tenMegabyteLine() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20\nRUN echo " + "a".repeat(10 << 20) + "\n");
    assertInputError(run("lint", f.toString()), f, 2, "longer than 65535 bytes");
  }

  @Test
  void unterminatedHeredoc() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20\nRUN <<EOF\necho hi\n");
    assertInputError(run("lint", f.toString()), f, 2, "unterminated heredoc");
  }

  @Test
  void unknownInstruction() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20\nRUNN echo hi\n");
    assertInputError(run("lint", f.toString()), f, 2, "unknown instruction");
  }

  @Test
  void invalidUtf8() throws IOException {
    byte[] text = "FROM alpine:3.20\nLABEL x=\"\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
    Path f = write("Dockerfile", text);
    assertInputError(run("lint", f.toString()), f, 2, "not UTF-8");
  }

  @Test
  void emptyFile() throws IOException {
    Path f = write("Dockerfile", "");
    assertInputError(run("lint", f.toString()), f, 1, "no instructions");
  }

  @Test
  void badInputAmongGoodFilesStillFailsWholeRunWithoutPartialOutput() throws IOException {
    write("a.Dockerfile", CLEAN + "EXPOSE 22\n");
    Path bad = write("b.Dockerfile", "FROM alpine:3.20\nONBUILD ONBUILD RUN x\n");
    Result r = run("lint", dir.toString());
    assertInputError(r, bad, 2, "ONBUILD");
  }

  @Test
  void textFormatIsFileLineColumnSeverityRuleMessage() throws IOException {
    Path f = write("Dockerfile", CLEAN + "EXPOSE 22\n");
    Result r = run("lint", "--format", "text", f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains(f + ":5:8 warning HD051 EXPOSE 22 publishes the SSH port");
  }

  @Test
  void jsonFormat() throws IOException {
    Path f = write("Dockerfile", CLEAN + "EXPOSE 22\nMAINTAINER me\n");
    Result r = run("lint", "--format", "json", f.toString());
    JsonNode json = new ObjectMapper().readTree(r.out());
    List<String> rules = new ArrayList<>();
    json.path("findings").forEach(n -> rules.add(n.path("rule").asText()));
    assertThat(rules).contains("HD051", "HD056");
    JsonNode maintainer = find(json, "HD056");
    assertThat(maintainer.path("severity").asText()).isEqualTo("error");
    assertThat(maintainer.path("line").asInt()).isEqualTo(6);
    assertThat(maintainer.path("file").asText()).isEqualTo(f.toString());
    assertThat(maintainer.path("fixable").asBoolean()).isTrue();
    assertThat(maintainer.path("aliases").toString()).contains("DL4000", "DS-0022");
  }

  @Test
  void sarifOfTheRealCorpusIsValid() throws IOException {
    Result r =
        run(
            "lint",
            "--format",
            "sarif",
            "--failure-threshold",
            "none",
            "../shared/corpus/real-dockerfiles");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode sarif = new ObjectMapper().readTree(r.out());
    assertThat(SarifSchema.violations(sarif)).isEmpty();
    JsonNode results = sarif.path("runs").get(0).path("results");
    assertThat(results.size()).isGreaterThan(10);
    List<String> ruleIds = new ArrayList<>();
    sarif
        .path("runs")
        .get(0)
        .path("tool")
        .path("driver")
        .path("rules")
        .forEach(n -> ruleIds.add(n.path("id").asText()));
    assertThat(ruleIds).contains("HD040", "HD057", "HD074");
  }

  @Test
  void unknownFormatIsAUsageError() throws IOException {
    Path f = write("Dockerfile", CLEAN);
    Result r = run("lint", "--format", "yaml", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("unknown format 'yaml'");
  }

  @Test
  void outputFileReplacesStdout() throws IOException {
    Path f = write("Dockerfile", CLEAN + "EXPOSE 22\n");
    Path report = dir.resolve("report.json");
    Result r = run("lint", "--format", "json", "--output", report.toString(), f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(report))
        .isEqualTo(run("lint", "--format", "json", f.toString()).out());
    assertThat(siblings()).containsExactlyInAnyOrder("Dockerfile", "report.json");
  }

  @Test
  void outputFileIsNotWrittenOnError() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20\nRUNN x\n");
    Path report = dir.resolve("report.sarif");
    Result r = run("lint", "--format", "sarif", "--output", report.toString(), f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(report).doesNotExist();
    assertThat(siblings()).containsExactly("Dockerfile");
  }

  @Test
  void outputIntoAMissingDirectoryIsAnInputError() throws IOException {
    Path f = write("Dockerfile", CLEAN);
    Path report = dir.resolve("missing/report.txt");
    Result r = run("lint", "--output", report.toString(), f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("harden: " + report + ": cannot write the report");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void failureThreshold() throws IOException {
    Path f = write("Dockerfile", CLEAN + "EXPOSE 22\n");
    assertThat(run("lint", f.toString()).code()).isEqualTo(1);
    assertThat(run("lint", "--failure-threshold", "warning", f.toString()).code()).isEqualTo(1);
    assertThat(run("lint", "--failure-threshold", "error", f.toString()).code()).isZero();
    assertThat(run("lint", "--failure-threshold", "none", f.toString()).code()).isZero();
    Result bad = run("lint", "--failure-threshold", "fatal", f.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("expected error, warning, info, style or none");
  }

  @Test
  void targetChoosesTheImage() throws IOException {
    Path f =
        write(
            "Dockerfile",
            "FROM alpine:3.20 AS debug\nEXPOSE 22\nUSER 65532\nCMD [\"/bin/sh\"]\n" + CLEAN);
    assertThat(run("lint", f.toString()).out()).doesNotContain("HD051");
    Result debug = run("lint", "--target", "debug", f.toString());
    assertThat(debug.out()).contains(f + ":2:8 warning HD051");
    Result missing = run("lint", "--target", "nope", f.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("target stage nope could not be found");
    assertThat(missing.out()).isEmpty();
  }

  @Test
  void styleFindingsDoNotFailAtTheDefaultThreshold() throws IOException {
    Path f = write("Dockerfile", CLEAN + "LABEL Build_Date=today\n");
    Result r = run("lint", f.toString());
    assertThat(r.out()).contains("HD073");
    assertThat(r.code()).isZero();
  }

  @Test
  void ignoreByIdOrAlias() throws IOException {
    Path f = write("Dockerfile", CLEAN + "MAINTAINER me\n");
    assertThat(run("lint", f.toString()).code()).isEqualTo(1);
    for (String id : List.of("HD056", "DL4000", "DS-0022")) {
      Result r = run("lint", "--ignore", id, f.toString());
      assertThat(r.code()).as(id).isZero();
      assertThat(r.out()).as(id).doesNotContain("HD056");
    }
  }

  @Test
  void configFile() throws IOException {
    Path f = write("Dockerfile", CLEAN + "MAINTAINER me\nEXPOSE 22\n");
    Path ignoring = write("ignoring.yaml", "ignored: [DL4000]\nfailureThreshold: error\n");
    Result r = run("lint", "--config", ignoring.toString(), f.toString());
    assertThat(r.out()).doesNotContain("HD056").contains("HD051");
    assertThat(r.code()).isZero();

    Path raising =
        write(
            "raising.yaml",
            "ignored: [HD056]\nseverity:\n  HD051: error\n" + "failureThreshold: error\n");
    r = run("lint", "--config", raising.toString(), f.toString());
    assertThat(r.out()).contains("error HD051");
    assertThat(r.code()).isEqualTo(1);
    assertThat(
            run("lint", "--config", raising.toString(), "--failure-threshold", "none", f.toString())
                .code())
        .isZero();

    Path broken = write("broken.yaml", "ignored: [HD056]\nseverity:\n  HD051: fatal\n");
    r = run("lint", "--config", broken.toString(), f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("harden: " + broken + ":3: ");
  }

  @Test
  void labelSchemaFromTheConfigFile() throws IOException {
    Path f = write("Dockerfile",
        CLEAN + "LABEL org.opencontainers.image.version=v1.2 build-host=ci\n");
    Result plain = run("lint", f.toString());
    assertThat(plain.out()).doesNotContain("HD075", "HD076", "HD082");
    assertThat(plain.code()).isZero();

    Path config = write("labels.yaml", """
        labelSchema:
          org.opencontainers.image.version: semver
          org.opencontainers.image.source: url
        strictLabels: true
        """);
    Result r = run("lint", "--config", config.toString(), f.toString());
    assertThat(r.out()).contains("info HD075").contains("org.opencontainers.image.source")
        .contains("info HD076").contains("build-host")
        .contains("warning HD082").contains("'v1.2'");
    assertThat(r.code()).isEqualTo(1);

    Path bad = write("bad-labels.yaml", "labelSchema:\n  org.opencontainers.image.version: ver\n");
    r = run("lint", "--config", bad.toString(), f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("harden: " + bad + ":2: ").contains("unknown label type 'ver'");
  }

  @Test
  void inlineSuppressions() throws IOException {
    Path harden = write("a.Dockerfile", CLEAN + "# harden ignore=HD056\nMAINTAINER me\n");
    Path hadolint = write("b.Dockerfile", CLEAN + "# hadolint ignore=DL4000\nMAINTAINER me\n");
    Path global =
        write("c.Dockerfile", "# hadolint global ignore=DL4000\n" + CLEAN + "MAINTAINER me\n");
    Path other = write("d.Dockerfile", CLEAN + "# hadolint ignore=DL3008\nMAINTAINER me\n");
    for (Path p : List.of(harden, hadolint, global)) {
      Result r = run("lint", p.toString());
      assertThat(r.code()).as(p.toString()).isZero();
      assertThat(r.out()).as(p.toString()).doesNotContain("HD056");
    }
    assertThat(run("lint", other.toString()).out()).contains("HD056");
  }

  private JsonNode find(JsonNode json, String rule) {
    for (JsonNode n : json.path("findings")) {
      if (n.path("rule").asText().equals(rule)) {
        return n;
      }
    }
    throw new AssertionError("no " + rule + " in " + json);
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
