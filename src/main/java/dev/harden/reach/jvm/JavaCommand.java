package dev.harden.reach.jvm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a {@code java} command line that decide what is loaded: the class path
 * ({@code -cp}, {@code -classpath}, {@code --class-path}), {@code -jar FILE}, the module path and
 * main module, agents, {@code -D} properties, and the main class or source file. {@code @argfiles}
 * are expanded by the caller before parsing. Options are read as the launcher reads them: they
 * end at the first argument that is not an option (the main class), after which everything belongs
 * to the application.
 */
public record JavaCommand(
    Optional<String> classPath,
    Optional<String> jar,
    Optional<String> modulePath,
    Optional<String> module,
    Optional<String> mainClass,
    List<String> javaAgents,
    List<String> nativeAgents,
    List<String> properties,
    List<String> bootClassPathAppend) {

  /** Options whose value is the next argument. */
  private static final List<String> WITH_VALUE = List.of("-cp", "-classpath", "--class-path",
      "-p", "--module-path", "--upgrade-module-path", "--add-modules", "--limit-modules",
      "--add-reads", "--add-exports", "--add-opens", "--patch-module", "--source",
      "--enable-native-access", "-m", "--module", "--describe-module", "-d");

  public static JavaCommand parse(List<String> args) {
    String cp = null;
    String jar = null;
    String mp = null;
    String module = null;
    String main = null;
    List<String> agents = new ArrayList<>();
    List<String> nativeAgents = new ArrayList<>();
    List<String> props = new ArrayList<>();
    List<String> boot = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String value = i + 1 < args.size() ? args.get(i + 1) : null;
      if (a.equals("-jar")) {
        jar = value;
        break;
      }
      if (a.equals("-m") || a.equals("--module")) {
        module = value;
        break;
      }
      if (a.startsWith("--module=")) {
        module = a.substring(9);
        break;
      }
      if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
        cp = value;
        i++;
      } else if (a.startsWith("--class-path=")) {
        cp = a.substring(13);
      } else if (a.equals("-p") || a.equals("--module-path")) {
        mp = value;
        i++;
      } else if (a.startsWith("--module-path=")) {
        mp = a.substring(14);
      } else if (a.startsWith("-javaagent:")) {
        String spec = a.substring(11);
        int eq = spec.indexOf('=');
        agents.add(eq >= 0 ? spec.substring(0, eq) : spec);
      } else if (a.startsWith("-agentpath:") || a.startsWith("-agentlib:")) {
        String spec = a.substring(a.indexOf(':') + 1);
        int eq = spec.indexOf('=');
        nativeAgents.add((a.startsWith("-agentlib:") ? "lib:" : "") + (eq >= 0
            ? spec.substring(0, eq) : spec));
      } else if (a.startsWith("-D")) {
        props.add(a.substring(2));
      } else if (a.startsWith("-Xbootclasspath/a:")) {
        boot.add(a.substring(18));
      } else if (WITH_VALUE.contains(a)) {
        i++;
      } else if (!a.startsWith("-")) {
        main = a;
        break;
      }
    }
    return new JavaCommand(Optional.ofNullable(cp), Optional.ofNullable(jar),
        Optional.ofNullable(mp), Optional.ofNullable(module), Optional.ofNullable(main), agents,
        nativeAgents, props, boot);
  }

  /** The value of {@code -Dname=value}, the last one winning as in the JVM. */
  public Optional<String> property(String name) {
    String found = null;
    for (String p : properties) {
      if (p.startsWith(name + "=")) {
        found = p.substring(name.length() + 1);
      }
    }
    return Optional.ofNullable(found);
  }
}
