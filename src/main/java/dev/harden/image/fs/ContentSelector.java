package dev.harden.image.fs;

/**
 * Which regular files' contents a reader should keep while it walks the layers. Everything else is
 * kept as metadata only, so memory does not grow with layer size. Cataloguers and analysers each
 * declare one; the pipeline combines them with {@link #or}. A selector may also carry a
 * {@link ContentSummarizer} for files it does not keep (see {@link #summarizing}).
 */
@FunctionalInterface
public interface ContentSelector {

  ContentSelector NONE = entry -> false;
  ContentSelector ALL = entry -> true;

  boolean keep(FileEntry entry);

  /** What summarises the files no selector keeps; null for none. */
  default ContentSummarizer summarizer() {
    return null;
  }

  /** Keeps what either keeps; summarises with both summarisers (this one first). */
  default ContentSelector or(ContentSelector other) {
    ContentSelector first = this;
    ContentSummarizer a = summarizer();
    ContentSummarizer b = other.summarizer();
    ContentSummarizer both = a == null ? b : b == null ? a : a.or(b);
    if (both == null) {
      return entry -> first.keep(entry) || other.keep(entry);
    }
    return summarizing(entry -> first.keep(entry) || other.keep(entry), both);
  }

  /** {@code keep}, plus {@code summarizer} for the files it does not keep. */
  static ContentSelector summarizing(ContentSelector keep, ContentSummarizer summarizer) {
    return new ContentSelector() {
      @Override
      public boolean keep(FileEntry entry) {
        return keep.keep(entry);
      }

      @Override
      public ContentSummarizer summarizer() {
        return summarizer;
      }
    };
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
