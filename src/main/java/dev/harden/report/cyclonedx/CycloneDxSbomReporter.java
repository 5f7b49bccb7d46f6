package dev.harden.report.cyclonedx;

import dev.harden.catalog.MavenArtifact;
import dev.harden.catalog.Pkg;
import dev.harden.catalog.Relationship;
import dev.harden.catalog.Unknown;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import dev.harden.report.SbomDocument;
import dev.harden.ecosystem.SpdxLicenseIds;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.metadata.ToolInformation;

/**
 * CycloneDX 1.6 JSON: one library component per package with its purl, declared licences (SPDX ids
 * where they are ids, names otherwise), SHA-1 for Java archives, and harden properties for the
 * layer, ecosystem, source package, locations and dev flag; unknowns as document properties.
 * The serial number is derived from the content, so the same inventory gives the same document.
 */
public final class CycloneDxSbomReporter implements Reporter<SbomDocument> {

  public static final String PROPERTY_PREFIX = "harden:";

  private final SpdxLicenseIds licenseIds;

  public CycloneDxSbomReporter(SpdxLicenseIds licenseIds) {
    this.licenseIds = licenseIds;
  }

  @Override
  public String format() {
    return "cyclonedx";
  }

  @Override
  public String render(SbomDocument doc, RenderOptions options) {
    Bom bom = new Bom();
    Metadata metadata = new Metadata();
    metadata.setTimestamp(Date.from(doc.created()));
    Component tool = new Component();
    tool.setType(Component.Type.APPLICATION);
    tool.setName("harden");
    tool.setVersion(options.toolVersion());
    ToolInformation tools = new ToolInformation();
    tools.setComponents(List.of(tool));
    metadata.setToolChoice(tools);
    Component subject = new Component();
    subject.setType(Component.Type.CONTAINER);
    subject.setName(doc.subject());
    subject.setBomRef("subject");
    metadata.setComponent(subject);
    List<Property> docProps = new ArrayList<>();
    for (Unknown u : doc.catalog().unknowns()) {
      docProps.add(property("unknown", u.path() + ": " + u.reason()));
    }
    if (!docProps.isEmpty()) {
      metadata.setProperties(docProps);
    }
    bom.setMetadata(metadata);
    StringBuilder identity = new StringBuilder(doc.subject());
    List<Component> components = new ArrayList<>();
    for (Pkg p : doc.catalog().packages()) {
      components.add(component(p));
      identity.append('\n').append(p.id());
    }
    bom.setComponents(components);
    bom.setDependencies(dependencies(doc));
    bom.setSerialNumber("urn:uuid:"
        + UUID.nameUUIDFromBytes(identity.toString().getBytes(StandardCharsets.UTF_8)));
    try {
      return BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString() + "\n";
    } catch (GeneratorException e) {
      throw new IllegalStateException("CycloneDX serialisation failed: " + e.getMessage(), e);
    }
  }

  Component component(Pkg p) {
    Component c = new Component();
    c.setType(Component.Type.LIBRARY);
    c.setBomRef(p.id());
    if (p.purl().getNamespace() != null && p.metadata() instanceof MavenArtifact) {
      c.setGroup(p.purl().getNamespace());
    }
    c.setName(p.name());
    c.setVersion(p.version());
    c.setPurl(p.purl().canonicalize());
    if (!p.licenses().isEmpty()) {
      LicenseChoice choice = new LicenseChoice();
      for (String declared : p.licenses()) {
        License l = new License();
        licenseIds.id(declared).ifPresentOrElse(l::setId, () -> l.setName(declared));
        choice.addLicense(l);
      }
      c.setLicenses(choice);
    }
    if (p.metadata() instanceof MavenArtifact a && !a.sha1().isEmpty()) {
      c.setHashes(List.of(new Hash(Hash.Algorithm.SHA1, a.sha1())));
    }
    Map<String, String> props = new LinkedHashMap<>();
    props.put("ecosystem", p.ecosystem().osvName());
    props.put("type", p.type().id());
    props.put("layer", String.valueOf(p.layer()));
    if (p.source() != null) {
      props.put("source:name", p.source().name());
      props.put("source:version", p.source().version());
    }
    if (p.dev()) {
      props.put("dev", "true");
    }
    List<Property> properties = new ArrayList<>();
    props.forEach((k, v) -> properties.add(property(k, v)));
    for (String location : p.locations()) {
      properties.add(property("location", location));
    }
    c.setProperties(properties);
    return c;
  }

  private static List<Dependency> dependencies(SbomDocument doc) {
    Map<String, Dependency> byRef = new LinkedHashMap<>();
    for (Relationship r : doc.catalog().relationships()) {
      Dependency d = byRef.computeIfAbsent(r.from(), Dependency::new);
      d.addDependency(new Dependency(r.to()));
    }
    return new ArrayList<>(byRef.values());
  }

  static Property property(String name, String value) {
    Property p = new Property();
    p.setName(PROPERTY_PREFIX + name);
    p.setValue(value);
    return p;
  }
}
