package dev.harden.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads (without initialising) the classes every command needs, at the end of the one run that
 * records the launcher's class-data archive. The archive holds only the classes its recording run
 * loaded, so without this the first command after a build decides which later commands start fast
 * (a lint run after an archive recorded by sbom took 0.72 s instead of 0.63 s).
 */
final class ClassDataPreload {

  /** Set by {@code ./harden} on the recording run only. */
  static final String PROPERTY = "harden.cds.preload";

  /** harden's own classes and the libraries most commands touch; the rest load on demand. */
  private static final List<String> PREFIXES = List.of(
      "dev/harden/", "com/fasterxml/jackson/core/", "com/fasterxml/jackson/databind/",
      "org/snakeyaml/engine/", "org/apache/commons/compress/archivers/tar/");

  private ClassDataPreload() {}

  static void runIfAsked() {
    if (!Boolean.getBoolean(PROPERTY)) {
      return;
    }
    try {
      Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(jar)) {
        loadFrom(jar);
      }
    } catch (IOException | URISyntaxException | SecurityException e) {
      // the archive is an optimisation: without the extra classes it is merely smaller
    }
  }

  private static void loadFrom(Path jar) throws IOException {
    ClassLoader loader = Main.class.getClassLoader();
    try (JarFile file = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        if (name.endsWith(".class") && !name.contains("-") && wanted(name)) {
          try {
            Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
          } catch (ClassNotFoundException | LinkageError e) {
            // a class whose optional dependency is absent: not archived, loaded (or not) on demand
          }
        }
      }
    }
  }

  private static boolean wanted(String name) {
    for (String prefix : PREFIXES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
