package dev.harden.dockerfile;

import dev.harden.dockerfile.shell.Dialect;
import dev.harden.io.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns one logical line into its typed {@link Instruction}, with the argument rules and the error
 * messages of BuildKit's {@code line_parsers.go} and {@code instructions/parse.go}.
 */
final class InstructionParser {

  private static final Pattern STAGE_NAME = Pattern.compile("^[a-z][a-z0-9-_.]*$");

  private final String source;
  private final String text;
  private final LineIndex lines;
  private final char escape;
  private final CommandLines commands;

  InstructionParser(String source, String text, LineIndex lines, char escape) {
    this.source = source;
    this.text = text;
    this.lines = lines;
    this.escape = escape;
    this.commands = new CommandLines(source, text);
  }

  Instruction parse(LineScanner.Scanned s, Dialect dialect) throws InputException {
    LogicalLine l = s.line();
    return parse(l, 0, l.length(), s.heredocs(), s.end(), s.firstLine(), dialect);
  }

  private InputException error(int line, String message) {
    return new InputException(source, line, message);
  }

  private Instruction parse(
      LogicalLine l, int from, int to, List<Heredoc> heredocs, int end, int lineNo, Dialect dialect)
      throws InputException {
    CommandSplitter.Split sp = CommandSplitter.split(l, from, to);
    String keyword = l.substring(sp.keywordStart(), sp.keywordEnd());
    String lower = keyword.toLowerCase(Locale.ROOT);
    List<Flag> flags = Flags.of(l, sp.flags());
    int as = sp.argsStart();
    int ae = sp.argsEnd();
    SourceSpan span = lines.span(l.offset(sp.keywordStart()), end);
    Syntax syntax =
        new Syntax(
            keyword,
            l.span(sp.keywordStart(), sp.keywordEnd()),
            span,
            span.text(text),
            l.substring(sp.keywordStart(), l.trimEnd(sp.keywordStart(), to)),
            flags,
            l.substring(as, ae),
            l.span(as, ae),
            heredocs);
    if (!lower.equals("healthcheck")) {
      Flags.check(source, lineNo, lower, flags);
    }
    switch (lower) {
      case "from":
        return from(syntax, l, as, ae, lineNo);
      case "run":
        return new Run(syntax, commands.parse(l, as, ae, heredocs, dialect, lineNo));
      case "cmd":
        return new Cmd(syntax, commands.parse(l, as, ae, heredocs, dialect, lineNo));
      case "entrypoint":
        return new Entrypoint(syntax, commands.parse(l, as, ae, heredocs, dialect, lineNo));
      case "shell":
        return shell(syntax, l, as, ae, lineNo);
      case "env":
        return new Env(syntax, pairs(l, as, ae, "ENV", lineNo), isLegacy(l, as, ae));
      case "label":
        return new Label(syntax, pairs(l, as, ae, "LABEL", lineNo));
      case "arg":
        return arg(syntax, l, as, ae, lineNo);
      case "maintainer":
        return new Maintainer(syntax, l.word(as, ae, l.substring(as, ae)));
      case "user":
        return new User(syntax, single(l, as, ae, "USER", lineNo));
      case "workdir":
        return new Workdir(syntax, single(l, as, ae, "WORKDIR", lineNo));
      case "stopsignal":
        return new Stopsignal(syntax, single(l, as, ae, "STOPSIGNAL", lineNo));
      case "expose":
        List<Word> ports = plainWords(l, as, ae);
        if (ports.isEmpty()) {
          throw error(lineNo, "EXPOSE requires at least one argument");
        }
        return new Expose(syntax, ports);
      case "add":
      case "copy":
        return copyOrAdd(syntax, lower, l, as, ae, lineNo);
      case "volume":
        return volume(syntax, l, as, ae, lineNo);
      case "onbuild":
        return onbuild(syntax, l, as, ae, heredocs, end, lineNo, dialect);
      case "healthcheck":
        return healthcheck(syntax, l, as, ae, heredocs, dialect, lineNo);
      default:
        throw error(
            lineNo,
            keyword.isEmpty()
                ? "line continuation without an instruction"
                : "unknown instruction: " + keyword.toUpperCase(Locale.ROOT));
    }
  }

  private Word word(LogicalLine l, ArgWords.Range r) {
    String raw = l.substring(r.start(), r.end());
    return l.word(r.start(), r.end(), WordProcessor.unquote(raw, escape));
  }

  private List<Word> plainWords(LogicalLine l, int as, int ae) {
    List<Word> words = new ArrayList<>();
    for (ArgWords.Range r : ArgWords.whitespace(l, as, ae)) {
      words.add(word(l, r));
    }
    return words;
  }

