package dev.harden.reach;

import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.image.ImageOptions;
import dev.harden.image.source.ImageContents;
import dev.harden.pipeline.ImagePipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Test-only: the fixture images of ../shared/images (prebuilt) and of the on-demand cache
 * (built by BuiltImagesInventoryTest's helper: {@code -Dharden.fixtures.cache}, default
 * {@code $TMPDIR/harden-fixture-images}), read through the pipeline with reachability's selector,
 * catalogued and analysed once per test run.
 */
public final class FixtureScans {

  /** One analysed image. */
  public record Scan(CatalogResult catalog, ReachResult reach) {}

  private static final Map<String, Scan> SCANS = new HashMap<>();

  private FixtureScans() {}

  public static Path archive(String image) {
    Path shared = Path.of("../shared/images", image + ".docker.tar");
    if (Files.exists(shared)) {
      return shared;
    }
    Path cache = Path.of(System.getProperty("harden.fixtures.cache",
        Path.of(System.getProperty("java.io.tmpdir"), "harden-fixture-images").toString()));
    return cache.resolve(image + ".docker.tar");
  }

  /** Skips (loudly) when the image was not built. */
  public static synchronized Scan scan(String image) throws Exception {
    Scan s = SCANS.get(image);
    if (s != null) {
      return s;
    }
    Path archive = archive(image);
    if (!Files.exists(archive)) {
      System.err.println("SKIPPED: " + image + ": " + archive
          + " was not built (BuiltImagesInventoryTest builds it as root)");
    }
    Assumptions.assumeTrue(Files.exists(archive), image + " not built");
    ImagePipeline pipeline = new ImagePipeline(ImageOptions.defaults(), CatalogContext.defaults(),
        ReachContent.SELECTOR);
    try (ImageContents contents = pipeline.read(archive.toString())) {
      CatalogResult catalog = pipeline.catalog(contents);
      ReachResult reach = new ReachabilityAnalyzer(
          new dev.harden.reach.layers.BaseResolver(ImageOptions.defaults()), ReachOptions.DEFAULTS)
          .analyze(contents, catalog, dev.harden.reach.layers.BaseSource.NONE);
      s = new Scan(catalog, reach);
    }
    SCANS.put(image, s);
    return s;
  }
}
