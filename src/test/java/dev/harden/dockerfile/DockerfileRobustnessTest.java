package dev.harden.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever text it is given, the parser either returns a Dockerfile or throws an {@link
 * InputException} with a line: mutated real Dockerfiles never produce another exception (which the
 * command line would show as a stack trace).
 */
class DockerfileRobustnessTest {

  private static final String[] INSERTS = {
    "\n", "\\", "\\\n", "`", "\"", "'", "[", "]", "<<", "<<-EOF\n", "EOF\n", "$", "${", "}", "#", " ",
    "--", "--from=", "=", "\r\n", "\t", "\u00a0", "ONBUILD ", "FROM ", " AS x", "\uFEFF", "{\"a\":1}",
  };

  @Test
  void mutatedRealDockerfilesParseOrFailCleanly() throws Exception {
    List<Path> files;
    try (var list = Files.list(Path.of("../shared/corpus/real-dockerfiles"))) {
      files = list.sorted().toList();
    }
    Random random = new Random(7_2026L);
    int parsed = 0;
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      String original = Files.readString(file);
      for (int round = 0; round < 40; round++) {
        StringBuilder text = new StringBuilder(original);
        for (int k = 0; k < 1 + random.nextInt(4); k++) {
          int at = random.nextInt(text.length() + 1);
          int cut = Math.min(text.length() - at, random.nextInt(3));
          text.replace(at, at + cut, INSERTS[random.nextInt(INSERTS.length)]);
        }
        try {
          DockerfileParser.parse(file.getFileName().toString(), text.toString());
          parsed++;
        } catch (InputException e) {
          if (e.line() < 1 && !e.getMessage().startsWith("file is larger")) {
            failures.add("no line: " + e.describe());
          }
        } catch (RuntimeException | StackOverflowError e) {
          failures.add(file.getFileName() + " round " + round + ": " + e);
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(parsed).isGreaterThan(files.size() * 10);
  }
}