  private Word single(LogicalLine l, int as, int ae, String name, int lineNo)
      throws InputException {
    if (as == ae) {
      throw error(lineNo, name + " requires exactly one argument");
    }
    return word(l, new ArgWords.Range(as, ae));
  }

  private From from(Syntax syntax, LogicalLine l, int as, int ae, int lineNo)
      throws InputException {
    List<Word> words = plainWords(l, as, ae);
    if (words.size() == 3 && words.get(1).raw().equalsIgnoreCase("as")) {
      String name = words.get(2).raw().toLowerCase(Locale.ROOT);
      if (!STAGE_NAME.matcher(name).matches()) {
        throw error(
            lineNo,
            "invalid name for build stage: \""
                + words.get(2).raw()
                + "\", name can't start with a number or contain symbols");
      }
      return new From(syntax, words.get(0), Optional.of(words.get(2)));
    }
    if (words.size() != 1) {
      throw error(lineNo, "FROM requires either one or three arguments");
    }
    return new From(syntax, words.get(0), Optional.empty());
  }

  private Shell shell(Syntax syntax, LogicalLine l, int as, int ae, int lineNo)
      throws InputException {
    if (as == ae) {
      throw error(lineNo, "SHELL requires at least one argument");
    }
    JsonArgs.Parsed json = JsonArgs.parse(l, as, ae);
    if (json == null) {
      throw error(lineNo, "SHELL requires the arguments to be in JSON form");
    }
    if (!json.allStrings()) {
      throw error(lineNo, "when using JSON array syntax, arrays must be comprised of strings only");
    }
    if (json.elements().isEmpty()) {
      throw error(lineNo, "SHELL requires at least one argument");
    }
    return new Shell(syntax, CommandLines.words(l, json));
  }

  private boolean isLegacy(LogicalLine l, int as, int ae) {
    List<ArgWords.Range> words = ArgWords.quoted(l, as, ae, escape);
    return !words.isEmpty() && !l.substring(words.get(0).start(), words.get(0).end()).contains("=");
  }

  /** BuildKit's {@code parseNameVal}: {@code k=v k2=v2}, or legacy {@code k rest of line}. */
  private List<KeyValue> pairs(LogicalLine l, int as, int ae, String name, int lineNo)
      throws InputException {
    List<ArgWords.Range> words = ArgWords.quoted(l, as, ae, escape);
    if (words.isEmpty()) {
      throw error(lineNo, name + " requires at least one argument");
    }
    List<KeyValue> pairs = new ArrayList<>();
    if (isLegacy(l, as, ae)) {
      int keyEnd = as;
      while (keyEnd < ae && !GoText.isTokenSpace(l.charAt(keyEnd))) {
        keyEnd++;
      }
      int valueStart = keyEnd;
      while (valueStart < ae && GoText.isTokenSpace(l.charAt(valueStart))) {
        valueStart++;
      }
      if (valueStart >= ae) {
        throw error(lineNo, name + " must have two arguments");
      }
      Word key = word(l, new ArgWords.Range(as, keyEnd));
      pairs.add(new KeyValue(key, word(l, new ArgWords.Range(valueStart, ae)), l.span(as, ae)));
      return pairs;
    }
    for (ArgWords.Range w : words) {
      String raw = l.substring(w.start(), w.end());
      int eq = raw.indexOf('=');
      if (eq < 0) {
        throw error(
            lineNo,
            "Syntax error - can't find = in \"" + raw + "\". Must be of the form: name=value");
      }
      if (eq == 0) {
        throw error(lineNo, name + " names can not be blank");
      }
      Word key = word(l, new ArgWords.Range(w.start(), w.start() + eq));
      Word value = word(l, new ArgWords.Range(w.start() + eq + 1, w.end()));
      pairs.add(new KeyValue(key, value, l.span(w.start(), w.end())));
    }
    return pairs;
  }

  private Arg arg(Syntax syntax, LogicalLine l, int as, int ae, int lineNo) throws InputException {
    List<ArgWords.Range> words = ArgWords.quoted(l, as, ae, escape);
    if (words.isEmpty()) {
      throw error(lineNo, "ARG requires at least one argument");
    }
    List<ArgDeclaration> declarations = new ArrayList<>();
    for (ArgWords.Range w : words) {
      String raw = l.substring(w.start(), w.end());
      int eq = raw.indexOf('=');
      if (eq == 0) {
        throw error(lineNo, "ARG names can not be blank");
      }
      if (eq < 0) {
        declarations.add(
            new ArgDeclaration(word(l, w), Optional.empty(), l.span(w.start(), w.end())));
      } else {
        Word key = word(l, new ArgWords.Range(w.start(), w.start() + eq));
        Word value = word(l, new ArgWords.Range(w.start() + eq + 1, w.end()));
        declarations.add(new ArgDeclaration(key, Optional.of(value), l.span(w.start(), w.end())));
      }
    }
    return new Arg(syntax, declarations);
  }

