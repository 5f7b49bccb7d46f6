package dev.harden.reach;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.image.ImageOptions;
import dev.harden.image.MediaTypes;
import dev.harden.image.TestImages;
import dev.harden.image.source.ImageContents;
import dev.harden.pipeline.ImagePipeline;
import dev.harden.reach.layers.BaseResolver;
import dev.harden.reach.layers.BaseSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Test-only: the real layers of a fixture image ({@code docker save} archive, gzip layers), to
 * stack test layers on, and the analysis of such a stack.
 */
final class FixtureLayers {

  /** One layer: the stored (gzip) bytes and the tar they hold. */
  record Layer(byte[] stored, byte[] tar) {}

  private FixtureLayers() {}

  static List<Layer> of(Path archive) throws Exception {
    Map<String, byte[]> entries = new HashMap<>();
    try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(archive))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        if (e.isFile()) {
          entries.put(e.getName(), tar.readAllBytes());
        }
      }
    }
    JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json")).get(0);
    List<Layer> layers = new ArrayList<>();
    for (JsonNode name : manifest.get("Layers")) {
      byte[] stored = entries.get(name.asText());
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
        layers.add(new Layer(stored, in.readAllBytes()));
      }
    }
    return layers;
  }

  /** A test image: {@code layers}, then what {@code top} adds. */
  static TestImages stack(List<Layer> layers) {
    TestImages image = TestImages.image();
    for (Layer l : layers) {
      image.layer(l.stored(), l.tar(), MediaTypes.OCI_LAYER_GZIP);
    }
    return image;
  }

  /** Catalogues and analyses an OCI layout. */
  static FixtureScans.Scan analyse(Path layout) throws Exception {
    ImagePipeline pipeline = new ImagePipeline(ImageOptions.defaults(), CatalogContext.defaults(),
        ReachContent.SELECTOR);
    try (ImageContents contents = pipeline.read(layout.toString())) {
      CatalogResult catalog = pipeline.catalog(contents);
      return new FixtureScans.Scan(catalog, new ReachabilityAnalyzer(
          new BaseResolver(ImageOptions.defaults()), ReachOptions.DEFAULTS)
          .analyze(contents, catalog, BaseSource.NONE));
    }
  }
}
