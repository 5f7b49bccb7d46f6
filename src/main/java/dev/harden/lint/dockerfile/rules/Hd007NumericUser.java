package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.BaseImages;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Map;

/**
 * HD007: the USER the final image runs as is a name, not a UID. Only the USER that decides (the
 * last one of the final image's chain) is judged; root is HD005's business, and Windows users
 * have no numeric form.
 */
public final class Hd007NumericUser implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD007", RuleKind.DOCKERFILE,
          "Use a numeric UID in USER")
      .severity(Severity.INFO)
      .rationale("Kubernetes' runAsNonRoot can only check a numeric user: with a name the kubelet"
          + " cannot prove the user is not root and refuses to start the pod.")
      .aliases("DL3066")
      .hardening(4)
      .fixable()
      .build();

  /** Conventional UIDs: nonroot in distroless and Chainguard images, nobody everywhere. */
  private static final Map<String, String> KNOWN_UIDS = Map.of("nonroot", "65532",
      "nobody", "65534");

  private final BaseImages knowledge;

  public Hd007NumericUser() {
    this(BaseImages.builtin());
  }

  Hd007NumericUser(BaseImages knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    ImageUser who = ImageUser.of(ctx, knowledge);
    if (who.instruction().isEmpty() || !who.resolved() || who.isRoot() || who.isWindows(ctx)
        || who.user().matches("\\d+")) {
      return;
    }
    String uid = KNOWN_UIDS.getOrDefault(who.user(), "10001");
    String example = KNOWN_UIDS.containsKey(who.user()) ? "USER " + uid : "e.g. USER " + uid;
    out.report(ctx.at(who.instruction().get()), "USER " + who.user()
        + " is a name: runAsNonRoot cannot verify it; use the numeric UID (" + example + ")");
  }
}
