package dev.harden.catalog.maven;

import dev.harden.catalog.MavenArtifact;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a Java archive's coordinates from pom.properties, its manifest, or its file name. */
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
   * The manifest's main section: version from Implementation-, Bundle- or Specification-Version;
   * group from Implementation-Vendor-Id or the Bundle-SymbolicName's package part; artifact from
   * Implementation-Title, Bundle-Name or the symbolic name.
   */
  static Optional<Coordinates> fromManifest(byte[] bytes) throws IOException {
    Attributes main = new Manifest(new ByteArrayInputStream(bytes)).getMainAttributes();
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
