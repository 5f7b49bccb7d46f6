package dev.harden.reach.graph;

import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileResolver;
import dev.harden.image.fs.FileType;
import dev.harden.image.fs.Symlinks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The image as the analysis sees it: its file tree (paths resolved with chroot semantics, so
 * nothing leaves the image), its environment ({@code Env} of the config) and working directory.
 * Reads are bounded; a file whose content the reader did not keep, or that is larger than the
 * limit, is an {@link IOException} the caller turns into an {@link Uncertainty}.
 */
public final class ImageView {

  /** {@code PATH} when the image sets none: what docker and the kernel's shells assume. */
  public static final String DEFAULT_PATH =
      "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private final FileResolver files;
  private final Map<String, String> env;
  private final String workingDir;
  private final long maxTextBytes;
  /** The directory index, built on first use and shared by derived views. */
  private final Map<String, List<FileEntry>>[] children;

  public ImageView(FileResolver files, List<String> env, String workingDir, long maxTextBytes) {
    this(files, parseEnv(env), workingDir, maxTextBytes, newIndexHolder());
  }

  private ImageView(FileResolver files, Map<String, String> env, String workingDir,
      long maxTextBytes, Map<String, List<FileEntry>>[] children) {
    this.files = files;
    this.env = Map.copyOf(env);
    this.workingDir = workingDir == null || workingDir.isBlank() ? "/"
        : Symlinks.normalize("/" + workingDir);
    this.maxTextBytes = maxTextBytes;
    this.children = children;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<FileEntry>>[] newIndexHolder() {
    return new Map[1];
  }

  /**
   * The same image seen by a process with another environment and working directory (a shell
   * script's {@code export} and {@code cd}).
   */
  public ImageView withContext(Map<String, String> newEnv, String newWorkingDir) {
    return new ImageView(files, newEnv, newWorkingDir, maxTextBytes, children);
  }

  private static Map<String, String> parseEnv(List<String> env) {
    Map<String, String> map = new LinkedHashMap<>();
    if (env == null) {
      return map;
    }
    for (String kv : env) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        map.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    return map;
  }

  public FileResolver files() {
    return files;
  }

  /** The value of an environment variable of the image config, empty when unset. */
  public Optional<String> env(String name) {
    return Optional.ofNullable(env.get(name));
  }

  public Map<String, String> environment() {
    return env;
  }

  public String workingDir() {
    return workingDir;
  }

  /** The directories of {@code PATH}, in order. */
  public List<String> pathDirs() {
    List<String> dirs = new ArrayList<>();
    for (String d : env(("PATH")).orElse(DEFAULT_PATH).split(":")) {
      if (!d.isEmpty()) {
        dirs.add(absolute(d));
      }
    }
    return dirs;
  }

  /** {@code path} made absolute against the working directory and normalised. */
  public String absolute(String path) {
    return Symlinks.normalize(path.startsWith("/") ? path : workingDir + "/" + path);
  }

  /** The real path of {@code path} (every symlink followed), or null when links loop. */
  public String realPath(String path) {
    return Symlinks.realPath(files, absolute(path));
  }

  /** The regular file (or hard link) this path leads to after symlinks, if any. */
  public Optional<FileEntry> file(String path) {
    return files.resolve(absolute(path)).filter(ImageView::isFile);
  }

  /** True when this path leads to a directory. */
  public boolean isDirectory(String path) {
    return files.resolve(absolute(path)).map(e -> e.type() == FileType.DIRECTORY).orElse(false);
  }

  public static boolean isFile(FileEntry e) {
    return e.type() == FileType.REGULAR || e.type() == FileType.HARDLINK;
  }

  /** The entries directly inside a directory (after resolving the directory's own path). */
  public List<FileEntry> list(String dir) {
    String real = realPath(dir);
    if (real == null) {
      return List.of();
    }
    if (children[0] == null) {
      Map<String, List<FileEntry>> index = new HashMap<>();
      files.entries().forEach(e -> {
        int slash = e.path().lastIndexOf('/');
        if (slash >= 0 && !e.path().equals("/")) {
          String parent = slash == 0 ? "/" : e.path().substring(0, slash);
          index.computeIfAbsent(parent, k -> new ArrayList<>()).add(e);
        }
      });
      children[0] = index;
    }
    return children[0].getOrDefault(real, List.of());
  }

  /** The first {@code max} bytes of a file (fewer when it is shorter). */
  public byte[] head(FileEntry file, int max) throws IOException {
    try (InputStream in = files.open(file)) {
      return in.readNBytes(max);
    }
  }

  /** The whole content of a text file, bounded by the view's limit. */
  public String text(FileEntry file) throws IOException {
    if (file.size() > maxTextBytes) {
      throw new IOException(file.path() + " is larger than " + maxTextBytes + " bytes; not read");
    }
    try (InputStream in = files.open(file)) {
      byte[] bytes = in.readNBytes((int) maxTextBytes + 1);
      if (bytes.length > maxTextBytes) {
        throw new IOException(file.path() + " is larger than " + maxTextBytes + " bytes; not read");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** The text of the file at {@code path}, empty when there is none or it cannot be read. */
  public Optional<String> textAt(String path) {
    Optional<FileEntry> f = file(path);
    if (f.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(text(f.get()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
