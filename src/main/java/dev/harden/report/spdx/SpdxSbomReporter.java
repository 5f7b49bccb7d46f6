package dev.harden.report.spdx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.catalog.MavenArtifact;
import dev.harden.catalog.Pkg;
import dev.harden.catalog.Relationship;
import dev.harden.catalog.Unknown;
import dev.harden.report.Json;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import dev.harden.report.SbomDocument;
import dev.harden.ecosystem.SpdxLicenseIds;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * SPDX 2.3 JSON. Each package carries its purl as a PACKAGE-MANAGER external reference, a SHA-1
 * for Java archives, and {@code licenseDeclared} as an SPDX expression when every declared licence
 * is an SPDX identifier ({@code NOASSERTION} otherwise, with the declared names in
 * {@code licenseComments}); layer and source package go in {@code sourceInfo}. The document
 * DESCRIBES every package; CONTAINS and DEPENDS_ON come from the cataloguers' relationships.
 */
public final class SpdxSbomReporter implements Reporter<SbomDocument> {

  private final SpdxLicenseIds licenseIds;

  public SpdxSbomReporter(SpdxLicenseIds licenseIds) {
    this.licenseIds = licenseIds;
  }

  @Override
  public String format() {
    return "spdx";
  }

  @Override
  public String render(SbomDocument doc, RenderOptions options) {
    ObjectNode root = Json.object();
    root.put("spdxVersion", "SPDX-2.3");
    root.put("dataLicense", "CC0-1.0");
    root.put("SPDXID", "SPDXRef-DOCUMENT");
    root.put("name", doc.subject());
    StringBuilder identity = new StringBuilder(doc.subject());
    doc.catalog().packages().forEach(p -> identity.append('\n').append(p.id()));
    root.put("documentNamespace", "https://harden.dev/spdx/"
        + UUID.nameUUIDFromBytes(identity.toString().getBytes(StandardCharsets.UTF_8)));
    ObjectNode creation = root.putObject("creationInfo");
    creation.put("created", DateTimeFormatter.ISO_INSTANT.format(
        doc.created().truncatedTo(ChronoUnit.SECONDS)));
    creation.putArray("creators").add("Tool: harden-" + options.toolVersion());
    if (!doc.catalog().unknowns().isEmpty()) {
      StringBuilder c = new StringBuilder("Not catalogued (unknowns):");
      for (Unknown u : doc.catalog().unknowns()) {
        c.append("\n").append(u.path()).append(": ").append(u.reason());
      }
      creation.put("comment", c.toString());
    }
    ArrayNode packages = root.putArray("packages");
    ArrayNode relationships = root.putArray("relationships");
    Map<String, String> spdxIds = new HashMap<>();
    int n = 0;
    for (Pkg p : doc.catalog().packages()) {
      String id = "SPDXRef-Package-" + (++n);
      spdxIds.put(p.id(), id);
      packages.add(pkg(p, id));
      relationship(relationships, "SPDXRef-DOCUMENT", "DESCRIBES", id);
    }
    for (Relationship r : doc.catalog().relationships()) {
      String from = spdxIds.get(r.from());
      String to = spdxIds.get(r.to());
      if (from != null && to != null) {
        relationship(relationships, from,
            r.kind() == Relationship.Kind.CONTAINS ? "CONTAINS" : "DEPENDS_ON", to);
      }
    }
    return Json.write(root);
  }

  private ObjectNode pkg(Pkg p, String id) {
    ObjectNode o = Json.object();
    o.put("SPDXID", id);
    o.put("name", p.name());
    if (!p.version().isEmpty()) {
      o.put("versionInfo", p.version());
    }
    o.put("downloadLocation", "NOASSERTION");
    o.put("filesAnalyzed", false);
    Optional<String> expression = expression(p.licenses());
    o.put("licenseConcluded", "NOASSERTION");
    o.put("licenseDeclared", expression.orElse("NOASSERTION"));
    if (expression.isEmpty() && !p.licenses().isEmpty()) {
      o.put("licenseComments", "declared: " + String.join("; ", p.licenses()));
    }
    o.put("copyrightText", "NOASSERTION");
    StringBuilder info = new StringBuilder("layer " + p.layer() + "; found in "
        + String.join(", ", p.locations()));
    if (p.source() != null) {
      info.append("; source package ").append(p.source().name());
      if (!p.source().version().isEmpty()) {
        info.append(' ').append(p.source().version());
      }
    }
    if (p.dev()) {
      info.append("; dev dependency");
    }
    o.put("sourceInfo", info.toString());
    if (p.metadata() instanceof MavenArtifact a && !a.sha1().isEmpty()) {
      ObjectNode sum = o.putArray("checksums").addObject();
      sum.put("algorithm", "SHA1");
      sum.put("checksumValue", a.sha1());
    }
    ObjectNode ref = o.putArray("externalRefs").addObject();
    ref.put("referenceCategory", "PACKAGE-MANAGER");
    ref.put("referenceType", "purl");
    ref.put("referenceLocator", p.purl().canonicalize());
    return o;
  }

  /** An SPDX expression when every declared licence is an SPDX id. */
  private Optional<String> expression(List<String> declared) {
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder();
    for (String d : declared) {
      Optional<String> id = licenseIds.id(d);
      if (id.isEmpty()) {
        return Optional.empty();
      }
      if (sb.length() > 0) {
        sb.append(" AND ");
      }
      sb.append(id.get());
    }
    return Optional.of(sb.toString());
  }

  private static void relationship(ArrayNode out, String from, String type, String to) {
    ObjectNode r = out.addObject();
    r.put("spdxElementId", from);
    r.put("relationshipType", type);
    r.put("relatedSpdxElement", to);
  }
}
