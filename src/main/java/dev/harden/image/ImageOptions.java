package dev.harden.image;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * How to open an image, built once by the command line and passed down.
 *
 * @param platform which image of an index to read
 * @param limits bounds on hostile input
 * @param insecureRegistries registries (host or host:port) spoken to over plain HTTP besides
 *     loopback ones
 * @param dockerConfig the {@code config.json} whose {@code auths} give registry credentials, or null
 * @param tempDir where private temporary directories are made (null: the system default)
 * @param parallelism how many layers are decompressed at the same time
 * @param progress told as layers are read
 * @param registryTimeout how long a registry may take to answer, or to send the next bytes of an
 *     answer (null: 30 s)
 */
public record ImageOptions(
    Platform platform,
    ImageLimits limits,
    Set<String> insecureRegistries,
    Path dockerConfig,
    Path tempDir,
    int parallelism,
    ProgressListener progress,
    Duration registryTimeout) {

  public ImageOptions {
    platform = platform == null ? Platform.LINUX_AMD64 : platform;
    limits = limits == null ? ImageLimits.DEFAULTS : limits;
    insecureRegistries = insecureRegistries == null ? Set.of() : Set.copyOf(insecureRegistries);
    parallelism = parallelism <= 0 ? Math.max(1, Runtime.getRuntime().availableProcessors())
        : parallelism;
    progress = progress == null ? ProgressListener.NONE : progress;
    registryTimeout = registryTimeout == null ? Duration.ofSeconds(30) : registryTimeout;
  }

  /** linux/amd64, default limits, no credentials. */
  public static ImageOptions defaults() {
    return new ImageOptions(null, null, null, null, null, 0, null, null);
  }

  public ImageOptions withPlatform(Platform p) {
    return new ImageOptions(p, limits, insecureRegistries, dockerConfig, tempDir, parallelism,
        progress, registryTimeout);
  }

  public ImageOptions withLimits(ImageLimits l) {
    return new ImageOptions(platform, l, insecureRegistries, dockerConfig, tempDir, parallelism,
        progress, registryTimeout);
  }

  public ImageOptions withDockerConfig(Path p) {
    return new ImageOptions(platform, limits, insecureRegistries, p, tempDir, parallelism,
        progress, registryTimeout);
  }

  public ImageOptions withInsecureRegistries(Set<String> r) {
    return new ImageOptions(platform, limits, r, dockerConfig, tempDir, parallelism, progress,
        registryTimeout);
  }

  public ImageOptions withProgress(ProgressListener p) {
    return new ImageOptions(platform, limits, insecureRegistries, dockerConfig, tempDir,
        parallelism, p, registryTimeout);
  }

  public ImageOptions withTempDir(Path dir) {
    return new ImageOptions(platform, limits, insecureRegistries, dockerConfig, dir, parallelism,
        progress, registryTimeout);
  }

  public ImageOptions withParallelism(int n) {
    return new ImageOptions(platform, limits, insecureRegistries, dockerConfig, tempDir, n,
        progress, registryTimeout);
  }

  public ImageOptions withRegistryTimeout(Duration t) {
    return new ImageOptions(platform, limits, insecureRegistries, dockerConfig, tempDir,
        parallelism, progress, t);
  }
}
