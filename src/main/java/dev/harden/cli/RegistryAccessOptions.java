package dev.harden.cli;

import dev.harden.image.ImageOptions;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How registries are reached: {@code --insecure-registry}, the docker {@code config.json}
 * whose {@code auths} give credentials, and {@code --registry-timeout}. Shared by the commands that read images and by {@code
 * harden fix}, which resolves digests.
 */
final class RegistryAccessOptions {

  private final OptionValue<List<String>> insecureRegistries = new OptionValue<>();
  private final OptionValue<Path> dockerConfig = new OptionValue<>();
  private final OptionValue<Integer> registryTimeout = new OptionValue<>();
  private CommandSpec command;

  /** Adds the options to {@code spec}, whose command line names usage errors. */
  RegistryAccessOptions addTo(CommandSpec spec) {
    command = spec;
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
    spec.addOption(CommandSpecs.option(registryTimeout, Integer.class, "--registry-timeout")
        .paramLabel("SECONDS")
        .description("How long a registry may take to answer, or to send the next bytes of a"
            + " blob, before the try fails (default: 30; three tries).")
        .build());
    return this;
  }

  /** {@code options} with the insecure registries, the credentials file and the timeout. */
  ImageOptions apply(ImageOptions options) {
    ImageOptions out = options;
    Integer timeout = registryTimeout.value();
    if (timeout != null) {
      if (timeout <= 0) {
        throw new picocli.CommandLine.ParameterException(command.commandLine(),
            "invalid --registry-timeout " + timeout + ": must be positive");
      }
      out = out.withRegistryTimeout(java.time.Duration.ofSeconds(timeout));
    }
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
