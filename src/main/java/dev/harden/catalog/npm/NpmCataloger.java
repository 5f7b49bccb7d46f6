package dev.harden.catalog.npm;

import dev.harden.catalog.NpmPackage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.Cataloger;
import dev.harden.catalog.FileContents;
import dev.harden.catalog.Pkg;
import dev.harden.catalog.PkgType;
import dev.harden.catalog.Purls;
import dev.harden.catalog.Unknown;
import dev.harden.ecosystem.Ecosystem;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileResolver;
import dev.harden.image.fs.FileType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * npm packages: one per installed package directory ({@code node_modules/NAME/package.json}, nested
 * {@code node_modules} giving several versions of one name), plus the entries of
 * {@code package-lock.json} (versions 1, 2 and 3) that are not installed. The dev flag comes from
 * the project's lock. Where a project has a {@code node_modules} tree, locked devDependencies
 * missing from it were left out on purpose ({@code npm ci --omit=dev}) and are not reported.
 */
public final class NpmCataloger implements Cataloger {

  static final String LOCK = "package-lock.json";
  static final String HIDDEN_LOCK = "node_modules/.package-lock.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String name() {
    return "npm";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public ContentSelector selector() {
    return ContentSelector.globs("**/node_modules/**/package.json", "**/" + LOCK,
        "**/" + HIDDEN_LOCK);
  }

