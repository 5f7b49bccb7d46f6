package dev.harden.io;

/**
 * Input the tool cannot use: a file that does not parse, a reference that does not resolve, a
 * limit that was exceeded. The message names the file and, where known, the line; the command line
 * turns it into exit code 2 without a stack trace.
 */
public class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  public InputException(String source, int line, String message) {
    this(source, line, message, null);
  }

  public InputException(String source, int line, String message, Throwable cause) {
    super(message, cause);
    this.source = source;
    this.line = line;
  }

  public InputException(String source, String message) {
    this(source, 0, message, null);
  }

  public InputException(String source, String message, Throwable cause) {
    this(source, 0, message, cause);
  }

  /** The file, directory or reference the problem is in. */
  public String source() {
    return source;
  }

  /** 1-based line, or 0 when the problem is not at a line. */
  public int line() {
    return line;
  }

  /** {@code source:line: message}, the form printed to the user. */
  public String describe() {
    String where = source == null ? "" : (line > 0 ? source + ":" + line + ": " : source + ": ");
    return where + getMessage();
  }
}
