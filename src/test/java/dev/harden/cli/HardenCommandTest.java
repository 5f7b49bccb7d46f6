package dev.harden.cli;

import static dev.harden.cli.InProcessHarden.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.cli.HardenLauncher.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The top-level command registers only the subcommand the first argument names (start-up), so
 * help, usage errors and unknown names must still see every command.
 */
class HardenCommandTest {

  @Test
  void helpListsEveryCommand() {
    Result r = run("--help");
    assertThat(r.code()).isZero();
    for (String name : HardenCommand.SUBCOMMANDS) {
      assertThat(r.out()).contains("  " + name + " ");
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
    CommandLine cli = new CommandLine(new HardenCommand().spec());
    HardenCommand.SUBCOMMANDS.forEach(name -> cli.addSubcommand(name,
        HardenCommand.subcommand(name)));
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
  void everyCommandHasHelpVersionAndDescribedOptions() {
    for (String name : HardenCommand.SUBCOMMANDS) {
      if (name.equals("help")) {
        continue;
      }
      CommandSpec spec = (CommandSpec) HardenCommand.subcommand(name);
      assertThat(spec.name()).isEqualTo(name);
      checkModel(spec);
    }
  }

  private static void checkModel(CommandSpec spec) {
    String name = spec.qualifiedName();
    assertThat(spec.usageMessage().description()).as(name).isNotEmpty();
    assertThat(spec.findOption("--help").usageHelp()).as(name).isTrue();
    assertThat(spec.findOption("--version").versionHelp()).as(name).isTrue();
    for (CommandLine.Model.ArgSpec arg : spec.args()) {
      assertThat(arg.description()).as(name + " " + arg).isNotEmpty();
    }
    if (spec.subcommands().isEmpty()) {
      assertThat(spec.findOption("--format")).as(name).isNotNull();
    }
    spec.subcommands().values().forEach(sub -> checkModel(sub.getCommandSpec()));
  }

  @Test
  void aMissingTargetIsAUsageError() {
    for (String command : List.of("lint", "fix", "sbom", "scan", "inspect")) {
      Result r = run(command);
      assertThat(r.code()).as(command).isEqualTo(2);
      assertThat(r.err()).as(command).contains("Missing required parameter")
          .contains("harden " + command + " --help");
    }
  }

  @Test
  void optionValuesReachTheCommand() {
    Result r = run("lint", "--format", "json", "--ignore", "HD001,DL3007", "--failure-threshold",
        "none", "../shared/images/dockerfiles/node-app.Dockerfile");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("{").contains("\"HD005\"")
        .doesNotContain("\"HD001\"").doesNotContain("\"HD011\"");
  }

  @Test
  void subcommandsAreFoundByNameOnly() {
    assertThat(HardenCommand.subcommandNamed("sbom")).isEqualTo("sbom");
    assertThat(HardenCommand.subcommandNamed("db")).isEqualTo("db");
    assertThat(HardenCommand.subcommandNamed("help")).isNull();
    assertThat(HardenCommand.subcommandNamed("--help")).isNull();
    assertThat(HardenCommand.subcommandNamed("Dockerfile")).isNull();
  }
}
