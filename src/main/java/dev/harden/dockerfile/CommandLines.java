package dev.harden.dockerfile;

import dev.harden.dockerfile.shell.Dialect;
import dev.harden.dockerfile.shell.ExternalHeredoc;
import dev.harden.dockerfile.shell.MappedText;
import dev.harden.dockerfile.shell.ShellScript;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.io.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the {@link CommandLine} of {@code RUN}, {@code CMD}, {@code ENTRYPOINT} and {@code
 * HEALTHCHECK CMD} (BuildKit's {@code parseMaybeJSON}) and its shell analysis. For {@code RUN
 * <<EOF} alone, BuildKit runs the heredoc body as the script (or, with a {@code #!} line, with that
 * interpreter), so the body is what gets parsed; other heredocs are bodies of the command line's
 * {@code <<} redirections.
 */
final class CommandLines {

  private static final Set<String> SHELLS =
      Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh");

  private final String source;
  private final String text;

  CommandLines(String source, String text) {
    this.source = source;
    this.text = text;
  }

  CommandLine parse(
      LogicalLine line, int from, int to, List<Heredoc> heredocs, Dialect dialect, int lineNo)
      throws InputException {
    JsonArgs.Parsed json = JsonArgs.parse(line, from, to);
    if (json == null) {
      return shellForm(line, from, to, heredocs, dialect);
    }
    if (!json.allStrings()) {
      throw new InputException(
          source, lineNo, "when using JSON array syntax, arrays must be comprised of strings only");
    }
    List<Word> words = new ArrayList<>();
    List<ShellWord> argv = new ArrayList<>();
    for (JsonArgs.Element e : json.elements()) {
      Word w = line.word(e.start(), e.end(), e.value());
      words.add(w);
      argv.add(
          ShellWord.literal(
              w.raw(), mappedValue(line, e), w.span().startOffset(), w.span().endOffset()));
    }
    return new ExecForm(words, line.span(from, to), ShellScript.exec(argv));
  }

  static List<Word> words(LogicalLine line, JsonArgs.Parsed json) {
    List<Word> words = new ArrayList<>();
    for (JsonArgs.Element e : json.elements()) {
      words.add(line.word(e.start(), e.end(), e.value()));
    }
    return words;
  }

  private static MappedText mappedValue(LogicalLine line, JsonArgs.Element e) {
    String value = e.value();
    MappedText.Builder b = new MappedText.Builder(line.offset(e.start() + 1));
    boolean exact = e.valueIndex().length == value.length();
    for (int i = 0; i < value.length(); i++) {
      b.append(value.charAt(i), line.offset(exact ? e.valueIndex()[i] : e.start() + 1));
    }
    return b.build(line.offset(e.end() - 1));
  }

  private CommandLine shellForm(
      LogicalLine line, int from, int to, List<Heredoc> heredocs, Dialect dialect) {
    String command = line.substring(from, to);
    SourceSpan span = line.span(from, to);
    if (!heredocs.isEmpty() && Heredocs.WORD.matcher(command).matches()) {
      Heredoc script = heredocs.get(0);
      MappedText body = body(script);
      String interpreter = shebang(script.effectiveContent());
      if (interpreter != null && !SHELLS.contains(interpreter)) {
        return new ShellForm(
            command,
            span,
            ShellScript.none(
                "heredoc script runs with " + interpreter, script.body().startOffset()));
      }
      return new ShellForm(command, span, ShellScript.parse(body, dialect, List.of()));
    }
    List<ExternalHeredoc> bodies = new ArrayList<>();
    for (Heredoc h : heredocs) {
      bodies.add(new ExternalHeredoc(h.name(), body(h)));
    }
    return new ShellForm(command, span, ShellScript.parse(line.mapped(from, to), dialect, bodies));
  }

  /**
   * The heredoc body as the command sees it (tabs stripped for {@code <<-}), with source offsets.
   */
  private MappedText body(Heredoc h) {
    int start = h.body().startOffset();
    int end = h.body().endOffset();
    MappedText.Builder b = new MappedText.Builder(start);
    boolean lineStart = true;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (h.chomp() && lineStart && c == '\t') {
        continue;
      }
      lineStart = c == '\n';
      b.append(c, i);
    }
    return b.build(end);
  }

  /** The program of a {@code #!} line (through {@code env}), or null when there is none. */
  private static String shebang(String content) {
    if (!content.startsWith("#!")) {
      return null;
    }
    int nl = content.indexOf('\n');
    String[] parts = content.substring(2, nl < 0 ? content.length() : nl).trim().split("\\s+");
    int i = 0;
    String program = base(parts[0]);
    if (program.equals("env")) {
      i = 1;
      while (i < parts.length && parts[i].startsWith("-")) {
        i++;
      }
      program = i < parts.length ? base(parts[i]) : "env";
    }
    return program;
  }

  private static String base(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
