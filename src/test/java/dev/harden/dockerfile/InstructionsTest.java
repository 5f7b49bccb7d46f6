package dev.harden.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.harden.io.InputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One snippet per instruction kind, its flags, and BuildKit's argument errors. */
class InstructionsTest {

  private static Dockerfile parse(String text) throws InputException {
    return DockerfileParser.parse("Dockerfile", text);
  }

  private static Instruction second(String line) throws InputException {
    return parse("FROM alpine\n" + line + "\n").instructions().get(1);
  }

  @Test
  void from() throws Exception {
    Dockerfile df = parse("from --platform=$BUILDPLATFORM golang:1.22 as Build\n");

    From from = (From) df.instructions().get(0);
    assertThat(from.keyword()).isEqualTo("FROM");
    assertThat(from.syntax().keyword()).isEqualTo("from");
    assertThat(from.image().value()).isEqualTo("golang:1.22");
    assertThat(from.image().span().toString()).isEqualTo("1:32-1:43");
    assertThat(from.stageName().orElseThrow().raw()).isEqualTo("Build");
    assertThat(from.platform()).contains("$BUILDPLATFORM");
    Flag platform = from.flag("platform").orElseThrow();
    assertThat(platform.span().toString()).isEqualTo("1:6-1:31");
    assertThat(platform.valueSpan().orElseThrow().toString()).isEqualTo("1:17-1:31");
    assertThat(df.stages().get(0).name()).contains("build");
  }

  @Test
  void fromErrors() {
    assertThatThrownBy(() -> parse("FROM alpine base\n"))
        .hasMessage("FROM requires either one or three arguments");
    assertThatThrownBy(() -> parse("FROM alpine AS 1st\n"))
        .hasMessage(
            "invalid name for build stage: \"1st\", name can't start with a number or contain"
                + " symbols");
  }

  @Test
  void runFlagsAndMounts() throws Exception {
    Run run =
        (Run)
            second(
                "RUN --mount=type=cache,target=/root/.cache,sharing=locked"
                    + " --mount=type=secret,id=npmrc,dst=/root/.npmrc --network=none"
                    + " --security=insecure npm ci");

    assertThat(run.mounts())
        .extracting(Mount::type, Mount::target, Mount::id)
        .containsExactly(
            tuple("cache", Optional.of("/root/.cache"), Optional.empty()),
            tuple("secret", Optional.of("/root/.npmrc"), Optional.of("npmrc")));
    assertThat(run.network()).contains("none");
    assertThat(run.security()).contains("insecure");
    assertThat(run.script().commands().get(0).args()).containsExactly("ci");
  }

  @Test
  void labelAndEnvPairs() throws Exception {
    Label label =
        (Label)
            second("LABEL org.opencontainers.image.title=\"my app\" version=1.0 \"quoted key\"=x");
    assertThat(label.pairs())
        .extracting(KeyValue::name, kv -> kv.value().value())
        .containsExactly(
            tuple("org.opencontainers.image.title", "my app"),
            tuple("version", "1.0"),
            tuple("quoted key", "x"));
    assertThat(label.pairs().get(0).value().span().toString()).isEqualTo("2:38-2:46");

    Env env = (Env) second("ENV PATH=/opt/bin:$PATH LANG=C.UTF-8");
    assertThat(env.legacy()).isFalse();
    assertThat(env.pairs())
        .extracting(KeyValue::name, kv -> kv.value().value())
        .containsExactly(tuple("PATH", "/opt/bin:$PATH"), tuple("LANG", "C.UTF-8"));

    Env legacy = (Env) second("ENV JAVA_OPTS -Xmx1g  -Dfile.encoding=UTF-8");
    assertThat(legacy.legacy()).isTrue();
    assertThat(legacy.pairs())
        .extracting(KeyValue::name, kv -> kv.value().value())
        .containsExactly(tuple("JAVA_OPTS", "-Xmx1g  -Dfile.encoding=UTF-8"));
  }

  @Test
  void envErrors() {
    assertThatThrownBy(() -> second("ENV ONLYKEY")).hasMessage("ENV must have two arguments");
    assertThatThrownBy(() -> second("ENV A=1 B"))
        .hasMessage("Syntax error - can't find = in \"B\". Must be of the form: name=value");
    assertThatThrownBy(() -> second("LABEL =x")).hasMessage("LABEL names can not be blank");
    assertThatThrownBy(() -> second("ENV")).hasMessage("ENV requires at least one argument");
  }

