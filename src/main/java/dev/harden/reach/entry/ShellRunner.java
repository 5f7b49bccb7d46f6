package dev.harden.reach.entry;

import dev.harden.dockerfile.shell.Assignment;
import dev.harden.dockerfile.shell.Command;
import dev.harden.dockerfile.shell.CompoundCommand;
import dev.harden.dockerfile.shell.CompoundKind;
import dev.harden.dockerfile.shell.MappedText;
import dev.harden.dockerfile.shell.Nesting;
import dev.harden.dockerfile.shell.Pipeline;
import dev.harden.dockerfile.shell.Sequence;
import dev.harden.dockerfile.shell.ShellScript;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.image.fs.FileEntry;
import dev.harden.reach.graph.ImageView;
import dev.harden.reach.graph.ReachGraph;
import dev.harden.reach.graph.ReachGraph.Certainty;
import dev.harden.reach.graph.ReachGraph.Node;
import dev.harden.reach.graph.Uncertainty;
import dev.harden.reach.graph.Uncertainty.Scope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A POSIX shell run statically: {@code sh -c STRING} or {@code sh SCRIPT ARGS}, parsed with the
 * Dockerfile shell parser ({@code dockerfile.shell}). Every simple command is followed as a
 * program (conditions and loops are not evaluated: a command that may run counts), variables are
 * expanded from the image's environment, the script's literal assignments and {@code export}s
 * and its positional parameters, and {@code cd} is tracked. A script file must {@code exec} its
 * final program to count as a simple wrapper; one without an {@code exec} line, {@code eval}, a
 * command whose name cannot be expanded, or text the parser did not understand leaves everything
 * unreached unknown. An interactive shell may run anything.
 */
final class ShellRunner {

  /**
   * Built-ins of dash and bash that run nothing harden needs to follow. Only built-ins: a name
   * that is a program elsewhere ({@code sleep}, {@code logger}) loads that program. {@code exec}
   * never runs a built-in: {@code exec echo} runs {@code /bin/echo}.
   */
  private static final Set<String> INERT = Set.of(":", "true", "false", "echo", "printf", "test",
      "[", "[[", "read", "local", "readonly", "declare", "typeset", "unset", "umask", "ulimit",
      "trap", "wait", "return", "exit", "break", "continue", "getopts", "alias", "unalias",
      "type", "hash", "times", "let", "shopt", "jobs", "fg", "bg", "kill", "pwd");

  private final Launcher launcher;
  private final ReachGraph graph;

  ShellRunner(Launcher launcher) {
    this.launcher = launcher;
    this.graph = launcher.graph();
  }

