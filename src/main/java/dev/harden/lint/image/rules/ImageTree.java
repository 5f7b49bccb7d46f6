package dev.harden.lint.image.rules;

import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileResolver;
import dev.harden.image.fs.FileType;
import dev.harden.lint.image.ImageChecks;
import dev.harden.lint.image.ImageSubject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The file metadata several checks need, gathered in one pass over the tree and shared through
 * {@link ImageSubject#derived}: entries in program directories by name, set-id files,
 * world-writable entries, and the files whose names suggest keys or environment secrets.
 * Contents are never read here.
 */
final class ImageTree {

  /** Directories whose entries are programs: any {@code bin} or {@code sbin}, and busybox's. */
  private static final Set<String> PROGRAM_DIRS = Set.of("bin", "sbin", "busybox");

  /** A program as it is named on a path, and the regular file it leads to. */
  record Program(FileEntry named, FileEntry file) {
    String name() {
      return named.name();
    }

    /** {@code /usr/bin/sh -> /usr/bin/dash}, or the path when it is the file itself. */
    String describe() {
      return named.path().equals(file.path()) ? named.path()
          : named.path() + " -> " + file.path();
    }
  }

  private final FileResolver files;
  private final Map<String, List<FileEntry>> programs = new HashMap<>();
  private final List<FileEntry> setId = new ArrayList<>();
  private final List<FileEntry> worldWritable = new ArrayList<>();
  private final Set<String> stickyWorldWritableDirs = new HashSet<>();
  private final List<FileEntry> keyFiles = new ArrayList<>();
  private final List<FileEntry> envFiles = new ArrayList<>();

  private ImageTree(FileResolver files) {
    this.files = files;
  }

  static ImageTree of(ImageSubject image) {
    return image.derived(ImageTree.class, i -> scan(i.files()));
  }

  static ImageTree scan(FileResolver files) {
    ImageTree tree = new ImageTree(files);
    files.entries().forEach(tree::add);
    return tree;
  }

  private void add(FileEntry e) {
    FileType type = e.type();
    if (type == FileType.CHAR_DEVICE || type == FileType.BLOCK_DEVICE || type == FileType.FIFO) {
      return;
    }
    if (type != FileType.DIRECTORY && PROGRAM_DIRS.contains(parentName(e.path()))) {
      programs.computeIfAbsent(e.name(), n -> new ArrayList<>()).add(e);
    }
    int mode = e.mode();
    boolean file = type == FileType.REGULAR || type == FileType.HARDLINK;
    if (file && (mode & 06000) != 0) {
      setId.add(e);
    }
    if (file && ImageChecks.KEY_FILES.keep(e)) {
      keyFiles.add(e);
    }
    if (file && ImageChecks.ENV_FILES.keep(e)) {
      envFiles.add(e);
    }
    if (type != FileType.SYMLINK && (mode & 0002) != 0) {
      if (type == FileType.DIRECTORY && (mode & 01000) != 0) {
        stickyWorldWritableDirs.add(e.path());
      } else {
        worldWritable.add(e);
      }
    }
  }

  /**
   * Programs in any {@code bin}/{@code sbin} directory whose name matches, resolved inside the
   * image: a link that leads nowhere (its target deleted by a later layer) or to a file that is
   * not executable is not a program.
   */
  List<Program> programs(Predicate<String> name) {
    List<Program> out = new ArrayList<>();
    programs.forEach((n, entries) -> {
      if (name.test(n)) {
        for (FileEntry e : entries) {
          resolveExecutable(e).ifPresent(f -> out.add(new Program(e, f)));
        }
      }
    });
    out.sort((a, b) -> a.named().path().compareTo(b.named().path()));
    return out;
  }

  private Optional<FileEntry> resolveExecutable(FileEntry e) {
    Optional<FileEntry> target = e.type() == FileType.SYMLINK ? files.resolve(e.path())
        : Optional.of(e);
    return target.filter(t -> (t.type() == FileType.REGULAR || t.type() == FileType.HARDLINK)
        && (t.mode() & 0111) != 0);
  }

  /** Regular files whose names suggest private keys ({@link ImageChecks#KEY_FILES}). */
  List<FileEntry> keyFiles() {
    return keyFiles;
  }

  /** Regular files whose names suggest environment files ({@link ImageChecks#ENV_FILES}). */
  List<FileEntry> envFiles() {
    return envFiles;
  }

  /** Regular files with the setuid or setgid bit, in path order. */
  List<FileEntry> setId() {
    return setId;
  }

  /**
   * World-writable files and directories, in path order, except sticky world-writable
   * directories (the {@code /tmp} kind) and everything below them.
   */
  List<FileEntry> worldWritable() {
    List<FileEntry> out = new ArrayList<>();
    for (FileEntry e : worldWritable) {
      if (!belowStickyDir(e.path())) {
        out.add(e);
      }
    }
    return out;
  }

  private boolean belowStickyDir(String path) {
    for (String p = parent(path); p != null; p = parent(p)) {
      if (stickyWorldWritableDirs.contains(p)) {
        return true;
      }
    }
    return false;
  }

  static String parent(String path) {
    int slash = path.lastIndexOf('/');
    if (slash < 0 || path.equals("/")) {
      return null;
    }
    return slash == 0 ? "/" : path.substring(0, slash);
  }

  private static String parentName(String path) {
    int slash = path.lastIndexOf('/');
    if (slash <= 0) {
      return "";
    }
    int before = path.lastIndexOf('/', slash - 1);
    return path.substring(before + 1, slash);
  }
}