  @Override
  public CatalogResult catalog(FileResolver files, CatalogContext ctx) throws InterruptedException {
    List<Unknown> unknowns = new ArrayList<>();
    Map<String, Map<String, NpmLock.Entry>> locksByRoot = new HashMap<>();
    Map<String, FileEntry> lockFiles = new TreeMap<>();
    for (FileEntry e : files.glob("**/" + LOCK)) {
      if (e.isRegular() && !e.path().contains("/node_modules/")) {
        lockFiles.put(parentOf(e.path()), e);
      }
    }
    // installed packages, by package directory
    Map<String, FileEntry> installed = new TreeMap<>();
    for (FileEntry e : files.glob("**/node_modules/**/package.json")) {
      String dir = parentOf(e.path());
      if (e.isRegular() && isPackageDir(dir)) {
        installed.put(dir, e);
      }
    }
    Map<String, TreeSet<String>> owned = ownedFiles(files, installed);
    List<Pkg> packages = new ArrayList<>();
    for (Map.Entry<String, FileEntry> i : installed.entrySet()) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      String dir = i.getKey();
      String root = projectRoot(dir);
      String relPath = dir.substring(root.length() + 1);
      Map<String, NpmLock.Entry> lock = locksByRoot.computeIfAbsent(root,
          r -> lockOf(files, r, lockFiles, ctx, unknowns));
      NpmLock.Entry locked = lock.get(relPath);
      installedPackage(files, i.getValue(), relPath, locked, owned.get(dir), ctx, unknowns)
          .ifPresent(packages::add);
    }
    for (Map.Entry<String, FileEntry> l : lockFiles.entrySet()) {
      String root = l.getKey();
      Map<String, NpmLock.Entry> lock = locksByRoot.computeIfAbsent(root,
          r -> lockOf(files, r, lockFiles, ctx, unknowns));
      boolean hasTree = files.lookup(join(root, "node_modules"))
          .map(e -> e.type() == FileType.DIRECTORY).orElse(false);
      for (NpmLock.Entry entry : lock.values()) {
        if (installed.containsKey(join(root, entry.path())) || (hasTree && entry.dev())) {
          continue;
        }
        try {
          packages.add(toPkg(entry.name(), entry.version(), entry.licenses(), List.of(),
              l.getValue(), new NpmPackage(entry.name(), entry.version(), entry.path(),
                  entry.dev(), false, entry.resolved(), entry.integrity())));
        } catch (IllegalArgumentException ex) {
          unknowns.add(new Unknown(l.getValue().path(), ex.getMessage()));
        }
      }
    }
    return new CatalogResult(dedupe(packages), List.of(), unknowns).sorted();
  }

  private static Optional<Pkg> installedPackage(FileResolver files, FileEntry manifest,
      String relPath, NpmLock.Entry locked, TreeSet<String> owned, CatalogContext ctx,
      List<Unknown> unknowns) {
    JsonNode pkg;
    try {
      pkg = JSON.readTree(FileContents.bytes(files, manifest, ctx.maxFileBytes()));
    } catch (IOException e) {
      unknowns.add(new Unknown(manifest.path(), "unreadable package.json: " + firstLine(e)));
      return Optional.empty();
    }
    if (pkg == null || !pkg.isObject()) {
      unknowns.add(new Unknown(manifest.path(), "package.json is not a JSON object"));
      return Optional.empty();
    }
    String name = pkg.path("name").asText("");
    String version = pkg.path("version").asText("");
    if (name.isEmpty()) {
      return Optional.empty(); // a directory marker, not a package
    }
    if (!NpmLock.VALID_NAME.matcher(name).matches()) {
      unknowns.add(new Unknown(manifest.path(), "not an npm package name: " + name));
      return Optional.empty();
    }
    boolean dev = locked != null && locked.dev();
    NpmPackage meta = new NpmPackage(name, version, relPath, dev, true,
        locked == null ? "" : locked.resolved(), locked == null ? "" : locked.integrity());
    try {
      return Optional.of(toPkg(name, version, NpmLicenses.of(pkg),
          owned == null ? List.of() : List.copyOf(owned), manifest, meta));
    } catch (IllegalArgumentException e) {
      unknowns.add(new Unknown(manifest.path(), e.getMessage()));
      return Optional.empty();
    }
  }

  private static Pkg toPkg(String name, String version, List<String> licenses, List<String> owned,
      FileEntry location, NpmPackage meta) {
    String namespace = null;
    String simple = name;
    if (name.startsWith("@") && name.contains("/")) {
      namespace = name.substring(0, name.indexOf('/'));
      simple = name.substring(name.indexOf('/') + 1);
    }
    return new Pkg(name, version, Ecosystem.NPM, Purls.of("npm", namespace, simple, version),
        PkgType.NPM, licenses, null, owned, List.of(location.path()), meta.dev(),
        location.layer(), meta);
  }

  /** The lock describing a project: the hidden lock of its installed tree, else package-lock.json. */
  private static Map<String, NpmLock.Entry> lockOf(FileResolver files, String root,
      Map<String, FileEntry> lockFiles, CatalogContext ctx, List<Unknown> unknowns) {
    List<FileEntry> candidates = new ArrayList<>();
    if (lockFiles.containsKey(root)) {
      candidates.add(lockFiles.get(root));
    }
    files.lookup(join(root, HIDDEN_LOCK)).filter(FileEntry::isRegular).ifPresent(candidates::add);
    Map<String, NpmLock.Entry> merged = new HashMap<>();
    for (FileEntry lock : candidates) {
      try {
        JsonNode tree = JSON.readTree(FileContents.bytes(files, lock, ctx.maxFileBytes()));
        if (tree == null || !tree.isObject()) {
          throw new IOException("not a JSON object");
        }
        List<String> problems = new ArrayList<>();
        merged.putAll(NpmLock.entries(tree, problems));
        for (String p : problems) {
          unknowns.add(new Unknown(lock.path(), p));
        }
      } catch (IOException e) {
        unknowns.add(new Unknown(lock.path(), "unreadable npm lock file: " + firstLine(e)));
      }
    }
    return merged;
  }

  /** Regular files under each package directory, excluding nested packages' files. */
  private static Map<String, TreeSet<String>> ownedFiles(FileResolver files,
      Map<String, FileEntry> installed) {
    Map<String, TreeSet<String>> owned = new HashMap<>();
    if (installed.isEmpty()) {
      return owned;
    }
    files.entries().forEach(e -> {
      if (e.type() == FileType.DIRECTORY || !e.path().contains("/node_modules/")) {
        return;
      }
      String dir = owningPackageDir(e.path());
      if (dir != null && installed.containsKey(dir)) {
        owned.computeIfAbsent(dir, d -> new TreeSet<>()).add(e.path());
      }
    });
    return owned;
  }

  /** {@code /a/node_modules/@s/b/lib/x.js} gives {@code /a/node_modules/@s/b}. */
  static String owningPackageDir(String path) {
    int nm = path.lastIndexOf("/node_modules/");
    if (nm < 0) {
      return null;
    }
    String rest = path.substring(nm + 14);
    String[] parts = rest.split("/");
    if (parts.length < 2) {
      return null;
    }
    int take = parts[0].startsWith("@") ? 2 : 1;
    if (parts.length <= take) {
      return null;
    }
    StringBuilder sb = new StringBuilder(path.substring(0, nm + 13));
    for (int i = 0; i < take; i++) {
      sb.append('/').append(parts[i]);
    }
    return sb.toString();
  }

  /** True for {@code .../node_modules/NAME} and {@code .../node_modules/@scope/NAME}. */
  static boolean isPackageDir(String dir) {
    int nm = dir.lastIndexOf("/node_modules/");
    if (nm < 0) {
      return false;
    }
    String rest = dir.substring(nm + 14);
    String[] parts = rest.split("/");
    if (parts.length == 1) {
      return !parts[0].startsWith("@") && !parts[0].startsWith(".");
    }
    return parts.length == 2 && parts[0].startsWith("@");
  }

  /** The directory holding the outermost node_modules of a path ("" for the image root). */
  static String projectRoot(String dir) {
    int nm = dir.indexOf("/node_modules/");
    return dir.substring(0, nm);
  }

  private static List<Pkg> dedupe(List<Pkg> packages) {
    Map<String, Pkg> byId = new TreeMap<>();
    for (Pkg p : packages) {
      byId.putIfAbsent(p.id() + "|" + ((NpmPackage) p.metadata()).installPath(), p);
    }
    return new ArrayList<>(byId.values());
  }

  private static String parentOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "" : path.substring(0, slash);
  }

  private static String join(String root, String rel) {
    return root + "/" + rel;
  }

  private static String firstLine(Exception e) {
    String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
