package dev.harden.reach;

import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.FileOwnership;
import dev.harden.catalog.NpmPackage;
import dev.harden.catalog.Pkg;
import dev.harden.catalog.PkgType;
import dev.harden.reach.graph.ReachGraph;
import dev.harden.reach.graph.ReachGraph.Certainty;
import dev.harden.reach.graph.ReachGraph.Node;
import dev.harden.reach.graph.Uncertainty;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the reached files into one verdict per package: a package is reachable when a file it
 * owns was reached for sure (the shortest chain is its evidence), unknown when one may be loaded
 * or when an uncertainty covers its kind, unreachable otherwise.
 */
final class Verdicts {

  private Verdicts() {}

  /** The verdict of every package of the catalogue, by identity. */
  static Map<Pkg, Verdict> decide(CatalogResult catalog, FileOwnership ownership,
      ReachGraph graph) {
    Map<Pkg, Node> best = new IdentityHashMap<>();
    Map<Pkg, Integer> depth = new IdentityHashMap<>();
    for (Node n : graph.nodes()) {
      for (Pkg p : ownership.ownersOf(n.path())) {
        Node cur = best.get(p);
        int d = depth(n);
        if (cur == null || better(n, d, cur, depth.get(p))) {
          best.put(p, n);
          depth.put(p, d);
        }
      }
    }
    String commands = graph.commands().isEmpty() ? "the image's command"
        : String.join("; ", graph.commands());
    Map<Pkg, Verdict> verdicts = new IdentityHashMap<>();
    for (Pkg p : catalog.packages()) {
      verdicts.put(p, verdict(p, best.get(p), graph, commands));
    }
    return verdicts;
  }

  private static int depth(Node n) {
    int d = 0;
    for (Node x = n; x != null; x = x.parent()) {
      d++;
    }
    return d;
  }

  private static boolean better(Node n, int d, Node cur, int curDepth) {
    if (n.certainty() != cur.certainty()) {
      return n.certainty() == Certainty.DEFINITE;
    }
    return d < curDepth;
  }

  private static Verdict verdict(Pkg p, Node reached, ReachGraph graph, String commands) {
    String label = p.name() + " " + p.version();
    if (reached != null && reached.certainty() == Certainty.DEFINITE) {
      return new Verdict(ReachStatus.REACHABLE, evidence(reached, label), null);
    }
    if (reached != null) {
      return new Verdict(ReachStatus.UNKNOWN, evidence(reached, label),
          "may be loaded: " + reached.step());
    }
    if (p.metadata() instanceof NpmPackage npm && !npm.installed()) {
      return new Verdict(ReachStatus.UNREACHABLE,
          List.of(label + " is listed in a lock file but not installed"), null);
    }
    if (p.files().isEmpty()) {
      return new Verdict(ReachStatus.UNKNOWN, List.of(),
          "the files of " + p.name() + " are not recorded, so loading them cannot be ruled out");
    }
    for (Uncertainty u : graph.uncertainties()) {
      if (covers(u.scope(), p)) {
        return new Verdict(ReachStatus.UNKNOWN, List.of(), u.reason());
      }
    }
    return new Verdict(ReachStatus.UNREACHABLE, List.of("none of the " + p.files().size()
        + " file" + (p.files().size() == 1 ? "" : "s") + " of " + label + " is loaded by "
        + commands), null);
  }

  /** Steps and paths from the command down to the file, then the package. */
  private static List<String> evidence(Node n, String label) {
    List<Node> path = new ArrayList<>();
    for (Node x = n; x != null; x = x.parent()) {
      path.add(0, x);
    }
    List<String> steps = new ArrayList<>();
    for (Node x : path) {
      steps.add(x.step());
      steps.add(x.path());
    }
    steps.add(label);
    return steps;
  }

  static boolean covers(Uncertainty.Scope scope, Pkg p) {
    return switch (scope) {
      case ALL -> true;
      case NPM -> p.type() == PkgType.NPM;
      case PYTHON -> p.type() == PkgType.PYTHON;
      case JAVA -> p.type() == PkgType.JAVA_ARCHIVE;
      case SHARED_OBJECTS -> p.files().stream().anyMatch(Verdicts::isSharedObject);
    };
  }

  private static boolean isSharedObject(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".so") || name.contains(".so.") || name.endsWith(".node");
  }
}
