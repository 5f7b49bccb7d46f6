package dev.harden.lint.k8s;

import java.util.Locale;

/** The three Pod Security Standards, from least to most restrictive. */
public enum PodSecurityLevel {
  PRIVILEGED,
  BASELINE,
  RESTRICTED;

  /** {@code privileged}, {@code baseline} or {@code restricted}, as in JSON and namespace labels. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
