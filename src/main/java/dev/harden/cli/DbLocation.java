package dev.harden.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --db PATH}: where the vulnerability database lives. Without it, {@code HARDEN_DB}, then
 * {@code $XDG_CACHE_HOME/harden/harden.db}, then {@code ~/.cache/harden/harden.db}.
 */
final class DbLocation {

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "Vulnerability database file (default: $HARDEN_DB, else"
          + " $XDG_CACHE_HOME/harden/harden.db, else ~/.cache/harden/harden.db).")
  Path db;

  Path resolve() {
    return resolve(db, System.getenv(), System.getProperty("user.home"));
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
