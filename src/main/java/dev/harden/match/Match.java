package dev.harden.match;

import dev.harden.version.Containment;
import dev.harden.vulndb.Severity;
import java.util.List;

/**
 * One package × advisory result: AFFECTED, or INDETERMINATE (shown, never dropped).
 *
 * @param query the package asked about
 * @param advisoryId the advisory id
 * @param aliases the advisory's aliases
 * @param summary the advisory's summary
 * @param severity the resolved severity
 * @param containment AFFECTED or INDETERMINATE
 * @param fixedVersion the closest fixed version above the installed one, or {@code null}
 * @param fixState fixed, not-fixed or unknown
 * @param evidence what decided it
 */
public record Match(
    PackageQuery query,
    String advisoryId,
    List<String> aliases,
    String summary,
    Severity severity,
    Containment containment,
    String fixedVersion,
    FixState fixState,
    Evidence evidence) {

  public Match {
    aliases = List.copyOf(aliases);
  }
}