  @Test
  void arg() throws Exception {
    Arg arg = (Arg) second("ARG VERSION=\"1.2 beta\" DEBUG");
    assertThat(arg.declarations())
        .extracting(ArgDeclaration::key, d -> d.defaultValue().map(Word::value))
        .containsExactly(
            tuple("VERSION", Optional.of("1.2 beta")), tuple("DEBUG", Optional.empty()));
    assertThatThrownBy(() -> second("ARG =1")).hasMessage("ARG names can not be blank");
    assertThatThrownBy(() -> second("ARG")).hasMessage("ARG requires at least one argument");
  }

  @Test
  void singleArgumentInstructions() throws Exception {
    assertThat(((Maintainer) second("MAINTAINER Jane Doe <jane@example.com>")).name().raw())
        .isEqualTo("Jane Doe <jane@example.com>");
    User user = (User) second("USER app:staff");
    assertThat(user.name()).isEqualTo("app");
    assertThat(user.group()).contains("staff");
    assertThat(((User) second("USER 1001")).group()).isEmpty();
    assertThat(((Workdir) second("WORKDIR /srv/app")).path().value()).isEqualTo("/srv/app");
    assertThat(((Stopsignal) second("STOPSIGNAL SIGQUIT")).signal().value()).isEqualTo("SIGQUIT");
    assertThatThrownBy(() -> second("USER")).hasMessage("USER requires exactly one argument");
    assertThatThrownBy(() -> second("WORKDIR")).hasMessage("WORKDIR requires exactly one argument");
  }

  @Test
  void expose() throws Exception {
    Expose expose = (Expose) second("EXPOSE 80/tcp 443 8000-8010");
    assertThat(expose.ports())
        .extracting(Word::value)
        .containsExactly("80/tcp", "443", "8000-8010");
    assertThatThrownBy(() -> second("EXPOSE")).hasMessage("EXPOSE requires at least one argument");
  }

  @Test
  void copyFlags() throws Exception {
    Copy copy =
        (Copy)
            second(
                "COPY --from=build --chown=app:app --chmod=755 --link --parents --exclude=*.md"
                    + " --exclude=docs src/ /app/");
    assertThat(copy.from()).contains("build");
    assertThat(copy.flag("chown").flatMap(Flag::value)).contains("app:app");
    assertThat(copy.flag("chmod").flatMap(Flag::value)).contains("755");
    assertThat(copy.flag("link").orElseThrow().isTrue()).isTrue();
    assertThat(copy.flag("parents").orElseThrow().value()).isEmpty();
    assertThat(copy.flags("exclude"))
        .extracting(Flag::valueOrEmpty)
        .containsExactly("*.md", "docs");
    assertThat(copy.sources()).extracting(Word::value).containsExactly("src/");
    assertThat(copy.destination().value()).isEqualTo("/app/");
    assertThat(copy.execForm()).isFalse();

    Copy json = (Copy) second("COPY [\"a b\", \"/dst dir/\"]");
    assertThat(json.execForm()).isTrue();
    assertThat(json.sources()).extracting(Word::value).containsExactly("a b");
  }

  @Test
  void addFlags() throws Exception {
    Add add =
        (Add)
            second(
                "ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d"
                    + " --keep-git-dir=true --chown=1:1 --chmod=644 --link"
                    + " https://example.com/a.tgz /opt/");
    assertThat(add.checksum())
        .contains("sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d");
    assertThat(add.flag("keep-git-dir").orElseThrow().isTrue()).isTrue();
    assertThat(add.sources()).extracting(Word::value).containsExactly("https://example.com/a.tgz");
  }

