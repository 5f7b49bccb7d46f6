package dev.harden.version;

/** A string that is not a version of the scheme asked; matching turns it into INDETERMINATE. */
public class InvalidVersionException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String raw;

  public InvalidVersionException(String scheme, String raw, String reason) {
    super("not a " + scheme + " version: \"" + raw + "\" (" + reason + ")");
    this.raw = raw;
  }

  /** The string that did not parse. */
  public String raw() {
    return raw;
  }
}
