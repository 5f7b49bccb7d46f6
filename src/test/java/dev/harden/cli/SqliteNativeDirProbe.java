package dev.harden.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Run in a fresh JVM by {@link SqliteNativeDirTest} (sqlite-jdbc loads its library once per JVM,
 * so the test's own JVM cannot show where it goes): does what {@link Main} does, runs the command
 * line given, then prints the private directory, its permissions and every file mapped into this
 * process whose name mentions sqlite.
 */
public final class SqliteNativeDirProbe {

  private SqliteNativeDirProbe() {}

  public static void main(String[] args) throws Exception {
    Path dir = SqliteNativeDir.usePrivateDir(System.getProperties());
    System.out.println("dir " + dir);
    System.out.println("mode " + PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    int code = HardenCommand.run(args, System.out, System.err);
    System.out.println("exit " + code);
    try (var lines = Files.lines(Path.of("/proc/self/maps"))) {
      lines
          .filter(l -> l.contains("sqlite"))
          .map(l -> l.substring(l.indexOf('/')))
          .distinct()
          .forEach(path -> System.out.println("mapped " + path));
    }
  }
}
