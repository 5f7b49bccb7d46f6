package dev.harden.cli;

import dev.harden.image.ImageOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --insecure-registry}, and the docker {@code config.json} whose {@code auths} give
 * registry credentials ({@code $DOCKER_CONFIG/config.json}, else {@code ~/.docker/config.json}).
 */
final class RegistryAccessOptions {

  @Option(
      names = "--insecure-registry",
      paramLabel = "HOST",
      description = "Talk plain HTTP to this registry (host or host:port); repeatable. Loopback"
          + " registries always are.")
  List<String> insecureRegistries;

  /** Image options with the user's registry settings. */
  ImageOptions imageOptions(Map<String, String> env) {
    ImageOptions options = ImageOptions.defaults();
    if (insecureRegistries != null) {
      options = options.withInsecureRegistries(new HashSet<>(insecureRegistries));
    }
    Path config = dockerConfig(env);
    return config == null ? options : options.withDockerConfig(config);
  }

  static Path dockerConfig(Map<String, String> env) {
    String dir = env.get("DOCKER_CONFIG");
    Path candidate = dir != null && !dir.isBlank() ? Path.of(dir, "config.json")
        : env.get("HOME") == null ? null : Path.of(env.get("HOME"), ".docker", "config.json");
    return candidate != null && Files.isRegularFile(candidate) ? candidate : null;
  }
}
