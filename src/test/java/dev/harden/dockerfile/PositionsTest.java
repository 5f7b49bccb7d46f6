package dev.harden.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import org.junit.jupiter.api.Test;

/** Exact line, column and offset of what rules report and fixes rewrite. */
class PositionsTest {

  private static final String TEXT =
      String.join(
          "\n",
          "FROM node:22 AS build",
          "ENV NODE_ENV=production \\",
          "    PORT=8080",
          "RUN --mount=type=cache,target=/root/.npm npm ci \\",
          "    && npm run bui\\",
          "ld",
          "COPY --chown=node:node . /app",
          "");

  @Test
  void instructionFlagAndArgumentSpans() throws Exception {
    Dockerfile df = DockerfileParser.parse("Dockerfile", TEXT);

    Env env = (Env) df.instructions().get(1);
    assertThat(env.span().toString()).isEqualTo("2:1-3:14");
    KeyValue port = env.pairs().get(1);
    assertThat(port.span().toString()).isEqualTo("3:5-3:14");
    assertThat(port.value().span().start())
        .isEqualTo(new SourcePosition(3, 10, TEXT.indexOf("8080")));
    assertThat(df.text(port.value().span())).isEqualTo("8080");

    Copy copy = (Copy) df.instructions().get(3);
    Flag chown = copy.flag("chown").orElseThrow();
    assertThat(chown.span().toString()).isEqualTo("7:6-7:23");
    assertThat(df.text(chown.valueSpan().orElseThrow())).isEqualTo("node:node");
    assertThat(copy.syntax().argumentsSpan().toString()).isEqualTo("7:24-7:30");
  }

  @Test
  void shellWordsCarryOffsetsIntoTheFileEvenAcrossContinuations() throws Exception {
    Dockerfile df = DockerfileParser.parse("Dockerfile", TEXT);

    Run run = (Run) df.instructions().get(2);
    SimpleCommand build = run.script().commands().get(1);
    assertThat(build.args()).containsExactly("run", "build");
    assertThat(df.position(build.start()).toString()).isEqualTo("5:8");
    ShellWord word = build.words().get(2);
    assertThat(word.raw()).isEqualTo("build");
    // the word starts on line 5 and ends on line 6: its span covers the escape and newline
    assertThat(df.span(word.start(), word.end()).toString()).isEqualTo("5:16-6:3");
    assertThat(df.text().substring(word.start(), word.end())).isEqualTo("bui\\\nld");
    assertThat(word.mappedValue().offset(3)).isEqualTo(TEXT.indexOf("\nld\n") + 1);
  }
}
