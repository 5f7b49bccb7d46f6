package dev.harden.lint;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where a finding is. {@code file} is the path as the user gave it (or {@code -} for stdin, or the
 * image reference); line and column are 1-based (0 when the finding concerns the whole file).
 * {@code details} carries what a particular kind of input adds, flattened into the JSON finding:
 * {@code object}, {@code container} and {@code pointer} for Kubernetes, {@code layer} and {@code path}
 * for image checks, {@code stage} for Dockerfiles.
 */
public record Location(String file, int line, int column, Map<String, String> details) {

  public Location {
    details = java.util.Collections.unmodifiableMap(new TreeMap<>(details));
  }

  public static Location of(String file, int line, int column) {
    return new Location(file, line, column, Map.of());
  }

  public Location with(String key, String value) {
    Map<String, String> copy = new TreeMap<>(details);
    copy.put(key, value);
    return new Location(file, line, column, copy);
  }
}
