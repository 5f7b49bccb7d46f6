package dev.harden.lint.k8s.rules;

/**
 * The parts of a container image reference that pinning rules look at.
 *
 * @param tag the tag, or null when there is none ({@code busybox}, {@code gcr.io/x/pause})
 * @param digest the digest after {@code @}, or null
 */
record ImageName(String name, String tag, String digest) {

  static ImageName parse(String image) {
    String ref = image.trim();
    String digest = null;
    int at = ref.indexOf('@');
    if (at >= 0) {
      digest = ref.substring(at + 1);
      ref = ref.substring(0, at);
    }
    int colon = ref.lastIndexOf(':');
    int slash = ref.lastIndexOf('/');
    if (colon > slash) {
      return new ImageName(ref.substring(0, colon), ref.substring(colon + 1), digest);
    }
    return new ImageName(ref, null, digest);
  }

  boolean pinnedByDigest() {
    return digest != null && !digest.isEmpty();
  }
}
