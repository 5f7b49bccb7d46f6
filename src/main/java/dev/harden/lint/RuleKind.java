package dev.harden.lint;

/** What a rule looks at. */
public enum RuleKind {
  DOCKERFILE,
  KUBERNETES,
  IMAGE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
