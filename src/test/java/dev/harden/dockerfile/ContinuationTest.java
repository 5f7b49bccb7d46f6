package dev.harden.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.io.InputException;
import org.junit.jupiter.api.Test;

class ContinuationTest {

  private static Dockerfile parse(String text) throws InputException {
    return DockerfileParser.parse("Dockerfile", text);
  }

  @Test
  void joinsContinuationLinesKeepingTheirLeadingSpace() throws Exception {
    Dockerfile df = parse("FROM alpine\nRUN apk add \\\n    curl \\\n    git\n");

    Run run = (Run) df.instructions().get(1);
    assertThat(run.syntax().logical()).isEqualTo("RUN apk add     curl     git");
    assertThat(run.span().toString()).isEqualTo("2:1-4:8");
    assertThat(run.syntax().text()).isEqualTo("RUN apk add \\\n    curl \\\n    git");
    assertThat(((ShellForm) run.command()).span().toString()).isEqualTo("2:5-4:8");
  }

  @Test
  void commentAndEmptyLinesInsideAContinuationAreDroppedNotEnding() throws Exception {
    Dockerfile df =
        parse("FROM alpine\nRUN apk add \\\n  # the http client\n  curl \\\n\n  git\nUSER app\n");

    Run run = (Run) df.instructions().get(1);
    assertThat(run.syntax().logical()).isEqualTo("RUN apk add   curl   git");
    assertThat(run.span().toString()).isEqualTo("2:1-6:6");
    assertThat(df.comments())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.text()).isEqualTo("the http client");
              assertThat(c.insideInstruction()).isTrue();
              assertThat(c.span().toString()).isEqualTo("3:3-3:20");
            });
    assertThat(df.warnings()).extracting(ParseWarning::line).containsExactly(2);
    assertThat(df.instructions().get(2)).isInstanceOf(User.class);
  }

  @Test
  void blanksAfterTheEscapeCharacterStillContinue() throws Exception {
    Dockerfile df = parse("FROM alpine\nRUN echo a \\  \t\n  b\n");

    assertThat(df.instructions().get(1).syntax().logical()).isEqualTo("RUN echo a   b");
  }

  @Test
  void anEscapedEscapeCharacterDoesNotContinue() throws Exception {
    Dockerfile df = parse("FROM alpine\nRUN echo a\\\\\nUSER app\n");

    assertThat(df.instructions()).hasSize(3);
    assertThat(df.instructions().get(1).syntax().logical()).isEqualTo("RUN echo a\\\\");
  }

  @Test
  void aContinuationAtTheEndOfTheFileEndsTheInstruction() throws Exception {
    Dockerfile df = parse("FROM alpine\nRUN echo a \\");

    assertThat(df.instructions().get(1).syntax().logical()).isEqualTo("RUN echo a");
  }

  @Test
  void crlfLineEndingsParseWithTheSamePositions() throws Exception {
    Dockerfile df = parse("FROM alpine\r\nRUN apk add \\\r\n    curl\r\nUSER app\r\n");

    Run run = (Run) df.instructions().get(1);
    assertThat(run.syntax().logical()).isEqualTo("RUN apk add     curl");
    assertThat(run.span().toString()).isEqualTo("2:1-3:9");
    User user = (User) df.instructions().get(2);
    assertThat(user.user().value()).isEqualTo("app");
    assertThat(user.span().toString()).isEqualTo("4:1-4:9");
    assertThat(run.script().commands().get(0).args()).containsExactly("add", "curl");
  }

  @Test
  void leadingWhitespaceBeforeAnInstructionIsAllowed() throws Exception {
    Dockerfile df = parse("  FROM alpine\n\t\tRUN true\n");

    assertThat(df.instructions().get(1).span().toString()).isEqualTo("2:3-2:11");
  }
}
