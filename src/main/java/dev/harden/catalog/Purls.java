package dev.harden.catalog;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.Map;
import java.util.TreeMap;

/** Builds package URLs; a name the purl spec rejects becomes an {@link IllegalArgumentException}. */
public final class Purls {

  private Purls() {}

  /**
   * @param qualifiers name to value; null or blank values are left out
   */
  public static PackageURL of(
      String type, String namespace, String name, String version, Map<String, String> qualifiers) {
    TreeMap<String, String> q = new TreeMap<>();
    if (qualifiers != null) {
      qualifiers.forEach(
          (k, v) -> {
            if (v != null && !v.isBlank()) {
              q.put(k, v);
            }
          });
    }
    try {
      return new PackageURL(
          type,
          namespace == null || namespace.isBlank() ? null : namespace,
          name,
          version == null || version.isBlank() ? null : version,
          q.isEmpty() ? null : q,
          null);
    } catch (MalformedPackageURLException e) {
      throw new IllegalArgumentException("no package URL for " + name + ": " + e.getMessage(), e);
    }
  }

  public static PackageURL of(String type, String namespace, String name, String version) {
    return of(type, namespace, name, version, null);
  }
}
