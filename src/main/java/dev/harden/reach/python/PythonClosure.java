package dev.harden.reach.python;

import dev.harden.reach.elf.NativeClosure;
import dev.harden.reach.graph.ImageView;
import dev.harden.reach.graph.PathGlob;
import dev.harden.reach.graph.ReachGraph;
import dev.harden.reach.graph.ReachGraph.Certainty;
import dev.harden.reach.graph.ReachGraph.Node;
import dev.harden.reach.graph.Uncertainty;
import dev.harden.reach.graph.Uncertainty.Scope;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The Python side: from the main script ({@code python FILE}, {@code -m MODULE}, {@code -c CODE})
 * and what the interpreter imports at start ({@code encodings}, {@code site} with the
 * {@code import} lines of {@code .pth} files, {@code sitecustomize}), every module imported by a
 * constant name, through {@code sys.path}, transitively, packages' {@code __init__} included.
 * Extension modules go to the {@link NativeClosure}. {@code importlib.import_module} or
 * {@code __import__} of a name that is not a constant leaves unreached Python distributions
 * unknown; code outside the standard library that imports {@code subprocess} or calls
 * {@code os.system}-like functions leaves everything unreached unknown.
 */
public final class PythonClosure {

  /** Modules compiled into CPython: importing them loads no file. */
  private static final Set<String> BUILTIN_MODULES = Set.of("sys", "builtins", "_imp", "_thread",
      "_warnings", "_weakref", "_io", "marshal", "posix", "time", "errno", "_signal", "_abc",
      "_codecs", "_collections", "_functools", "_locale", "_operator", "_sre", "_stat", "_string",
      "_symtable", "_tracemalloc", "itertools", "atexit", "faulthandler", "gc", "pwd",
      "_frozen_importlib", "_frozen_importlib_external", "zipimport", "_ast", "_tokenize",
      "_typing", "_opcode", "_contextvars", "_posixsubprocess", "select", "math", "_struct",
      "binascii", "_random", "_sha1", "_sha256", "_sha512", "_md5", "_sha3", "_blake2",
      "_bisect", "_heapq", "_json", "_pickle", "_datetime", "_socket", "array", "unicodedata",
      "zlib", "fcntl", "grp", "_statistics", "_queue", "_asyncio", "mmap", "_posixshmem",
      "resource", "termios", "_csv", "_elementtree", "pyexpat", "_bz2", "_lzma", "_ssl",
      "_hashlib", "_uuid", "_zoneinfo", "_multibytecodec", "_decimal", "_ctypes", "readline",
      "_curses", "_sqlite3", "_dbm", "_gdbm");

  private static final int MAX_DEPTH = 64;

  private final ImageView view;
  private final ReachGraph graph;
  private final NativeClosure natives;
  private PythonPath.Layout layout;
  private Node program;

  public PythonClosure(ImageView view, ReachGraph graph, NativeClosure natives) {
    this.view = view;
    this.graph = graph;
    this.natives = natives;
  }

  /** How the interpreter was started. */
  public record Launch(String script, String module, String code, boolean ignoreEnv,
      boolean noSite) {}

  public void run(Node interpreter, Launch launch) {
    this.program = interpreter;
    String first;
    if (launch.script() != null) {
      String abs = view.absolute(launch.script());
      String real = view.realPath(abs);
      first = (real == null ? abs : real).substring(0, Math.max((real == null ? abs : real)
          .lastIndexOf('/'), 1));
    } else {
      first = view.workingDir();
    }
    layout = PythonPath.of(view, interpreter.path(), first, launch.ignoreEnv(), launch.noSite());
    Deque<Module> work = new ArrayDeque<>();
    importModule("encodings", interpreter, "interpreter start", work);
    if (!launch.noSite()) {
      importModule("site", interpreter, "interpreter start", work);
      for (String pth : layout.pthFiles()) {
        for (String line : view.textAt(pth).orElse("").split("\n")) {
          if (line.startsWith("import ") || line.startsWith("import\t")) {
            follow(interpreter, "", pth, PyImports.of(line), work);
          }
        }
      }
      importOptional("sitecustomize", interpreter, work);
      importOptional("usercustomize", interpreter, work);
    }
    if (launch.script() != null) {
      String real = view.realPath(launch.script());
      if (real != null && view.file(real).isPresent()) {
        Node n = graph.reach(real, ReachGraph.runs(launch.script(), real), interpreter, Certainty.DEFINITE);
        if (n != null) {
          work.add(new Module(n, ""));
        }
      } else {
        graph.uncertain(new Uncertainty(Scope.ALL, "python script " + launch.script()
            + " is not in the image"));
      }
    } else if (launch.module() != null) {
      if (!importModule(launch.module(), interpreter, "-m " + launch.module(), work)) {
        graph.uncertain(new Uncertainty(Scope.ALL, "python -m " + launch.module()
            + ": module not found in the image"));
      }
      importOptional(launch.module() + ".__main__", interpreter, work);
    } else if (launch.code() != null) {
      follow(interpreter, "", "python -c", PyImports.of(launch.code()), work);
    }
    drain(work);
  }

  private record Module(Node node, String packageName) {}

