package dev.harden.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.io.InputException;
import org.junit.jupiter.api.Test;

class DirectivesTest {

  private static Dockerfile parse(String text) throws InputException {
    return DockerfileParser.parse("Dockerfile", text);
  }

  @Test
  void readsSyntaxEscapeAndCheckAtTheTop() throws Exception {
    Dockerfile df =
        parse(
            "# syntax=docker/dockerfile:1.7\n"
                + "#ESCAPE = `\n"
                + "# check=skip=JSONArgsRecommended;error=true\n"
                + "FROM alpine\n");

    assertThat(df.directives())
        .extracting(Directive::name, Directive::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("syntax", "docker/dockerfile:1.7"),
            org.assertj.core.groups.Tuple.tuple("escape", "`"),
            org.assertj.core.groups.Tuple.tuple("check", "skip=JSONArgsRecommended;error=true"));
    assertThat(df.escape()).isEqualTo('`');
    assertThat(df.directive("escape").orElseThrow().span().toString()).isEqualTo("2:1-2:12");
    assertThat(df.comments()).isEmpty();
  }

  @Test
  void directivesEndAtTheFirstCommentBlankLineOrInstruction() throws Exception {
    Dockerfile afterComment = parse("# a comment\n# escape=`\nFROM alpine\n");
    Dockerfile afterBlank = parse("\n# escape=`\nFROM alpine\n");
    Dockerfile afterUnknown = parse("# foo=bar\n# escape=`\nFROM alpine\n");
    Dockerfile afterInstruction = parse("FROM alpine\n# escape=`\n");

    for (Dockerfile df :
        new Dockerfile[] {afterComment, afterBlank, afterUnknown, afterInstruction}) {
      assertThat(df.escape()).isEqualTo('\\');
      assertThat(df.directives()).isEmpty();
      assertThat(df.comments()).extracting(Comment::text).contains("escape=`");
    }
  }

  @Test
  void aRepeatedDirectiveIsAnError() {
    assertThatThrownBy(() -> parse("# escape=\\\n# escape=`\nFROM alpine\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("only one escape parser directive can be used")
        .extracting(e -> ((InputException) e).line())
        .isEqualTo(2);
  }

  @Test
  void anInvalidEscapeTokenIsAnError() {
    assertThatThrownBy(() -> parse("# escape=x\nFROM alpine\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("invalid escape token 'x' does not match ` or \\");
  }

  @Test
  void backtickEscapeContinuesLinesAndLeavesBackslashesAlone() throws Exception {
    Dockerfile df =
        parse(
            "# escape=`\n"
                + "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                + "COPY C:\\src\\app C:\\app\n"
                + "RUN dir `\n"
                + "    C:\\app\n");

    Copy copy = (Copy) df.instructions().get(1);
    assertThat(copy.sources()).extracting(Word::value).containsExactly("C:\\src\\app");
    assertThat(copy.destination().value()).isEqualTo("C:\\app");
    Run run = (Run) df.instructions().get(2);
    assertThat(run.syntax().logical()).isEqualTo("RUN dir     C:\\app");
    assertThat(run.span().toString()).isEqualTo("4:1-5:11");
  }

  @Test
  void aDirectiveWithLeadingSpacesAndABomStillCounts() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] rest =
        "  # escape=`\nFROM alpine\nRUN a `\n b\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + rest.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(rest, 0, all, 3, rest.length);

    Dockerfile df = DockerfileParser.parse("Dockerfile", all);

    assertThat(df.bom()).isTrue();
    assertThat(df.escape()).isEqualTo('`');
    assertThat(df.instructions().get(1).syntax().logical()).isEqualTo("RUN a  b");
  }
}
