package dev.harden.io;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A content digest as OCI writes it: {@code algorithm:hex}, e.g. {@code sha256:9f86d0…}. Only
 * sha256 and sha512 are accepted, and the hex part must have the algorithm's exact length, so a
 * digest taken from hostile JSON can be used safely as a file or URL path element.
 */
public record Digest(String algorithm, String hex) {

  public Digest {
    int want =
        switch (algorithm) {
          case "sha256" -> 64;
          case "sha512" -> 128;
          default -> throw new IllegalArgumentException("unsupported digest algorithm: " + algorithm);
        };
    if (hex.length() != want || !isLowerHex(hex)) {
      throw new IllegalArgumentException("malformed " + algorithm + " digest: " + shorten(hex));
    }
  }

  /** Parses {@code sha256:<64 hex>}; throws {@link IllegalArgumentException} on anything else. */
  public static Digest parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("missing digest");
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("malformed digest (no algorithm): " + shorten(text));
    }
    return new Digest(text.substring(0, colon), text.substring(colon + 1));
  }

  /** True when the text is a well-formed digest {@link #parse} accepts. */
  public static boolean isDigest(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public static Digest sha256(byte[] content) {
    return of("sha256", content);
  }

  /** The digest of {@code content} with {@code algorithm} ({@code sha256} or {@code sha512}). */
  public static Digest of(String algorithm, byte[] content) {
    return new Digest(algorithm, HexFormat.of().formatHex(messageDigest(algorithm).digest(content)));
  }

  /** A fresh message digest for this digest's algorithm. */
  public MessageDigest newMessageDigest() {
    return messageDigest(algorithm);
  }

  static MessageDigest messageDigest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm.toUpperCase(Locale.ROOT).replace("SHA", "SHA-"));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK lacks " + algorithm, e);
    }
  }

  static MessageDigest newSha256() {
    return messageDigest("sha256");
  }

  /** The first 12 hex digits, as docker prints short ids. */
  public String shortHex() {
    return hex.substring(0, 12);
  }

  @Override
  public String toString() {
    return algorithm + ":" + hex;
  }

  // equals and hashCode are written out: a record's generated ones link through ObjectMethods on
  // first use, which cost 9-20 ms of start-up on the main thread before the first layer was read

  @Override
  public boolean equals(Object o) {
    return o instanceof Digest d && algorithm.equals(d.algorithm) && hex.equals(d.hex);
  }

  @Override
  public int hashCode() {
    return 31 * algorithm.hashCode() + hex.hashCode();
  }

  private static boolean isLowerHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  private static String shorten(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
