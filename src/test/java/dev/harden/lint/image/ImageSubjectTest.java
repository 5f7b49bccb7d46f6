package dev.harden.lint.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.catalog.CatalogResult;
import dev.harden.image.fs.DirectoryFileResolver;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSubjectTest {

  @TempDir Path root;

  @Test
  void aDerivedViewIsComputedOncePerImage() throws Exception {
    ImageSubject image = new ImageSubject("dir", DirectoryFileResolver.of(root), Optional.empty(),
        Map.of(), List.of(), Optional.empty(), CatalogResult.EMPTY);
    AtomicInteger walks = new AtomicInteger();
    Long first = image.derived(Long.class, i -> i.files().entries().count() + walks.incrementAndGet());
    Long second = image.derived(Long.class, i -> i.files().entries().count() + walks.incrementAndGet());
    assertThat(second).isSameAs(first);
    assertThat(walks).hasValue(1);
  }
}
