package dev.harden.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of an allowlist ({@code .harden-allow.yaml}): an id or alias, an optional scope, and
 * its governance (reason, ticket, expiry). Every scope field given must match; a null field means
 * "any".
 *
 * @param file the allowlist file
 * @param line where the entry starts
 * @param id advisory or rule id, or one of its aliases
 * @param purl a package URL pattern (see {@link PurlPattern})
 * @param pkg a package name, or {@code name@version}
 * @param path a glob over the package's locations in the image, or the finding's file
 * @param image a glob over the image as named on the command line; a name without tag or digest
 *     covers all its tags
 * @param rule the policy rule that decided the finding ({@code decidedBy})
 * @param reason why the exception is acceptable
 * @param ticket where the follow-up is tracked
 * @param expires the last day the entry suppresses, or null (a warning)
 */
public record AllowEntry(
    String file,
    int line,
    String id,
    PurlPattern purl,
    String pkg,
    Glob path,
    Glob image,
    String rule,
    String reason,
    String ticket,
    LocalDate expires)
    implements Suppressor {

  public AllowEntry {
    Objects.requireNonNull(id, "id");
  }

  @Override
  public String source() {
    return "allowlist";
  }

  @Override
  public String place() {
    return String.valueOf(line);
  }

  @Override
  public String why() {
    return reason == null ? "" : reason;
  }

  /** True when the entry no longer suppresses on {@code today}. */
  public boolean expiredOn(LocalDate today) {
    return expires != null && today.isAfter(expires);
  }

  /** Whether the entry covers {@code s}, decided by the policy rule named {@code decidedBy}. */
  public boolean covers(Subject s, String decidedBy) {
    if (!s.answersTo(id)) {
      return false;
    }
    if (purl != null && !purl.matches(s.purl())) {
      return false;
    }
    if (pkg != null && !packageMatches(s)) {
      return false;
    }
    if (path != null && s.paths().stream().noneMatch(p -> path.matches(p)
        || path.matches(p.startsWith("/") ? p.substring(1) : "/" + p))) {
      return false;
    }
    if (image != null && !imageMatches(s.image())) {
      return false;
    }
    return rule == null || rule.equals(decidedBy);
  }

  private boolean packageMatches(Subject s) {
    if (s.packageName() == null) {
      return false;
    }
    int at = pkg.lastIndexOf('@');
    if (at > 0) {
      return pkg.substring(0, at).equals(s.packageName())
          && pkg.substring(at + 1).equals(s.packageVersion());
    }
    return pkg.equals(s.packageName());
  }

  private boolean imageMatches(String subject) {
    if (subject == null) {
      return false;
    }
    if (image.matches(subject)) {
      return true;
    }
    // a repository without tag or digest covers every tag and digest of it
    int cut = subject.indexOf('@');
    String withoutDigest = cut < 0 ? subject : subject.substring(0, cut);
    int colon = withoutDigest.lastIndexOf(':');
    String withoutTag = colon > withoutDigest.lastIndexOf('/') && colon > 0
        ? withoutDigest.substring(0, colon) : withoutDigest;
    return image.matches(withoutDigest) || image.matches(withoutTag);
  }

  /** The fields that say what it covers, for reports: {@code GHSA-x (purl pkg:npm/lodash)}. */
  public String describe() {
    StringBuilder out = new StringBuilder(id);
    List<String> scope = new java.util.ArrayList<>();
    if (purl != null) {
      scope.add("purl " + purl);
    }
    if (pkg != null) {
      scope.add("package " + pkg);
    }
    if (path != null) {
      scope.add("path " + path);
    }
    if (image != null) {
      scope.add("image " + image);
    }
    if (rule != null) {
      scope.add("rule " + rule);
    }
    if (!scope.isEmpty()) {
      out.append(" (").append(String.join(", ", scope)).append(')');
    }
    return out.toString();
  }
}
