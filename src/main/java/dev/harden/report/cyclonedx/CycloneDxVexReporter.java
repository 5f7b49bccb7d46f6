package dev.harden.report.cyclonedx;

import dev.harden.catalog.Pkg;
import dev.harden.match.Match;
import dev.harden.match.PackageMatch;
import dev.harden.policy.AllowEntry;
import dev.harden.policy.Decision;
import dev.harden.policy.Subject;
import dev.harden.policy.VexStatement;
import dev.harden.report.GateReport;
import dev.harden.report.Gated;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import dev.harden.report.ScanReport;
import dev.harden.ecosystem.SpdxLicenseIds;
import dev.harden.vulndb.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.metadata.ToolInformation;
import org.cyclonedx.model.vulnerability.Vulnerability;

/**
 * {@code harden ci|scan --format cyclonedx}: CycloneDX 1.6 with the image's packages as in the
 * SBOM and every vulnerability with its ratings, the package it affects and a VEX analysis. The
 * analysis says what harden knows: a VEX {@code not_affected} statement given with {@code --vex}
 * is carried over with its justification; an unreachable package is {@code not_affected} /
 * {@code code_not_reachable} with the evidence as detail; a reachable one is {@code exploitable},
 * one whose reachability is unknown {@code in_triage}. A fix to upgrade to adds the response
 * {@code update}. The gate's verdict and the rule that decided are properties.
 */
public final class CycloneDxVexReporter implements Reporter<GateReport> {

  private final CycloneDxSbomReporter sbom;

  public CycloneDxVexReporter(SpdxLicenseIds licenseIds) {
    this.sbom = new CycloneDxSbomReporter(licenseIds);
  }

  @Override
  public String format() {
    return "cyclonedx";
  }

  @Override
  public String render(GateReport report, RenderOptions options) {
    Bom bom = new Bom();
    Metadata metadata = new Metadata();
    Component tool = new Component();
    tool.setType(Component.Type.APPLICATION);
    tool.setName("harden");
    tool.setVersion(options.toolVersion());
    ToolInformation tools = new ToolInformation();
    tools.setComponents(List.of(tool));
    metadata.setToolChoice(tools);
    Component subject = new Component();
    subject.setType(Component.Type.CONTAINER);
    subject.setName(report.subject());
    subject.setBomRef("subject");
    metadata.setComponent(subject);
    metadata.setProperties(List.of(CycloneDxSbomReporter.property("verdict", report.verdict()),
        CycloneDxSbomReporter.property("policy", report.policy())));
    bom.setMetadata(metadata);
    StringBuilder identity = new StringBuilder(report.subject());
    Map<String, Component> components = new LinkedHashMap<>();
    report.scan().ifPresent(scan -> {
      for (Pkg p : scan.catalog().packages()) {
        components.put(p.id(), sbom.component(p));
        identity.append('\n').append(p.id());
      }
    });
    bom.setComponents(new ArrayList<>(components.values()));
    List<Vulnerability> vulns = new ArrayList<>();
    for (Gated<PackageMatch> g : report.vulnerabilities()) {
      vulns.add(vulnerability(g, evidence(report, g)));
      identity.append('\n').append(g.item().match().advisoryId()).append(' ')
          .append(g.decision().verdict().id());
    }
    bom.setVulnerabilities(vulns);
    bom.setSerialNumber("urn:uuid:"
        + UUID.nameUUIDFromBytes(identity.toString().getBytes(StandardCharsets.UTF_8)));
    try {
      return BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString() + "\n";
    } catch (GeneratorException e) {
      throw new IllegalStateException("CycloneDX serialisation failed: " + e.getMessage(), e);
    }
  }

  /** The reachability evidence of the vulnerability's package, as one line; null without. */
  private static String evidence(GateReport report, Gated<PackageMatch> g) {
    return report.scan().flatMap(ScanReport::reach).flatMap(r -> r.of(g.item().pkg()))
        .map(r -> r.verdict().chain()).filter(c -> !c.isEmpty()).orElse(null);
  }

  private static Vulnerability vulnerability(Gated<PackageMatch> g, String evidence) {
    Match m = g.item().match();
    Pkg p = g.item().pkg();
    Vulnerability v = new Vulnerability();
    v.setBomRef(m.advisoryId() + " " + p.id());
    v.setId(m.advisoryId());
    Vulnerability.Source source = new Vulnerability.Source();
    source.setName("OSV");
    source.setUrl("https://osv.dev/vulnerability/" + m.advisoryId());
    v.setSource(source);
    List<Vulnerability.Reference> refs = new ArrayList<>();
    for (String alias : m.aliases()) {
      Vulnerability.Reference r = new Vulnerability.Reference();
      r.setId(alias);
      Vulnerability.Source s = new Vulnerability.Source();
      s.setName(alias.startsWith("CVE-") ? "NVD" : alias.startsWith("GHSA-") ? "GitHub"
          : "OSV");
      r.setSource(s);
      refs.add(r);
    }
    if (!refs.isEmpty()) {
      v.setReferences(refs);
    }
    v.setRatings(List.of(rating(m.severity())));
    if (m.summary() != null && !m.summary().isBlank()) {
      v.setDescription(m.summary());
    }
    if (m.fixedVersion() != null) {
      v.setRecommendation("Upgrade " + p.name() + " to " + m.fixedVersion() + " or later.");
    }
    Vulnerability.Affect affect = new Vulnerability.Affect();
    affect.setRef(p.id());
    Vulnerability.Version version = new Vulnerability.Version();
    version.setVersion(p.version());
    version.setStatus(Vulnerability.Version.Status.AFFECTED);
    affect.setVersions(List.of(version));
    v.setAffects(List.of(affect));
    v.setAnalysis(analysis(g.subject(), g.decision(), m, evidence));
    List<Property> props = new ArrayList<>();
    props.add(CycloneDxSbomReporter.property("verdict", g.decision().verdict().id()));
    props.add(CycloneDxSbomReporter.property("decidedBy", g.decision().decidedBy()));
    props.add(CycloneDxSbomReporter.property("origin", g.subject().origin().id()));
    props.add(CycloneDxSbomReporter.property("reachability", g.subject().reachability().id()));
    if (g.decision().suppressedBy() instanceof AllowEntry e) {
      props.add(CycloneDxSbomReporter.property("allowlist", e.file() + ":" + e.line()
          + (e.reason() == null ? "" : " " + e.reason())));
    }
    v.setProperties(props);
    return v;
  }

