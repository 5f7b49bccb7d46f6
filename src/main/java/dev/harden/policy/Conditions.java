package dev.harden.policy;

import dev.harden.match.FixState;
import java.util.List;
import java.util.Set;

/**
 * What a policy rule matches on. Every condition that is given must hold; an empty set or a null
 * bound means "any". A condition about a fact the subject does not have (a fix state for a
 * Dockerfile finding) does not hold.
 *
 * @param kinds finding kinds
 * @param ids ids or aliases, as globs ({@code CVE-2021-*}, {@code HD00?})
 * @param severities severity labels of either vocabulary ({@code critical}... or {@code error}...)
 * @param cvssAtLeast the CVSS score is at least this
 * @param cvssBelow the CVSS score is below this
 * @param fixStates fix states
 * @param origins origins (after the policy's rule for an unknown origin)
 * @param reachability reachability as the analysis reported it (unknown is its own value here)
 * @param packageTypes package types ({@code deb}, {@code npm}, ...)
 * @param hardening hardening changes 1-7; see {@link #anyHardening}
 * @param anyHardening true: the rule enforces one of the seven changes; false: it enforces none;
 *     null: either
 */
public record Conditions(
    Set<Subject.Kind> kinds,
    List<Glob> ids,
    Set<String> severities,
    Double cvssAtLeast,
    Double cvssBelow,
    Set<FixState> fixStates,
    Set<Subject.Origin> origins,
    Set<Subject.Reachability> reachability,
    Set<String> packageTypes,
    Set<Integer> hardening,
    Boolean anyHardening) {

  public static final Conditions ANY = new Conditions(Set.of(), List.of(), Set.of(), null, null,
      Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null);

  public Conditions {
    kinds = Set.copyOf(kinds);
    ids = List.copyOf(ids);
    severities = Set.copyOf(severities);
    fixStates = Set.copyOf(fixStates);
    origins = Set.copyOf(origins);
    reachability = Set.copyOf(reachability);
    packageTypes = Set.copyOf(packageTypes);
    hardening = Set.copyOf(hardening);
  }

  /** Whether every given condition holds for {@code s}, whose origin is already resolved. */
  boolean test(Subject s, Subject.Origin origin) {
    if (!kinds.isEmpty() && !kinds.contains(s.kind())) {
      return false;
    }
    if (!ids.isEmpty() && ids.stream().noneMatch(g -> g.matches(s.id())
        || s.aliases().stream().anyMatch(g::matches))) {
      return false;
    }
    if (!severities.isEmpty() && !severities.contains(s.severity())) {
      return false;
    }
    if (cvssAtLeast != null && (s.score() == null || s.score() < cvssAtLeast)) {
      return false;
    }
    if (cvssBelow != null && (s.score() == null || s.score() >= cvssBelow)) {
      return false;
    }
    if (!fixStates.isEmpty() && (s.fixState() == null || !fixStates.contains(s.fixState()))) {
      return false;
    }
    if (!origins.isEmpty() && (origin == null || !origins.contains(origin))) {
      return false;
    }
    if (!reachability.isEmpty()
        && (s.reachability() == null || !reachability.contains(s.reachability()))) {
      return false;
    }
    if (!packageTypes.isEmpty()
        && (s.packageType() == null || !packageTypes.contains(s.packageType()))) {
      return false;
    }
    if (!hardening.isEmpty() && (s.hardening() == null || !hardening.contains(s.hardening()))) {
      return false;
    }
    return anyHardening == null || anyHardening == (s.hardening() != null);
  }
}
