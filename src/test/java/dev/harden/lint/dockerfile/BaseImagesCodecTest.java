package dev.harden.lint.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.dockerfile.ImageReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The compiled knowledge base must say exactly what base-images.yaml says. */
class BaseImagesCodecTest {

  private static final Path YAML =
      Path.of("src/main/resources/dev/harden/lint/dockerfile/base-images.yaml");

  private static BaseImages fromYaml() throws Exception {
    return BaseImages.load(YAML.toString(), Files.readAllBytes(YAML));
  }

  @Test
  void theBuildCompiledTheYamlInTheSourceTree() throws Exception {
    byte[] compiled;
    try (InputStream in = BaseImages.class.getResourceAsStream(BaseImagesCodec.RESOURCE)) {
      assertThat(in).as("the build's compile-base-images step ran").isNotNull();
      compiled = in.readAllBytes();
    }
    assertThat(compiled).isEqualTo(BaseImagesCodec.encode(fromYaml()));
  }

  @Test
  void decodingGivesBackWhatWasEncoded() throws Exception {
    byte[] bytes = BaseImagesCodec.encode(fromYaml());
    assertThat(BaseImagesCodec.encode(BaseImagesCodec.decode(bytes))).isEqualTo(bytes);
  }

  @Test
  void everyBaseOfTheCorpusGetsTheSameAnswerFromBothForms() throws Exception {
    BaseImages yaml = fromYaml();
    BaseImages compiled = BaseImagesCodec.decode(BaseImagesCodec.encode(yaml));
    Set<String> refs = new TreeSet<>(List.of("debian", "node:20-slim", "python:3.12-alpine",
        "gcr.io/distroless/static-debian12:nonroot", "maven:3-eclipse-temurin-21",
        "mirror.gcr.io/library/golang:1.22", "registry.access.redhat.com/ubi9/ubi-minimal"));
    Pattern from = Pattern.compile("(?im)^FROM\\s+(?:--platform=\\S+\\s+)?([^\\s$]+)");
    try (Stream<Path> files = Files.list(Path.of("../shared/corpus/real-dockerfiles"))) {
      for (Path f : files.toList()) {
        Matcher m = from.matcher(Files.readString(f));
        while (m.find()) {
          refs.add(m.group(1));
        }
      }
    }
    assertThat(refs).hasSizeGreaterThan(30);
    int known = 0;
    for (String ref : refs) {
      ImageReference parsed;
      try {
        parsed = ImageReference.parse(ref);
      } catch (IllegalArgumentException notAReference) {
        continue; // a stage name or an ARG the corpus spells in its own way
      }
      assertThat(compiled.lookup(parsed)).as(ref).isEqualTo(yaml.lookup(parsed));
      known += yaml.lookup(parsed).isPresent() ? 1 : 0;
    }
    assertThat(known).isGreaterThan(20);
    for (String linkage : BaseImages.LINKAGES) {
      assertThat(compiled.binaryRuntime(linkage)).isEqualTo(yaml.binaryRuntime(linkage));
    }
  }

  @Test
  void bytesOfAnotherFormatOrCutShortAreRefused() throws Exception {
    byte[] bytes = BaseImagesCodec.encode(fromYaml());
    assertThatThrownBy(() -> BaseImagesCodec.decode(Arrays.copyOf(bytes, bytes.length / 2)))
        .isInstanceOf(IOException.class).hasMessageContaining("cut short");
    byte[] other = bytes.clone();
    other[5] ^= 1; // inside the magic string
    assertThatThrownBy(() -> BaseImagesCodec.decode(other)).isInstanceOf(IOException.class);
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThatThrownBy(() -> BaseImagesCodec.decode(longer))
        .isInstanceOf(IOException.class).hasMessageContaining("trailing");
  }
}
