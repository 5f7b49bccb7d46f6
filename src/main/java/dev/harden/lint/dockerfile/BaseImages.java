package dev.harden.lint.dockerfile;

import dev.harden.dockerfile.ImageReference;
import dev.harden.io.InputException;
import dev.harden.lint.dockerfile.BaseImage.Family;
import dev.harden.lint.dockerfile.BaseImage.Kind;
import dev.harden.lint.dockerfile.BaseImage.Variant;
import dev.harden.lint.dockerfile.BaseImageEntry.TagWord;
import dev.harden.lint.dockerfile.ImageTag.Match;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The knowledge base of common base images (base-images.yaml): for an image reference, the distro
 * family, what the image is for, whether the tag is already lean, its slim/alpine/distroless
 * variants of the same version, the user it runs as and its package manager. Registry defaults,
 * {@code library/}, {@code docker.io} spellings and Docker Hub mirrors all find the same entry.
 */
public final class BaseImages {

  static final String RESOURCE = "base-images.yaml";

  /** The keys of {@code binaryRuntimes}: what a compiled program links. */
  static final Set<String> LINKAGES = Set.of("static", "glibc", "cc");

  private final Map<String, TagWord> tagWords;
  private final List<String> mirrors;
  private final Map<String, ImageReference> binaryRuntimes;
  private final Map<String, BaseImageEntry> repositories;
  private final Map<String, BaseImageEntry> prefixes;

  BaseImages(
      Map<String, TagWord> tagWords,
      List<String> mirrors,
      Map<String, ImageReference> binaryRuntimes,
      Map<String, BaseImageEntry> repositories,
      Map<String, BaseImageEntry> prefixes) {
    this.tagWords = Map.copyOf(tagWords);
    this.mirrors = List.copyOf(mirrors);
    this.binaryRuntimes = Map.copyOf(binaryRuntimes);
    this.repositories = Map.copyOf(repositories);
    this.prefixes = Map.copyOf(prefixes);
  }

  /** The knowledge base shipped with harden (read once, immutable). */
  public static BaseImages builtin() {
    return Builtin.INSTANCE;
  }

  /** Reads a knowledge base in the format of the built-in one. */
  public static BaseImages load(String name, byte[] yaml) throws InputException {
    return BaseImagesLoader.load(name, yaml);
  }

  /**
   * The image a compiled program runs on when nothing better is known, by what it links: {@code
   * static}, {@code glibc} or {@code cc} (see {@code binaryRuntimes} in base-images.yaml).
   */
  public Optional<ImageReference> binaryRuntime(String linkage) {
    if (!LINKAGES.contains(linkage)) {
      throw new IllegalArgumentException("unknown linkage " + linkage);
    }
    return Optional.ofNullable(binaryRuntimes.get(linkage));
  }

  /** What is known about an image, or empty for an image the knowledge base does not cover. */
  public Optional<BaseImage> lookup(ImageReference reference) {
    String key = keyOf(reference);
    BaseImageEntry entry = repositories.get(key);
    String matched = key;
    if (entry == null) {
      matched = null;
      for (String prefix : prefixes.keySet()) {
        if (key.startsWith(prefix) && (matched == null || prefix.length() > matched.length())) {
          matched = prefix;
        }
      }
      if (matched == null) {
        return Optional.empty();
      }
      entry = prefixes.get(matched);
    }
    return Optional.of(resolve(reference, matched, entry));
  }

  /** The repository as the knowledge base keys it: Docker Hub names short, mirrors unwrapped. */
  private String keyOf(ImageReference reference) {
    String name = reference.familiarName();
    for (String mirror : mirrors) {
      if (name.startsWith(mirror)) {
        String rest = name.substring(mirror.length());
        return rest.startsWith("library/") ? rest.substring("library/".length()) : rest;
      }
    }
    return name;
  }

