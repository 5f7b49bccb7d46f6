package dev.harden.catalog;

import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileResolver;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which layer introduced each package of a database file that many layers rewrote (dpkg status,
 * apk installed): the earliest layer from which the package stays present, unchanged, in every
 * later version of the file up to the visible one. A package removed in layer 2 and installed
 * again in layer 4 is attributed to layer 4.
 */
public final class LayerAttribution {

  /** Reads the keys (e.g. name, architecture and version) of the packages in one file version. */
  @FunctionalInterface
  public interface KeyReader<K> {
    Set<K> keys(FileEntry version) throws IOException;
  }

  private LayerAttribution() {}

  /**
   * @param visibleKeys the keys of the visible version, already parsed by the caller
   * @return key to layer index for every visible key ({@code visible.layer()} when there is no
   *     older version or an older one cannot be read)
   */
  public static <K> Map<K, Integer> introducedIn(
      FileResolver files, FileEntry visible, Set<K> visibleKeys, KeyReader<K> reader) {
    Map<K, Integer> layers = new HashMap<>();
    for (K key : visibleKeys) {
      layers.put(key, visible.layer());
    }
    List<FileEntry> history = files.history(visible.path());
    if (history.size() < 2) {
      return layers;
    }
    Set<K> stillPresent = new HashSet<>(visibleKeys);
    // walk from the version below the visible one towards the oldest
    for (int i = history.size() - 2; i >= 0 && !stillPresent.isEmpty(); i--) {
      FileEntry older = history.get(i);
      Set<K> olderKeys;
      try {
        olderKeys = older.isRegular() ? reader.keys(older) : Set.of();
      } catch (IOException | RuntimeException e) {
        break;
      }
      stillPresent.retainAll(olderKeys);
      for (K key : stillPresent) {
        layers.put(key, older.layer());
      }
    }
    return layers;
  }
}
