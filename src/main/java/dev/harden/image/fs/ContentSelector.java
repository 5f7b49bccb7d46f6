package dev.harden.image.fs;

/**
 * Which regular files' contents a reader should keep while it walks the layers. Everything else is
 * kept as metadata only, so memory does not grow with layer size. Cataloguers and analysers each
 * declare one; the pipeline combines them with {@link #or}.
 */
@FunctionalInterface
public interface ContentSelector {

  ContentSelector NONE = entry -> false;
  ContentSelector ALL = entry -> true;

  boolean keep(FileEntry entry);

  default ContentSelector or(ContentSelector other) {
    return entry -> keep(entry) || other.keep(entry);
  }

  /** Keeps the files whose path matches any of the globs (see {@link Glob}). */
  static ContentSelector globs(String... patterns) {
    Glob[] globs = new Glob[patterns.length];
    for (int i = 0; i < patterns.length; i++) {
      globs[i] = Glob.compile(patterns[i]);
    }
    return entry -> {
      for (Glob g : globs) {
        if (g.matches(entry.path())) {
          return true;
        }
      }
      return false;
    };
  }
}
