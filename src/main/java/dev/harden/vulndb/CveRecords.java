package dev.harden.vulndb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads severities from CVE records: CVE JSON 5 (cvelistV5; the CNA container first, then ADP
 * containers such as CISA-ADP) and NVD API 2.0 responses (Primary metrics first). Within one
 * container the vector preference of {@link CvssVector#preference()} applies.
 */
public final class CveRecords {

  private CveRecords() {}

  /** True for a CVE JSON 5 record or an NVD API 2.0 response. */
  public static boolean isCveRecord(JsonNode n) {
    return n.path("cveMetadata").path("cveId").isTextual()
        || (n.path("vulnerabilities").isArray() && n.path("format").asText().startsWith("NVD"));
  }

  /** The severities in the record, one per CVE that has any. */
  public static List<CveSeverity> severities(JsonNode n) {
    List<CveSeverity> out = new ArrayList<>();
    if (n.has("cveMetadata")) {
      cve5(n).ifPresent(out::add);
    } else {
      for (JsonNode v : n.path("vulnerabilities")) {
        nvd(v.path("cve")).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<CveSeverity> cve5(JsonNode n) {
    String id = n.path("cveMetadata").path("cveId").asText();
    JsonNode containers = n.path("containers");
    List<JsonNode> ordered = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    ordered.add(containers.path("cna"));
    origins.add("cna");
    for (JsonNode adp : containers.path("adp")) {
      ordered.add(adp);
      origins.add("adp:" + adp.path("providerMetadata").path("shortName").asText("unknown"));
    }
    CveSeverity textOnly = null;
    for (int i = 0; i < ordered.size(); i++) {
      List<CvssVector> vectors = new ArrayList<>();
      String text = null;
      for (JsonNode m : ordered.get(i).path("metrics")) {
        for (String key : List.of("cvssV3_1", "cvssV3_0", "cvssV4_0", "cvssV2_0")) {
          JsonNode c = m.path(key);
          CvssVector.score(c.path("vectorString").asText(null)).ifPresent(vectors::add);
          if (text == null && c.has("baseSeverity")) {
            text = c.path("baseSeverity").asText();
          }
        }
        JsonNode other = m.path("other").path("content");
        if (text == null && other.path("other").isTextual()) {
          text = other.path("other").asText();
        }
      }
      Optional<CvssVector> best =
          vectors.stream().min(Comparator.comparingInt(CvssVector::preference));
      if (best.isPresent()) {
        CvssVector v = best.get();
        return Optional.of(
            new CveSeverity(id, v.vector(), v.score(), SeverityLevel.ofScore(v.score()), origins.get(i)));
      }
      Optional<SeverityLevel> level = SeverityLevel.ofText(text);
      if (textOnly == null && level.isPresent()) {
        textOnly = new CveSeverity(id, null, null, level.get(), origins.get(i));
      }
    }
    return Optional.ofNullable(textOnly);
  }

  private static Optional<CveSeverity> nvd(JsonNode cve) {
    String id = cve.path("id").asText(null);
    if (id == null) {
      return Optional.empty();
    }
    JsonNode metrics = cve.path("metrics");
    CvssVector best = null;
    boolean bestPrimary = false;
    for (String key : List.of("cvssMetricV31", "cvssMetricV30", "cvssMetricV40", "cvssMetricV2")) {
      for (JsonNode m : metrics.path(key)) {
        boolean primary = "Primary".equals(m.path("type").asText());
        Optional<CvssVector> v = CvssVector.score(m.path("cvssData").path("vectorString").asText(null));
        if (v.isEmpty()) {
          continue;
        }
        boolean better =
            best == null
                || (primary && !bestPrimary)
                || (primary == bestPrimary && v.get().preference() < best.preference());
        if (better) {
          best = v.get();
          bestPrimary = primary;
        }
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(
        new CveSeverity(id, best.vector(), best.score(), SeverityLevel.ofScore(best.score()), "nvd"));
  }
}
