package dev.harden.reach.jvm;

import dev.harden.image.fs.FileEntry;
import dev.harden.reach.elf.NativeClosure;
import dev.harden.reach.graph.ImageView;
import dev.harden.reach.graph.PathGlob;
import dev.harden.reach.graph.ReachGraph;
import dev.harden.reach.graph.ReachGraph.Certainty;
import dev.harden.reach.graph.ReachGraph.Node;
import dev.harden.reach.graph.Uncertainty;
import dev.harden.reach.graph.Uncertainty.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JVM side: the jars a {@code java} command puts on its class path are reachable, jars
 * elsewhere are not. The class path comes from {@code -cp}/{@code -classpath}/{@code
 * --class-path} (entries, directories, {@code dir/*} wildcards), or {@code -jar FILE} with its
 * manifest's {@code Class-Path} (a Spring Boot jar carries its libraries inside, so they come with
 * it), or {@code CLASSPATH}; plus the module path, {@code -javaagent} jars,
 * {@code -Xbootclasspath/a} and Spring Boot's {@code loader.path}. Launchers that build their own
 * class loaders (application servers) leave unreached jars unknown. The JVM's own native
 * libraries come from the runtime table, on the {@code java} executable.
 */
public final class JvmClosure {

  private static final List<String> OWN_LOADERS = loadOwnLoaders();
  private static final int MAX_ARGFILE = 1 << 20;

  private final ImageView view;
  private final ReachGraph graph;
  private final NativeClosure natives;

  public JvmClosure(ImageView view, ReachGraph graph, NativeClosure natives) {
    this.view = view;
    this.graph = graph;
    this.natives = natives;
  }

  private static List<String> loadOwnLoaders() {
    try (InputStream in = JvmClosure.class.getResourceAsStream("own-class-loaders.txt")) {
      if (in == null) {
        throw new IllegalStateException("own-class-loaders.txt missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Follows {@code java ARGS} run by {@code program} (the launcher's node). */
  public void run(Node program, List<String> args) {
    List<String> all = new ArrayList<>();
    view.env("JDK_JAVA_OPTIONS").ifPresent(o -> all.addAll(ArgFiles.split(o)));
    all.addAll(expandArgFiles(args));
    JavaCommand cmd = JavaCommand.parse(all);
    List<String> toolOptions = view.env("JAVA_TOOL_OPTIONS").map(ArgFiles::split)
        .orElse(List.of());
    JavaCommand tool = JavaCommand.parse(toolOptions);
    Optional<String> mainClass = cmd.mainClass();
    if (cmd.jar().isPresent()) {
      mainClass = jar(program, cmd.jar().get()).or(() -> Optional.empty());
    } else if (cmd.module().isEmpty()) {
      String cp = cmd.classPath().or(() -> view.env("CLASSPATH")).orElse(".");
      classPath(program, cp, cmd.classPath().isPresent() ? "-cp" : "CLASSPATH");
    }
    cmd.modulePath().ifPresent(mp -> classPath(program, mp, "--module-path"));
    for (String boot : cmd.bootClassPathAppend()) {
      classPath(program, boot, "-Xbootclasspath/a");
    }
    List<String> agents = new ArrayList<>(cmd.javaAgents());
    agents.addAll(tool.javaAgents());
    for (String agent : agents) {
      reachJar(program, agent, "-javaagent:" + agent);
    }
    List<String> nativeAgents = new ArrayList<>(cmd.nativeAgents());
    nativeAgents.addAll(tool.nativeAgents());
    for (String agent : nativeAgents) {
      if (!agent.startsWith("lib:")) {
        String real = view.realPath(agent);
        if (real != null && view.file(real).isPresent()) {
          Node n = graph.reach(real, "-agentpath:" + agent, program, Certainty.DEFINITE);
          if (n != null) {
            natives.load(n, program);
          }
        }
      }
    }
    Optional<String> loaderPath = cmd.property("loader.path").or(() -> view.env("LOADER_PATH"));
    loaderPath.ifPresent(lp -> classPath(program, lp.replace(',', ':'), "loader.path"));
    cmd.property("java.ext.dirs").ifPresent(dirs -> {
      for (String d : dirs.split(":")) {
        classPath(program, d + "/*", "java.ext.dirs");
      }
    });
    mainClass.ifPresent(mc -> {
      for (String prefix : OWN_LOADERS) {
        if (mc.startsWith(prefix)) {
          graph.uncertain(new Uncertainty(Scope.JAVA, "main class " + mc
              + " builds its own class loaders; jars outside the class path may be loaded"));
        }
      }
    });
  }

  /** The jar of {@code -jar}, its manifest's Class-Path; returns the manifest's main class. */
  private Optional<String> jar(Node program, String jarPath) {
    Node jarNode = reachJar(program, jarPath, "-jar " + jarPath);
    if (jarNode == null) {
      return Optional.empty();
    }
    FileEntry entry = view.file(jarNode.path()).orElseThrow();
    JarManifests.JarInfo info;
    try {
      info = JarManifests.read(view, entry);
    } catch (IOException e) {
      graph.uncertain(new Uncertainty(Scope.JAVA, jarNode.path()
          + ": manifest unreadable (" + e.getMessage() + "); its Class-Path is not known"));
      return Optional.empty();
    }
    String dir = jarNode.path().substring(0, jarNode.path().lastIndexOf('/'));
    info.classPath().ifPresent(cp -> {
      for (String url : cp.trim().split("\\s+")) {
        if (url.isEmpty()) {
          continue;
        }
        String path = url.startsWith("file:") ? url.substring(5) : url;
        String absolute = path.startsWith("/") ? path : dir + "/" + path;
        Node n = reach(jarNode, absolute, "Class-Path " + url);
        if (n == null && view.file(absolute).isEmpty() && !view.isDirectory(absolute)) {
          graph.note(jarNode.path() + ": Class-Path entry " + url + " is not in the image");
        }
      }
    });
    return info.mainClass();
  }

  private Node reachJar(Node from, String path, String step) {
    String real = view.realPath(path);
    if (real == null || view.file(real).isEmpty()) {
      graph.note(step + ": " + path + " is not in the image");
      return null;
    }
    Node n = graph.reach(real, step, from, Certainty.DEFINITE);
    return n != null ? n : graph.get(real);
  }

  /** Each entry of a class path: a jar, a directory, or {@code dir/*} (the jars in dir). */
  private void classPath(Node program, String cp, String option) {
    for (String entry : cp.split(":")) {
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.equals("*") || entry.endsWith("/*")) {
        String dir = entry.equals("*") ? "." : entry.substring(0, entry.length() - 2);
        for (String jar : PathGlob.expand(view, dir + "/*")) {
          String lower = jar.toLowerCase(java.util.Locale.ROOT);
          if (lower.endsWith(".jar") && view.file(jar).isPresent()) {
            reach(program, jar, option + " " + entry);
          }
        }
        continue;
      }
      Node n = reach(program, entry, option + " " + entry);
      if (n == null && view.file(entry).isEmpty() && !view.isDirectory(entry)) {
        graph.note(option + " entry " + entry + " is not in the image");
      }
    }
  }

  private Node reach(Node from, String path, String step) {
    String real = view.realPath(path);
    if (real == null) {
      return null;
    }
    if (view.file(real).isPresent() || view.isDirectory(real)) {
      return graph.reach(real, step, from, Certainty.DEFINITE);
    }
    return null;
  }

  private List<String> expandArgFiles(List<String> args) {
    List<String> out = new ArrayList<>();
    for (String a : args) {
      if (a.startsWith("@") && !a.startsWith("@@") && a.length() > 1) {
        Optional<FileEntry> f = view.file(a.substring(1));
        if (f.isPresent() && f.get().size() <= MAX_ARGFILE) {
          try {
            out.addAll(ArgFiles.split(view.text(f.get())));
            continue;
          } catch (IOException e) {
            // fall through: treated as missing
          }
        }
        graph.uncertain(new Uncertainty(Scope.JAVA, "java argument file " + a
            + " cannot be read; the class path is not known"));
        continue;
      }
      out.add(a.startsWith("@@") ? a.substring(1) : a);
    }
    return out;
  }
}
