package dev.harden.lint.dockerfile;

import dev.harden.dockerfile.ImageReference;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the knowledge base ({@link BaseImages}) says about one image reference.
 *
 * @param reference the reference looked up
 * @param key the repository or prefix of base-images.yaml that matched ({@code node},
 *     {@code gcr.io/distroless/})
 * @param family what the tag is built on ({@code node:20-alpine} is {@link Family#ALPINE})
 * @param kind what the image is for
 * @param packageManager the OS package manager the tag ships, {@link PackageManager#NONE} if none
 * @param defaultUser the user the image runs as when the Dockerfile sets none; empty for root
 * @param lean whether the tag is already a small variant (slim, alpine, distroless, jre...)
 * @param versionTags false for repositories that publish no version tags (distroless), where a
 *     digest is the only pin
 * @param variants the leaner variants of the same version, when the tag is a full one, in the
 *     order slim, alpine, distroless
 * @param runtimeImage for build images, the image to run what they build on
 */
public record BaseImage(
    ImageReference reference,
    String key,
    Family family,
    Kind kind,
    PackageManager packageManager,
    Optional<String> defaultUser,
    boolean lean,
    boolean versionTags,
    Map<Variant, ImageReference> variants,
    Optional<ImageReference> runtimeImage) {

  public BaseImage {
    variants = variants.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new EnumMap<>(variants));
  }

  /** True when the image runs as a user other than root unless the Dockerfile says otherwise. */
  public boolean runsAsNonRoot() {
    return defaultUser.filter(u -> !u.equals("root") && !u.equals("0")).isPresent();
  }

  /** True for an image that ships compilers or a build tool (golang, maven, rust, dotnet/sdk). */
  public boolean isBuildImage() {
    return kind == Kind.BUILD;
  }

  /** Distro families. */
  public enum Family {
    DEBIAN,
    UBUNTU,
    ALPINE,
    RHEL,
    AMAZONLINUX,
    SUSE,
    WOLFI,
    DISTROLESS,
    BUSYBOX,
    SCRATCH,
    WINDOWS;

    static Family parse(String name) {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What an image is for. */
  public enum Kind {
    /** An operating system. */
    BASE,
    /** A language runtime (node, python, eclipse-temurin). */
    RUNTIME,
    /** Ships compilers or a build tool (golang, maven, rust, dotnet/sdk, buildpack-deps). */
    BUILD,
    /** A server (nginx, httpd). */
    SERVER,
    /** No shell or package manager by design (distroless, scratch, busybox). */
    MINIMAL;

    static Kind parse(String name) {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
  }

  /** The kinds of leaner variant an image can offer, in the order they are suggested. */
  public enum Variant {
    SLIM,
    ALPINE,
    DISTROLESS;

    static Variant parse(String name) {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
