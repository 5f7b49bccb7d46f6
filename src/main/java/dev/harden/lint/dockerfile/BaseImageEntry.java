package dev.harden.lint.dockerfile;

import dev.harden.lint.dockerfile.BaseImage.Family;
import dev.harden.lint.dockerfile.BaseImage.Kind;
import dev.harden.lint.dockerfile.BaseImage.Variant;
import java.util.Map;
import java.util.Optional;

/**
 * One repository or prefix of base-images.yaml, as read. Every field is optional so that the same
 * shape serves entries, tag words and per-major overrides.
 */
record BaseImageEntry(
    Optional<Family> family,
    Optional<Kind> kind,
    Optional<PackageManager> packageManager,
    Optional<String> defaultUser,
    boolean lean,
    Optional<String> latestTag,
    Map<Variant, String> variants,
    Map<Variant, java.util.List<String>> variantMajors,
    boolean versionTags,
    Optional<String> runtimeImage,
    Map<String, TagWord> tagWords,
    Map<String, TagWord> majors) {

  BaseImageEntry {
    variants = Map.copyOf(variants);
    variantMajors = Map.copyOf(variantMajors);
    tagWords = Map.copyOf(tagWords);
    majors = Map.copyOf(majors);
  }

  /**
   * A word of a tag that changes what the tag is ({@code alpine}, {@code slim}, {@code bookworm},
   * {@code jdk}), or the override for one major version.
   *
   * @param prefix the word also matches with a version glued on ({@code alpine3.20})
   * @param lean true: a small variant; false: undoes another word's lean ({@code jdk-alpine})
   * @param suite the distroless suffix the distro codename maps to ({@code debian12}), or "other"
   * @param keep carried into variant names ({@code {-keep}})
   * @param noVariant no lean variant exists for tags with this word
   */
  record TagWord(
      boolean prefix,
      Optional<Boolean> lean,
      Optional<String> suite,
      boolean keep,
      boolean noVariant,
      Optional<Family> family,
      Optional<PackageManager> packageManager,
      Optional<Kind> kind,
      Optional<String> defaultUser) {

    /** True when {@code token} is this word ({@code word}), or the word with a version glued on. */
    boolean matches(String word, String token) {
      if (token.equals(word)) {
        return true;
      }
      return prefix && token.startsWith(word) && token.substring(word.length()).matches("[0-9.]+");
    }
  }
}
