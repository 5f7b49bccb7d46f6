package dev.harden.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellScriptTest {

  private static ShellScript parse(String script) {
    return ShellScript.parse(MappedText.contiguous(script, 0));
  }

  private static List<String> names(ShellScript s) {
    return s.commands().stream().map(SimpleCommand::name).toList();
  }

  @Test
  void splitsListsAndRecordsConnectors() {
    ShellScript s =
        parse("apt-get update && apt-get install -y curl || true; rm -rf /tmp/* & wait\nls");

    assertThat(names(s)).containsExactly("apt-get", "apt-get", "true", "rm", "wait", "ls");
    assertThat(s.commands())
        .extracting(s::connectorBefore, s::connectorAfter)
        .containsExactly(
            tuple(Connector.END, Connector.AND),
            tuple(Connector.AND, Connector.OR),
            tuple(Connector.OR, Connector.SEMICOLON),
            tuple(Connector.SEMICOLON, Connector.BACKGROUND),
            tuple(Connector.BACKGROUND, Connector.NEWLINE),
            tuple(Connector.NEWLINE, Connector.END));
    assertThat(s.isPartial()).isFalse();
  }

  @Test
  void pipesKnowWhatFeedsWhat() {
    ShellScript s =
        parse("curl -fsSL https://get.example.com | sudo bash -s -- --yes && wget -qO- x | tar xz");

    SimpleCommand curl = s.commands().get(0);
    SimpleCommand sudo = s.pipedInto(curl).orElseThrow();
    assertThat(sudo.name()).isEqualTo("sudo");
    assertThat(sudo.effective().program()).isEqualTo("bash");
    assertThat(s.pipedInto(sudo.effective())).isEmpty();
    assertThat(s.pipedFrom(sudo.effective()).orElseThrow()).isEqualTo(curl);
    assertThat(s.connectorAfter(curl)).isEqualTo(Connector.AND);
    assertThat(s.hasPipes()).isTrue();
    assertThat(s.commands("tar"))
        .singleElement()
        .satisfies(t -> assertThat(s.pipedFrom(t).orElseThrow().name()).isEqualTo("wget"));
  }

  @Test
  void quotesEscapesAndExpansionsInWords() {
    SimpleCommand c =
        parse(
                "echo 'single $X' \"double $X \\\"q\\\"\" a\\ b ${Y:-z} $(id -u) `hostname` \"$((1"
                    + " + 2))\"")
            .commands()
            .get(0);

    assertThat(c.args())
        .containsExactly(
            "single $X",
            "double $X \"q\"",
            "a b",
            "${Y:-z}",
            "$(id -u)",
            "`hostname`",
            "$((1 + 2))");
    assertThat(c.arguments())
        .extracting(ShellWord::isLiteral)
        .containsExactly(true, false, true, false, false, false, false);
    assertThat(c.arguments())
        .extracting(ShellWord::isQuoted)
        .containsExactly(true, true, true, false, false, false, true);
  }

  @Test
  void commandSubstitutionsAreParsedAndNested() {
    ShellScript s =
        parse("VERSION=$(curl -s https://x | jq -r .tag) && echo `uname -m` \"$(date \"+%F\")\"");

    assertThat(names(s)).containsExactly("", "curl", "jq", "echo", "uname", "date");
    SimpleCommand curl = s.commands().get(1);
    assertThat(s.nesting(curl)).containsExactly(Nesting.SUBSTITUTION);
    assertThat(s.pipedInto(curl).orElseThrow().name()).isEqualTo("jq");
    assertThat(s.commands().get(0).assignments())
        .extracting(Assignment::name)
        .containsExactly("VERSION");
  }

  @Test
  void assignmentsBeforeTheCommand() {
    SimpleCommand c =
        parse("DEBIAN_FRONTEND=noninteractive PATH+=:/opt apt-get install -y tzdata")
            .commands()
            .get(0);

    assertThat(c.assignments())
        .extracting(Assignment::name, Assignment::append, a -> a.value().value())
        .containsExactly(
            tuple("DEBIAN_FRONTEND", false, "noninteractive"), tuple("PATH", true, ":/opt"));
    assertThat(c.name()).isEqualTo("apt-get");
    assertThat(c.assignments().get(0).value().start()).isEqualTo("DEBIAN_FRONTEND=".length());
  }

  @Test
  void redirections() {
    SimpleCommand c = parse("make 2>&1 >/dev/null < in.txt >> log &> all").commands().get(0);

    assertThat(c.redirects())
        .extracting(Redirect::fd, Redirect::operator, r -> r.target().value())
        .containsExactly(
            tuple(2, ">&", "1"),
            tuple(-1, ">", "/dev/null"),
            tuple(-1, "<", "in.txt"),
            tuple(-1, ">>", "log"),
            tuple(-1, "&>", "all"));
    assertThat(c.args()).isEmpty();
  }

  @Test
  void compoundCommandsExposeTheCommandsInside() {
    ShellScript s =
        parse(
            "set -eux; \\\n"
                + "if [ \"$ARCH\" = amd64 ]; then url=x; elif command -v apk; then apk add foo;"
                + " else exit 1; fi; \\\n"
                + "for f in a b; do cp $f /dst; done; while read l; do echo $l; done < list; \\\n"
                + "case \"$OS\" in linux|darwin) uname ;; *) echo other ;; esac; \\\n"
                + "( cd /src && make ) ; { gcc -v; } ; f() { rm -f x; }");

    assertThat(names(s))
        .containsExactly(
            "set", "[", "", "command", "apk", "exit", "cp", "read", "echo", "uname", "echo", "cd",
            "make", "gcc", "rm");
    assertThat(s.commands())
        .extracting(s::nesting)
        .containsExactly(
            java.util.Set.of(),
            java.util.Set.of(Nesting.CONDITION),
            java.util.Set.of(Nesting.BRANCH),
            java.util.Set.of(Nesting.CONDITION),
            java.util.Set.of(Nesting.BRANCH),
            java.util.Set.of(Nesting.BRANCH),
            java.util.Set.of(Nesting.LOOP),
            java.util.Set.of(Nesting.CONDITION),
            java.util.Set.of(Nesting.LOOP),
            java.util.Set.of(Nesting.BRANCH),
            java.util.Set.of(Nesting.BRANCH),
            java.util.Set.of(Nesting.SUBSHELL),
            java.util.Set.of(Nesting.SUBSHELL),
            java.util.Set.of(Nesting.GROUP),
            java.util.Set.of(Nesting.FUNCTION, Nesting.GROUP));
    assertThat(s.isPartial()).isFalse();
    CompoundCommand loop = (CompoundCommand) s.root().pipelines().get(3).commands().get(0);
    assertThat(loop.kind()).isEqualTo(CompoundKind.WHILE);
    assertThat(loop.redirects()).extracting(r -> r.target().value()).containsExactly("list");
  }

  @Test
  void commentsAndTestBrackets() {
    ShellScript s =
        parse("# a comment && not code\n[[ -f a && ! -d b ]] && echo ok # trailing\necho a#b");

    assertThat(names(s)).containsExactly("[[", "echo", "echo");
    assertThat(s.commands().get(0).args()).containsExactly("-f", "a", "&&", "!", "-d", "b", "]]");
    assertThat(s.commands().get(2).args()).containsExactly("a#b");
  }

  @Test
  void inlineHeredocsAndNestedShells() {
    ShellScript s =
        parse(
            "cat > /etc/app.conf <<'EOF'\n"
                + "key=$value\n"
                + "EOF\n"
                + "su -c 'apt-get update' root\n"
                + "sh -ec \"apk add git\"\n");

    HeredocBody body = s.commands().get(0).redirects().get(1).heredoc().orElseThrow();
    assertThat(body.text().text()).isEqualTo("key=$value\n");
    assertThat(body.isQuoted()).isTrue();
    assertThat(body.text().offset(0)).isEqualTo("cat > /etc/app.conf <<'EOF'\n".length());
    assertThat(names(s)).containsExactly("cat", "su", "apt-get", "sh", "apk");
    assertThat(s.nesting(s.commands().get(2))).containsExactly(Nesting.INLINE_SCRIPT);
    assertThat(s.inlineScript(s.commands().get(3))).isPresent();
  }

  @Test
  void unknownSyntaxDegradesToWordsAndIsMarkedPartial() {
    ShellScript s = parse("echo \"unterminated && rm -rf /; fi )");

    assertThat(s.isPartial()).isTrue();
    assertThat(s.problems())
        .extracting(Problem::message)
        .containsExactly("unterminated double quote");
    SimpleCommand echo = s.commands().get(0);
    assertThat(echo.partial()).isTrue();
    assertThat(echo.args()).containsExactly("unterminated && rm -rf /; fi )");

    ShellScript stray = parse("done; ls )");
    assertThat(names(stray)).containsExactly("ls");
    assertThat(stray.problems())
        .extracting(Problem::message)
        .containsExactly("unexpected 'done'", "unexpected ';'", "unexpected ')'");
    ShellScript open = parse("if true; then echo x");
    assertThat(names(open)).containsExactly("true", "echo");
    assertThat(open.problems()).extracting(Problem::message).containsExactly("expected 'fi'");
  }

  @Test
  void execFormIsOneCommandWithoutAShell() {
    List<ShellWord> argv =
        List.of("/usr/bin/dumb-init", "--", "node", "server.js").stream()
            .map(
                v ->
                    ShellWord.literal(
                        "\"" + v + "\"", MappedText.contiguous(v, 0), 0, v.length() + 2))
            .toList();
    ShellScript s = ShellScript.exec(argv);

    assertThat(s.isExec()).isTrue();
    assertThat(s.commands())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.program()).isEqualTo("dumb-init");
              assertThat(c.args()).containsExactly("--", "node", "server.js");
            });
  }

  @Test
  void nonPosixShellsAreReadBestEffort() {
    ShellScript s =
        ShellScript.parse(
            MappedText.contiguous("dir C:\\app && echo done", 0), Dialect.WINDOWS_CMD, List.of());

    assertThat(s.isPartial()).isTrue();
    assertThat(s.dialect()).isEqualTo(Dialect.WINDOWS_CMD);
    assertThat(s.commands().get(0).args()).containsExactly("C:\\app");
    assertThat(Dialect.ofShell(List.of("powershell", "-Command"))).isEqualTo(Dialect.POWERSHELL);
    assertThat(Dialect.ofShell(List.of("C:\\Windows\\System32\\cmd.exe", "/S", "/C")))
        .isEqualTo(Dialect.WINDOWS_CMD);
  }
}
