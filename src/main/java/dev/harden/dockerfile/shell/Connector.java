package dev.harden.dockerfile.shell;

/** What joins a pipeline to the next one in a list. */
public enum Connector {
  /** {@code &&}: the next runs only if this one succeeded. */
  AND("&&"),
  /** {@code ||}: the next runs only if this one failed. */
  OR("||"),
  /** {@code ;}: the next runs whatever happened. */
  SEMICOLON(";"),
  /** A newline: like {@code ;}. */
  NEWLINE("\\n"),
  /** {@code &}: this one runs in the background. */
  BACKGROUND("&"),
  /** Nothing follows. */
  END("");

  private final String symbol;

  Connector(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** True for {@code ;}, newline and {@code &}: the next command runs even if this one failed. */
  public boolean ignoresFailure() {
    return this == SEMICOLON || this == NEWLINE || this == BACKGROUND;
  }
}
