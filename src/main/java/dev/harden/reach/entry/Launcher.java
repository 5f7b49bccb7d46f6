package dev.harden.reach.entry;

import dev.harden.image.fs.FileEntry;
import dev.harden.reach.elf.ElfReader;
import dev.harden.reach.elf.NativeClosure;
import dev.harden.reach.graph.ImageView;
import dev.harden.reach.graph.ReachGraph;
import dev.harden.reach.graph.ReachGraph.Certainty;
import dev.harden.reach.graph.ReachGraph.Node;
import dev.harden.reach.graph.Uncertainty;
import dev.harden.reach.graph.Uncertainty.Scope;
import dev.harden.reach.jvm.JvmClosure;
import dev.harden.reach.node.NodeClosure;
import dev.harden.reach.python.PythonClosure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs one command line statically, as {@code execve} would: finds the program through
 * {@code PATH} (symlinks followed inside the image), reads its first bytes, follows a {@code #!}
 * line to its interpreter ({@code /usr/bin/env X} included), hands an ELF program to the
 * {@link NativeClosure}, and then what the program is: a shell ({@link ShellRunner}), a wrapper
 * that runs its arguments ({@code env}, {@code tini}, {@code gosu} ...), Node, Java or Python
 * (their closures), or an interpreter harden does not analyse (everything unreached stays
 * unknown).
 */
final class Launcher {

  /** Commands started from commands at most this deep (wrappers, scripts, exec chains). */
  static final int MAX_DEPTH = 12;
  /** Linux reads at most this many bytes of a {@code #!} line. */
  static final int SHEBANG_MAX = 256;

  private final ReachGraph graph;
  private final NativeClosure natives;
  private final Set<String> launched = new HashSet<>();

  Launcher(ReachGraph graph, NativeClosure natives) {
    this.graph = graph;
    this.natives = natives;
  }

  ReachGraph graph() {
    return graph;
  }

  /**
   * Runs {@code argv} in {@code context} (environment and working directory).
   *
   * @param parent the file that runs it (a script), null for the image's own command
   * @param step how it is started, e.g. {@code ENTRYPOINT node /app/server.js}
   */
  void launch(ImageView context, List<String> argv, Node parent, String step, int depth) {
    if (argv.isEmpty()) {
      return;
    }
    if (depth > MAX_DEPTH) {
      graph.uncertain(new Uncertainty(Scope.ALL, "commands nested deeper than " + MAX_DEPTH
          + " (" + String.join(" ", argv) + ")"));
      return;
    }
    String name = argv.get(0);
    Optional<String> found = findProgram(context, name);
    if (found.isEmpty()) {
      if (parent == null) {
        graph.uncertain(new Uncertainty(Scope.ALL, step + ": program " + name
            + " is not in the image"));
      } else {
        graph.note(step + ": program " + name + " is not in the image");
      }
      return;
    }
    String real = found.get();
    if (!launched.add(real + "\0" + String.join("\0", argv) + "\0" + context.workingDir())) {
      return;
    }
    Node node = graph.reach(real, step, parent, Certainty.DEFINITE);
    if (node == null) {
      node = graph.get(real);
    }
    FileEntry entry = context.file(real).orElseThrow();
    byte[] head;
    try {
      head = context.head(entry, SHEBANG_MAX);
    } catch (IOException e) {
      graph.uncertain(new Uncertainty(Scope.ALL, real + ": cannot be read (" + e.getMessage()
          + "); what it runs is not known"));
      return;
    }
    if (head.length >= 2 && head[0] == '#' && head[1] == '!') {
      shebang(context, argv, node, head, depth);
      return;
    }
    if (!ElfReader.isElf(head)) {
      graph.uncertain(new Uncertainty(Scope.ALL, real
          + " is neither an ELF program nor a #! script"));
      return;
    }
    natives.load(node, null);
    dispatch(context, argv, real, node, depth);
  }

  /** {@code PATH} lookup for a bare name, the working directory for a relative path. */
  static Optional<String> findProgram(ImageView context, String name) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (name.contains("/")) {
      return context.file(name).map(e -> context.realPath(name));
    }
    for (String dir : context.pathDirs()) {
      String candidate = dir + "/" + name;
      if (context.file(candidate).isPresent()) {
        return Optional.ofNullable(context.realPath(candidate));
      }
    }
    return Optional.empty();
  }

  /** {@code #!INTERP [ARG]}: the kernel runs INTERP [ARG] SCRIPT ARGS... */
  private void shebang(ImageView context, List<String> argv, Node script, byte[] head,
      int depth) {
    String text = new String(head, StandardCharsets.UTF_8);
    int nl = text.indexOf('\n');
    String line = (nl < 0 ? text : text.substring(0, nl)).substring(2).strip();
    if (line.isEmpty()) {
      graph.uncertain(new Uncertainty(Scope.ALL, script.path() + ": empty #! line"));
      return;
    }
    int blank = indexOfBlank(line);
    List<String> next = new ArrayList<>();
    next.add(blank < 0 ? line : line.substring(0, blank));
    if (blank >= 0) {
      next.add(line.substring(blank).strip());
    }
    next.add(argv.get(0));
    next.addAll(argv.subList(1, argv.size()));
    launch(context, next, script, "#!" + line, depth + 1);
  }

  private static int indexOfBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
        return i;
      }
    }
    return -1;
  }

  private void dispatch(ImageView context, List<String> argv, String real, Node node,
      int depth) {
    String invoked = baseName(argv.get(0));
    String file = baseName(real);
    ProgramKind kind = ProgramKind.of(invoked, file);
    List<String> args = argv.subList(1, argv.size());
    switch (kind) {
      case SHELL -> new ShellRunner(this).run(context, argv, node, depth);
      case BUSYBOX -> {
        // busybox sh ..., busybox env ...: the applet is the first argument
        if (!args.isEmpty()) {
          ProgramKind applet = ProgramKind.of(args.get(0), args.get(0));
          if (applet != ProgramKind.OTHER && applet != ProgramKind.BUSYBOX) {
            dispatch(context, args, real, node, depth);
          }
        }
      }
      case ENV -> env(context, args, node, depth);
      case WRAPPER -> {
        List<String> rest = Wrapped.command(Wrapped.isWrapper(file) ? file : invoked, args);
        if (!rest.isEmpty()) {
          launch(context, rest, node, "runs " + String.join(" ", limit(rest)), depth + 1);
        }
      }
      case NODE -> node(context, args, node);
      case JAVA -> new JvmClosure(context, graph, natives).run(node, args);
      case PYTHON -> python(context, args, node);
      case UNANALYSED -> graph.uncertain(new Uncertainty(Scope.ALL, real + " (" + file
          + ") runs programs in a language harden does not analyse"));
      case OTHER -> { }
      default -> { }
    }
  }

  /** {@code env [-i] [-u NAME] [-C DIR] [-S STRING] [NAME=VALUE]... COMMAND [ARG]...} */
  private void env(ImageView context, List<String> args, Node node, int depth) {
    Map<String, String> vars = new LinkedHashMap<>(context.environment());
    String cwd = context.workingDir();
    int i = 0;
    List<String> rest = new ArrayList<>(args);
    while (i < rest.size()) {
      String a = rest.get(i);
      if (a.equals("-i") || a.equals("--ignore-environment") || a.equals("-")) {
        vars.clear();
        i++;
      } else if ((a.equals("-u") || a.equals("--unset")) && i + 1 < rest.size()) {
        vars.remove(rest.get(i + 1));
        i += 2;
      } else if ((a.equals("-C") || a.equals("--chdir")) && i + 1 < rest.size()) {
        cwd = context.absolute(rest.get(i + 1));
        i += 2;
      } else if ((a.equals("-S") || a.equals("--split-string")) && i + 1 < rest.size()) {
        List<String> split = new ArrayList<>(List.of(rest.get(i + 1).strip().split("\\s+")));
        split.addAll(rest.subList(i + 2, rest.size()));
        rest = split;
        i = 0;
      } else if (a.startsWith("-S") && a.length() > 2) {
        List<String> split = new ArrayList<>(List.of(a.substring(2).strip().split("\\s+")));
        split.addAll(rest.subList(i + 1, rest.size()));
        rest = split;
        i = 0;
      } else if (a.equals("--")) {
        i++;
        break;
      } else if (a.startsWith("-")) {
        i++;
      } else if (a.indexOf('=') > 0) {
        vars.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        i++;
      } else {
        break;
      }
    }
    List<String> command = rest.subList(Math.min(i, rest.size()), rest.size());
    if (!command.isEmpty()) {
      launch(context.withContext(vars, cwd), command, node,
          "env runs " + String.join(" ", limit(command)), depth + 1);
    }
  }

  private void node(ImageView context, List<String> args, Node program) {
    NodeArgs parsed = NodeArgs.parse(args, context.env("NODE_OPTIONS").orElse(""));
    if (parsed.check()) {
      return;
    }
    if (parsed.script() == null && parsed.code() == null) {
      graph.uncertain(new Uncertainty(Scope.ALL, program.path()
          + " without a script runs the REPL: anything may be loaded"));
      return;
    }
    String script = parsed.script() == null ? null : context.absolute(parsed.script());
    new NodeClosure(context, graph, natives).run(program, script, parsed.code(),
        parsed.preloads(), parsed.conditions());
  }

  private void python(ImageView context, List<String> args, Node program) {
    PythonArgs parsed = PythonArgs.parse(args);
    if (parsed.script() == null && parsed.module() == null && parsed.code() == null) {
      graph.uncertain(new Uncertainty(Scope.ALL, program.path()
          + " without a script runs the interactive interpreter: anything may be loaded"));
      return;
    }
    String script = parsed.script() == null ? null : context.absolute(parsed.script());
    new PythonClosure(context, graph, natives).run(program, new PythonClosure.Launch(script,
        parsed.module(), parsed.code(), parsed.ignoreEnv(), parsed.noSite()));
  }

  static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** At most the first six words, for evidence steps. */
  static List<String> limit(List<String> words) {
    return words.size() <= 6 ? words : words.subList(0, 6);
  }
}
