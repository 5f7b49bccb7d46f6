package dev.harden.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.io.InputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ARG/ENV scoping and substitution, as BuildKit's dockerfile2llb and shell/lex.go do them. */
class VariablesTest {

  private static Dockerfile parse(String text) throws InputException {
    return DockerfileParser.parse("Dockerfile", text);
  }

  private static Scope scopeBefore(Dockerfile df, int instruction) {
    Instruction insn = df.instructions().get(instruction);
    return df.stageOf(insn).orElseThrow().scopeAt(insn);
  }

  @Test
  void globalArgsResolveFromLines() throws Exception {
    Dockerfile df =
        parse(
            "ARG REGISTRY=ghcr.io\n"
                + "ARG TAG=3.19\n"
                + "ARG IMAGE=$REGISTRY/acme/app\n"
                + "FROM ${IMAGE}:${TAG:-latest}\n");

    Base.Image base = (Base.Image) df.stages().get(0).base();
    assertThat(base.reference().toString()).isEqualTo("ghcr.io/acme/app:3.19");
    assertThat(df.globalArgs()).hasSize(3);
    assertThat(df.globalScope().variable("IMAGE").flatMap(Variable::value))
        .contains("ghcr.io/acme/app");
  }

  @Test
  void aGlobalArgMustBeRedeclaredInsideAStage() throws Exception {
    Dockerfile df =
        parse("ARG VERSION=1.2\nFROM alpine\nRUN echo $VERSION\nARG VERSION\nRUN echo $VERSION\n");

    assertThat(scopeBefore(df, 2).variable("VERSION")).isEmpty();
    Variable v = scopeBefore(df, 4).variable("VERSION").orElseThrow();
    assertThat(v.value()).contains("1.2");
    assertThat(v.kind()).isEqualTo(Variable.Kind.ARG);
    assertThat(scopeBefore(df, 4).expand("v$VERSION").value()).isEqualTo("v1.2");
  }

  @Test
  void substitutionForms() throws Exception {
    Dockerfile df = parse("FROM alpine\nARG SET=yes EMPTY=\nENV X=1\n");
    Scope s = df.stages().get(0).finalScope();

    assertThat(s.expand("${SET:-d}|${EMPTY:-d}|${EMPTY-d}").value()).isEqualTo("yes|d|");
    assertThat(s.expand("${SET:+a}|${EMPTY:+a}|${EMPTY+a}").value()).isEqualTo("a||a");
    assertThat(s.expand("$SET/${SET}").value()).isEqualTo("yes/yes");
    assertThat(s.expand("\\$SET '$SET' \"$SET\"").value()).isEqualTo("$SET $SET yes");
    Expansion unknown = s.expand("${NOPE:-x}-$PATH");
    assertThat(unknown.value()).isEqualTo("${NOPE:-x}-$PATH");
    assertThat(unknown.unresolved()).containsExactlyInAnyOrder("NOPE", "PATH");
    assertThat(unknown.isComplete()).isFalse();
    assertThat(s.expand("${:bad}").error()).contains("syntax error: bad substitution");
  }

  @Test
  void patternSubstitutions() throws Exception {
    Scope s =
        parse("FROM alpine\nARG V=registry.example.com/team/app:1.2.3\n")
            .stages()
            .get(0)
            .finalScope();

    assertThat(s.expand("${V#*/}").value()).isEqualTo("team/app:1.2.3");
    assertThat(s.expand("${V##*/}").value()).isEqualTo("app:1.2.3");
    assertThat(s.expand("${V%.*}").value()).isEqualTo("registry.example.com/team/app:1.2");
    assertThat(s.expand("${V%%.*}").value()).isEqualTo("registry");
    assertThat(s.expand("${V/team/crew}").value()).isEqualTo("registry.example.com/crew/app:1.2.3");
    assertThat(s.expand("${V//./-}").value()).isEqualTo("registry-example-com/team/app:1-2-3");
  }

  @Test
  void theBacktickEscapeEscapesDollars() throws Exception {
    Dockerfile df = parse("# escape=`\nFROM alpine\nARG A=1\nENV B=`$A C=$A\n");

    Scope s = df.stages().get(0).finalScope();
    assertThat(s.variable("B").flatMap(Variable::value)).contains("$A");
    assertThat(s.variable("C").flatMap(Variable::value)).contains("1");
  }

