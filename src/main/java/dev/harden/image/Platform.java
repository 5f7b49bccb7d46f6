package dev.harden.image;

import java.util.Locale;

/**
 * An {@code os/architecture[/variant]} as images and {@code --platform} name it. Matching follows
 * docker: an unset variant matches any, {@code arm64} and {@code arm64/v8} are the same.
 */
public record Platform(String os, String architecture, String variant) {

  public static final Platform LINUX_AMD64 = new Platform("linux", "amd64", null);

  public Platform {
    os = os == null || os.isEmpty() ? null : os.toLowerCase(Locale.ROOT);
    architecture =
        architecture == null || architecture.isEmpty() ? null : architecture.toLowerCase(Locale.ROOT);
    variant = variant == null || variant.isEmpty() ? null : variant.toLowerCase(Locale.ROOT);
  }

  /** Parses {@code linux/arm64/v8}, {@code linux/amd64}; throws on anything else. */
  public static Platform parse(String text) {
    String[] parts = text.trim().split("/", -1);
    if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new IllegalArgumentException(
          "platform must be os/architecture[/variant], e.g. linux/amd64: " + text);
    }
    return new Platform(parts[0], parts[1], parts.length == 3 ? parts[2] : null);
  }

  /** True when an image built for {@code candidate} satisfies this wanted platform. */
  public boolean matches(Platform candidate) {
    if (candidate == null || !eq(os, candidate.os) || !eq(architecture, candidate.architecture)) {
      return false;
    }
    if (variant == null) {
      return true;
    }
    return eq(normalVariant(), candidate.normalVariant());
  }

  private String normalVariant() {
    if ("arm64".equals(architecture) && variant == null) {
      return "v8";
    }
    return variant;
  }

  private static boolean eq(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  @Override
  public String toString() {
    return os + "/" + architecture + (variant == null ? "" : "/" + variant);
  }
}
