package dev.harden.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentsTest {

  private static final String TEXT =
      String.join(
          "\n",
          "# Build the app",
          "FROM alpine",
          "# hadolint ignore=DL3018,DL3019",
          "  # harden ignore=HD001",
          "RUN apk add curl",
          "",
          "# detached by a blank line",
          "",
          "RUN apk add git \\",
          "  # inside the instruction",
          "  jq",
          "USER app",
          "");

  @Test
  void commentsDirectlyAboveAnInstruction() throws Exception {
    Dockerfile df = DockerfileParser.parse("Dockerfile", TEXT);

    Instruction firstRun = df.instructions().get(1);
    assertThat(df.commentsAbove(firstRun))
        .extracting(Comment::text)
        .containsExactly("hadolint ignore=DL3018,DL3019", "harden ignore=HD001");
    assertThat(df.commentsAbove(firstRun).get(1).span().toString()).isEqualTo("4:3-4:24");
    assertThat(df.commentsAbove(df.instructions().get(0)))
        .extracting(Comment::text)
        .containsExactly("Build the app");
    assertThat(df.commentsAbove(df.instructions().get(2))).isEmpty();
    assertThat(df.commentsAbove(df.instructions().get(3))).isEmpty();
  }

  @Test
  void everyCommentIsKeptWithItsPosition() throws Exception {
    Dockerfile df = DockerfileParser.parse("Dockerfile", TEXT);

    assertThat(df.comments())
        .extracting(Comment::line, Comment::insideInstruction)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, false),
            org.assertj.core.groups.Tuple.tuple(3, false),
            org.assertj.core.groups.Tuple.tuple(4, false),
            org.assertj.core.groups.Tuple.tuple(7, false),
            org.assertj.core.groups.Tuple.tuple(10, true));
  }
}
