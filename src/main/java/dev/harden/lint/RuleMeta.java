package dev.harden.lint;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything a reporter, the docs test and SARIF need to know about a rule. The title is the single
 * source of the rule's one-line description.
 *
 * @param id stable identifier: {@code HD} + three digits for Dockerfile rules, {@code K8S} + three
 *     digits for Kubernetes rules, {@code IMG} + three digits for image checks
 * @param title one line, imperative, as shown in {@code harden rules}
 * @param severity default severity (config may override it)
 * @param rationale why the rule exists, in a sentence or two
 * @param aliases equivalent ids in other tools (hadolint {@code DL3002}, Trivy {@code DS-0002}, ...)
 * @param hardening which of the seven hardening changes (1..7) the rule enforces, or null
 * @param fixable whether {@code harden fix} can fix what the rule finds
 */
public record RuleMeta(
    String id,
    RuleKind kind,
    String title,
    Severity severity,
    String rationale,
    List<String> aliases,
    Integer hardening,
    boolean fixable) {

  private static final Pattern ID = Pattern.compile("(HD|K8S|IMG)\\d{3}");

  public RuleMeta {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rationale, "rationale");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("rule id must look like HD001, K8S001 or IMG001: " + id);
    }
    if (hardening != null && (hardening < 1 || hardening > 7)) {
      throw new IllegalArgumentException("hardening must be 1..7: " + hardening);
    }
    aliases = List.copyOf(aliases);
  }

  /** Starts a builder: {@code RuleMeta.of("HD001", DOCKERFILE, "title").severity(...)...build()}. */
  public static Builder of(String id, RuleKind kind, String title) {
    return new Builder(id, kind, title);
  }

  /** True when {@code name} is this rule's id or one of its aliases (case-insensitive). */
  public boolean answersTo(String name) {
    if (id.equalsIgnoreCase(name)) {
      return true;
    }
    for (String alias : aliases) {
      if (alias.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** Path of the rule's documentation page inside the repository. */
  public String docPath() {
    return "docs/rules/" + id + ".md";
  }

  /** Builder so rule classes read as a list of facts. */
  public static final class Builder {
    private final String id;
    private final RuleKind kind;
    private final String title;
    private Severity severity = Severity.WARNING;
    private String rationale = "";
    private List<String> aliases = List.of();
    private Integer hardening;
    private boolean fixable;

    private Builder(String id, RuleKind kind, String title) {
      this.id = id;
      this.kind = kind;
      this.title = title;
    }

    public Builder severity(Severity value) {
      this.severity = value;
      return this;
    }

    public Builder rationale(String value) {
      this.rationale = value;
      return this;
    }

    public Builder aliases(String... value) {
      this.aliases = List.of(value);
      return this;
    }

    public Builder hardening(int change) {
      this.hardening = change;
      return this;
    }

    public Builder fixable() {
      this.fixable = true;
      return this;
    }

    public RuleMeta build() {
      return new RuleMeta(id, kind, title, severity, rationale, aliases, hardening, fixable);
    }
  }
}
