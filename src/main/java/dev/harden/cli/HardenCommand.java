package dev.harden.cli;

import dev.harden.io.InputException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code harden <command> [options] <target>}: the top-level command and its subcommands. */
public final class HardenCommand implements Runnable {

  /**
   * The subcommands, in the order help lists them; {@link #subcommand} builds each. Only the
   * command named by the first argument is built (each model costs time at start-up), and all of
   * them only when help, a usage error or an unknown name needs the whole list.
   */
  static final List<String> SUBCOMMANDS =
      List.of("lint", "fix", "scan", "ci", "sbom", "inspect", "rules", "db", "help");

  /** The commands that read images (and so a layer's worth of JSON, digests and gzip). */
  static final Set<String> IMAGE_COMMANDS = Set.of("sbom", "scan", "ci", "inspect");

  private final CommandSpec spec = CommandSpecs.command(this, "harden",
      "Makes production container images small, non-root and quiet.");

  /** The top-level command's picocli model, without subcommands. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /**
   * The picocli model (or, for {@code help}, the annotated command) of a subcommand: the one place
   * a new command is registered.
   */
  static Object subcommand(String name) {
    return switch (name) {
      case "lint" -> new LintCommand().spec();
      case "fix" -> new FixCommand().spec();
      case "scan" -> new ScanCommand().spec();
      case "ci" -> new CiCommand().spec();
      case "sbom" -> new SbomCommand().spec();
      case "inspect" -> new InspectCommand().spec();
      case "rules" -> new RulesCommand().spec();
      case "db" -> DbCommand.spec();
      case "help" -> new CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException("no command " + name);
    };
  }

  /** Runs the command line and returns the exit code (0 pass, 1 blocked, 2 usage or input error). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new HardenCommand().spec(), CommandSpecs.FACTORY);
    String named = args.length == 0 ? null : subcommandNamed(args[0]);
    boolean versionOnly = args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"));
    for (String name : named != null ? List.of(named) : versionOnly ? List.<String>of()
        : SUBCOMMANDS) {
      cli.addSubcommand(name, subcommand(name));
    }
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

  /** The subcommand named {@code arg}, or null; help needs every command. */
  static String subcommandNamed(String arg) {
    return SUBCOMMANDS.contains(arg) && !arg.equals("help") ? arg : null;
  }

  /** A usage error: the message and a pointer to help, not the whole usage text. */
  static int usageError(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("harden: " + e.getMessage());
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, err);
    }
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
