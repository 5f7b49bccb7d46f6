package dev.harden.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code --db PATH}: where the vulnerability database lives. Without it, {@code HARDEN_DB}, then
 * {@code $XDG_CACHE_HOME/harden/harden.db}, then {@code ~/.cache/harden/harden.db}.
 */
final class DbLocation {

  private final OptionValue<Path> db = new OptionValue<>();

  /** Adds the option to {@code spec}. */
  DbLocation addTo(CommandSpec spec) {
    spec.addOption(CommandSpecs.option(db, Path.class, "--db")
        .paramLabel("PATH")
        .description("Vulnerability database file (default: $HARDEN_DB, else"
            + " $XDG_CACHE_HOME/harden/harden.db, else ~/.cache/harden/harden.db).")
        .build());
    return this;
  }

  Path resolve() {
    return resolve(db.value(), System.getenv(), System.getProperty("user.home"));
  }

  static Path resolve(Path option, Map<String, String> env, String home) {
    if (option != null) {
      return option;
    }
    String explicit = env.get("HARDEN_DB");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String cache = env.get("XDG_CACHE_HOME");
    Path base =
        cache != null && !cache.isBlank() && Path.of(cache).isAbsolute()
            ? Path.of(cache)
            : Path.of(home, ".cache");
    return base.resolve("harden").resolve("harden.db");
  }
}
