package dev.harden.dockerfile.shell;

/**
 * The body of a here-document. For a heredoc written inside a script the body follows the line that
 * opened it and is filled in when the lexer reaches that line, after the {@link Redirect} has been
 * created; it is complete once parsing has finished.
 */
public final class HeredocBody {

  private final String delimiter;
  private final boolean quoted;
  private final boolean stripTabs;
  private MappedText text;
  private boolean terminated;

  HeredocBody(String delimiter, boolean quoted, boolean stripTabs) {
    this.delimiter = delimiter;
    this.quoted = quoted;
    this.stripTabs = stripTabs;
  }

  void fill(MappedText body, boolean closed) {
    this.text = body;
    this.terminated = closed;
  }

  boolean isFilled() {
    return text != null;
  }

  public String delimiter() {
    return delimiter;
  }

  /** True when the delimiter was quoted: the shell does not expand anything in the body. */
  public boolean isQuoted() {
    return quoted;
  }

  /** True for {@code <<-}: leading tabs are stripped (already done in {@link #text()}). */
  public boolean stripsTabs() {
    return stripTabs;
  }

  /** The body as the command reads it, with document offsets; empty when none was found. */
  public MappedText text() {
    return text == null ? MappedText.contiguous("", 0) : text;
  }

  /** False when the text ended before the delimiter line (or no body was found at all). */
  public boolean isTerminated() {
    return terminated;
  }
}
