package dev.harden.lint.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.DockerfileParser;
import dev.harden.io.InputException;
import dev.harden.lint.LintSettings;
import dev.harden.lint.builtin.BuiltinRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every built-in Dockerfile rule runs on whatever the parser accepts: mutated real Dockerfiles,
 * with fragments that steer into the rules' own corners (stage references, ports, heredocs,
 * variables, pipes), never make a rule throw (the command line would show an internal error).
 */
class DockerfileRulesRobustnessTest {

  private static final String[] INSERTS = {
    "\n", "\\\n", "\"", "'", "$", "${", "}", "#", " ", "\t", "=", "|", "&&", ";", "(", ")", "`",
    "\nCOPY --from=", "\nCOPY --from=0 / /\n", "\nCOPY --from=$X a b c\n", "\nRUN --mount=from=",
    "\nEXPOSE ", "\nEXPOSE 22-", ":", "/", "\nWORKDIR ", "\nRUN cd ", "\nRUN curl x | sh\n",
    "\nRUN sh -c \"$(curl x)\"\n", "\nRUN bash <(wget x)\n", "\nENV A=1 B=$A ", "\nARG TOKEN\n",
    "\nARG PASSWORD=", "\nUSER ", "\nRUN chmod ", " 777 ", "\nRUN useradd -u ", "\nHEALTHCHECK ",
    "\nCMD ", "\nENTRYPOINT ", "\nONBUILD ", "\nFROM scratch AS ", "\nLABEL ", "\nSHELL [\"x\"]\n",
    "\nADD ", " https://x/y ", ".tar.gz", "\nRUN <<EOF\n", "\nEOF\n", "\nMAINTAINER ", "-----BEGIN ",
    "\nFROM --platform=", "\nRUN ln -s a /bin/sh\n", "\nRUN wget ", "sudo ", "exec ",
  };

  @Test
  void mutatedRealDockerfilesNeverMakeARuleThrow() throws Exception {
    List<Path> files;
    try (var list = Files.list(Path.of("../shared/corpus/real-dockerfiles"))) {
      files = list.sorted().toList();
    }
    DockerfileLinter linter =
        new DockerfileLinter(BuiltinRules.dockerfile(LintSettings.DEFAULTS), LintSettings.DEFAULTS);
    Random random = new Random(20_260_401L);
    int linted = 0;
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      String original = Files.readString(file);
      for (int round = 0; round < 20; round++) {
        StringBuilder text = new StringBuilder(original);
        for (int k = 0; k < 1 + random.nextInt(5); k++) {
          int at = random.nextInt(text.length() + 1);
          int cut = Math.min(text.length() - at, random.nextInt(3));
          text.replace(at, at + cut, INSERTS[random.nextInt(INSERTS.length)]);
        }
        Dockerfile parsed;
        try {
          parsed = DockerfileParser.parse(file.getFileName().toString(), text.toString());
        } catch (InputException e) {
          continue;
        }
        try {
          linter.lint(parsed, Optional.empty());
          linted++;
        } catch (InputException | RuntimeException | StackOverflowError e) {
          failures.add(file.getFileName() + " round " + round + ": " + e + " at "
              + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?"));
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(linted).isGreaterThan(files.size() * 5);
  }
}
