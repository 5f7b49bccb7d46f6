package dev.harden.io;

import java.util.Locale;

/** Byte counts for people: {@code 4 MiB}, {@code 1.5 GiB}. */
public final class Sizes {

  private Sizes() {}

  public static String human(long bytes) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = bytes;
    int u = 0;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    if (u == 0) {
      return bytes + " B";
    }
    return (v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.1f", v)) + " " + units[u];
  }
}