  /** BuildKit's {@code parseMaybeJSONToList}: a JSON array, else whitespace-separated words. */
  private List<Word> jsonOrWords(LogicalLine l, int as, int ae, int lineNo) throws InputException {
    JsonArgs.Parsed json = JsonArgs.parse(l, as, ae);
    if (json == null) {
      return plainWords(l, as, ae);
    }
    if (!json.allStrings()) {
      throw error(lineNo, "when using JSON array syntax, arrays must be comprised of strings only");
    }
    return CommandLines.words(l, json);
  }

  private Instruction copyOrAdd(
      Syntax syntax, String lower, LogicalLine l, int as, int ae, int lineNo)
      throws InputException {
    String name = lower.toUpperCase(Locale.ROOT);
    boolean exec = JsonArgs.parse(l, as, ae) != null;
    List<Word> args = jsonOrWords(l, as, ae, lineNo);
    if (args.size() < 2) {
      throw error(
          lineNo,
          name
              + " requires at least two arguments, but only one was provided. Destination could not"
              + " be determined");
    }
    Word destination = args.get(args.size() - 1);
    if (Heredocs.isMarker(destination.raw())) {
      throw error(lineNo, name + " cannot accept a heredoc as a destination");
    }
    List<Word> sources = args.subList(0, args.size() - 1);
    return lower.equals("copy")
        ? new Copy(syntax, sources, destination, exec)
        : new Add(syntax, sources, destination, exec);
  }

  private Volume volume(Syntax syntax, LogicalLine l, int as, int ae, int lineNo)
      throws InputException {
    boolean exec = JsonArgs.parse(l, as, ae) != null;
    List<Word> paths = jsonOrWords(l, as, ae, lineNo);
    if (paths.isEmpty()) {
      throw error(lineNo, "VOLUME requires at least one argument");
    }
    for (Word p : paths) {
      if (p.value().isBlank()) {
        throw error(lineNo, "VOLUME specified can not be an empty string");
      }
    }
    return new Volume(syntax, paths, exec);
  }

  private Onbuild onbuild(
      Syntax syntax,
      LogicalLine l,
      int as,
      int ae,
      List<Heredoc> heredocs,
      int end,
      int lineNo,
      Dialect dialect)
      throws InputException {
    if (as == ae) {
      throw error(lineNo, "ONBUILD requires at least one argument");
    }
    CommandSplitter.Split inner = CommandSplitter.split(l, as, ae);
    String trigger = l.substring(inner.keywordStart(), inner.keywordEnd()).toUpperCase(Locale.ROOT);
    if (trigger.equals("ONBUILD")) {
      throw error(lineNo, "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
    }
    if (trigger.equals("FROM") || trigger.equals("MAINTAINER")) {
      throw error(lineNo, trigger + " isn't allowed as an ONBUILD trigger");
    }
    return new Onbuild(syntax, parse(l, as, ae, heredocs, end, lineNo, dialect));
  }

  private Healthcheck healthcheck(
      Syntax syntax,
      LogicalLine l,
      int as,
      int ae,
      List<Heredoc> heredocs,
      Dialect dialect,
      int lineNo)
      throws InputException {
    int sep = as;
    while (sep < ae && !GoText.isSpace(l.charAt(sep))) {
      sep++;
    }
    if (sep == as) {
      throw error(lineNo, "HEALTHCHECK requires at least one argument");
    }
    int next = l.skipSpace(sep, ae);
    String type = l.substring(as, sep).toUpperCase(Locale.ROOT);
    if (type.equals("NONE")) {
      if (next < ae) {
        throw error(lineNo, "HEALTHCHECK NONE takes no arguments");
      }
      return new Healthcheck(syntax, Optional.empty());
    }
    Flags.check(source, lineNo, "healthcheck", syntax.flags());
    if (!type.equals("CMD")) {
      throw error(lineNo, "Unknown type \"" + type + "\" in HEALTHCHECK (try CMD)");
    }
    CommandLine command = commands.parse(l, next, ae, heredocs, dialect, lineNo);
    boolean empty =
        command instanceof ExecForm e
            ? e.arguments().isEmpty()
            : ((ShellForm) command).text().isEmpty();
    if (empty) {
      throw error(lineNo, "Missing command after HEALTHCHECK CMD");
    }
    return new Healthcheck(syntax, Optional.of(command));
  }
}
