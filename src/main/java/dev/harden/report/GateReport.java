package dev.harden.report;

import dev.harden.lint.Finding;
import dev.harden.lint.RuleMeta;
import dev.harden.match.PackageMatch;
import dev.harden.policy.AllowlistOutcome;
import dev.harden.policy.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@code harden ci} and {@code harden scan} report: the image part (when an image was
 * scanned), every Dockerfile, manifest and image finding and every vulnerability with the gate's
 * decision, and what became of the allowlist and the VEX documents.
 *
 * @param command {@code ci} or {@code scan}
 * @param inputs what was gated, as named on the command line: the Dockerfile, the manifests, the
 *     image
 * @param scan the image, its packages and warnings, when an image was scanned
 * @param findings lint and image findings, in report order
 * @param vulnerabilities the vulnerabilities, in the scan's order (most severe first)
 * @param rules every lint rule that ran (SARIF lists them)
 * @param extras sections lint adds to the JSON report ({@code workloads})
 * @param policy where the policy came from ({@code builtin} or its file)
 * @param allowlist expired and stale entries, governance warnings
 * @param vexFiles the VEX documents read
 * @param layerSources the Dockerfile instruction of each layer index, when {@code --dockerfile}
 *     was given with the image
 */
public record GateReport(
    String command,
    List<String> inputs,
    Optional<ScanReport> scan,
    List<Gated<Finding>> findings,
    List<Gated<PackageMatch>> vulnerabilities,
    List<RuleMeta> rules,
    Map<String, Object> extras,
    String policy,
    AllowlistOutcome allowlist,
    List<String> vexFiles,
    Map<Integer, LayerSource> layerSources) {

  public GateReport {
    inputs = List.copyOf(inputs);
    findings = List.copyOf(findings);
    vulnerabilities = List.copyOf(vulnerabilities);
    rules = List.copyOf(rules);
    extras = java.util.Collections.unmodifiableMap(new TreeMap<>(extras));
    vexFiles = List.copyOf(vexFiles);
    layerSources = java.util.Collections.unmodifiableMap(new TreeMap<>(layerSources));
  }

  /** True when anything blocks: the run fails. */
  public boolean blocks() {
    return findings.stream().anyMatch(g -> g.decision().blocks())
        || vulnerabilities.stream().anyMatch(g -> g.decision().blocks());
  }

  /** {@code block} or {@code pass}. */
  public String verdict() {
    return blocks() ? "block" : "pass";
  }

  /** How many findings and vulnerabilities got each verdict, strongest first. */
  public Map<Verdict, Integer> counts() {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    findings.forEach(g -> counts.merge(g.decision().verdict(), 1, Integer::sum));
    vulnerabilities.forEach(g -> counts.merge(g.decision().verdict(), 1, Integer::sum));
    return counts;
  }

  /** What the report is about, for titles: the inputs joined. */
  public String subject() {
    return String.join(", ", inputs);
  }
}
