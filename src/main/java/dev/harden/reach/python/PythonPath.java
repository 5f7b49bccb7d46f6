package dev.harden.reach.python;

import dev.harden.reach.graph.ImageView;
import dev.harden.reach.graph.PathGlob;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interpreter's {@code sys.path} as CPython builds it at start: the script's directory (or
 * the working directory for {@code -m}/{@code -c}), {@code PYTHONPATH} (unless {@code -E} or
 * {@code -I}), the standard library and {@code lib-dynload} under the prefix, then the site
 * directories ({@code site-packages}, Debian's {@code dist-packages}, a virtual environment's
 * own) with the paths their {@code .pth} files add. The version comes from the interpreter's file
 * name ({@code python3.11}) or the prefix's {@code lib/python3.N} directory.
 */
final class PythonPath {

  private static final Pattern VERSION = Pattern.compile("python(\\d+\\.\\d+)");

  /** The resolved path, the standard library directory, and the site directories. */
  record Layout(List<String> path, String stdlib, List<String> siteDirs, List<String> pthFiles) {}

  private PythonPath() {}

  static Layout of(ImageView view, String interpreter, String firstEntry, boolean ignoreEnv,
      boolean noSite) {
    String dir = interpreter.substring(0, Math.max(interpreter.lastIndexOf('/'), 0));
    String prefix = dir.contains("/") ? dir.substring(0, dir.lastIndexOf('/')) : "";
    String venv = null;
    String basePrefix = prefix;
    Optional<String> cfg = view.textAt(prefix + "/pyvenv.cfg");
    if (cfg.isPresent()) {
      venv = prefix;
      for (String line : cfg.get().split("\n")) {
        String[] kv = line.split("=", 2);
        if (kv.length == 2 && kv[0].trim().equals("home")) {
          String home = kv[1].trim();
          basePrefix = home.contains("/") ? home.substring(0, home.lastIndexOf('/')) : home;
        }
      }
    }
    String version = version(view, interpreter, basePrefix);
    Set<String> path = new LinkedHashSet<>();
    if (firstEntry != null) {
      path.add(firstEntry);
    }
    if (!ignoreEnv) {
      for (String p : view.env("PYTHONPATH").orElse("").split(":")) {
        if (!p.isEmpty()) {
          path.add(view.absolute(p));
        }
      }
    }
    String stdlib = basePrefix + "/lib/python" + version;
    path.add(basePrefix + "/lib/python" + version.replace(".", "") + ".zip");
    path.add(stdlib);
    path.add(stdlib + "/lib-dynload");
    List<String> sites = new ArrayList<>();
    if (!noSite) {
      if (venv != null) {
        sites.add(venv + "/lib/python" + version + "/site-packages");
      }
      sites.add("/usr/local/lib/python" + version + "/dist-packages");
      sites.add(basePrefix + "/lib/python" + version + "/site-packages");
      sites.add("/usr/lib/python3/dist-packages");
      sites.add("/usr/lib/python" + version + "/dist-packages");
      sites.add("/usr/local/lib/python" + version + "/site-packages");
    }
    List<String> pth = new ArrayList<>();
    for (String site : sites) {
      if (!view.isDirectory(site)) {
        continue;
      }
      path.add(site);
      for (String file : PathGlob.expand(view, site + "/*.pth")) {
        pth.add(file);
        for (String line : view.textAt(file).orElse("").split("\n")) {
          String l = line.trim();
          if (l.isEmpty() || l.startsWith("#") || l.startsWith("import ")
              || l.startsWith("import\t")) {
            continue;
          }
          path.add(view.absolute(l.startsWith("/") ? l : site + "/" + l));
        }
      }
    }
    return new Layout(List.copyOf(path), stdlib, sites, pth);
  }

  private static String version(ImageView view, String interpreter, String prefix) {
    Matcher m = VERSION.matcher(interpreter.substring(interpreter.lastIndexOf('/') + 1));
    if (m.find()) {
      return m.group(1);
    }
    List<String> libs = PathGlob.expand(view, prefix + "/lib/python3.*");
    String best = null;
    for (String l : libs) {
      Matcher lm = VERSION.matcher(l.substring(l.lastIndexOf('/') + 1));
      if (lm.matches() && view.isDirectory(l)) {
        best = lm.group(1);
      }
    }
    return best == null ? "3" : best;
  }
}
