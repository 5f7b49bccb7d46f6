package dev.harden.policy;

import dev.harden.match.FixState;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the policy decides about: one vulnerability of one package, or one Dockerfile, manifest or
 * image finding, reduced to the facts policy rules can match on. The pipeline fills it from
 * whatever is known; facts that do not apply to the kind are null.
 *
 * @param kind what sort of finding it is
 * @param id the advisory id or the rule id
 * @param aliases other names of the same advisory (CVE, GHSA...) or rule (DL3002, KSV-0012...)
 * @param severity {@code critical high medium low none unknown} for vulnerabilities, {@code error
 *     warning info style} for findings
 * @param score the CVSS base score, null when none was scored
 * @param fixState whether a fix exists (vulnerabilities only)
 * @param origin which part of the image brought the package (vulnerabilities only)
 * @param reachability whether the image's command can load the package (vulnerabilities only)
 * @param packageType {@code deb npm java-archive ...} (vulnerabilities only)
 * @param packageName the package's name (vulnerabilities only)
 * @param packageVersion the installed version (vulnerabilities only)
 * @param purl the package URL (vulnerabilities only)
 * @param paths where it is: the package's locations inside the image, or the finding's file (and
 *     the path inside the image for image checks)
 * @param image the image as the user named it, null for Dockerfile and manifest findings
 * @param hardening which of the seven hardening changes the rule enforces (findings only), or null
 */
public record Subject(
    Kind kind,
    String id,
    List<String> aliases,
    String severity,
    Double score,
    FixState fixState,
    Origin origin,
    Reachability reachability,
    String packageType,
    String packageName,
    String packageVersion,
    String purl,
    List<String> paths,
    String image,
    Integer hardening) {

  public Subject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    aliases = List.copyOf(aliases);
    paths = List.copyOf(paths);
  }

  /** True when {@code name} is the id or an alias, ignoring case. */
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

  /** What sort of finding a subject is. */
  public enum Kind {
    VULNERABILITY,
    DOCKERFILE,
    MANIFEST,
    IMAGE;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Which part of the image brought a package: the base image, a language runtime (a JRE,
   * Node.js, Python, wherever it came from), or the application's own build; unknown when
   * layer attribution could not tell.
   */
  public enum Origin {
    BASE,
    RUNTIME,
    APP,
    UNKNOWN;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether the image's command can load a package. */
  public enum Reachability {
    REACHABLE,
    UNREACHABLE,
    UNKNOWN;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
