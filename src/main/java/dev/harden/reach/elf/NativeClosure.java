package dev.harden.reach.elf;

import dev.harden.image.fs.FileEntry;
import dev.harden.reach.graph.ImageView;
import dev.harden.reach.graph.PathGlob;
import dev.harden.reach.graph.ReachGraph;
import dev.harden.reach.graph.ReachGraph.Certainty;
import dev.harden.reach.graph.ReachGraph.Node;
import dev.harden.reach.graph.Uncertainty;
import dev.harden.reach.graph.Uncertainty.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The native side: from a program (or a library a language runtime opens), what the dynamic
 * loader loads: {@code PT_INTERP}, then {@code DT_NEEDED} transitively through the
 * {@link LibrarySearch search path}, plus what the {@link RuntimeLoads runtime table} says known
 * runtimes open without {@code DT_NEEDED}. A {@code dlopen} the table does not account for leaves
 * unreached shared objects unknown.
 */
public final class NativeClosure {

  private final ImageView view;
  private final ReachGraph graph;
  private final RuntimeLoads table;
  private final ElfFiles elves;
  private final LibrarySearch search;
  private final Map<String, LibrarySearch.Frame> frames = new HashMap<>();
  private final Set<String> appliedRules = new LinkedHashSet<>();
  /**
   * Objects already loaded, by {@code DT_SONAME}: the loader satisfies a {@code DT_NEEDED} with a
   * loaded object of that name before searching (the JDK's libraries need {@code libjvm.so},
   * which the launcher opened from {@code lib/server}).
   */
  private final Map<String, String> loadedSonames = new HashMap<>();
  private final Map<String, Boolean> hwcapsDirs = new HashMap<>();

  public NativeClosure(ImageView view, ReachGraph graph, RuntimeLoads table) {
    this.view = view;
    this.graph = graph;
    this.table = table;
    this.elves = new ElfFiles(view);
    this.search = new LibrarySearch(view);
  }

  /** The ELF summary of the file at this real path; empty when it is not an ELF file. */
  public Optional<ElfSummary> summary(String realPath) {
    return elves.summary(realPath).summary();
  }

  /**
   * Follows what loading {@code node}'s file brings in. {@code host} is the program that loads it
   * ({@code dlopen} by a runtime), or null when the file is the program itself.
   */
  public void load(Node node, Node host) {
    LibrarySearch.Frame hostFrame = host == null ? null : frames.get(host.path());
    Deque<Work> work = new ArrayDeque<>();
    work.add(new Work(node, hostFrame));
    while (!work.isEmpty()) {
      Work w = work.poll();
      ElfFiles.Result r = elves.summary(w.node.path());
      LibrarySearch.Frame frame = r.summary()
          .map(elf -> new LibrarySearch.Frame(w.node.path(), elf, w.loader)).orElse(null);
      if (frame != null) {
        frames.putIfAbsent(w.node.path(), frame);
      }
      applyRules(w, frame, work);
      if (r.problem() != null) {
        graph.uncertain(new Uncertainty(Scope.SHARED_OBJECTS,
            w.node.path() + ": unreadable ELF file (" + r.problem() + ")"));
        continue;
      }
      if (frame == null) {
        continue;
      }
      ElfSummary elf = frame.elf();
      if (elf.soname() != null && w.node.certainty() == Certainty.DEFINITE) {
        loadedSonames.putIfAbsent(elf.soname(), w.node.path());
      }
      boolean musl = isMusl(frame);
      if (elf.interpreter() != null && w.loader == null) {
        String real = view.realPath(elf.interpreter());
        if (real != null && view.file(real).isPresent()) {
          Node interp = graph.reach(real, "PT_INTERP " + elf.interpreter(), w.node,
              Certainty.DEFINITE);
          if (interp != null) {
            work.add(new Work(interp, frame));
          }
        } else {
          graph.note(w.node.path() + ": interpreter " + elf.interpreter()
              + " is not in the image (the program cannot start)");
        }
      }
      for (String name : elf.needed()) {
        List<String> found = find(name, frame, musl);
        if (found.isEmpty() && loadedSonames.containsKey(name)) {
          found = List.of(loadedSonames.get(name));
        }
        if (found.isEmpty()) {
          graph.note(w.node.path() + ": DT_NEEDED " + name + " not found in the image");
          continue;
        }
        for (String real : found) {
          Node lib = graph.reach(real, "DT_NEEDED " + name, w.node, Certainty.DEFINITE);
          if (lib != null) {
            work.add(new Work(lib, frame));
          }
        }
      }
      if (elf.namesDlopen()
          && table.dlopenExplainedBy(w.node.path(), view.environment()).isEmpty()) {
        graph.uncertain(new Uncertainty(Scope.SHARED_OBJECTS, w.node.path()
            + " calls dlopen; the libraries it opens are not known statically"));
      }
    }
  }

