package dev.harden.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser over {@link ShellLexer} tokens for the part of the POSIX shell grammar
 * rules need: lists, and-or lists, pipelines, simple commands, subshells, groups, {@code if},
 * {@code for}/{@code select}, {@code while}/{@code until}, {@code case}, function definitions and
 * {@code [[ ]]}. It never throws: what it does not understand becomes a {@link Problem} and the
 * affected command is marked partial.
 */
final class ShellParser extends TokenReader {

  private static final Set<String> CLOSERS =
      Set.of("then", "elif", "else", "fi", "do", "done", "esac", "}");

  /** A {@code $( )} body and where the text after its closing parenthesis starts. */
  record Nested(Sequence body, int end, boolean closed) {}

  private ShellParser(ShellLexer lexer) {
    super(lexer);
  }

  /** Parses all of {@code text}. */
  static Sequence parseAll(MappedText text, boolean escapes, ParseState state) {
    return parseAll(text, escapes, state, List.of());
  }

  static Sequence parseAll(
      MappedText text, boolean escapes, ParseState state, List<ExternalHeredoc> heredocs) {
    ShellLexer lexer = new ShellLexer(text, 0, escapes, state, heredocs);
    if (!state.enter()) {
      lexer.problem("commands nested too deeply; the rest is not analysed", 0);
      return Sequence.empty();
    }
    Sequence body;
    try {
      body = new ShellParser(lexer).sequence(SequenceStop.NONE);
    } finally {
      state.leave();
    }
    lexer.finish();
    return body;
  }

  /** Parses a command substitution body starting at {@code from}, up to its {@code )}. */
  static Nested parseNested(MappedText text, int from, boolean escapes, ParseState state) {
    ShellLexer lexer = new ShellLexer(text, from, escapes, state, List.of());
    state.enter(); // callers check ParseState.atLimit() first
    Sequence body;
    try {
      body = new ShellParser(lexer).sequence(SequenceStop.PAREN);
    } finally {
      state.leave();
    }
    boolean closed = lexer.peek().isOp(")");
    if (closed) {
      lexer.next();
    } else {
      lexer.problem("unterminated $(", from);
    }
    lexer.finish();
    return new Nested(body, Math.min(lexer.pos, text.length()), closed);
  }

  private Sequence sequence(SequenceStop stop) {
    List<Pipeline> pipelines = new ArrayList<>();
    List<Connector> connectors = new ArrayList<>();
    while (true) {
      Token t = lx.peek();
      if (t.kind() == Token.Kind.EOF || stop.matches(t)) {
        break;
      }
      if (t.kind() == Token.Kind.NEWLINE) {
        take();
        continue;
      }
      boolean strayOp = t.kind() == Token.Kind.OP && !t.isOp("(") && !t.isRedirect();
      boolean strayWord = t.kind() == Token.Kind.WORD && isCloser(t);
      if (strayOp || strayWord) {
        problemAt("unexpected '" + (strayOp ? t.op() : t.word().value()) + "'", t);
        take();
        continue;
      }
      Token before = t;
      Pipeline pipeline = pipeline();
      if (lx.peek() == before) {
        take(); // no progress: never loop forever on input we do not understand
      }
      pipelines.add(pipeline);
      connectors.add(connector());
    }
    return new Sequence(pipelines, connectors);
  }

  private static boolean isCloser(Token t) {
    for (String w : CLOSERS) {
      if (t.isWord(w)) {
        return true;
      }
    }
    return false;
  }

  private Connector connector() {
    Token t = lx.peek();
    Connector c;
    if (t.isOp("&&")) {
      c = Connector.AND;
    } else if (t.isOp("||")) {
      c = Connector.OR;
    } else if (t.isOp(";")) {
      c = Connector.SEMICOLON;
    } else if (t.isOp("&")) {
      c = Connector.BACKGROUND;
    } else if (t.kind() == Token.Kind.NEWLINE) {
      c = Connector.NEWLINE;
    } else {
      return Connector.END;
    }
    take();
    if (c == Connector.AND || c == Connector.OR) {
      skipNewlines();
    }
    return c;
  }

