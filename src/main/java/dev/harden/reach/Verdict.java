package dev.harden.reach;

import java.util.List;

/**
 * The reachability verdict for one package.
 *
 * @param evidence for {@code reachable}: the chain from the image's command to the package
 *     ({@code ENTRYPOINT node /app/server.js}, {@code /usr/bin/node}, {@code DT_NEEDED
 *     libstdc++.so.6}, {@code /usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30}, {@code libstdc++6});
 *     for {@code unreachable}: the statement why; for {@code unknown}: the chain that may load
 *     it, when there is one
 * @param reason for {@code unknown}: what the analysis could not follow; null otherwise
 */
public record Verdict(ReachStatus status, List<String> evidence, String reason) {

  public Verdict {
    evidence = List.copyOf(evidence);
  }

  /** The evidence as one line: steps joined with arrows. */
  public String chain() {
    return String.join(" \u2192 ", evidence);
  }
}
