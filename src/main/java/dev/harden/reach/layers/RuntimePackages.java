package dev.harden.reach.layers;

import dev.harden.catalog.Pkg;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which packages are a language runtime (a JRE or JDK, Node.js, a Python interpreter and its
 * standard library), so the policy can tell the platform from the application's own
 * dependencies. The table is {@code runtimes.txt} beside this class: package type and a name
 * pattern per line.
 */
public final class RuntimePackages {

  private record Entry(String type, Pattern name) {}

  private final List<Entry> entries;

  private RuntimePackages(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static RuntimePackages builtin() {
    try (InputStream in = RuntimePackages.class.getResourceAsStream("runtimes.txt")) {
      if (in == null) {
        throw new IllegalStateException("runtimes.txt missing from the class path");
      }
      List<Entry> entries = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] parts = l.split("\\s+", 2);
        if (parts.length != 2) {
          throw new IllegalStateException("runtimes.txt: bad line " + line);
        }
        entries.add(new Entry(parts[0], Pattern.compile(parts[1])));
      }
      return new RuntimePackages(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean isRuntime(Pkg p) {
    for (Entry e : entries) {
      if (e.type.equals(p.type().id()) && e.name.matcher(p.name()).matches()) {
        return true;
      }
    }
    return false;
  }
}
