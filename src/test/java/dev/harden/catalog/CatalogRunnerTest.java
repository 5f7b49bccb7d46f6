package dev.harden.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.catalog.builtin.BuiltinCatalogers;
import dev.harden.image.ImageOptions;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.FileResolver;
import dev.harden.image.source.ImageContents;
import dev.harden.image.source.ImageSources;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Cataloguers run side by side; the merged result must not depend on that. */
class CatalogRunnerTest {

  @Test
  void sideBySideFindsExactlyWhatOneAfterTheOtherFinds() throws Exception {
    List<Cataloger> all = BuiltinCatalogers.all();
    try (ImageContents image = ImageSources.read("../shared/images/node-app.docker.tar",
        ImageOptions.defaults(), BuiltinCatalogers.selector(all))) {
      CatalogResult serial = new CatalogRunner(all, 1).run(image.files(), CatalogContext.defaults());
      CatalogResult parallel =
          new CatalogRunner(all, 4).run(image.files(), CatalogContext.defaults());
      assertThat(serial.packages()).hasSizeGreaterThan(100);
      assertThat(parallel).isEqualTo(serial);
    }
  }

  @Test
  void theMergeFollowsTheCataloguersOrderNotWhichFinishedFirst() throws Exception {
    CountDownLatch secondDone = new CountDownLatch(1);
    // the first cataloguer waits until the second has finished, so it finishes last
    Cataloger slow = fixed("slow", "/a", () -> secondDone.await(10, TimeUnit.SECONDS));
    Cataloger fast = fixed("fast", "/b", secondDone::countDown);
    CatalogResult r = new CatalogRunner(List.of(slow, fast), 2)
        .run(new MemoryFileResolver(), CatalogContext.defaults());
    assertThat(r.unknowns()).extracting(Unknown::path).containsExactly("/a", "/b");
  }

  @Test
  void anErrorInACataloguerReachesTheCaller() {
    Cataloger oom = fixed("oom", "/a", () -> {
      throw new OutOfMemoryError("test");
    });
    Cataloger fine = fixed("fine", "/b", () -> { });
    assertThatThrownBy(() -> new CatalogRunner(List.of(fine, oom), 2)
        .run(new MemoryFileResolver(), CatalogContext.defaults()))
        .isInstanceOf(OutOfMemoryError.class);
  }

  interface Step {
    void run() throws InterruptedException;
  }

  /** A cataloguer that runs {@code step} and reports one unknown at {@code path}. */
  private static Cataloger fixed(String name, String path, Step step) {
    return new Cataloger() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int version() {
        return 1;
      }

      @Override
      public ContentSelector selector() {
        return ContentSelector.NONE;
      }

      @Override
      public CatalogResult catalog(FileResolver files, CatalogContext ctx)
          throws InterruptedException {
        step.run();
        return new CatalogResult(List.of(), List.of(), List.of(new Unknown(path, name)));
      }
    };
  }
}
