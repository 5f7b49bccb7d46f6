package dev.harden.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.dockerfile.DockerfileParser;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shell parser never throws, whatever it is given: every RUN of the real corpus, cut at every
 * position and with characters replaced by shell metacharacters, parses to some result.
 */
class ShellRobustnessTest {

  @Test
  void mutatedRealScriptsNeverBreakTheParser() throws Exception {
    List<String> scripts = new ArrayList<>();
    try (var files = Files.list(Path.of("../shared/corpus/real-dockerfiles"))) {
      for (Path p : files.sorted().toList()) {
        for (Instruction i : DockerfileParser.parse(p).instructions()) {
          if (i instanceof Run run) {
            scripts.add(run.syntax().arguments());
          }
        }
      }
    }
    assertThat(scripts).hasSizeGreaterThan(90);

    Random random = new Random(20260826L);
    String metas = "'\"`$(){}[]|&;<>\\\n#!*?=";
    int parsed = 0;
    for (String script : scripts) {
      for (int cut = 0; cut <= script.length(); cut += Math.max(1, script.length() / 25)) {
        parse(script.substring(0, cut));
        parsed++;
      }
      for (int round = 0; round < 20; round++) {
        char[] chars = script.toCharArray();
        for (int k = 0; k < 3 && chars.length > 0; k++) {
          chars[random.nextInt(chars.length)] = metas.charAt(random.nextInt(metas.length()));
        }
        parse(new String(chars));
        parsed++;
      }
    }
    assertThat(parsed).isGreaterThan(4000);
  }

  @Test
  void hostileNestingIsCappedInsteadOfOverflowingTheStack() {
    String[] hostile = {
      "echo " + "$(".repeat(50_000) + "x" + ")".repeat(50_000),
      "( ".repeat(50_000) + "true" + " )".repeat(50_000),
      "if true; then ".repeat(20_000) + "x" + "; fi".repeat(20_000),
      "a() ".repeat(20_000) + "{ x; }",
      "echo " + "<(".repeat(30_000),
    };
    for (String text : hostile) {
      ShellScript s = ShellScript.parse(MappedText.contiguous(text, 0));
      assertThat(s.isPartial()).isTrue();
      assertThat(s.problems())
          .extracting(Problem::message)
          .contains("commands nested too deeply; the rest is not analysed");
    }
  }

  @Test
  void hostileSubstitutionNestingInADockerfileIsAnUnresolvedValue() throws Exception {
    String arg = "${A:-".repeat(10_000) + "x" + "}".repeat(10_000);
    var df = DockerfileParser.parse("Dockerfile", "FROM alpine\nARG V=" + arg + "\n");
    var v = df.stages().get(0).finalScope().variable("V").orElseThrow();
    assertThat(v.value()).isEmpty();
  }

  private static void parse(String text) {
    ShellScript s = ShellScript.parse(MappedText.contiguous(text, 100));
    for (SimpleCommand c : s.commands()) {
      assertThat(c.start()).isBetween(100, 100 + text.length());
      assertThat(c.end()).isBetween(c.start(), 100 + text.length());
    }
  }
}
