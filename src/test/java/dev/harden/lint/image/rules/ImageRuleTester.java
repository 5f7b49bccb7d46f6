package dev.harden.lint.image.rules;

import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.image.ImageOptions;
import dev.harden.image.TestImages;
import dev.harden.image.source.ImageContents;
import dev.harden.io.InputException;
import dev.harden.lint.Finding;
import dev.harden.lint.LintSettings;
import dev.harden.lint.image.ImageChecks;
import dev.harden.lint.image.ImageRule;
import dev.harden.pipeline.ImagePipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one image check over a small image built in the test ({@link TestImages} layers written as
 * an OCI layout) or over a root filesystem directory, read and catalogued the way {@code harden
 * inspect} does it.
 */
final class ImageRuleTester {

  private final Path work;

  ImageRuleTester(Path work) {
    this.work = work;
  }

  /** The findings of {@code rule} on this image. */
  List<Finding> findings(ImageRule rule, TestImages image) throws IOException {
    Path dir = Files.createTempDirectory(work, "image");
    return findings(rule, image.ociDir(dir).toString());
  }

  /** The findings of {@code rule} on a target as the command line takes it ({@code dir:...}). */
  List<Finding> findings(ImageRule rule, String target) throws IOException {
    ImagePipeline pipeline =
        new ImagePipeline(ImageOptions.defaults(), CatalogContext.defaults(), ImageChecks.CONTENT);
    try (ImageContents contents = pipeline.read(target)) {
      CatalogResult catalog = pipeline.catalog(contents);
      return new ImageChecks(List.of(rule), LintSettings.DEFAULTS)
          .check(ImagePipeline.subject(contents, catalog));
    } catch (InputException e) {
      throw new AssertionError(e.describe(), e);
    }
  }

  /** Just the messages. */
  List<String> messages(ImageRule rule, TestImages image) throws IOException {
    return findings(rule, image).stream().map(Finding::message).toList();
  }
}
