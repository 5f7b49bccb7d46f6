package dev.harden.lint.image.rules;

import java.util.Set;

/**
 * Where secret-looking files are not the image owner's secrets: test fixtures, examples and
 * vendored dependencies (npm, Python, Go, Ruby packages ship test keys and sample {@code .env}
 * files), and what distribution packages install under {@code /usr/lib} and {@code /usr/share}
 * (documentation, headers, tools that vendor test servers). Trivy's secret scanner skips the same
 * kinds of places.
 */
final class SecretPaths {

  private static final Set<String> SEGMENTS = Set.of("node_modules", "site-packages",
      "dist-packages", "vendor", "third_party", "third-party", "gems", "test", "tests", "testdata",
      "__tests__", "fixtures", "spec", "example", "examples", "sample", "samples", "doc", "docs");

  private static final String[] PREFIXES = {"/usr/share/", "/usr/include/", "/usr/lib/",
      "/usr/lib64/", "/usr/local/go/", "/proc/", "/sys/"};

  private SecretPaths() {}

  /** True when a file at this path belongs to a dependency, test or documentation tree. */
  static boolean exempt(String path) {
    for (String prefix : PREFIXES) {
      if (path.startsWith(prefix)) {
        return true;
      }
    }
    String[] parts = path.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      if (SEGMENTS.contains(parts[i])) {
        return true;
      }
    }
    return false;
  }
}
