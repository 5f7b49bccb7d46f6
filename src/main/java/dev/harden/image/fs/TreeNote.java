package dev.harden.image.fs;

/**
 * Something suspect or unusable found while building the tree (a name that leaves the root, a hard
 * link to nothing, a device file). The entry is skipped or kept as metadata only, the read goes
 * on, and reports show the note as an unknown.
 *
 * @param path the entry's path as normalised, or its raw name when it could not be normalised
 * @param layer 0-based layer index (-1 when not from a layer)
 * @param message what is wrong and what was done about it
 */
public record TreeNote(String path, int layer, String message) {

  @Override
  public String toString() {
    return (layer >= 0 ? "layer " + layer + ": " : "") + path + ": " + message;
  }
}
