package dev.harden.dockerfile.shell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed shell of one {@code RUN} (or shell-form {@code CMD}/{@code ENTRYPOINT}/{@code
 * HEALTHCHECK}): the command tree plus a flat, source-ordered list of every simple command in it,
 * including those nested in subshells, conditions, loops, command substitutions and scripts handed
 * to nested shells ({@code sh -c '...'}, {@code bash <<EOF}). Built once per instruction and shared
 * by all rules. Nothing is executed.
 *
 * <p>The relation queries ({@link #pipedInto}, {@link #connectorAfter}, ...) accept a command as
 * listed or its {@link SimpleCommand#effective()} view: they key on the command's start offset.
 */
public final class ShellScript {

  private record Place(
      Pipeline pipeline, int inPipeline, Sequence sequence, int inSequence, Set<Nesting> nesting) {}

  private static final int MAX_INLINE_DEPTH = 8;

  private final Sequence root;
  private final Dialect dialect;
  private final boolean exec;
  private final ParseState state;
  private int inlineDepth;
  private final List<SimpleCommand> commands = new ArrayList<>();
  private final List<Pipeline> pipelines = new ArrayList<>();
  private final Map<Integer, Place> places = new HashMap<>();
  private final Map<Integer, Sequence> inline = new HashMap<>();

  private ShellScript(Sequence root, Dialect dialect, boolean exec, ParseState state) {
    this.root = root;
    this.dialect = dialect;
    this.exec = exec;
    this.state = state;
    walk(root, EnumSet.noneOf(Nesting.class));
    commands.sort(Comparator.comparingInt(SimpleCommand::start));
  }

  /**
   * Parses shell-form text. {@code heredocs} are bodies that belong to {@code <<NAME} redirections
   * in the text but are not part of it (Dockerfile heredocs). Non-POSIX dialects are read with the
   * POSIX grammar but without backslash escapes, and the result is marked partial.
   */
  public static ShellScript parse(
      MappedText text, Dialect dialect, List<ExternalHeredoc> heredocs) {
    ParseState state = new ParseState();
    boolean posix = dialect == Dialect.POSIX;
    if (!posix) {
      state.problem(new Problem(dialect + " script read as POSIX shell", text.offset(0)));
    }
    Sequence root = ShellParser.parseAll(text, posix, state, heredocs);
    return new ShellScript(root, dialect, false, state);
  }

  /** Parses POSIX shell text that has no external heredocs. */
  public static ShellScript parse(MappedText text) {
    return parse(text, Dialect.POSIX, List.of());
  }

  /** An exec-form command line ({@code RUN ["apt-get", "install", "x"]}): one command, no shell. */
  public static ShellScript exec(List<ShellWord> argv) {
    Sequence root = Sequence.empty();
    if (!argv.isEmpty()) {
      ShellWord last = argv.get(argv.size() - 1);
      SimpleCommand command =
          new SimpleCommand(
              List.of(), argv, List.of(), List.of(), argv.get(0).start(), last.end(), false);
      root = new Sequence(List.of(new Pipeline(List.of(command), false)), List.of(Connector.END));
    }
    return new ShellScript(root, Dialect.POSIX, true, new ParseState());
  }

  /**
   * A script with no commands, e.g. a heredoc run by a non-shell interpreter ({@code #!/usr/bin/env
   * python3}).
   */
  public static ShellScript none(String why, int offset) {
    ParseState state = new ParseState();
    state.problem(new Problem(why, offset));
    return new ShellScript(Sequence.empty(), Dialect.POSIX, false, state);
  }

  private void walk(Sequence sequence, Set<Nesting> nesting) {
    List<Pipeline> items = sequence.pipelines();
    for (int i = 0; i < items.size(); i++) {
      Pipeline pipeline = items.get(i);
      pipelines.add(pipeline);
      List<Command> elements = pipeline.commands();
      for (int j = 0; j < elements.size(); j++) {
        Command c = elements.get(j);
        if (c instanceof SimpleCommand s) {
          places.put(s.start(), new Place(pipeline, j, sequence, i, nesting));
          commands.add(s);
          walkWords(s.words(), nesting);
          for (Assignment a : s.assignments()) {
            walkWords(List.of(a.value()), nesting);
          }
          walkRedirects(s.redirects(), nesting);
          walkInline(s, nesting);
        } else if (c instanceof CompoundCommand cc) {
          walkWords(cc.words(), nesting);
          walkRedirects(cc.redirects(), nesting);
          for (int b = 0; b < cc.bodies().size(); b++) {
            walk(cc.bodies().get(b), with(nesting, bodyNesting(cc, b)));
          }
        }
      }
    }
  }

  private void walkWords(List<ShellWord> words, Set<Nesting> nesting) {
    for (ShellWord w : words) {
      for (Sequence sub : w.substitutions()) {
        walk(sub, with(nesting, Nesting.SUBSTITUTION));
      }
    }
  }

  private void walkRedirects(List<Redirect> redirects, Set<Nesting> nesting) {
    for (Redirect r : redirects) {
      walkWords(List.of(r.target()), nesting);
    }
  }

  private void walkInline(SimpleCommand s, Set<Nesting> nesting) {
    Optional<MappedText> script = InlineScripts.of(s);
    if (script.isEmpty() || script.get().length() == 0) {
      return;
    }
    if (inlineDepth >= MAX_INLINE_DEPTH) {
      state.problem(
          new Problem("shells nested too deeply; the inner script is not analysed", s.start()));
      return;
    }
    Sequence body = ShellParser.parseAll(script.get(), dialect == Dialect.POSIX, state);
    inline.put(s.start(), body);
    inlineDepth++;
    walk(body, with(nesting, Nesting.INLINE_SCRIPT));
    inlineDepth--;
  }

  private static Nesting bodyNesting(CompoundCommand c, int body) {
    int n = c.bodies().size();
    switch (c.kind()) {
      case SUBSHELL:
        return Nesting.SUBSHELL;
      case GROUP:
        return Nesting.GROUP;
      case IF:
        boolean isElse = n % 2 == 1 && body == n - 1;
        return body % 2 == 0 && !isElse ? Nesting.CONDITION : Nesting.BRANCH;
      case WHILE:
      case UNTIL:
        return body == 0 ? Nesting.CONDITION : Nesting.LOOP;
      case FOR:
        return Nesting.LOOP;
      case CASE:
        return Nesting.BRANCH;
      case FUNCTION:
      default:
        return Nesting.FUNCTION;
    }
  }

  private static Set<Nesting> with(Set<Nesting> outer, Nesting inner) {
    EnumSet<Nesting> copy = outer.isEmpty() ? EnumSet.noneOf(Nesting.class) : EnumSet.copyOf(outer);
    copy.add(inner);
    return Collections.unmodifiableSet(copy);
  }

  /** The command tree. */
  public Sequence root() {
    return root;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** True for an exec-form (JSON) command line: one command, run without a shell. */
  public boolean isExec() {
    return exec;
  }

  /** What the parser did not understand; empty for a fully understood POSIX script. */
  public List<Problem> problems() {
    return Collections.unmodifiableList(state.problems());
  }

  /** True when some part was not understood (or the dialect is not POSIX). */
  public boolean isPartial() {
    return state.problemCount() > 0;
  }

  public boolean isEmpty() {
    return commands.isEmpty();
  }

  /** Every simple command, nested ones included, in source order, as written. */
  public List<SimpleCommand> commands() {
    return Collections.unmodifiableList(commands);
  }

  /** The {@link SimpleCommand#effective()} view of every command whose program is one of these. */
  public List<SimpleCommand> commands(String... programs) {
    List<SimpleCommand> found = new ArrayList<>();
    for (SimpleCommand c : commands) {
      SimpleCommand e = c.effective();
      if (e.is(programs)) {
        found.add(e);
      }
    }
    return found;
  }

  /** Every pipeline, nested ones included. */
  public List<Pipeline> pipelines() {
    return Collections.unmodifiableList(pipelines);
  }

  /** True when some pipeline has a {@code |}. */
  public boolean hasPipes() {
    return pipelines.stream().anyMatch(Pipeline::isPiped);
  }

  /** The command whose standard input this command's output feeds ({@code curl .. | sh}). */
  public Optional<SimpleCommand> pipedInto(SimpleCommand command) {
    Place p = places.get(command.start());
    if (p == null || p.inPipeline() + 1 >= p.pipeline().commands().size()) {
      return Optional.empty();
    }
    return first(p.pipeline().commands().get(p.inPipeline() + 1));
  }

  /** The command whose output feeds this one's standard input. */
  public Optional<SimpleCommand> pipedFrom(SimpleCommand command) {
    Place p = places.get(command.start());
    if (p == null || p.inPipeline() == 0) {
      return Optional.empty();
    }
    return last(p.pipeline().commands().get(p.inPipeline() - 1));
  }

  /**
   * What follows the pipeline this command is in ({@link Connector#END} at the end of its list).
   */
  public Connector connectorAfter(SimpleCommand command) {
    Place p = places.get(command.start());
    return p == null ? Connector.END : p.sequence().connectors().get(p.inSequence());
  }

  /** What precedes the pipeline this command is in ({@link Connector#END} when it comes first). */
  public Connector connectorBefore(SimpleCommand command) {
    Place p = places.get(command.start());
    return p == null || p.inSequence() == 0
        ? Connector.END
        : p.sequence().connectors().get(p.inSequence() - 1);
  }

  /** Where the command is nested (empty at top level). */
  public Set<Nesting> nesting(SimpleCommand command) {
    Place p = places.get(command.start());
    return p == null ? Set.of() : p.nesting();
  }

  /** The script a command hands to a nested shell ({@code sh -c '..'}, {@code bash <<EOF}). */
  public Optional<Sequence> inlineScript(SimpleCommand command) {
    return Optional.ofNullable(inline.get(command.start()));
  }

  private static Optional<SimpleCommand> first(Command c) {
    List<SimpleCommand> all = new ArrayList<>();
    collect(c, all);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private static Optional<SimpleCommand> last(Command c) {
    List<SimpleCommand> all = new ArrayList<>();
    collect(c, all);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private static void collect(Command c, List<SimpleCommand> out) {
    if (c instanceof SimpleCommand s) {
      out.add(s);
    } else if (c instanceof CompoundCommand cc) {
      for (Sequence body : cc.bodies()) {
        for (Pipeline p : body.pipelines()) {
          for (Command inner : p.commands()) {
            collect(inner, out);
          }
        }
      }
    }
  }
}