  private void drain(Deque<Module> work) {
    while (!work.isEmpty()) {
      Module m = work.poll();
      String path = m.node().path();
      if (!path.endsWith(".py")) {
        if (path.contains(".so")) {
          natives.load(m.node(), program);
        }
        continue;
      }
      String text;
      try {
        text = view.text(view.file(path).orElseThrow(() -> new IOException("not a file")));
      } catch (IOException e) {
        graph.uncertain(new Uncertainty(Scope.PYTHON, path + ": cannot be read ("
            + e.getMessage() + "); its imports are not followed"));
        continue;
      }
      follow(m.node(), m.packageName(), path, PyImports.of(text), work);
    }
  }

  private void follow(Node from, String pkg, String where, PyImports imports,
      Deque<Module> work) {
    boolean stdlib = where.startsWith(layout.stdlib() + "/")
        && !where.contains("/site-packages/") && !where.contains("/dist-packages/");
    for (PyImports.Import imp : imports.imports()) {
      String base = absoluteName(imp, pkg);
      if (base == null) {
        graph.note(where + ":" + imp.line() + ": relative import beyond the top-level package");
        continue;
      }
      String step = imp.names().isEmpty() ? "import " + base : "from " + base + " import";
      if (!stdlib && (base.equals("subprocess") || (base.isEmpty() && imp.names()
          .contains("subprocess")))) {
        graph.uncertain(new Uncertainty(Scope.ALL, where + ":" + imp.line()
            + " imports subprocess: the application may run other programs"));
      }
      boolean found = base.isEmpty() || importModule(base, from, step, work);
      if (!found && !BUILTIN_MODULES.contains(base.split("\\.")[0])) {
        graph.note(where + ":" + imp.line() + ": " + step + " " + base + " not found"
            + " (Python raises ImportError there; optional imports are written like this)");
      }
      for (String name : imp.names()) {
        if (!name.equals("*")) {
          String sub = base.isEmpty() ? name : base + "." + name;
          importOptional(sub, from, work);
        }
      }
    }
    for (PyImports.Dynamic d : imports.dynamic()) {
      graph.uncertain(new Uncertainty(Scope.PYTHON, where + ":" + d.line() + ": " + d.form()));
    }
    if (!stdlib) {
      for (String call : imports.processCalls()) {
        graph.uncertain(new Uncertainty(Scope.ALL, where + ": " + call
            + ": the application may run other programs"));
      }
    }
  }

  /** {@code from ..x import y} in package {@code a.b.c} is {@code a.b.x}; null when too many dots. */
  private static String absoluteName(PyImports.Import imp, String pkg) {
    if (imp.level() == 0) {
      return imp.module();
    }
    String[] parts = pkg.isEmpty() ? new String[0] : pkg.split("\\.");
    int keep = parts.length - (imp.level() - 1);
    if (keep < 0 || (keep == 0 && pkg.isEmpty())) {
      return null;
    }
    String prefix = String.join(".", java.util.Arrays.copyOf(parts, keep));
    if (imp.module().isEmpty()) {
      return prefix;
    }
    return prefix.isEmpty() ? imp.module() : prefix + "." + imp.module();
  }

  private void importOptional(String name, Node from, Deque<Module> work) {
    importModule(name, from, "import " + name, work);
  }

  /**
   * Imports {@code a.b.c}: runs {@code a}'s, {@code a.b}'s and {@code a.b.c}'s files. Returns
   * false when the first part is not found.
   */
  private boolean importModule(String dotted, Node from, String step, Deque<Module> work) {
    String[] parts = dotted.split("\\.");
    if (parts.length > MAX_DEPTH) {
      return false;
    }
    List<String> searchDirs = layout.path();
    Node parent = from;
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        name.append('.');
      }
      name.append(parts[i]);
      Found f = find(parts[i], searchDirs);
      if (f == null) {
        return i > 0 || BUILTIN_MODULES.contains(parts[0]);
      }
      String pkgName = f.isPackage() ? name.toString()
          : name.toString().contains(".") ? name.substring(0, name.lastIndexOf(".")) : "";
      if (f.file() != null) {
        Node n = graph.reach(f.file(), step + (i == parts.length - 1 ? "" : " (" + name + ")"),
            parent, Certainty.DEFINITE);
        if (n != null) {
          work.add(new Module(n, pkgName));
        }
        Node known = graph.get(f.file());
        parent = known != null ? known : parent;
      }
      searchDirs = f.dirs();
    }
    return true;
  }

  /** A module found on a search path: its file (null for a namespace package) and package dirs. */
  private record Found(String file, List<String> dirs, boolean isPackage) {}

  private Found find(String name, List<String> dirs) {
    List<String> namespace = new ArrayList<>();
    for (String dir : dirs) {
      String base = dir + "/" + name;
      if (view.isDirectory(base)) {
        String init = view.realPath(base + "/__init__.py");
        if (init != null && view.file(init).isPresent()) {
          return new Found(init, List.of(view.realPath(base)), true);
        }
      }
      String py = view.realPath(base + ".py");
      if (py != null && view.file(py).isPresent()) {
        return new Found(py, List.of(), false);
      }
      for (String ext : PathGlob.expand(view, base + ".*so")) {
        String real = view.realPath(ext);
        if (real != null && view.file(real).isPresent()) {
          return new Found(real, List.of(), false);
        }
      }
      if (view.isDirectory(base)) {
        namespace.add(view.realPath(base));
      }
    }
    return namespace.isEmpty() ? null : new Found(null, namespace, true);
  }
}
