package dev.harden.dockerfile.shell;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token-level half of the shell parser: taking tokens, reporting problems, and the parts of a
 * simple command that involve no recursion (assignments, redirections, {@code [[ ]]}).
 */
abstract class TokenReader {

  private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(\\+?)=");

  final ShellLexer lx;
  int lastEnd;

  TokenReader(ShellLexer lexer) {
    this.lx = lexer;
    this.lastEnd = lexer.offset(lexer.pos);
  }

  Token take() {
    Token t = lx.next();
    if (t.kind() != Token.Kind.EOF) {
      lastEnd = t.end();
    }
    return t;
  }

  void skipNewlines() {
    while (lx.peek().kind() == Token.Kind.NEWLINE) {
      take();
    }
  }

  void problemAt(String message, Token t) {
    lx.state.problem(new Problem(message, t.start()));
  }

  int expectWord(String word) {
    if (lx.peek().isWord(word)) {
      return take().end();
    }
    problemAt("expected '" + word + "'", lx.peek());
    return lastEnd;
  }

  int expectOp(String op) {
    if (lx.peek().isOp(op)) {
      return take().end();
    }
    problemAt("expected '" + op + "'", lx.peek());
    return lastEnd;
  }

  /** Reads the rest of {@code [[ ... ]]} as plain words (its {@code &&} is not a list operator). */
  int testExpression(List<ShellWord> words) {
    while (true) {
      Token t = lx.peek();
      if (t.kind() == Token.Kind.EOF || t.kind() == Token.Kind.NEWLINE) {
        problemAt("unterminated [[", t);
        return lastEnd;
      }
      take();
      if (t.kind() == Token.Kind.WORD) {
        words.add(t.word());
        if (t.isWord("]]")) {
          return t.end();
        }
      } else {
        words.add(
            ShellWord.literal(
                t.op(), MappedText.contiguous(t.op(), t.start()), t.start(), t.end()));
      }
    }
  }

  static Assignment assignment(ShellWord word) {
    Matcher m = ASSIGNMENT.matcher(word.raw());
    if (!m.lookingAt()) {
      return null;
    }
    ShellWord value = word.tail(m.end());
    return new Assignment(m.group(1), !m.group(2).isEmpty(), value, word.start(), word.end());
  }

  Redirect redirect() {
    Token op = take();
    Token target = lx.peek();
    if (target.kind() != Token.Kind.WORD) {
      problemAt("expected a word after '" + op.op() + "'", target);
      ShellWord none =
          ShellWord.literal("", MappedText.contiguous("", op.end()), op.end(), op.end());
      return new Redirect(op.fd(), op.op(), none, Optional.empty(), op.start(), op.end());
    }
    take();
    Optional<HeredocBody> body = Optional.empty();
    if (op.op().equals("<<") || op.op().equals("<<-")) {
      HeredocBody heredoc =
          new HeredocBody(target.word().value(), target.word().isQuoted(), op.op().equals("<<-"));
      lx.heredoc(heredoc);
      body = Optional.of(heredoc);
    }
    return new Redirect(op.fd(), op.op(), target.word(), body, op.start(), target.end());
  }
}
