package dev.harden.cli;

import static dev.harden.cli.InProcessHarden.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.cli.HardenLauncher.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The top-level command registers only the subcommand the first argument names (start-up), so
 * help, usage errors and unknown names must still see every command.
 */
class HardenCommandTest {

  @Test
  void helpListsEveryCommand() {
    Result r = run("--help");
    assertThat(r.code()).isZero();
    for (Class<?> c : HardenCommand.SUBCOMMANDS) {
      assertThat(r.out()).contains(c.getAnnotation(Command.class).name());
    }
  }

  @Test
  void helpCommandExplainsAnotherCommand() {
    Result r = run("help", "sbom");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: harden sbom");
  }

  @Test
  void aCommandsOwnHelpWorksWhenOnlyItIsRegistered() {
    Result r = run("lint", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: harden lint");
  }

  @Test
  void anUnknownCommandIsAUsageErrorThatSuggestsTheRightOne() {
    Result r = run("lnt", "Dockerfile");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("lnt").contains("lint");
  }

  @Test
  void noCommandIsAUsageError() {
    Result r = run();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("missing command");
  }

  @Test
  void noOptionNeedsAConverterThatMainLeavesOut() {
    CommandLine cli = new CommandLine(new HardenCommand());
    HardenCommand.SUBCOMMANDS.forEach(cli::addSubcommand);
    List<String> types = new ArrayList<>();
    collectTypes(cli, types);
    assertThat(types).hasSizeGreaterThan(20);
    for (String excluded : Main.PICOCLI_EXCLUDES.split(",")) {
      assertThat(types).noneMatch(t -> t.matches(excluded));
    }
  }

  private static void collectTypes(CommandLine cli, List<String> into) {
    for (CommandLine.Model.ArgSpec arg : cli.getCommandSpec().args()) {
      into.add(arg.type().getName());
      for (Class<?> aux : arg.auxiliaryTypes()) {
        into.add(aux.getName());
      }
    }
    cli.getSubcommands().values().forEach(sub -> collectTypes(sub, into));
  }

  @Test
  void subcommandsAreFoundByNameOnly() {
    assertThat(HardenCommand.subcommandNamed("sbom")).isEqualTo(SbomCommand.class);
    assertThat(HardenCommand.subcommandNamed("db")).isEqualTo(DbCommand.class);
    assertThat(HardenCommand.subcommandNamed("help")).isNull();
    assertThat(HardenCommand.subcommandNamed("--help")).isNull();
    assertThat(HardenCommand.subcommandNamed("Dockerfile")).isNull();
  }
}
