package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Base;
import dev.harden.dockerfile.ImageReference;
import dev.harden.dockerfile.StageGraph.Dependency;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.List;
import java.util.Locale;

/**
 * HD012: an image comes from a registry not in the configured {@code trustedRegistries}. Silent
 * when none are configured. Every image the build pulls counts: FROM, {@code COPY --from=image}
 * and {@code RUN --mount=from=image}. An entry {@code *.example.com} trusts every host under
 * example.com; {@code docker.io} is Docker Hub however the reference spells it.
 */
public final class Hd012TrustedRegistry implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD012", RuleKind.DOCKERFILE,
          "Pull images only from trusted registries")
      .severity(Severity.ERROR)
      .rationale("Images from a registry the organisation does not control or mirror bypass its"
          + " scanning and approval; trustedRegistries in .harden.yaml lists the allowed ones.")
      .aliases("DL3026")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    List<String> trusted = ctx.settings().trustedRegistries();
    if (trusted.isEmpty()) {
      return;
    }
    for (Dependency d : ctx.dockerfile().graph().dependencies()) {
      if (d.target() instanceof Base.Image image && !trusts(trusted, image.reference())) {
        out.report(ctx.at(d.via()), image.reference().familiar() + " comes from "
            + image.reference().registry() + ", which is not in trustedRegistries ("
            + String.join(", ", trusted) + ")");
      }
    }
  }

  static boolean trusts(List<String> trusted, ImageReference ref) {
    String registry = ref.registry().toLowerCase(Locale.ROOT);
    for (String entry : trusted) {
      String t = entry.trim().toLowerCase(Locale.ROOT);
      if (t.equals("hub.docker.com") || t.equals("index.docker.io")
          || t.equals("registry-1.docker.io")) {
        t = ImageReference.DOCKER_HUB;
      }
      if (t.equals(registry) || t.startsWith("*.") && registry.endsWith(t.substring(1))) {
        return true;
      }
    }
    return false;
  }
}
