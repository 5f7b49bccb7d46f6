package dev.harden.cli;

import dev.harden.io.InputException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code harden <command> [options] <target>}: the top-level command and its subcommands. */
@Command(
    name = "harden",
    mixinStandardHelpOptions = true,
    versionProvider = HardenCommand.Version.class,
    description = "Makes production container images small, non-root and quiet.",
    subcommands = {
      LintCommand.class,
      FixCommand.class,
      ScanCommand.class,
      CiCommand.class,
      SbomCommand.class,
      InspectCommand.class,
      RulesCommand.class,
      DbCommand.class,
      CommandLine.HelpCommand.class
    })
public final class HardenCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** Runs the command line and returns the exit code (0 pass, 1 blocked, 2 usage or input error). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new HardenCommand());
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    PrintWriter errWriter =
        new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    cli.setErr(errWriter);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, errWriter));
    cli.setParameterExceptionHandler(HardenCommand::usageError);
    int code = cli.execute(args);
    cli.getOut().flush();
    return code;
  }

  /** A usage error: the message and a pointer to help, not the whole usage text. */
  static int usageError(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("harden: " + e.getMessage());
    err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return ExitCodes.INPUT;
  }

  /** Turns an exception into a one-line message and exit code 2; stack traces only on request. */
  static int handle(Exception e, PrintWriter err) {
    if (e instanceof InputException input) {
      err.println("harden: " + input.describe());
    } else if (e instanceof java.io.UncheckedIOException u) {
      err.println("harden: " + u.getCause().getMessage());
    } else {
      err.println("harden: internal error: " + e
          + " (set HARDEN_DEBUG=1 for details, and please report it)");
    }
    if ("1".equals(System.getenv("HARDEN_DEBUG"))) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INPUT;
  }

  /** Reports the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"harden " + toolVersion()};
    }
  }

  static String toolVersion() {
    String v = HardenCommand.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
