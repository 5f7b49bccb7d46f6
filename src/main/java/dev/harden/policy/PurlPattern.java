package dev.harden.policy;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.Map;
import java.util.Objects;

/**
 * A package URL used as a pattern, the way OpenVEX matches products (openvex/spec#27, settled in
 * spec v0.2.0): type, namespace and name must be equal; a version, when the pattern has one, must
 * be equal; each qualifier the pattern has must be present with the same value, and qualifiers it
 * does not have are not looked at; a subpath, when given, must be equal. So {@code pkg:npm/lodash}
 * matches every installed lodash, and {@code pkg:deb/debian/libc6@2.36-9?arch=amd64} matches the
 * image's {@code pkg:deb/debian/libc6@2.36-9?arch=amd64&distro=debian-12}.
 */
public final class PurlPattern {

  private final PackageURL pattern;

  private PurlPattern(PackageURL pattern) {
    this.pattern = pattern;
  }

  /** @throws IllegalArgumentException when the text is not a package URL */
  public static PurlPattern parse(String text) {
    try {
      return new PurlPattern(new PackageURL(text.trim()));
    } catch (MalformedPackageURLException e) {
      throw new IllegalArgumentException("not a package URL: " + text + " (" + e.getMessage()
          + ")");
    }
  }

  public boolean matches(String candidate) {
    if (candidate == null) {
      return false;
    }
    PackageURL c;
    try {
      c = new PackageURL(candidate);
    } catch (MalformedPackageURLException e) {
      return false;
    }
    if (!pattern.getType().equals(c.getType())
        || !Objects.equals(pattern.getNamespace(), c.getNamespace())
        || !pattern.getName().equals(c.getName())) {
      return false;
    }
    if (pattern.getVersion() != null && !pattern.getVersion().equals(c.getVersion())) {
      return false;
    }
    if (pattern.getSubpath() != null && !pattern.getSubpath().equals(c.getSubpath())) {
      return false;
    }
    Map<String, String> want = pattern.getQualifiers();
    if (want != null) {
      Map<String, String> have = c.getQualifiers() == null ? Map.of() : c.getQualifiers();
      for (Map.Entry<String, String> q : want.entrySet()) {
        if (!q.getValue().equals(have.get(q.getKey()))) {
          return false;
        }
      }
    }
    return true;
  }

  /** The package type ({@code npm}, {@code oci}, ...). */
  public String type() {
    return pattern.getType();
  }

  public String name() {
    return pattern.getName();
  }

  /** The version, or null when the pattern covers every version. */
  public String version() {
    return pattern.getVersion();
  }

  @Override
  public String toString() {
    return pattern.canonicalize();
  }
}
