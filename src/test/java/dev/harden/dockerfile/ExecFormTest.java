package dev.harden.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.dockerfile.shell.Nesting;
import dev.harden.dockerfile.shell.ShellScript;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.io.InputException;
import org.junit.jupiter.api.Test;

class ExecFormTest {

  private static Instruction second(String line) throws InputException {
    return DockerfileParser.parse("Dockerfile", "FROM alpine\n" + line + "\n")
        .instructions()
        .get(1);
  }

  @Test
  void aJsonArrayOfStringsIsExecForm() throws Exception {
    Cmd cmd = (Cmd) second("CMD [\"node\", \"server.js\"]");

    ExecForm exec = (ExecForm) cmd.command();
    assertThat(exec.values()).containsExactly("node", "server.js");
    assertThat(exec.arguments())
        .extracting(w -> w.span().toString())
        .containsExactly("2:6-2:12", "2:14-2:25");
    assertThat(exec.arguments().get(0).raw()).isEqualTo("\"node\"");
    assertThat(exec.script().isExec()).isTrue();
    assertThat(exec.script().commands()).extracting(SimpleCommand::name).containsExactly("node");
  }

  @Test
  void invalidJsonFallsBackToShellFormAsBuildKitDoes() throws Exception {
    for (String args :
        new String[] {"['node', 'server.js']", "[\"a\",]", "[\"a\"] extra", "[ \"a\""}) {
      Entrypoint e = (Entrypoint) second("ENTRYPOINT " + args);
      assertThat(e.command()).as(args).isInstanceOf(ShellForm.class);
      assertThat(((ShellForm) e.command()).text()).isEqualTo(args);
    }
  }

  @Test
  void aJsonArrayWithNonStringsIsAnError() {
    assertThatThrownBy(() -> second("CMD [\"sleep\", 10]"))
        .isInstanceOf(InputException.class)
        .hasMessage("when using JSON array syntax, arrays must be comprised of strings only");
  }

  @Test
  void jsonEscapesAreDecodedAndPositionsStayExact() throws Exception {
    Run run = (Run) second("RUN [\"sh\", \"-c\", \"echo \\\"a b\\\" && apk add \\u0063url\"]");

    ExecForm exec = (ExecForm) run.command();
    assertThat(exec.values()).containsExactly("sh", "-c", "echo \"a b\" && apk add curl");
    ShellScript script = run.script();
    SimpleCommand apk = script.commands("apk").get(0);
    assertThat(script.nesting(apk)).containsExactly(Nesting.INLINE_SCRIPT);
    assertThat(apk.args()).containsExactly("add", "curl");
    // "curl" is spelled \u0063url in the file: the c maps to the escape, the rest one to one
    String line = "RUN [\"sh\", \"-c\", \"echo \\\"a b\\\" && apk add \\u0063url\"]";
    int curlAt = line.indexOf("\\u0063url");
    assertThat(apk.words().get(2).start()).isEqualTo("FROM alpine\n".length() + curlAt);
    assertThat(apk.words().get(2).end()).isEqualTo("FROM alpine\n".length() + curlAt + 9);
  }

  @Test
  void shellFormCommandsArePositionedInTheFile() throws Exception {
    Run run = (Run) second("RUN --mount=type=cache,target=/var/cache/apk apk add --no-cache curl");

    ShellForm form = (ShellForm) run.command();
    assertThat(form.text()).isEqualTo("apk add --no-cache curl");
    assertThat(form.span().toString()).isEqualTo("2:46-2:69");
    SimpleCommand apk = run.script().commands().get(0);
    assertThat(apk.hasFlag("--no-cache")).isTrue();
    assertThat(apk.start()).isEqualTo(form.span().startOffset());
  }

  @Test
  void shellRequiresJson() throws Exception {
    Shell shell = (Shell) second("SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]");
    assertThat(shell.values()).containsExactly("/bin/bash", "-o", "pipefail", "-c");

    assertThatThrownBy(() -> second("SHELL /bin/bash -c"))
        .hasMessage("SHELL requires the arguments to be in JSON form");
    assertThatThrownBy(() -> second("SHELL []")).hasMessage("SHELL requires at least one argument");
  }

  @Test
  void emptyCommandsAreAllowedLikeBuildKit() throws Exception {
    assertThat(((ExecForm) ((Cmd) second("CMD []")).command()).values()).isEmpty();
    assertThat(((ShellForm) ((Cmd) second("CMD")).command()).text()).isEmpty();
  }
}
