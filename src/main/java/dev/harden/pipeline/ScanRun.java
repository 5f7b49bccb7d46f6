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
import dev.harden.reach.ReachContent;
import dev.harden.reach.ReachResult;
import dev.harden.reach.ReachabilityAnalyzer;
import dev.harden.reach.layers.BaseResolver;
import dev.harden.reach.layers.BaseSource;
import dev.harden.report.ImageSummary;
import dev.harden.report.ScanReport;
import dev.harden.vulndb.VulnStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code harden scan}: read the image, catalogue it, work out which layer brought each package and
 * whether the image's command can load it, and match every package against the advisory store.
 * The store is opened first: a missing or unusable database stops the run (exit 2) before any
 * work, so a scan never reports "no vulnerabilities" for want of data. Reachability reads its
 * files in the same single pass over the layers as the cataloguers.
 */
public final class ScanRun {

  private final ImagePipeline pipeline;
  private final Path db;
  private final LintSettings settings;
  private final ReachSettings reach;

  public ScanRun(ImagePipeline pipeline, Path db, LintSettings settings, ReachSettings reach) {
    this.pipeline = pipeline;
    this.db = db;
    this.settings = settings;
    this.reach = reach;
  }

  public ScanReport scan(String target) throws InputException {
    try (VulnStore store = VulnStore.open(db)) {
      Set<Ecosystem> withData = store.ecosystems();
      try (ImageContents contents = reach.enabled()
          ? pipeline.read(target, ReachContent.SELECTOR) : pipeline.read(target)) {
        CatalogResult catalog = pipeline.catalog(contents);
        Optional<ReachResult> reachResult = Optional.empty();
        if (reach.enabled()) {
          reachResult = Optional.of(new ReachabilityAnalyzer(
              new BaseResolver(pipeline.options()), reach.options())
              .analyze(contents, catalog, new BaseSource(reach.base(), reach.dockerfile())));
        }
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
        return new ScanReport(image, catalog, vulns, findings, warnings, reachResult);
      } catch (IOException e) {
        throw new InputException(target, "cannot release the image: " + e.getMessage());
      }
    }
  }
}