  private Pipeline pipeline() {
    boolean negated = false;
    if (lx.peek().isWord("!")) {
      take();
      negated = true;
    }
    List<Command> commands = new ArrayList<>();
    commands.add(command());
    while (lx.peek().isOp("|") || lx.peek().isOp("|&")) {
      take();
      skipNewlines();
      commands.add(command());
    }
    return new Pipeline(commands, negated);
  }

  private Command command() {
    if (!lx.state.enter()) {
      Token t = take();
      problemAt("commands nested too deeply; the rest is not analysed", t);
      List<ShellWord> words = t.kind() == Token.Kind.WORD ? List.of(t.word()) : List.of();
      return new SimpleCommand(List.of(), words, List.of(), List.of(), t.start(), t.end(), true);
    }
    try {
      return nestedCommand();
    } finally {
      lx.state.leave();
    }
  }

  private Command nestedCommand() {
    Token t = lx.peek();
    if (t.isOp("(")) {
      Token open = take();
      Sequence body = sequence(SequenceStop.PAREN);
      int end = expectOp(")");
      return compound(CompoundKind.SUBSHELL, List.of(), List.of(body), open.start(), end);
    }
    if (t.kind() == Token.Kind.WORD && t.word().isLiteral() && !t.word().isQuoted()) {
      switch (t.word().value()) {
        case "if":
          return ifClause();
        case "for":
        case "select":
          return forLoop();
        case "while":
          return whileLoop(CompoundKind.WHILE);
        case "until":
          return whileLoop(CompoundKind.UNTIL);
        case "case":
          return caseClause();
        case "{":
          Token open = take();
          Sequence body = sequence(SequenceStop.BRACE);
          int end = expectWord("}");
          return compound(CompoundKind.GROUP, List.of(), List.of(body), open.start(), end);
        case "function":
          return functionKeyword();
        default:
          break;
      }
    }
    return simple();
  }

  private CompoundCommand compound(
      CompoundKind kind, List<ShellWord> words, List<Sequence> bodies, int start, int end) {
    List<Redirect> redirects = new ArrayList<>();
    while (lx.peek().isRedirect()) {
      redirects.add(redirect());
      end = lastEnd;
    }
    return new CompoundCommand(kind, words, bodies, redirects, start, end);
  }

  private Command ifClause() {
    Token kw = take();
    List<Sequence> bodies = new ArrayList<>();
    bodies.add(sequence(SequenceStop.THEN));
    expectWord("then");
    bodies.add(sequence(SequenceStop.BRANCH_END));
    while (lx.peek().isWord("elif")) {
      take();
      bodies.add(sequence(SequenceStop.THEN));
      expectWord("then");
      bodies.add(sequence(SequenceStop.BRANCH_END));
    }
    if (lx.peek().isWord("else")) {
      take();
      bodies.add(sequence(SequenceStop.FI));
    }
    int end = expectWord("fi");
    return compound(CompoundKind.IF, List.of(), bodies, kw.start(), end);
  }

  private Command forLoop() {
    Token kw = take();
    List<ShellWord> words = new ArrayList<>();
    if (lx.peek().kind() == Token.Kind.WORD) {
      words.add(take().word());
    } else {
      problemAt("expected a variable name after '" + kw.word().value() + "'", lx.peek());
    }
    skipNewlines();
    if (lx.peek().isWord("in")) {
      take();
      while (lx.peek().kind() == Token.Kind.WORD) {
        words.add(take().word());
      }
    }
    if (lx.peek().isOp(";")) {
      take();
    }
    skipNewlines();
    expectWord("do");
    Sequence body = sequence(SequenceStop.DONE);
    int end = expectWord("done");
    return compound(CompoundKind.FOR, words, List.of(body), kw.start(), end);
  }

