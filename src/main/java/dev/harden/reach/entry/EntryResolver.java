package dev.harden.reach.entry;

import dev.harden.image.ImageConfig;
import dev.harden.reach.elf.NativeClosure;
import dev.harden.reach.graph.ImageView;
import dev.harden.reach.graph.ReachGraph;
import dev.harden.reach.graph.Uncertainty;
import dev.harden.reach.graph.Uncertainty.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the analysis from what the container runtime runs: {@code Entrypoint} followed by
 * {@code Cmd} (or {@code Cmd} alone), in the image's environment and working directory. Shell
 * forms arrive as {@code ["/bin/sh", "-c", "..."]} and are parsed as shell.
 */
public final class EntryResolver {

  private final ImageView view;
  private final Launcher launcher;

  public EntryResolver(ImageView view, ReachGraph graph, NativeClosure natives) {
    this.view = view;
    this.launcher = new Launcher(graph, natives);
  }

  public void resolve(ImageConfig.Container config) {
    List<String> entrypoint = config.entrypoint() == null ? List.of() : config.entrypoint();
    List<String> cmd = config.cmd() == null ? List.of() : config.cmd();
    List<String> argv = new ArrayList<>(entrypoint);
    argv.addAll(cmd);
    ReachGraph graph = launcher.graph();
    if (argv.isEmpty()) {
      graph.uncertain(new Uncertainty(Scope.ALL,
          "the image has no ENTRYPOINT or CMD: what runs is decided at run time"));
      return;
    }
    String step = step(entrypoint, cmd);
    graph.command(step);
    launcher.launch(view, argv, null, step, 0);
  }

  /** {@code ENTRYPOINT node /app/server.js}, {@code ENTRYPOINT x CMD y}, {@code CMD bash}. */
  static String step(List<String> entrypoint, List<String> cmd) {
    StringBuilder sb = new StringBuilder();
    if (!entrypoint.isEmpty()) {
      sb.append("ENTRYPOINT ").append(String.join(" ", entrypoint));
    }
    if (!cmd.isEmpty()) {
      sb.append(sb.length() > 0 ? " " : "").append("CMD ").append(String.join(" ", cmd));
    }
    return sb.toString();
  }
}
