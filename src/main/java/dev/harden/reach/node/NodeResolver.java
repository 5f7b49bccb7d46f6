package dev.harden.reach.node;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harden.reach.graph.ImageView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Node's module resolution over the image (the algorithm of the Node.js "Modules" documentation):
 * built-in modules; relative and absolute paths as a file ({@code X}, {@code X.js},
 * {@code X.json}, {@code X.node}) or a directory ({@code package.json} {@code main}, then
 * {@code index.*}); bare names through the {@code node_modules} directories from the requiring
 * file up to the root, honouring {@code exports} (strings, subpaths, {@code *} patterns,
 * conditional objects and arrays) and {@code imports} ({@code #name}); then {@code NODE_PATH} and
 * the global folders, Debian's included. Results are real paths (Node resolves symlinks).
 */
final class NodeResolver {

  /** Node's built-in modules (without the {@code node:} prefix), from a resource list. */
  static final Set<String> BUILTINS = loadBuiltins();

  private static final List<String> EXTENSIONS = List.of("", ".js", ".json", ".node");
  private static final List<String> INDEXES = List.of("/index.js", "/index.json", "/index.node");

  /** What a specifier resolved to. */
  sealed interface Resolved permits Builtin, File, Missing {}

  record Builtin(String name) implements Resolved {}

  record File(String path) implements Resolved {}

  record Missing() implements Resolved {}

  private final ImageView view;
  private final PackageJsons packages;
  private final List<String> globalFolders;
  private final Set<String> extraConditions;

  /**
   * @param prefix the Node installation prefix ({@code /usr} for {@code /usr/bin/node})
   * @param extraConditions user conditions ({@code node -C production})
   */
  NodeResolver(ImageView view, PackageJsons packages, String prefix, Set<String> extraConditions) {
    this.view = view;
    this.packages = packages;
    this.extraConditions = Set.copyOf(extraConditions);
    List<String> global = new ArrayList<>();
    for (String d : view.env("NODE_PATH").orElse("").split(":")) {
      if (!d.isEmpty()) {
        global.add(view.absolute(d));
      }
    }
    String home = view.env("HOME").orElse("/root");
    global.add(home + "/.node_modules");
    global.add(home + "/.node_libraries");
    global.add(prefix + "/lib/node");
    // Debian's nodejs adds these to its global module paths
    global.addAll(List.of("/usr/local/lib/nodejs", "/usr/local/share/nodejs", "/usr/lib/nodejs",
        "/usr/share/nodejs"));
    this.globalFolders = global;
  }

  private static Set<String> loadBuiltins() {
    try (InputStream in = NodeResolver.class.getResourceAsStream("node-builtins.txt")) {
      if (in == null) {
        throw new IllegalStateException("node-builtins.txt missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Resolves {@code specifier} as required (or imported, {@code esm}) from a file in {@code dir}. */
  Resolved resolve(String specifier, String dir, boolean esm) {
    if (specifier.startsWith("node:")) {
      return new Builtin(specifier.substring(5));
    }
    if (BUILTINS.contains(specifier)) {
      return new Builtin(specifier);
    }
    if (specifier.isEmpty()) {
      return new Missing();
    }
    if (specifier.startsWith("file://")) {
      return fileOrDirectory(specifier.substring(7));
    }
    if (specifier.startsWith("/") || specifier.startsWith("./") || specifier.startsWith("../")
        || specifier.equals(".") || specifier.equals("..")) {
      return fileOrDirectory(view.absolute(dir + "/" + specifier));
    }
    if (specifier.startsWith("#")) {
      return packageImports(specifier, dir, esm);
    }
    for (String modules : nodeModulesPaths(dir)) {
      Resolved r = inPackageDirectory(modules, specifier, esm);
      if (!(r instanceof Missing)) {
        return r;
      }
    }
    for (String folder : globalFolders) {
      Resolved r = inPackageDirectory(folder, specifier, esm);
      if (!(r instanceof Missing)) {
        return r;
      }
    }
    return new Missing();
  }

  /** Resolves the main script of {@code node FILE} (relative to the working directory). */
  Resolved main(String script) {
    return fileOrDirectory(view.absolute(script));
  }

  private Resolved fileOrDirectory(String path) {
    Optional<String> f = asFile(path);
    if (f.isPresent()) {
      return new File(f.get());
    }
    return asDirectory(path).<Resolved>map(File::new).orElse(new Missing());
  }

  private Optional<String> asFile(String path) {
    for (String ext : EXTENSIONS) {
      if (view.file(path + ext).isPresent()) {
        return Optional.ofNullable(view.realPath(path + ext));
      }
    }
    return Optional.empty();
  }

  private Optional<String> asDirectory(String path) {
    if (!view.isDirectory(path)) {
      return Optional.empty();
    }
    Optional<JsonNode> pkg = packages.in(view.realPath(path));
    if (pkg.isPresent() && pkg.get().path("main").isTextual()
        && !pkg.get().path("main").asText().isEmpty()) {
      String main = view.absolute(path + "/" + pkg.get().path("main").asText());
      Optional<String> f = asFile(main).or(() -> index(main));
      if (f.isPresent()) {
        return f;
      }
    }
    return index(path);
  }

  private Optional<String> index(String path) {
    for (String i : INDEXES) {
      if (view.file(path + i).isPresent()) {
        return Optional.ofNullable(view.realPath(path + i));
      }
    }
    return Optional.empty();
  }

  /** {@code DIR/node_modules} for the directory and each ancestor not itself a node_modules. */
  private List<String> nodeModulesPaths(String start) {
    String real = view.realPath(start);
    List<String> dirs = new ArrayList<>();
    String d = real == null ? start : real;
    while (true) {
      if (!d.endsWith("/node_modules")) {
        dirs.add((d.equals("/") ? "" : d) + "/node_modules");
      }
      if (d.equals("/")) {
        return dirs;
      }
      int slash = d.lastIndexOf('/');
      d = slash <= 0 ? "/" : d.substring(0, slash);
    }
  }

  /** {@code name[/sub]} inside one node_modules (or global) directory. */
  private Resolved inPackageDirectory(String modules, String specifier, boolean esm) {
    String[] parts = splitPackage(specifier);
    String pkgDir = modules + "/" + parts[0];
    if (!view.isDirectory(pkgDir)) {
      return new Missing();
    }
    String realPkg = view.realPath(pkgDir);
    Optional<JsonNode> pkg = packages.in(realPkg);
    if (pkg.isPresent() && pkg.get().has("exports") && !pkg.get().get("exports").isNull()) {
      String sub = parts[1].isEmpty() ? "." : "." + parts[1];
      Optional<String> target = exportsTarget(pkg.get().get("exports"), sub, esm);
      if (target.isPresent()) {
        String path = view.absolute(realPkg + "/" + target.get());
        return view.file(path).isPresent() ? new File(view.realPath(path))
            : fileOrDirectory(path);
      }
      return new Missing(); // not exported: Node throws ERR_PACKAGE_PATH_NOT_EXPORTED
    }
    return fileOrDirectory(pkgDir + parts[1]);
  }

  /** {@code @scope/name/sub} → {@code [@scope/name, /sub]}. */
  static String[] splitPackage(String specifier) {
    int cut = specifier.indexOf('/');
    if (specifier.startsWith("@") && cut > 0) {
      cut = specifier.indexOf('/', cut + 1);
    }
    if (cut < 0) {
      return new String[] {specifier, ""};
    }
    return new String[] {specifier.substring(0, cut), specifier.substring(cut)};
  }

  private Resolved packageImports(String specifier, String dir, boolean esm) {
    Optional<String> scope = packages.scopeOf(view.realPath(dir) == null ? dir
        : view.realPath(dir));
    if (scope.isEmpty()) {
      return new Missing();
    }
    JsonNode imports = packages.in(scope.get()).map(p -> p.get("imports")).orElse(null);
    if (imports == null || !imports.isObject()) {
      return new Missing();
    }
    Optional<String> target = subpathTarget(imports, specifier, esm);
    if (target.isEmpty()) {
      return new Missing();
    }
    String t = target.get();
    if (t.startsWith("./")) {
      return fileOrDirectory(view.absolute(scope.get() + "/" + t));
    }
    return resolve(t, scope.get(), esm);
  }

  /** The target path (relative to the package, {@code ./x}) of {@code subpath} in {@code exports}. */
  Optional<String> exportsTarget(JsonNode exports, String subpath, boolean esm) {
    boolean subpathKeys = exports.isObject() && exports.fieldNames().hasNext()
        && exports.fieldNames().next().startsWith(".");
    if (!subpathKeys) {
      return subpath.equals(".") ? target(exports, null, esm) : Optional.empty();
    }
    return subpathTarget(exports, subpath, esm);
  }

  /** Exact key, then the longest {@code *} pattern (or legacy {@code dir/} prefix). */
  private Optional<String> subpathTarget(JsonNode map, String subpath, boolean esm) {
    if (map.has(subpath) && !subpath.contains("*")) {
      return target(map.get(subpath), null, esm);
    }
    String bestKey = null;
    String bestMatch = null;
    for (Iterator<String> it = map.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      int star = key.indexOf('*');
      String match = null;
      if (star >= 0 && key.indexOf('*', star + 1) < 0) {
        String before = key.substring(0, star);
        String after = key.substring(star + 1);
        if (subpath.startsWith(before) && subpath.endsWith(after)
            && subpath.length() >= key.length()) {
          match = subpath.substring(before.length(), subpath.length() - after.length());
        }
      } else if (key.endsWith("/") && subpath.startsWith(key)) {
        match = subpath.substring(key.length());
      }
      if (match != null && (bestKey == null || key.length() > bestKey.length())) {
        bestKey = key;
        bestMatch = match;
      }
    }
    if (bestKey == null) {
      return Optional.empty();
    }
    if (bestKey.endsWith("/") && !bestKey.contains("*")) {
      String finalMatch = bestMatch;
      return target(map.get(bestKey), null, esm).map(t -> t + finalMatch);
    }
    return target(map.get(bestKey), bestMatch, esm);
  }

  /** A target: a string (with {@code *} replaced), the first usable array entry, or conditions. */
  private Optional<String> target(JsonNode t, String pattern, boolean esm) {
    if (t == null || t.isNull()) {
      return Optional.empty();
    }
    if (t.isTextual()) {
      String s = t.asText();
      return Optional.of(pattern == null ? s : s.replace("*", pattern));
    }
    if (t.isArray()) {
      for (JsonNode item : t) {
        Optional<String> r = target(item, pattern, esm);
        if (r.isPresent()) {
          return r;
        }
      }
      return Optional.empty();
    }
    if (t.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (conditionMatches(e.getKey(), esm)) {
          Optional<String> r = target(e.getValue(), pattern, esm);
          if (r.isPresent()) {
            return r;
          }
        }
      }
    }
    return Optional.empty();
  }

  private boolean conditionMatches(String condition, boolean esm) {
    return switch (condition) {
      case "default", "node", "node-addons" -> true;
      case "import" -> esm;
      case "require" -> !esm;
      default -> extraConditions.contains(condition);
    };
  }
}