  /** {@code argv} is the whole command line, the shell itself first. */
  void run(ImageView context, List<String> argv, Node shell, int depth) {
    String command = null;
    boolean dashC = false;
    boolean interactive = false;
    int i = 1;
    for (; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a.equals("--") || a.equals("-")) {
        i++;
        break;
      }
      if (!(a.startsWith("-") || a.startsWith("+")) || a.length() < 2) {
        break;
      }
      if (a.equals("-o") || a.equals("+o")) {
        i++;
        continue;
      }
      if (a.startsWith("--")) {
        continue; // --login, --norc, --posix ...
      }
      if (a.indexOf('c') > 0) {
        dashC = true;
      }
      if (a.indexOf('i') > 0 || a.indexOf('s') > 0) {
        interactive = true;
      }
    }
    if (dashC) {
      if (i >= argv.size()) {
        graph.uncertain(new Uncertainty(Scope.ALL, shell.path() + " -c without a command"));
        return;
      }
      command = argv.get(i);
      String zero = i + 1 < argv.size() ? argv.get(i + 1) : argv.get(0);
      List<String> params = i + 2 <= argv.size() - 1 ? argv.subList(i + 2, argv.size())
          : List.of();
      Script s = new Script(context, shell, "sh -c", zero, new ArrayList<>(params), false);
      s.run(ShellScript.parse(MappedText.contiguous(command, 0)), command, depth);
      return;
    }
    if (interactive || i >= argv.size()) {
      graph.uncertain(new Uncertainty(Scope.ALL, shell.path()
          + " runs as an interactive shell: any program in the image may run"));
      return;
    }
    String path = argv.get(i);
    Optional<FileEntry> file = context.file(path);
    if (file.isEmpty()) {
      graph.uncertain(new Uncertainty(Scope.ALL, "shell script " + path
          + " is not in the image"));
      return;
    }
    String real = context.realPath(path);
    Node scriptNode = graph.reach(real, ReachGraph.runs(path, real), shell, Certainty.DEFINITE);
    if (scriptNode == null) {
      scriptNode = graph.get(real);
    }
    String text;
    try {
      text = context.text(file.get());
    } catch (IOException e) {
      graph.uncertain(new Uncertainty(Scope.ALL, real + ": cannot be read (" + e.getMessage()
          + "); what it runs is not known"));
      return;
    }
    Script s = new Script(context, scriptNode, real, path,
        new ArrayList<>(argv.subList(i + 1, argv.size())), true);
    s.run(ShellScript.parse(MappedText.contiguous(text, 0)), text, depth);
  }

  /** One script being walked: its variables, working directory and positional parameters. */
  private final class Script {
    private ImageView context;
    private final Node node;
    private final String where;
    private final String zero;
    private List<String> positional;
    private final boolean file;
    private final Map<String, String> vars;
    private final Set<String> exported = new HashSet<>();

    Script(ImageView context, Node node, String where, String zero, List<String> positional,
        boolean file) {
      this.context = context;
      this.node = node;
      this.where = where;
      this.zero = zero;
      this.positional = positional;
      this.file = file;
      this.vars = new LinkedHashMap<>(context.environment());
    }

    void run(ShellScript script, String text, int depth) {
      if (script.isPartial()) {
        graph.uncertain(new Uncertainty(Scope.ALL, where + ": shell text not fully understood ("
            + script.problems().get(0).message() + ")"));
      }
      Set<String> functions = new HashSet<>();
      collectFunctions(script.root(), functions);
      boolean exec = false;
      for (SimpleCommand written : script.commands()) {
        Set<Nesting> nesting = script.nesting(written);
        if (nesting.contains(Nesting.INLINE_SCRIPT)) {
          continue; // a nested `sh -c '...'`: followed when that shell is launched
        }
        int line = lineOf(text, written.start());
        boolean conditional = nesting.contains(Nesting.BRANCH)
            || nesting.contains(Nesting.CONDITION) || nesting.contains(Nesting.LOOP)
            || nesting.contains(Nesting.FUNCTION);
        exec |= command(written, line, conditional, functions, depth);
      }
      if (file && !exec) {
        graph.uncertain(new Uncertainty(Scope.ALL, where + " has no exec line: harden follows"
            + " wrapper scripts through exec only, so what else it runs is not known"));
      }
    }

    /** Follows one command; returns true when it is an {@code exec} of a program. */
    private boolean command(SimpleCommand c, int line, boolean conditional,
        Set<String> functions, int depth) {
      WordExpander expander = new WordExpander(vars, zero, positional);
      if (c.words().isEmpty()) {
        for (Assignment a : c.assignments()) {
          expander.expand(a.value().raw()).ifPresent(v -> vars.put(a.name(), String.join(" ", v)));
        }
        return false;
      }
      Optional<List<String>> nameFields = expander.expand(c.words().get(0).raw());
      if (nameFields.isEmpty() || nameFields.get().isEmpty()) {
        if (nameFields.isPresent() && c.words().size() == 1) {
          return false; // "$@" with no parameters, an empty variable: nothing runs
        }
        if (nameFields.isEmpty()) {
          graph.uncertain(new Uncertainty(Scope.ALL, where + ":" + line + ": the command "
              + c.words().get(0).raw() + " cannot be known without running the script"));
          return false;
        }
      }
      List<String> fields = new ArrayList<>(nameFields.get());
      for (ShellWord w : c.words().subList(1, c.words().size())) {
        Optional<List<String>> f = expander.expand(w.raw());
        if (f.isEmpty()) {
          if (!INERT.contains(fields.get(0))) {
            graph.uncertain(new Uncertainty(Scope.ALL, where + ":" + line + ": argument "
                + w.raw() + " of " + fields.get(0) + " cannot be known statically"));
          }
          continue;
        }
        fields.addAll(f.get());
      }
      if (fields.isEmpty()) {
        return false;
      }
      String name = fields.get(0);
      List<String> args = fields.subList(1, fields.size());
      boolean isExec = false;
      if (name.equals("exec")) {
        int k = 0;
        while (k < args.size() && args.get(k).startsWith("-")) {
          k += args.get(k).equals("-a") ? 2 : 1;
        }
        if (k >= args.size()) {
          return false; // exec with redirections only
        }
        fields = new ArrayList<>(args.subList(k, args.size()));
        name = fields.get(0);
        args = fields.subList(1, fields.size());
        isExec = true;
      }
      if (name.equals("command") && !args.isEmpty() && !args.get(0).startsWith("-")) {
        fields = new ArrayList<>(args);
        name = fields.get(0);
        args = fields.subList(1, fields.size());
      }
      switch (name) {
        case "cd" -> {
          if (!args.isEmpty() && !conditional) {
            context = context.withContext(vars, context.absolute(args.get(0)));
          }
          return false;
        }
        case "export" -> {
          for (String a : args) {
            int eq = a.indexOf('=');
            if (eq > 0) {
              vars.put(a.substring(0, eq), a.substring(eq + 1));
              exported.add(a.substring(0, eq));
            }
          }
          return false;
        }
        case "set" -> {
          int dd = args.indexOf("--");
          if (dd >= 0 && !conditional) {
            positional = new ArrayList<>(args.subList(dd + 1, args.size()));
          }
          return false;
        }
        case "shift" -> {
          if (!conditional && !positional.isEmpty()) {
            int n = args.isEmpty() ? 1 : parseCount(args.get(0));
            positional = new ArrayList<>(positional.subList(Math.min(n, positional.size()),
                positional.size()));
          }
          return false;
        }
        case "eval" -> {
          graph.uncertain(new Uncertainty(Scope.ALL, where + ":" + line
              + ": eval runs text built at run time"));
          return false;
        }
        case ".", "source" -> {
          if (!args.isEmpty()) {
            source(args.get(0), line, depth);
          }
          return false;
        }
        default -> {
          if (!isExec && (INERT.contains(name) || functions.contains(name))) {
            return false;
          }
        }
      }
      Map<String, String> env = new LinkedHashMap<>(vars);
      for (Assignment a : c.assignments()) {
        new WordExpander(vars, zero, positional).expand(a.value().raw())
            .ifPresent(v -> env.put(a.name(), String.join(" ", v)));
      }
      ImageView child = context.withContext(env, context.workingDir());
      String step = where + ":" + line + " " + (isExec ? "exec " : "")
          + String.join(" ", Launcher.limit(fields));
      launcher.launch(child, fields, node, step, depth + 1);
      return isExec;
    }

    /** {@code . FILE}: the file's commands run in this shell. */
    private void source(String path, int line, int depth) {
      Optional<FileEntry> f = context.file(path);
      if (f.isEmpty()) {
        graph.note(where + ":" + line + ": sources " + path + ", which is not in the image");
        return;
      }
      String real = context.realPath(path);
      graph.reach(real, where + ":" + line + " . " + path, node, Certainty.DEFINITE);
      try {
        String text = context.text(f.get());
        ShellScript sourced = ShellScript.parse(MappedText.contiguous(text, 0));
        for (SimpleCommand c : sourced.commands()) {
          if (!sourced.nesting(c).contains(Nesting.INLINE_SCRIPT)) {
            command(c, lineOf(text, c.start()), true, Set.of(), depth + 1);
          }
        }
      } catch (IOException e) {
        graph.uncertain(new Uncertainty(Scope.ALL, real + ": cannot be read ("
            + e.getMessage() + ")"));
      }
    }
  }

  private static int parseCount(String s) {
    try {
      return Math.max(0, Integer.parseInt(s));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static void collectFunctions(Sequence sequence, Set<String> names) {
    for (Pipeline p : sequence.pipelines()) {
      for (Command c : p.commands()) {
        if (c instanceof CompoundCommand cc) {
          if (cc.kind() == CompoundKind.FUNCTION && !cc.words().isEmpty()) {
            names.add(cc.words().get(0).value());
          }
          for (Sequence body : cc.bodies()) {
            collectFunctions(body, names);
          }
        }
      }
    }
  }
}
