package dev.harden.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.dockerfile.shell.Nesting;
import dev.harden.dockerfile.shell.Redirect;
import dev.harden.dockerfile.shell.ShellScript;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.io.InputException;
import org.junit.jupiter.api.Test;

class HeredocTest {

  private static Dockerfile parse(String text) throws InputException {
    return DockerfileParser.parse("Dockerfile", text);
  }

  @Test
  void runWithASingleHeredocRunsTheBodyAsTheScript() throws Exception {
    Dockerfile df =
        parse("FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nUSER app\n");

    Run run = (Run) df.instructions().get(1);
    Heredoc h = run.heredocs().get(0);
    assertThat(h.name()).isEqualTo("EOF");
    assertThat(h.expand()).isTrue();
    assertThat(h.chomp()).isFalse();
    assertThat(h.content()).isEqualTo("apt-get update\napt-get install -y curl\n");
    assertThat(h.marker().toString()).isEqualTo("2:5-2:10");
    assertThat(h.body().toString()).isEqualTo("3:1-5:1");
    assertThat(h.terminator().toString()).isEqualTo("5:1-5:4");
    assertThat(run.span().toString()).isEqualTo("2:1-2:10");
    assertThat(run.fullSpan().toString()).isEqualTo("2:1-5:4");

    ShellScript script = run.script();
    assertThat(script.commands())
        .extracting(SimpleCommand::name)
        .containsExactly("apt-get", "apt-get");
    SimpleCommand install = script.commands().get(1);
    assertThat(df.position(install.start()).toString()).isEqualTo("4:1");
    assertThat(df.position(install.words().get(3).start()).toString()).isEqualTo("4:20");
    assertThat(df.instructions().get(2)).isInstanceOf(User.class);
  }

  @Test
  void dashHeredocStripsLeadingTabsFromBodyAndTerminator() throws Exception {
    Dockerfile df = parse("FROM debian\nRUN <<-EOT\n\t\techo one\n\techo two\n\tEOT\n");

    Run run = (Run) df.instructions().get(1);
    Heredoc h = run.heredocs().get(0);
    assertThat(h.chomp()).isTrue();
    assertThat(h.content()).isEqualTo("\t\techo one\n\techo two\n");
    assertThat(h.effectiveContent()).isEqualTo("echo one\necho two\n");
    SimpleCommand first = run.script().commands().get(0);
    assertThat(first.args()).containsExactly("one");
    assertThat(df.position(first.start()).toString()).isEqualTo("3:3");
  }

  @Test
  void quotedDelimitersTurnExpansionOff() throws Exception {
    Dockerfile df =
        parse("FROM debian\nCOPY <<\"A\" /a\n$HOME\nA\nCOPY <<'B' /b\nx\nB\nCOPY <<C /c\nx\nC\n");

    assertThat(df.instructions().subList(1, 4))
        .extracting(i -> i.heredocs().get(0).expand())
        .containsExactly(false, false, true);
    assertThat(df.instructions().get(1).heredocs().get(0).name()).isEqualTo("A");
  }

  @Test
  void severalHeredocsOnOneLineAreReadInOrder() throws Exception {
    Dockerfile df =
        parse("FROM debian\nCOPY <<one <<two /etc/\nfirst\none\nsecond\ntwo\nUSER app\n");

    Copy copy = (Copy) df.instructions().get(1);
    assertThat(copy.heredocs())
        .extracting(Heredoc::name, Heredoc::content)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("one", "first\n"),
            org.assertj.core.groups.Tuple.tuple("two", "second\n"));
    assertThat(copy.sources()).extracting(Word::raw).containsExactly("<<one", "<<two");
    assertThat(copy.heredocSource(copy.sources().get(1)).orElseThrow().content())
        .isEqualTo("second\n");
    assertThat(copy.destination().value()).isEqualTo("/etc/");
    assertThat(copy.fullSpan().toString()).isEqualTo("2:1-6:4");
  }

  @Test
  void heredocsOfACommandLineAreTheBodiesOfItsRedirections() throws Exception {
    Dockerfile df =
        parse("FROM debian\nRUN cat <<EOF > /etc/motd && chmod 644 /etc/motd\nhello\nEOF\n");

    ShellScript script = ((Run) df.instructions().get(1)).script();
    SimpleCommand cat = script.commands().get(0);
    Redirect in = cat.redirects().get(0);
    assertThat(in.isHeredoc()).isTrue();
    assertThat(in.heredoc().orElseThrow().text().text()).isEqualTo("hello\n");
    assertThat(df.position(in.heredoc().orElseThrow().text().offset(0)).toString())
        .isEqualTo("3:1");
    assertThat(script.commands()).extracting(SimpleCommand::name).containsExactly("cat", "chmod");
  }

  @Test
  void aHeredocFedToAShellIsParsedAsAScript() throws Exception {
    Dockerfile df = parse("FROM debian\nRUN bash -e <<EOF\napt-get install -y curl\nEOF\n");

    ShellScript script = ((Run) df.instructions().get(1)).script();
    SimpleCommand apt = script.commands("apt-get").get(0);
    assertThat(script.nesting(apt)).containsExactly(Nesting.INLINE_SCRIPT);
    assertThat(df.position(apt.start()).toString()).isEqualTo("3:1");
  }

  @Test
  void aHeredocForAnotherInterpreterIsNotShell() throws Exception {
    Dockerfile df =
        parse(
            "FROM python\n"
                + "RUN <<EOF\n"
                + "#!/usr/bin/env python3\n"
                + "import os\n"
                + "print(os.getcwd())\n"
                + "EOF\n"
                + "RUN python3 <<EOF\n"
                + "import sys\n"
                + "EOF\n");

    assertThat(((Run) df.instructions().get(1)).script().commands()).isEmpty();
    assertThat(((Run) df.instructions().get(1)).script().problems().get(0).message())
        .isEqualTo("heredoc script runs with python3");
    assertThat(((Run) df.instructions().get(2)).script().commands())
        .extracting(SimpleCommand::name)
        .containsExactly("python3");
  }

  @Test
  void onbuildTriggersCarryHeredocs() throws Exception {
    Dockerfile df = parse("FROM debian\nONBUILD RUN <<EOF\necho hi\nEOF\n");

    Onbuild ob = (Onbuild) df.instructions().get(1);
    Run trigger = (Run) ob.trigger();
    assertThat(trigger.heredocs()).hasSize(1);
    assertThat(trigger.script().commands().get(0).name()).isEqualTo("echo");
    assertThat(trigger.span().toString()).isEqualTo("2:9-2:18");
  }

  @Test
  void execFormAndOtherInstructionsDoNotReadHeredocs() throws Exception {
    Dockerfile df = parse("FROM debian\nRUN [\"cat\", \"<<EOF\"]\nENV A=<<EOF\nUSER app\n");

    assertThat(df.instructions()).hasSize(4);
    assertThat(df.instructions().get(1).heredocs()).isEmpty();
  }

  @Test
  void anUnterminatedHeredocNamesTheFileAndLine() {
    assertThatThrownBy(() -> parse("FROM debian\n\nRUN <<EOF\necho hi\n"))
        .isInstanceOf(InputException.class)
        .satisfies(
            e ->
                assertThat(((InputException) e).describe())
                    .isEqualTo(
                        "Dockerfile:3: unterminated heredoc <<EOF: no line 'EOF' before the end of"
                            + " the file"));
  }

  @Test
  void aHeredocCannotBeTheDestination() {
    assertThatThrownBy(() -> parse("FROM debian\nCOPY a <<EOF\nx\nEOF\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("COPY cannot accept a heredoc as a destination");
  }
}