  @Test
  void envPairsSeeTheStateBeforeTheInstructionArgsSeeEachOther() throws Exception {
    Dockerfile df = parse("FROM alpine\nENV A=old\nENV A=new B=$A\nARG X=1 Y=$X\n");

    Scope s = df.stages().get(0).finalScope();
    assertThat(s.variable("B").flatMap(Variable::value)).contains("old");
    assertThat(s.variable("Y").flatMap(Variable::value)).contains("1");
  }

  @Test
  void envOverridesArgAndArgWithoutValueKeepsEnv() throws Exception {
    Dockerfile df = parse("FROM alpine\nARG V=1\nENV V=2\nARG V\n");

    Variable v = df.stages().get(0).finalScope().variable("V").orElseThrow();
    assertThat(v.kind()).isEqualTo(Variable.Kind.ENV);
    assertThat(v.value()).contains("2");
  }

  @Test
  void envArgsAndShellPersistIntoAStageBuiltOnIt() throws Exception {
    Dockerfile df =
        parse(
            "FROM alpine AS base\n"
                + "ENV APP_HOME=/srv/app\n"
                + "ARG BUILD_ONLY=1\n"
                + "SHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]\n"
                + "FROM base\n"
                + "WORKDIR $APP_HOME\n");

    Stage child = df.stages().get(1);
    Scope s = child.scopeAt(child.instructions().get(0));
    assertThat(s.variable("APP_HOME").flatMap(Variable::value)).contains("/srv/app");
    // BuildKit passes the parent's ARGs on too (moby/buildkit#5381), unlike the old reference docs
    assertThat(s.variable("BUILD_ONLY").flatMap(Variable::value)).contains("1");
    assertThat(df.stages().get(1).from().stageName()).isEmpty();
    Stage unrelated = parse("FROM alpine AS a\nARG X=1\nFROM debian\nRUN x\n").stages().get(1);
    assertThat(unrelated.finalScope().variable("X")).isEmpty();
    assertThat(s.shell()).containsExactly("/bin/ash", "-eo", "pipefail", "-c");
    assertThat(s.expand(((Workdir) child.instructions().get(0)).path()).value())
        .isEqualTo("/srv/app");
    assertThat(df.stages().get(0).scopes().get(0).shell()).isEqualTo(Scope.DEFAULT_SHELL);
  }

  @Test
  void builtinPlatformArgsAreKnownButValuelessUntilTheBuild() throws Exception {
    Dockerfile df =
        parse(
            "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
                + "ARG TARGETOS TARGETARCH\n"
                + "RUN GOOS=$TARGETOS go build\n"
                + "FROM alpine:${TARGETARCH}\n");

    assertThat(df.globalScope().variable("TARGETPLATFORM").map(Variable::kind))
        .contains(Variable.Kind.BUILTIN);
    Scope s = df.stages().get(0).finalScope();
    assertThat(s.variable("TARGETOS").map(Variable::value)).contains(Optional.empty());
    Expansion platform =
        df.globalScope().expand(df.stages().get(0).from().platform().orElseThrow());
    assertThat(platform.unresolved()).containsExactly("BUILDPLATFORM");
    Base.Unresolved base = (Base.Unresolved) df.stages().get(1).base();
    assertThat(base.text()).isEqualTo("alpine:${TARGETARCH}");
    assertThat(base.reason()).isEqualTo("depends on TARGETARCH, not known before the build");
  }

  @Test
  void globalArgsWithoutDefaultLeaveTheBaseUnresolvedButUndeclaredNamesAreEmpty() throws Exception {
    Dockerfile df = parse("ARG BASE_IMAGE\nFROM $BASE_IMAGE\nFROM alpine$SUFFIX\n");

    assertThat(df.stages().get(0).base()).isInstanceOf(Base.Unresolved.class);
    assertThat(((Base.Image) df.stages().get(1).base()).reference().familiar()).isEqualTo("alpine");
  }
}
