package dev.harden.policy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One VEX statement, from OpenVEX or CycloneDX: a vulnerability (with aliases), the products it
 * is about, and a status with its justification.
 *
 * @param file the VEX document
 * @param place the statement's place in it ({@code statements[2]}, {@code vulnerabilities[0]})
 * @param format {@code openvex} or {@code cyclonedx}
 * @param vulnerability the vulnerability's name
 * @param aliases other names the statement gives it
 * @param products what the statement is about
 * @param status its status
 * @param justification the machine-readable justification ({@code vulnerable_code_not_present},
 *     CycloneDX's {@code code_not_reachable}...), or null
 * @param impact the free-text impact statement or analysis detail, or null
 * @param timestamp when it was made (the statement's, else the document's), or null
 * @param order its position among every statement loaded (later statements win ties)
 */
public record VexStatement(
    String file,
    String place,
    String format,
    String vulnerability,
    List<String> aliases,
    List<Product> products,
    VexStatus status,
    String justification,
    String impact,
    Instant timestamp,
    int order)
    implements Suppressor {

  public VexStatement {
    Objects.requireNonNull(vulnerability, "vulnerability");
    aliases = List.copyOf(aliases);
    products = List.copyOf(products);
  }

  /**
   * A product of a statement. With subcomponents, the statement is about those packages inside
   * the product (an image, {@code pkg:oci/...}); without, about the product itself.
   *
   * @param purl the product's package URL, or null when it has none (then only its
   *     subcomponents can match)
   * @param subcomponents package URL patterns of the subcomponents
   */
  public record Product(PurlPattern purl, List<PurlPattern> subcomponents) {
    public Product {
      subcomponents = List.copyOf(subcomponents);
    }
  }

  @Override
  public String source() {
    return "vex";
  }

  @Override
  public String why() {
    StringBuilder out = new StringBuilder(status.id());
    if (justification != null) {
      out.append(": ").append(justification);
    }
    if (impact != null && !impact.isBlank()) {
      out.append(" (").append(impact.strip()).append(')');
    }
    return out.toString();
  }

  /** Whether the statement names the subject's vulnerability, by id or alias on either side. */
  public boolean namesVulnerability(Subject s) {
    if (s.answersTo(vulnerability)) {
      return true;
    }
    for (String a : aliases) {
      if (s.answersTo(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the statement is about the subject's package in this image: the package's purl
   * matches a product, or a subcomponent of a product that is this image (an OCI purl whose
   * version is the image digest, or without version and named like the image) or that is not an
   * image at all.
   */
  public boolean coversPackage(Subject s, String imageDigest) {
    for (Product p : products) {
      if (p.subcomponents().isEmpty()) {
        if (p.purl() != null && p.purl().matches(s.purl())) {
          return true;
        }
        continue;
      }
      if (p.purl() != null && p.purl().type().equals("oci")
          && !isThisImage(p.purl(), s.image(), imageDigest)) {
        continue;
      }
      for (PurlPattern sub : p.subcomponents()) {
        if (sub.matches(s.purl())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isThisImage(PurlPattern oci, String image, String digest) {
    if (oci.version() != null) {
      return oci.version().equals(digest);
    }
    if (image == null) {
      return false;
    }
    String name = image;
    int at = name.indexOf('@');
    name = at < 0 ? name : name.substring(0, at);
    name = name.substring(name.lastIndexOf('/') + 1);
    int colon = name.indexOf(':');
    name = colon < 0 ? name : name.substring(0, colon);
    name = name.replaceFirst("(\\.docker|\\.oci)?\\.tar(\\.gz)?$", "");
    return name.equals(oci.name());
  }
}
