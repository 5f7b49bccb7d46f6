package dev.harden.fix;

import java.util.Locale;

/**
 * Whether {@code harden fix} applies a fix by itself. A safe fix cannot change what the workload or
 * image does; a suggested one may (an application that writes to its root filesystem, needs a
 * capability or expects root) and is applied only with {@code --unsafe}.
 */
public enum FixSafety {
  SAFE,
  SUGGESTED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