  private Command whileLoop(CompoundKind kind) {
    Token kw = take();
    Sequence condition = sequence(SequenceStop.DO);
    expectWord("do");
    Sequence body = sequence(SequenceStop.DONE);
    int end = expectWord("done");
    return compound(kind, List.of(), List.of(condition, body), kw.start(), end);
  }

  private Command caseClause() {
    Token kw = take();
    List<ShellWord> words = new ArrayList<>();
    List<Sequence> bodies = new ArrayList<>();
    if (lx.peek().kind() == Token.Kind.WORD) {
      words.add(take().word());
    }
    skipNewlines();
    expectWord("in");
    while (true) {
      skipNewlines();
      Token t = lx.peek();
      if (t.isWord("esac") || t.kind() == Token.Kind.EOF) {
        break;
      }
      if (t.isOp("(")) {
        take();
      }
      while (lx.peek().kind() == Token.Kind.WORD) {
        words.add(take().word());
        if (lx.peek().isOp("|")) {
          take();
        }
      }
      expectOp(")");
      bodies.add(sequence(SequenceStop.CASE_ITEM));
      Token end = lx.peek();
      if (end.isOp(";;") || end.isOp(";&") || end.isOp(";;&")) {
        take();
      } else if (!end.isWord("esac")) {
        problemAt("expected ';;' or 'esac'", end);
        if (lx.peek() == t) {
          take();
        }
        break;
      }
    }
    int end = expectWord("esac");
    return compound(CompoundKind.CASE, words, bodies, kw.start(), end);
  }

  private Command functionKeyword() {
    Token kw = take();
    if (lx.peek().kind() != Token.Kind.WORD) {
      problemAt("expected a function name", lx.peek());
      return simpleFrom(kw);
    }
    ShellWord name = take().word();
    if (lx.peek().isOp("(")) {
      take();
      expectOp(")");
    }
    return functionBody(name, kw.start());
  }

  private Command functionBody(ShellWord name, int start) {
    skipNewlines();
    Command body = command();
    Sequence wrapped =
        new Sequence(List.of(new Pipeline(List.of(body), false)), List.of(Connector.END));
    return new CompoundCommand(
        CompoundKind.FUNCTION, List.of(name), List.of(wrapped), List.of(), start, body.end());
  }

  private Command simpleFrom(Token keyword) {
    return new SimpleCommand(
        List.of(),
        List.of(keyword.word()),
        List.of(),
        List.of(),
        keyword.start(),
        keyword.end(),
        true);
  }

  private Command simple() {
    int problemsBefore = lx.state.problemCount();
    List<Assignment> assignments = new ArrayList<>();
    List<ShellWord> words = new ArrayList<>();
    List<Redirect> redirects = new ArrayList<>();
    int start = lx.peek().start();
    int end = start;
    while (true) {
      Token t = lx.peek();
      if (t.kind() == Token.Kind.WORD) {
        take();
        Assignment a = words.isEmpty() ? assignment(t.word()) : null;
        if (a != null) {
          assignments.add(a);
        } else {
          words.add(t.word());
        }
        end = t.end();
        if (words.size() == 1 && t.isWord("[[")) {
          end = testExpression(words);
        } else if (words.size() == 1 && assignments.isEmpty() && lx.peek().isOp("(")) {
          take();
          expectOp(")");
          return functionBody(t.word(), start);
        }
      } else if (t.isRedirect()) {
        redirects.add(redirect());
        end = lastEnd;
      } else {
        break;
      }
    }
    if (words.isEmpty() && assignments.isEmpty() && redirects.isEmpty()) {
      problemAt("expected a command", lx.peek());
    }
    boolean partial = lx.state.problemCount() > problemsBefore;
    for (ShellWord w : words) {
      partial |= !w.isComplete();
    }
    return new SimpleCommand(assignments, words, redirects, List.of(), start, end, partial);
  }
}