  private boolean isMusl(LibrarySearch.Frame frame) {
    LibrarySearch.Frame root = frame;
    while (root.loader() != null) {
      root = root.loader();
    }
    String interp = root.elf().interpreter();
    return interp != null && interp.contains("ld-musl");
  }

  /** The real paths the loader would take for {@code name}: the first directory that has it. */
  private List<String> find(String name, LibrarySearch.Frame requester, boolean musl) {
    if (name.contains("/")) {
      String real = view.realPath(name);
      return real != null && compatible(real, requester.elf()) ? List.of(real) : List.of();
    }
    for (String dir : search.directories(requester, musl)) {
      List<String> hits = new ArrayList<>();
      if (!musl && hasHwcaps(dir)) {
        for (String variant : PathGlob.expand(view, dir + "/glibc-hwcaps/*/" + name)) {
          String real = view.realPath(variant);
          if (real != null && compatible(real, requester.elf())) {
            hits.add(real);
          }
        }
      }
      String real = view.realPath(dir + "/" + name);
      if (real != null && compatible(real, requester.elf())) {
        hits.add(real);
      }
      if (!hits.isEmpty()) {
        return hits;
      }
    }
    return List.of();
  }

  /** glibc 2.33+ looks in {@code DIR/glibc-hwcaps/<level>/} first, when there is one. */
  private boolean hasHwcaps(String dir) {
    return hwcapsDirs.computeIfAbsent(dir, d -> view.isDirectory(d + "/glibc-hwcaps"));
  }

  private boolean compatible(String real, ElfSummary requester) {
    Optional<FileEntry> f = view.file(real);
    if (f.isEmpty()) {
      return false;
    }
    ElfFiles.Result r = elves.summary(real);
    return r.summary().map(s -> s.compatibleWith(requester)).orElse(r.problem() != null);
  }

  private void applyRules(Work w, LibrarySearch.Frame frame, Deque<Work> work) {
    for (RuntimeLoads.Applied a : table.matching(w.node.path())) {
      RuntimeLoads.Rule rule = a.rule();
      String key = rule.id() + a.bound() + w.node.certainty();
      if (!appliedRules.add(key)) {
        continue;
      }
      for (String pattern : rule.loads()) {
        reachAll(pattern, a.bound(), rule.why(), w.node, frame, Certainty.DEFINITE, work);
      }
      for (String pattern : rule.mayLoad()) {
        reachAll(pattern, a.bound(), rule.whyMay(), w.node, frame, Certainty.POSSIBLE, work);
      }
      if (rule.nsswitch() != null) {
        for (String service : Nsswitch.services(view)) {
          Map<String, String> bound = new HashMap<>(a.bound());
          bound.put("service", service);
          reachAll(rule.nsswitch(), bound, rule.why() + " (" + service + ")", w.node, frame,
              Certainty.DEFINITE, work);
        }
      }
    }
  }

  private void reachAll(String pattern, Map<String, String> bound, String why, Node from,
      LibrarySearch.Frame loader, Certainty certainty, Deque<Work> work) {
    Optional<String> expanded = BoundPattern.substitute(pattern, bound);
    if (expanded.isEmpty()) {
      return;
    }
    for (String path : PathGlob.expand(view, expanded.get())) {
      String real = view.realPath(path);
      if (real == null || view.file(real).isEmpty() || real.equals(from.path())) {
        continue;
      }
      Node n = graph.reach(real, (why == null ? "runtime" : why) + ": " + path, from, certainty);
      if (n != null) {
        work.add(new Work(n, loader));
      }
    }
  }

  private record Work(Node node, LibrarySearch.Frame loader) {}
}
