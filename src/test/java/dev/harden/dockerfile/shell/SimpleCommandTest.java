package dev.harden.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimpleCommandTest {

  private static SimpleCommand command(String text) {
    return ShellScript.parse(MappedText.contiguous(text, 0)).commands().get(0);
  }

  @Test
  void namesAndArguments() {
    SimpleCommand c = command("/usr/bin/apt-get install -y curl");

    assertThat(c.name()).isEqualTo("/usr/bin/apt-get");
    assertThat(c.program()).isEqualTo("apt-get");
    assertThat(c.is("apt", "apt-get")).isTrue();
    assertThat(c.args()).containsExactly("install", "-y", "curl");
    assertThat(c.nameWord().orElseThrow().start()).isZero();
  }

  @Test
  void flagsShortLongCombinedAndAfterDoubleDash() {
    SimpleCommand c =
        command(
            "apt-get -qy --no-install-recommends --option=Dpkg::Use-Pty=0 install -- -notaflag");

    assertThat(c.hasFlag("-y", "--yes", "--assume-yes")).isTrue();
    assertThat(c.hasFlag("-q")).isTrue();
    assertThat(c.hasFlag("--no-install-recommends")).isTrue();
    assertThat(c.hasFlag("--option")).isTrue();
    assertThat(c.hasFlag("-n")).isFalse();
    assertThat(command("apt-get install -oDebug::pkgProblemResolver=yes x").hasFlag("-y"))
        .isFalse();
  }

  @Test
  void flagValuesInEverySpelling() {
    SimpleCommand c =
        command("pip install -r req.txt --index-url=https://pypi.example --target /opt -tx");

    assertThat(c.flagValue("-r", "--requirement")).contains("req.txt");
    assertThat(c.flagValue("--index-url", "-i")).contains("https://pypi.example");
    assertThat(c.flagValues("--target", "-t")).containsExactly("/opt", "x");
    assertThat(c.flagValue("--user")).isEmpty();
  }

  @Test
  void positionalsWithTheToolsOptionSpec() {
    FlagSpec apt = FlagSpec.withValues("-o", "--option", "-t", "--target-release", "-c");
    SimpleCommand c =
        command(
            "apt-get -o Acquire::Retries=3 -t bookworm-backports install -y nginx=1.22.1-9 curl");

    assertThat(c.positionalArgs(apt)).containsExactly("install", "nginx=1.22.1-9", "curl");
    assertThat(c.subcommand(apt)).contains("install");
    assertThat(c.positionalArgs(FlagSpec.NONE))
        .containsExactly(
            "Acquire::Retries=3", "bookworm-backports", "install", "nginx=1.22.1-9", "curl");
    assertThat(c.hasFlag(apt, "-y")).isTrue();
  }

  @Test
  void effectivePeelsWrappers() {
    SimpleCommand sudo =
        command("sudo -E -u builder env GOFLAGS=-mod=mod nice -n 10 go build ./...");

    SimpleCommand go = sudo.effective();
    assertThat(go.program()).isEqualTo("go");
    assertThat(go.args()).containsExactly("build", "./...");
    assertThat(go.wrappers())
        .extracting(ShellWord::value)
        .containsExactly(
            "sudo", "-E", "-u", "builder", "env", "GOFLAGS=-mod=mod", "nice", "-n", "10");
    assertThat(go.assignments()).extracting(Assignment::name).containsExactly("GOFLAGS");
    assertThat(go.start()).isEqualTo(sudo.start());
    assertThat(go.isWrapped()).isTrue();
    assertThat(command("command -v curl").effective().program()).isEqualTo("command");
    assertThat(command("gosu app:app /entrypoint.sh serve").effective().program())
        .isEqualTo("entrypoint.sh");
    assertThat(command("sudo").effective().program()).isEqualTo("sudo");
  }
}
