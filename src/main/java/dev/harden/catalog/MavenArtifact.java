package dev.harden.catalog;


/**
 * A Java archive's identity.
 *
 * @param groupId group id; empty when only a file name was to go on
 * @param artifactId artifact id
 * @param version version
 * @param archivePath the archive it was found in; nested archives as {@code outer.war!/WEB-INF/lib/x.jar}
 * @param sha1 hex SHA-1 of the archive's bytes when this is the archive's own identity, else empty
 * @param evidence where the identity came from
 */
public record MavenArtifact(
    String groupId,
    String artifactId,
    String version,
    String archivePath,
    String sha1,
    Evidence evidence)
    implements PackageMetadata {

  /** Where an archive's identity was read from, best first. */
  public enum Evidence {
    POM_PROPERTIES,
    /** A {@code pom.xml} under {@code META-INF/maven/}, for archives shipped without pom.properties. */
    POM_XML,
    MANIFEST,
    FILE_NAME
  }
}
