package dev.harden.cli;

import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code harden <command> [options] <target>}: the top-level command and its subcommands. */
@Command(
    name = "harden",
    mixinStandardHelpOptions = true,
    versionProvider = HardenCommand.Version.class,
    description = "Makes production container images small, non-root and quiet.",
    subcommands = {CommandLine.HelpCommand.class})
public final class HardenCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** Runs the command line and returns the exit code (0 pass, 1 blocked, 2 usage or input error). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new HardenCommand());
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setExitCodeExceptionMapper(e -> ExitCodes.INPUT);
    return cli.execute(args);
  }

  /** Reports the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = HardenCommand.class.getPackage().getImplementationVersion();
      return new String[] {"harden " + (v == null ? "dev" : v)};
    }
  }
}