  @Test
  void flagErrorsAndLeniency() throws Exception {
    assertThatThrownBy(() -> second("COPY --from src dst"))
        .hasMessage("Missing a value on flag: --from");
    assertThatThrownBy(() -> second("COPY --link=maybe src dst"))
        .hasMessage("expecting boolean value for flag link, not: maybe");
    assertThatThrownBy(() -> second("COPY onlyone"))
        .hasMessage(
            "COPY requires at least two arguments, but only one was provided. Destination could not"
                + " be determined");
    // flags BuildKit may add later are kept, not rejected
    Add add = (Add) second("ADD --unpack=false --future-flag=x a.tar /x/");
    assertThat(add.flags()).extracting(Flag::name).containsExactly("unpack", "future-flag");
    // a lone -- ends the flags
    Copy copy = (Copy) second("COPY -- --weird-name /x/");
    assertThat(copy.flags()).isEmpty();
    assertThat(copy.sources().get(0).value()).isEqualTo("--weird-name");
  }

  @Test
  void volume() throws Exception {
    assertThat(((Volume) second("VOLUME /data /logs")).paths())
        .extracting(Word::value)
        .containsExactly("/data", "/logs");
    Volume json = (Volume) second("VOLUME [\"/data\"]");
    assertThat(json.execForm()).isTrue();
    assertThatThrownBy(() -> second("VOLUME [\" \"]"))
        .hasMessage("VOLUME specified can not be an empty string");
  }

  @Test
  void onbuildParsesItsTrigger() throws Exception {
    Onbuild ob = (Onbuild) second("ONBUILD COPY --chown=app . /app");
    Copy trigger = (Copy) ob.trigger();
    assertThat(trigger.keyword()).isEqualTo("COPY");
    assertThat(trigger.flag("chown").flatMap(Flag::value)).contains("app");
    assertThat(trigger.span().toString()).isEqualTo("2:9-2:32");
    assertThat(trigger.destination().span().toString()).isEqualTo("2:28-2:32");
    assertThat(ob.unwrapped()).isSameAs(trigger);
    assertThat(trigger.unwrapped()).isSameAs(trigger);
    assertThatThrownBy(() -> second("ONBUILD ONBUILD RUN x"))
        .hasMessage("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
    assertThatThrownBy(() -> second("ONBUILD from x"))
        .hasMessage("FROM isn't allowed as an ONBUILD trigger");
    assertThatThrownBy(() -> second("ONBUILD FOO x")).hasMessage("unknown instruction: FOO");
  }

  @Test
  void healthcheck() throws Exception {
    Healthcheck hc =
        (Healthcheck)
            second(
                "HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 CMD curl -f"
                    + " http://localhost/ || exit 1");
    assertThat(hc.isNone()).isFalse();
    assertThat(hc.flag("retries").flatMap(Flag::value)).contains("3");
    assertThat(hc.command().orElseThrow().script().commands())
        .extracting(c -> c.name())
        .containsExactly("curl", "exit");
    Healthcheck exec = (Healthcheck) second("HEALTHCHECK CMD [\"/bin/check\", \"--quick\"]");
    assertThat(exec.command().orElseThrow().isExecForm()).isTrue();
    assertThat(((Healthcheck) second("healthcheck none")).isNone()).isTrue();
    assertThatThrownBy(() -> second("HEALTHCHECK NONE now"))
        .hasMessage("HEALTHCHECK NONE takes no arguments");
    assertThatThrownBy(() -> second("HEALTHCHECK PING x"))
        .hasMessage("Unknown type \"PING\" in HEALTHCHECK (try CMD)");
    assertThatThrownBy(() -> second("HEALTHCHECK CMD"))
        .hasMessage("Missing command after HEALTHCHECK CMD");
  }

  @Test
  void keywordsAreCaseInsensitive() throws Exception {
    Dockerfile df = parse("From alpine\nrun echo hi\nCoPy a b\nenTRYpoint [\"x\"]\n");
    assertThat(df.instructions())
        .extracting(Instruction::keyword)
        .containsExactly("FROM", "RUN", "COPY", "ENTRYPOINT");
    assertThat(df.instructions().get(1)).isInstanceOf(Run.class);
  }

  @Test
  void unknownInstructionsAreRejectedWithTheLine() {
    assertThatThrownBy(() -> parse("FROM alpine\n\nFOO bar\n"))
        .isInstanceOf(InputException.class)
        .satisfies(
            e ->
                assertThat(((InputException) e).describe())
                    .isEqualTo("Dockerfile:3: unknown instruction: FOO"));
  }
}
