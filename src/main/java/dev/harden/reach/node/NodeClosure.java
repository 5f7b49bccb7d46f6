package dev.harden.reach.node;

import dev.harden.reach.elf.NativeClosure;
import dev.harden.reach.graph.ImageView;
import dev.harden.reach.graph.ReachGraph;
import dev.harden.reach.graph.ReachGraph.Certainty;
import dev.harden.reach.graph.ReachGraph.Node;
import dev.harden.reach.graph.Uncertainty;
import dev.harden.reach.graph.Uncertainty.Scope;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Node.js side: from the main script (and {@code -r} preloads), every module it loads with
 * constant specifiers, transitively, resolved as Node does. Native addons ({@code .node}) go to
 * the {@link NativeClosure}. A non-constant load makes unreached npm packages unknown, unless
 * the {@link DynamicSites table} knows the site and the application's calls decide it;
 * {@code child_process} makes everything unreached unknown (the application may run programs).
 */
public final class NodeClosure {

  private final ImageView view;
  private final ReachGraph graph;
  private final NativeClosure natives;
  private final PackageJsons packages;
  private final DynamicSites sites = DynamicSites.builtin();
  /** Per reached JS file, its scan (for dynamic sites decided at the end). */
  private final Map<String, ModuleScan> scans = new LinkedHashMap<>();
  private final Map<String, DynamicSites.Site> pendingSites = new LinkedHashMap<>();

  public NodeClosure(ImageView view, ReachGraph graph, NativeClosure natives) {
    this.view = view;
    this.graph = graph;
    this.natives = natives;
    this.packages = new PackageJsons(view);
  }

  /**
   * Follows a Node program.
   *
   * @param program the node executable's node in the graph
   * @param script the main script as given ({@code /app/server.js}, {@code server}), or null for
   *     code given with {@code -e}/{@code -p}
   * @param inlineCode the {@code -e}/{@code -p} code, or null
   * @param preloads {@code -r}/{@code --require} and {@code --import} modules, in order
   * @param conditions {@code -C} conditions
   */
  public void run(Node program, String script, String inlineCode, List<String> preloads,
      Set<String> conditions) {
    String prefix = prefixOf(program.path());
    NodeResolver resolver = new NodeResolver(view, packages, prefix, conditions);
    Deque<Node> work = new ArrayDeque<>();
    for (String preload : preloads) {
      NodeResolver.Resolved r = resolver.resolve(preload, view.workingDir(), false);
      if (r instanceof NodeResolver.File f) {
        enqueue(work, graph.reach(f.path(), "--require " + preload, program, Certainty.DEFINITE));
      } else if (r instanceof NodeResolver.Missing) {
        graph.note("node --require " + preload + ": not found in the image");
      }
    }
    if (script != null) {
      NodeResolver.Resolved r = resolver.main(script);
      if (r instanceof NodeResolver.File f) {
        enqueue(work, graph.reach(f.path(), ReachGraph.runs(script, f.path()), program, Certainty.DEFINITE));
      } else {
        graph.uncertain(new Uncertainty(Scope.ALL, "node script " + script
            + " is not in the image"));
      }
    }
    if (inlineCode != null) {
      follow(program, view.workingDir(), "node -e", ModuleScan.of(inlineCode), resolver, work,
          program);
    }
    do {
      while (!work.isEmpty()) {
        Node n = work.poll();
        String path = n.path();
        if (path.endsWith(".json")) {
          continue;
        }
        if (path.endsWith(".node")) {
          natives.load(n, program);
          continue;
        }
        String text;
        try {
          text = view.text(view.file(path).orElseThrow(() -> new IOException("not a file")));
        } catch (IOException e) {
          graph.uncertain(new Uncertainty(Scope.NPM, path + ": cannot be read (" + e.getMessage()
              + "); its requires are not followed"));
          continue;
        }
        ModuleScan scan = mayLoad(text) ? ModuleScan.of(text) : ModuleScan.NONE;
        scans.put(path, scan);
        String dir = path.substring(0, Math.max(path.lastIndexOf('/'), 1));
        follow(n, dir, path, scan, resolver, work, program);
      }
      decideSites(resolver, work);
    } while (!work.isEmpty());
  }

