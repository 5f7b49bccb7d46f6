package dev.harden.image.fs;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a file's content once while its layer streams and keeps a small result instead of the
 * bytes, for analysers that need a few facts from large files (the dynamic section of a shared
 * library) and would otherwise make the reader keep or spill all of them. Carried by a
 * {@link ContentSelector} ({@link ContentSelector#summarizing}); applies to regular files the
 * selector does not keep; the result is read back with {@link FileResolver#summary}.
 * Implementations are called from the layer threads, must be thread-safe, must read no more than
 * they need (the reader skips the rest) and must report bad content in their result, not by
 * throwing.
 */
public interface ContentSummarizer {

  /** True when this entry's content should be summarised. */
  boolean wants(FileEntry entry);

  /**
   * The summary of {@code content} (at most {@code entry.size()} bytes), or null to keep nothing.
   *
   * @throws IOException only when the stream itself fails (the layer is then unreadable)
   */
  Object summarize(FileEntry entry, InputStream content) throws IOException;

  /** This summariser for the entries it wants, {@code other} for the rest. */
  default ContentSummarizer or(ContentSummarizer other) {
    ContentSummarizer first = this;
    return new ContentSummarizer() {
      @Override
      public boolean wants(FileEntry entry) {
        return first.wants(entry) || other.wants(entry);
      }

      @Override
      public Object summarize(FileEntry entry, InputStream content) throws IOException {
        return first.wants(entry) ? first.summarize(entry, content)
            : other.summarize(entry, content);
      }
    };
  }
}