  private BaseImage resolve(ImageReference reference, String key, BaseImageEntry entry) {
    Map<String, TagWord> words = new LinkedHashMap<>(tagWords);
    words.putAll(entry.tagWords());
    ImageTag tag = ImageTag.parse(reference.tag(), words);

    Family family = entry.family().orElseThrow();
    Kind kind = entry.kind().orElseThrow();
    PackageManager pm = entry.packageManager().orElseThrow();
    Optional<String> user = entry.defaultUser();
    TagWord major = entry.majors().get(tag.major());
    if (major != null) {
      family = major.family().orElse(family);
      pm = major.packageManager().orElse(pm);
    }
    boolean leanWord = false;
    boolean fullWord = false;
    boolean noVariant = false;
    for (Match m : tag.words()) {
      TagWord w = m.meaning();
      family = w.family().orElse(family);
      pm = w.packageManager().orElse(pm);
      kind = w.kind().orElse(kind);
      if (w.defaultUser().isPresent()) {
        user = w.defaultUser();
      }
      leanWord |= w.lean().orElse(false);
      fullWord |= !w.lean().orElse(true);
      noVariant |= w.noVariant();
    }
    boolean lean = entry.lean() || kind == Kind.MINIMAL || (leanWord && !fullWord);

    Map<Variant, ImageReference> variants = new EnumMap<>(Variant.class);
    if (!lean && !noVariant) {
      for (Map.Entry<Variant, String> v : entry.variants().entrySet()) {
        List<String> majors = entry.variantMajors().get(v.getKey());
        if (majors != null && !majors.contains(tag.major())) {
          continue;
        }
        render(v.getValue(), tag, entry, reference)
            .filter(r -> !r.familiar().equals(reference.familiar()))
            .ifPresent(r -> variants.put(v.getKey(), r));
      }
    }
    Optional<ImageReference> runtime = kind == Kind.BUILD
        ? entry.runtimeImage().flatMap(p -> render(p, tag, entry, reference))
        : Optional.empty();
    return new BaseImage(reference, key, family, kind, pm, user, lean, entry.versionTags(),
        variants, runtime);
  }

  /**
   * Fills a variant pattern's placeholders. Empty when a placeholder the pattern needs has no
   * value in this tag, or the result is not a valid reference.
   */
  private static Optional<ImageReference> render(
      String pattern, ImageTag tag, BaseImageEntry entry, ImageReference reference) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("{major}", tag.major());
    values.put("{minor}", tag.minor());
    values.put("{java}", tag.java());
    values.put("{suite}", tag.suite());
    for (Map.Entry<String, String> v : values.entrySet()) {
      if (pattern.contains(v.getKey()) && v.getValue().isEmpty()) {
        return Optional.empty();
      }
    }
    String suite = tag.suite();
    String kept = tag.kept();
    String text = pattern
        .replace("{version}", tag.version())
        .replace("{major}", tag.major())
        .replace("{minor}", tag.minor())
        .replace("{java}", tag.java())
        .replace("{suite}", suite)
        .replace("{-suite}", suite.isEmpty() ? "" : "-" + suite)
        .replace("{-keep}", kept.isEmpty() ? "" : "-" + kept)
        .replace("{debian}", tag.debian())
        .replace("{tag}", tag.tag().isEmpty() ? entry.latestTag().orElse("latest") : tag.tag());
    boolean wholeReference = pattern.contains(":") || pattern.contains("/");
    try {
      if (!wholeReference) {
        return Optional.of(ImageReference.parse(
            reference.familiarName() + ":" + cleanTag(text)));
      }
      int colon = text.lastIndexOf(':');
      if (colon > text.lastIndexOf('/')) {
        text = text.substring(0, colon + 1) + cleanTag(text.substring(colon + 1));
      }
      return Optional.of(ImageReference.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Drops the dashes an empty placeholder leaves behind ({@code -alpine} → {@code alpine}). */
  private static String cleanTag(String tag) {
    String t = tag.replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    return t.isEmpty() ? "latest" : t;
  }

  Map<String, TagWord> tagWords() {
    return tagWords;
  }

  List<String> mirrors() {
    return mirrors;
  }

  Map<String, ImageReference> binaryRuntimes() {
    return binaryRuntimes;
  }

  Map<String, BaseImageEntry> repositories() {
    return repositories;
  }

  Map<String, BaseImageEntry> prefixes() {
    return prefixes;
  }

  /**
   * Holder: the built-in knowledge base is read on first use, once, from the form the build
   * compiled (see {@link BaseImagesCodec}); from the YAML itself when that is missing, as in an
   * IDE that does not run the build step.
   */
  private static final class Builtin {
    static final BaseImages INSTANCE = read();

    private static BaseImages read() {
      try (InputStream compiled = BaseImages.class.getResourceAsStream(BaseImagesCodec.RESOURCE)) {
        if (compiled != null) {
          return BaseImagesCodec.decode(compiled.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(BaseImagesCodec.RESOURCE + ": " + e.getMessage(), e);
      }
      try (InputStream in = BaseImages.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the class path");
        }
        return load(RESOURCE, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InputException e) {
        // the file ships inside the jar: a broken one is a bug, caught by BaseImagesTest
        throw new IllegalStateException(e.describe(), e);
      }
    }
  }
}