  private void enqueue(Deque<Node> work, Node n) {
    if (n != null) {
      work.add(n);
    }
  }

  private void follow(Node from, String dir, String where, ModuleScan scan,
      NodeResolver resolver, Deque<Node> work, Node program) {
    for (ModuleScan.Load load : scan.loads()) {
      NodeResolver.Resolved r = resolver.resolve(load.specifier(), dir, load.esm());
      String form = (load.esm() ? "import '" : "require('") + load.specifier()
          + (load.esm() ? "'" : "')");
      if (r instanceof NodeResolver.Builtin b) {
        if (b.name().equals("child_process")) {
          graph.uncertain(new Uncertainty(Scope.ALL, where + ":" + load.line()
              + " requires child_process: the application may run other programs"));
        }
      } else if (r instanceof NodeResolver.File f) {
        enqueue(work, graph.reach(f.path(), form, from, Certainty.DEFINITE));
      } else {
        graph.note(where + ":" + load.line() + ": " + form + " not found (Node throws there;"
            + " optional dependencies are loaded like this)");
      }
    }
    for (ModuleScan.Dynamic d : scan.dynamic()) {
      Optional<DynamicSites.Site> site = siteAt(where);
      if (site.isPresent()) {
        pendingSites.put(where, site.get());
      } else {
        graph.uncertain(new Uncertainty(Scope.NPM, where + ":" + d.line() + ": " + d.form()));
      }
    }
  }

  /** The listed site for this file, when it sits in a package directory the table names. */
  private Optional<DynamicSites.Site> siteAt(String file) {
    int nm = file.lastIndexOf("/node_modules/");
    if (nm < 0) {
      return Optional.empty();
    }
    String rest = file.substring(nm + "/node_modules/".length());
    String[] parts = NodeResolver.splitPackage(rest);
    if (parts[1].isEmpty()) {
      return Optional.empty();
    }
    return sites.at(parts[0], parts[1].substring(1));
  }

  private void decideSites(NodeResolver resolver, Deque<Node> work) {
    for (Map.Entry<String, DynamicSites.Site> e : new ArrayList<>(pendingSites.entrySet())) {
      String file = e.getKey();
      DynamicSites.Site site = e.getValue();
      String pkgDir = file.substring(0, file.lastIndexOf("/node_modules/")
          + "/node_modules/".length()) + site.pkg();
      List<ModuleScan.Call> outside = new ArrayList<>();
      for (Map.Entry<String, ModuleScan> s : scans.entrySet()) {
        if (!s.getKey().startsWith(pkgDir + "/")) {
          outside.addAll(s.getValue().calls());
        }
      }
      DynamicSites.Verdict v = DynamicSites.decide(site, outside);
      if (!v.active()) {
        continue;
      }
      Node from = graph.get(file);
      String dir = file.substring(0, file.lastIndexOf('/'));
      for (String name : v.names()) {
        NodeResolver.Resolved r = resolver.resolve(name, dir, false);
        if (r instanceof NodeResolver.File f) {
          enqueue(work, graph.reach(f.path(), site.loads() + ": require('" + name + "')", from,
              Certainty.DEFINITE));
        }
      }
      if (v.undecided() != null) {
        graph.uncertain(new Uncertainty(Scope.NPM, file + " loads " + site.loads() + "; "
            + v.undecided()));
      }
    }
  }

  /**
   * A file without these words loads nothing and decides no dynamic site, so it is not lexed
   * ({@code indexOf} is much cheaper than a tokenizer).
   */
  private boolean mayLoad(String text) {
    if (text.contains("require") || text.contains("import") || text.contains("export")) {
      return true;
    }
    for (String word : sites.triggers()) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** {@code /usr} for {@code /usr/bin/node}. */
  private static String prefixOf(String program) {
    String dir = program.substring(0, Math.max(program.lastIndexOf('/'), 0));
    int slash = dir.lastIndexOf('/');
    return slash <= 0 ? "" : dir.substring(0, slash);
  }

}
