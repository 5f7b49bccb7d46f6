package dev.harden.cli;

/** Process entry point: runs the command line and exits with its code. */
public final class Main {

  private Main() {}

  /**
   * picocli registers converters for java.time and java.sql types by loading and initialising
   * those classes on every start (java.time.MonthDay alone pulls in the date-time formatter
   * tables); no harden option has such a type, so they are left out.
   */
  static final String PICOCLI_EXCLUDES = "java\\.time\\..*,java\\.sql\\..*";

  public static void main(String[] args) {
    ImageWarmup.startFor(args);
    LintWarmup.startFor(args);
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", PICOCLI_EXCLUDES);
    }
    if (args.length > 0 && SqliteNativeDir.COMMANDS.contains(args[0])) {
      SqliteNativeDir.usePrivateDir(System.getProperties());
    }
    int code;
    try {
      code = HardenCommand.run(args, System.out, System.err);
    } catch (OutOfMemoryError e) {
      // the input was too large for the heap: a clear message, not a trace
      System.err.println("harden: out of memory (raise the heap with HARDEN_JAVA_OPTS=-Xmx...)");
      code = 2;
    } catch (Error e) {
      System.err.println("harden: internal error: " + e
          + " (set HARDEN_DEBUG=1 for details, and please report it)");
      if ("1".equals(System.getenv("HARDEN_DEBUG"))) {
        e.printStackTrace();
      }
      code = 2;
    }
    ClassDataPreload.runIfAsked();
    System.exit(code);
  }
}
