package dev.harden.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.io.InputException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageGraphTest {

  private static final String MULTI_STAGE =
      String.join(
          "\n",
          "ARG GO=1.22",
          "FROM golang:${GO}-bookworm AS build",
          "RUN go build -o /app .",
          "FROM build AS Test",
          "RUN go test ./...",
          "FROM scratch AS assets",
          "COPY ui/ /ui/",
          "FROM gcr.io/distroless/static-debian12@sha256:8dd8d3ca2cf283383304fd45a5c9c74d5f2cd9da8d3b7d3e5cd6ab4d0e3ab6f1",
          "COPY --from=build /app /app",
          "COPY --from=2 /ui /ui",
          "COPY --from=nginx:1.27 /etc/nginx/mime.types /etc/",
          "RUN --mount=type=bind,from=test,target=/t true",
          "");

  @Test
  void resolvesEachStagesBase() throws Exception {
    Dockerfile df = DockerfileParser.parse("Dockerfile", MULTI_STAGE);

    assertThat(df.stages())
        .extracting(Stage::label)
        .containsExactly("build", "test", "assets", "3");
    assertThat(df.stages().get(0).base())
        .isEqualTo(new Base.Image(ImageReference.parse("golang:1.22-bookworm")));
    assertThat(df.stages().get(1).base()).isEqualTo(new Base.StageRef(0, Optional.of("build")));
    assertThat(df.stages().get(2).isScratch()).isTrue();
    ImageReference last = ((Base.Image) df.stages().get(3).base()).reference();
    assertThat(last.registry()).isEqualTo("gcr.io");
    assertThat(last.repository()).isEqualTo("distroless/static-debian12");
    assertThat(last.tag()).isEmpty();
    assertThat(last.digest())
        .contains("sha256:8dd8d3ca2cf283383304fd45a5c9c74d5f2cd9da8d3b7d3e5cd6ab4d0e3ab6f1");
    assertThat(df.rootBase(df.stages().get(1))).isEqualTo(df.stages().get(0).base());
  }

  @Test
  void findsTheFinalStageAndWhatItNeeds() throws Exception {
    Dockerfile df = DockerfileParser.parse("Dockerfile", MULTI_STAGE);

    Stage last = df.finalStage(Optional.empty());
    assertThat(last.index()).isEqualTo(3);
    assertThat(df.required(last))
        .extracting(Stage::label)
        .containsExactly("build", "test", "assets", "3");
    Stage test = df.finalStage(Optional.of("TEST"));
    assertThat(df.required(test)).extracting(Stage::label).containsExactly("build", "test");
    assertThatThrownBy(() -> df.finalStage(Optional.of("prod")))
        .isInstanceOf(InputException.class)
        .hasMessage("target stage prod could not be found");
  }

  @Test
  void listsEveryDependencyWithTheInstructionBehindIt() throws Exception {
    Dockerfile df = DockerfileParser.parse("Dockerfile", MULTI_STAGE);

    List<StageGraph.Dependency> deps = df.graph().of(3);
    assertThat(deps).extracting(d -> d.via().line()).containsExactly(8, 9, 10, 11, 12);
    assertThat(deps.get(1).target()).isEqualTo(new Base.StageRef(0, Optional.of("build")));
    assertThat(deps.get(2).target()).isEqualTo(new Base.StageRef(2, Optional.of("assets")));
    assertThat(((Base.Image) deps.get(3).target()).reference().familiar()).isEqualTo("nginx:1.27");
    assertThat(deps.get(4).target()).isEqualTo(new Base.StageRef(1, Optional.of("test")));
  }

  @Test
  void fromSeesOnlyEarlierStagesButCopyFromSeesAll() throws Exception {
    Dockerfile df =
        DockerfileParser.parse(
            "Dockerfile",
            "FROM later AS first\n"
                + "COPY --from=later /x /x\n"
                + "COPY --from=$NAME /y /y\n"
                + "FROM alpine AS later\n");

    assertThat(((Base.Image) df.stages().get(0).base()).reference().familiar()).isEqualTo("later");
    List<StageGraph.Dependency> deps = df.graph().of(0);
    assertThat(deps.get(1).target()).isEqualTo(new Base.StageRef(1, Optional.of("later")));
    assertThat(deps.get(2).target())
        .isEqualTo(
            new Base.Unresolved(
                "$NAME", "variable expansion is not supported for --from; use a FROM stage instead"));
  }

  @Test
  void instructionsBeforeTheFirstFromMustBeArgs() {
    assertThatThrownBy(
            () -> DockerfileParser.parse("Dockerfile", "ARG A=1\nRUN true\nFROM alpine\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("no build stage in current context: RUN before the first FROM")
        .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(2));
    assertThatThrownBy(() -> DockerfileParser.parse("Dockerfile", "ARG A=1\n"))
        .hasMessage("dockerfile contains no stages to build (no FROM)");
  }
}
