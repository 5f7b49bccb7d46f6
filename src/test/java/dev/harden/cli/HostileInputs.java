package dev.harden.cli;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes the input a case of {@code hostile/cases.yaml} names: {@code file:NAME} is copied from
 * {@code src/test/resources/hostile/}, {@code gen:NAME} is built by the static method of that name
 * in {@link HostileImages}, {@link HostileStreams}, {@link HostilePackages}, {@link HostileFiles}
 * or {@link HostileGateFiles}.
 */
final class HostileInputs {

  /** In every name an input uses to try to escape; the test looks for it on the host after. */
  static final String MARKER = "HARDEN_PWNED_7f3c";

  private static final List<Class<?>> GENERATORS =
      List.of(HostileImages.class, HostileStreams.class, HostilePackages.class,
          HostileFiles.class, HostileGateFiles.class);

  private HostileInputs() {}

  /** The input's path inside {@code dir}. */
  static Path make(String spec, Path dir) throws IOException {
    if (spec.startsWith("file:")) {
      String name = spec.substring(5);
      try (var in = HostileInputs.class.getResourceAsStream("/hostile/" + name)) {
        if (in == null) {
          throw new IllegalArgumentException("no resource hostile/" + name);
        }
        Path target = dir.resolve(name);
        Files.copy(in, target);
        return target;
      }
    }
    if (!spec.startsWith("gen:")) {
      throw new IllegalArgumentException("input must be file:NAME or gen:NAME: " + spec);
    }
    String name = spec.substring(4);
    for (Class<?> c : GENERATORS) {
      try {
        Method m = c.getDeclaredMethod(name, Path.class);
        return (Path) m.invoke(null, dir);
      } catch (NoSuchMethodException e) {
        // try the next class
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        throw new IllegalStateException("generator " + name + " failed", e.getCause());
      }
    }
    throw new IllegalArgumentException("no generator " + name);
  }
}
