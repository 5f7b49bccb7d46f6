package dev.harden.cli;

import dev.harden.image.ImageOptions;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How registries are reached: {@code --insecure-registry} and the docker {@code config.json}
 * whose {@code auths} give credentials. Shared by the commands that read images and by {@code
 * harden fix}, which resolves digests.
 */
final class RegistryAccessOptions {

  private final OptionValue<List<String>> insecureRegistries = new OptionValue<>();
  private final OptionValue<Path> dockerConfig = new OptionValue<>();

  /** Adds the options to {@code spec}. */
  RegistryAccessOptions addTo(CommandSpec spec) {
    spec.addOption(CommandSpecs.listOption(insecureRegistries, String.class, false,
            "--insecure-registry")
        .paramLabel("HOST[:PORT]")
        .description("Registry that may be reached over plain HTTP (localhost always may);"
            + " repeatable.")
        .build());
    spec.addOption(CommandSpecs.option(dockerConfig, Path.class, "--docker-config")
        .paramLabel("FILE")
        .description("Docker config.json with registry credentials (default:"
            + " $DOCKER_CONFIG/config.json, else ~/.docker/config.json).")
        .build());
    return this;
  }

  /** {@code options} with the insecure registries and the credentials file. */
  ImageOptions apply(ImageOptions options) {
    ImageOptions out = options;
    if (insecureRegistries.value() != null) {
      out = out.withInsecureRegistries(new HashSet<>(insecureRegistries.value()));
    }
    Path config = dockerConfig.value();
    if (config == null) {
      String dir = System.getenv("DOCKER_CONFIG");
      config = dir != null && !dir.isBlank() ? Path.of(dir, "config.json")
          : Path.of(System.getProperty("user.home"), ".docker", "config.json");
    }
    return out.withDockerConfig(config);
  }
}
