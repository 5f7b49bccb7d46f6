package dev.harden.lint.image.rules;

import dev.harden.image.fs.FileEntry;
import dev.harden.lint.image.ImageSubject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads the start of a file whose content the image reader kept for checks. */
final class KeptText {

  private KeptText() {}

  /**
   * At most {@code maxBytes} of the file as text (ISO-8859-1, so any byte maps to one char and
   * ASCII markers are found in binary files too); empty when it cannot be read.
   */
  static Optional<String> read(ImageSubject image, FileEntry file, int maxBytes) {
    try (InputStream in = image.files().open(file)) {
      return Optional.of(new String(in.readNBytes(maxBytes), StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
