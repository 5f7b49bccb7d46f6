package dev.harden.dockerfile;

import dev.harden.io.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed Dockerfile, shared read-only by every rule and by the fixer.
 *
 * @param path the file as the user named it
 * @param text the decoded text all offsets refer to (a UTF-8 byte-order mark is not part of it: see
 *     {@code bom})
 * @param bom whether the file started with a UTF-8 byte-order mark (a fixer writes it back)
 * @param escape the escape character in effect ({@code \} or {@code `})
 * @param comments every comment line, including those inside continued instructions
 * @param instructions every top-level instruction in order ({@code ONBUILD} triggers are inside
 *     their {@link Onbuild})
 * @param globalArgs the {@code ARG}s before the first {@code FROM}
 * @param globalScope what {@code FROM} lines see: global ARGs and BuildKit's builtin ARGs
 */
public record Dockerfile(
    String path,
    String text,
    boolean bom,
    char escape,
    List<Directive> directives,
    List<Comment> comments,
    List<ParseWarning> warnings,
    List<Instruction> instructions,
    List<Arg> globalArgs,
    Scope globalScope,
    List<Stage> stages,
    StageGraph graph,
    LineIndex lines) {

  public Dockerfile {
    directives = List.copyOf(directives);
    comments = List.copyOf(comments);
    warnings = List.copyOf(warnings);
    instructions = List.copyOf(instructions);
    globalArgs = List.copyOf(globalArgs);
    stages = List.copyOf(stages);
  }

  /** The directive called {@code name} ({@code syntax}, {@code escape}, {@code check}). */
  public Optional<Directive> directive(String name) {
    for (Directive d : directives) {
      if (d.name().equals(name)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The last stage: what {@code docker build} produces without {@code --target}. */
  public Stage lastStage() {
    return stages.get(stages.size() - 1);
  }

  /**
   * The stage the build produces: the one named {@code target} (case-insensitive, as BuildKit), or
   * the last one.
   *
   * @throws InputException when no stage has that name
   */
  public Stage finalStage(Optional<String> target) throws InputException {
    if (target.isEmpty()) {
      return lastStage();
    }
    return stage(target.get())
        .filter(s -> s.name().isPresent())
        .orElseThrow(
            () -> new InputException(path, "target stage " + target.get() + " could not be found"));
  }

  /** The stage with this name (case-insensitive) or index. */
  public Optional<Stage> stage(String nameOrIndex) {
    String lower = nameOrIndex.toLowerCase(Locale.ROOT);
    for (Stage s : stages) {
      if (s.name().isPresent() && s.name().get().equals(lower)) {
        return Optional.of(s);
      }
    }
    if (lower.matches("\\d{1,9}")) {
      int i = Integer.parseInt(lower);
      if (i < stages.size()) {
        return Optional.of(stages.get(i));
      }
    }
    return Optional.empty();
  }

  /** The stage an instruction belongs to (empty for a global {@code ARG}). */
  public Optional<Stage> stageOf(Instruction instruction) {
    for (Stage s : stages) {
      if (s.contains(instruction)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The stages building {@code stage} needs (itself included), in order. */
  public List<Stage> required(Stage stage) {
    List<Stage> found = new ArrayList<>();
    for (int i : graph.required(stage.index())) {
      found.add(stages.get(i));
    }
    return found;
  }

  /**
   * What a stage's chain of stage bases ends on: {@code FROM build AS final} where {@code build} is
   * {@code FROM debian} gives debian's {@link Base.Image}.
   */
  public Base rootBase(Stage stage) {
    Base base = stage.base();
    for (int hops = 0; base instanceof Base.StageRef ref && hops < stages.size(); hops++) {
      base = stages.get(ref.index()).base();
    }
    return base;
  }

  /**
   * The comment lines directly above an instruction, top to bottom, stopping at the first line that
   * is not a comment (a blank line, another instruction). This is where {@code # harden ignore=...}
   * and {@code # hadolint ignore=...} live.
   */
  public List<Comment> commentsAbove(Instruction instruction) {
    Map<Integer, Comment> byLine = new HashMap<>();
    for (Comment c : comments) {
      if (!c.insideInstruction()) {
        byLine.put(c.line(), c);
      }
    }
    List<Comment> above = new ArrayList<>();
    for (int line = instruction.line() - 1; byLine.containsKey(line); line--) {
      above.add(0, byLine.get(line));
    }
    return above;
  }

  /** The line/column of a character offset (shell word offsets are such offsets). */
  public SourcePosition position(int offset) {
    return lines.position(offset);
  }

  /** The span between two character offsets. */
  public SourceSpan span(int start, int end) {
    return lines.span(start, end);
  }

  /** Compact: the record's full form would print the whole tree. */
  @Override
  public String toString() {
    return "Dockerfile["
        + path
        + ", "
        + instructions.size()
        + " instructions, "
        + stages.size()
        + " stages]";
  }

  /** The text a span covers. */
  public String text(SourceSpan span) {
    return span.text(text);
  }
}
