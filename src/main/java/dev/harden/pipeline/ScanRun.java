package dev.harden.pipeline;

import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.Pkg;
import dev.harden.ecosystem.Ecosystem;
import dev.harden.image.source.ImageContents;
import dev.harden.io.InputException;
import dev.harden.lint.Finding;
import dev.harden.lint.LintSettings;
import dev.harden.match.AdvisoryMatcher;
import dev.harden.match.PackageMatch;
import dev.harden.match.PackageMatcher;
import dev.harden.report.ImageSummary;
import dev.harden.report.ScanReport;
import dev.harden.vulndb.VulnStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code harden scan}: read the image, catalogue it, match every package against the advisory
 * store. The store is opened first: a missing or unusable database stops the run (exit 2) before
 * any work, so a scan never reports "no vulnerabilities" for want of data.
 */
public final class ScanRun {

  private final ImagePipeline pipeline;
  private final Path db;
  private final LintSettings settings;

  public ScanRun(ImagePipeline pipeline, Path db, LintSettings settings) {
    this.pipeline = pipeline;
    this.db = db;
    this.settings = settings;
  }

  public ScanReport scan(String target) throws InputException {
    try (VulnStore store = VulnStore.open(db)) {
      Set<Ecosystem> withData = store.ecosystems();
      try (ImageContents contents = pipeline.read(target)) {
        CatalogResult catalog = pipeline.catalog(contents);
        ImageSummary image = ImagePipeline.summary(contents);
        String release = contents.os().map(os -> os.versionId()).orElse(null);
        List<PackageMatch> vulns =
            new PackageMatcher(new AdvisoryMatcher(store)).match(catalog.packages(), release);
        Set<Ecosystem> seen = new TreeSet<>();
        catalog.packages().stream().map(Pkg::ecosystem).forEach(seen::add);
        List<String> warnings = new ArrayList<>();
        for (Ecosystem e : seen) {
          if (!withData.contains(e)) {
            warnings.add("the vulnerability database holds no " + e.osvName()
                + " advisories: those packages were not checked (harden db update --ecosystem "
                + e.osvName() + ")");
          }
        }
        VulnStore.recordSeenEcosystems(db, seen);
        List<Finding> findings = ImagePipeline.check(contents, catalog, settings);
        return new ScanReport(image, catalog, vulns, findings, warnings);
      } catch (IOException e) {
        throw new InputException(target, "cannot release the image: " + e.getMessage());
      }
    }
  }
}
