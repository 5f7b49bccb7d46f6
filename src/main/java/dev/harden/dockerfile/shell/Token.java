package dev.harden.dockerfile.shell;

/**
 * A lexer token: a word, an operator ({@code &&}, {@code >>}, {@code (}...), a newline or the end.
 */
record Token(Token.Kind kind, String op, ShellWord word, int fd, int start, int end) {

  enum Kind {
    WORD,
    OP,
    NEWLINE,
    EOF
  }

  boolean isOp(String symbol) {
    return kind == Kind.OP && op.equals(symbol);
  }

  /**
   * True for an unquoted literal word equal to {@code reserved} (a reserved word in command
   * position).
   */
  boolean isWord(String reserved) {
    return kind == Kind.WORD
        && word.isLiteral()
        && !word.isQuoted()
        && word.value().equals(reserved);
  }

  boolean isRedirect() {
    return kind == Kind.OP && (op.startsWith("<") || op.startsWith(">") || op.startsWith("&>"));
  }

  boolean endsCommand() {
    return kind == Kind.EOF || kind == Kind.NEWLINE || (kind == Kind.OP && !isRedirect());
  }
}
