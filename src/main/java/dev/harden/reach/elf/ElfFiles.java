package dev.harden.reach.elf;

import dev.harden.image.fs.FileEntry;
import dev.harden.reach.graph.ImageView;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ELF summaries of the image's files, each read at most once per analysis. A file that is not
 * ELF has an empty summary and no problem; one that starts like ELF but cannot be read has the
 * reason as its problem.
 */
final class ElfFiles {

  record Result(Optional<ElfSummary> summary, String problem) {
    static final Result NOT_ELF = new Result(Optional.empty(), null);
  }

  private final ImageView view;
  private final Map<String, Result> cache = new HashMap<>();

  ElfFiles(ImageView view) {
    this.view = view;
  }

  Result summary(String realPath) {
    return cache.computeIfAbsent(realPath, this::read);
  }

  private Result read(String realPath) {
    Optional<FileEntry> file = view.file(realPath);
    if (file.isEmpty()) {
      return Result.NOT_ELF;
    }
    FileEntry entry = file.get();
    Optional<Object> summary = view.files().summary(entry);
    if (summary.isPresent() && summary.get() instanceof ElfSummarizer.Scan scan) {
      return new Result(Optional.ofNullable(scan.summary()), scan.problem());
    }
    try (ByteSource.Streamed source =
        ByteSource.streamed(entry.size(), () -> view.files().open(entry))) {
      if (entry.size() < 4 || !ElfReader.isElf(source.read(0, 4))) {
        return Result.NOT_ELF;
      }
      return new Result(Optional.of(ElfReader.read(source)), null);
    } catch (ElfFormatException e) {
      return new Result(Optional.empty(), e.getMessage());
    } catch (IOException e) {
      return new Result(Optional.empty(), "unreadable: " + e.getMessage());
    }
  }
}
