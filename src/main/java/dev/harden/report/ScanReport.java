package dev.harden.report;

import dev.harden.catalog.CatalogResult;
import dev.harden.lint.Finding;
import dev.harden.match.PackageMatch;
import dev.harden.reach.ReachResult;
import java.util.List;
import java.util.Optional;

/**
 * What {@code harden scan} found in one image: the image, its packages (and unknowns), the
 * vulnerabilities of those packages, and the image-level findings.
 *
 * @param image the image facts
 * @param catalog packages and unknowns
 * @param vulnerabilities package × advisory matches, most severe first
 * @param findings image-level check findings
 * @param warnings what limits the result (an ecosystem the database holds no advisories for)
 * @param reach layer attribution and reachability of every package; empty when it was turned
 *     off ({@code --no-reachability})
 */
public record ScanReport(
    ImageSummary image,
    CatalogResult catalog,
    List<PackageMatch> vulnerabilities,
    List<Finding> findings,
    List<String> warnings,
    Optional<ReachResult> reach) {

  public ScanReport {
    vulnerabilities = List.copyOf(vulnerabilities);
    findings = List.copyOf(findings);
    warnings = List.copyOf(warnings);
  }
}