  private static Vulnerability.Rating rating(Severity s) {
    Vulnerability.Rating r = new Vulnerability.Rating();
    r.setSeverity(switch (s.level()) {
      case CRITICAL -> Vulnerability.Rating.Severity.CRITICAL;
      case HIGH -> Vulnerability.Rating.Severity.HIGH;
      case MEDIUM -> Vulnerability.Rating.Severity.MEDIUM;
      case LOW -> Vulnerability.Rating.Severity.LOW;
      case NONE -> Vulnerability.Rating.Severity.NONE;
      case UNKNOWN -> Vulnerability.Rating.Severity.UNKNOWN;
    });
    if (s.score() != null) {
      r.setScore(s.score());
    }
    if (s.vector() != null) {
      r.setVector(s.vector());
      r.setMethod(s.vector().startsWith("CVSS:4") ? Vulnerability.Rating.Method.CVSSV4
          : s.vector().startsWith("CVSS:3.1") ? Vulnerability.Rating.Method.CVSSV31
          : s.vector().startsWith("CVSS:3") ? Vulnerability.Rating.Method.CVSSV3
          : Vulnerability.Rating.Method.OTHER);
    } else {
      r.setMethod(Vulnerability.Rating.Method.OTHER);
    }
    Vulnerability.Source source = new Vulnerability.Source();
    source.setName(s.source());
    r.setSource(source);
    return r;
  }

  private static Vulnerability.Analysis analysis(Subject s, Decision d, Match m,
      String evidence) {
    Vulnerability.Analysis a = new Vulnerability.Analysis();
    if (d.suppressedBy() instanceof VexStatement st) {
      a.setState(Vulnerability.Analysis.State.NOT_AFFECTED);
      Vulnerability.Analysis.Justification j = justification(st.justification());
      if (j != null) {
        a.setJustification(j);
      }
      a.setDetail("VEX " + st.file() + " " + st.place() + ": " + st.why());
    } else if (s.reachability() == Subject.Reachability.UNREACHABLE) {
      a.setState(Vulnerability.Analysis.State.NOT_AFFECTED);
      a.setJustification(Vulnerability.Analysis.Justification.CODE_NOT_REACHABLE);
      a.setDetail("harden reachability: " + (evidence != null ? evidence
          : "nothing the image's command loads uses " + m.query().name()));
    } else if (s.reachability() == Subject.Reachability.REACHABLE) {
      a.setState(Vulnerability.Analysis.State.EXPLOITABLE);
    } else {
      a.setState(Vulnerability.Analysis.State.IN_TRIAGE);
    }
    if (m.fixedVersion() != null && a.getState() != Vulnerability.Analysis.State.NOT_AFFECTED) {
      a.setResponses(List.of(Vulnerability.Analysis.Response.UPDATE));
    }
    return a;
  }

  /** OpenVEX's justification labels in CycloneDX's words; CycloneDX's own pass through. */
  private static Vulnerability.Analysis.Justification justification(String label) {
    if (label == null) {
      return null;
    }
    return switch (label.toLowerCase(Locale.ROOT)) {
      case "component_not_present", "vulnerable_code_not_present", "code_not_present" ->
          Vulnerability.Analysis.Justification.CODE_NOT_PRESENT;
      case "vulnerable_code_not_in_execute_path", "code_not_reachable" ->
          Vulnerability.Analysis.Justification.CODE_NOT_REACHABLE;
      case "vulnerable_code_cannot_be_controlled_by_adversary", "protected_at_perimeter" ->
          Vulnerability.Analysis.Justification.PROTECTED_AT_PERIMETER;
      case "inline_mitigations_already_exist", "protected_by_mitigating_control" ->
          Vulnerability.Analysis.Justification.PROTECTED_BY_MITIGATING_CONTROL;
      case "requires_configuration" -> Vulnerability.Analysis.Justification.REQUIRES_CONFIGURATION;
      case "requires_dependency" -> Vulnerability.Analysis.Justification.REQUIRES_DEPENDENCY;
      case "requires_environment" -> Vulnerability.Analysis.Justification.REQUIRES_ENVIRONMENT;
      case "protected_by_compiler" -> Vulnerability.Analysis.Justification.PROTECTED_BY_COMPILER;
      case "protected_at_runtime" -> Vulnerability.Analysis.Justification.PROTECTED_AT_RUNTIME;
      default -> null;
    };
  }
}
