package dev.harden.catalog.maven;

import com.ctc.wstx.stax.WstxInputFactory;
import dev.harden.catalog.MavenArtifact;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads a Java archive's coordinates: pom.properties, an embedded pom.xml, the manifest, the file name. */
final class JarIdentity {

  /** Coordinates found in one place. */
  record Coordinates(String groupId, String artifactId, String version,
      MavenArtifact.Evidence evidence) {}

  private static final Pattern FILE_NAME =
      Pattern.compile("^(.+?)-(\\d[\\w.+\\-]*)\\.(?:jar|war|ear|par|hpi|jpi)$",
          Pattern.CASE_INSENSITIVE);

  private JarIdentity() {}

  static Optional<Coordinates> fromPomProperties(byte[] bytes) throws IOException {
    Properties p = new Properties();
    p.load(new ByteArrayInputStream(bytes));
    String g = p.getProperty("groupId", "").trim();
    String a = p.getProperty("artifactId", "").trim();
    String v = p.getProperty("version", "").trim();
    if (a.isEmpty() || v.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Coordinates(g, a, v, MavenArtifact.Evidence.POM_PROPERTIES));
  }

  /**
   * Woodstox, the parser XMLInputFactory.newFactory() found, named directly: the lookup searched
   * every jar's service files on each call. Configured once; a configured factory is thread-safe.
   */
  private static final XMLInputFactory POM_XML = pomXmlFactory();

  private static XMLInputFactory pomXmlFactory() {
    XMLInputFactory f = new WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }

  /**
   * The coordinates of an embedded {@code pom.xml}: the project's own groupId, artifactId and
   * version, the parent's groupId and version when the project inherits them. DTDs and external
   * entities are refused (the XML is hostile); unresolved {@code ${...}} properties count as absent.
   */
  static Optional<Coordinates> fromPomXml(byte[] bytes) throws IOException {
    XMLInputFactory f = POM_XML;
    Map<String, String> values = new HashMap<>();
    Deque<String> path = new ArrayDeque<>();
    try {
      XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(bytes));
      StringBuilder text = new StringBuilder();
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          path.addLast(r.getLocalName());
          text.setLength(0);
        } else if (event == XMLStreamConstants.CHARACTERS) {
          text.append(r.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String key = String.join("/", path);
          if (POM_FIELDS.contains(key)) {
            values.putIfAbsent(key, text.toString().trim());
          }
          path.removeLast();
          text.setLength(0);
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException("pom.xml does not parse: " + e.getMessage(), e);
    }
    String g = resolved(values.getOrDefault("project/groupId",
        values.getOrDefault("project/parent/groupId", "")));
    String a = resolved(values.getOrDefault("project/artifactId", ""));
    String v = resolved(values.getOrDefault("project/version",
        values.getOrDefault("project/parent/version", "")));
    if (a.isEmpty() || v.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Coordinates(g, a, v, MavenArtifact.Evidence.POM_XML));
  }

  private static final Set<String> POM_FIELDS = Set.of("project/groupId", "project/artifactId",
      "project/version", "project/parent/groupId", "project/parent/version");

  private static String resolved(String value) {
    return value.contains("${") ? "" : value;
  }

  /**
   * The manifest's main section: version from Implementation-, Bundle- or Specification-Version;
   * group from Implementation-Vendor-Id or the Bundle-SymbolicName's package part; artifact from
   * Implementation-Title, Bundle-Name or the symbolic name.
   */
  static Optional<Coordinates> fromManifest(byte[] bytes) throws IOException {
    Attributes main = new Manifest(new ByteArrayInputStream(bytes)).getMainAttributes();
    String pluginVersion = first(main, "Plugin-Version");
    String shortName = first(main, "Short-Name", "Extension-Name");
    if (!pluginVersion.isEmpty() && !shortName.isEmpty()) { // a Jenkins plugin (hpi/jpi)
      return Optional.of(new Coordinates(first(main, "Group-Id"), shortName, pluginVersion,
          MavenArtifact.Evidence.MANIFEST));
    }
    String version = first(main, "Implementation-Version", "Bundle-Version",
        "Specification-Version");
    String symbolic = first(main, "Bundle-SymbolicName");
    int semi = symbolic.indexOf(';');
    if (semi >= 0) {
      symbolic = symbolic.substring(0, semi).trim();
    }
    String group = first(main, "Implementation-Vendor-Id");
    if (group.isEmpty() && symbolic.contains(".")) {
      group = symbolic.substring(0, symbolic.lastIndexOf('.'));
    }
    String artifact = first(main, "Implementation-Title", "Bundle-Name");
    if (artifact.isEmpty() && !symbolic.isEmpty()) {
      artifact = symbolic.substring(symbolic.lastIndexOf('.') + 1);
    }
    if (artifact.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Coordinates(group, artifact, version, MavenArtifact.Evidence.MANIFEST));
  }

  /** {@code log4j-core-2.14.1.jar} gives log4j-core 2.14.1; a name without a version gives none. */
  static Optional<Coordinates> fromFileName(String fileName) {
    Matcher m = FILE_NAME.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Coordinates("", m.group(1), m.group(2), MavenArtifact.Evidence.FILE_NAME));
  }

  private static String first(Attributes a, String... names) {
    for (String n : names) {
      String v = a.getValue(n);
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return "";
  }
}
