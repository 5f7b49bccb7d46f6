package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Expansion;
import dev.harden.dockerfile.Expose;
import dev.harden.dockerfile.Word;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/** {@code EXPOSE} arguments that are not a valid port, range or protocol. */
public final class Hd050InvalidExpose implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD050", RuleKind.DOCKERFILE, "Expose valid ports only")
          .severity(Severity.ERROR)
          .rationale(
              "Ports go from 0 to 65535 with protocol tcp, udp or sctp; anything else fails the"
                  + " build or is silently dropped, and a host mapping has no meaning in an"
                  + " image.")
          .aliases("DL3011", "DS-0008", "DS008")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (InstructionSite site : InstructionSite.all(ctx.dockerfile())) {
      if (!(site.effective() instanceof Expose expose)) {
        continue;
      }
      for (Word port : expose.ports()) {
        String text = port.value();
        if (site.scope().isPresent()) {
          Expansion e = site.scope().get().expand(port);
          if (!e.isComplete()) {
            continue;
          }
          text = e.value();
        } else if (text.contains("$")) {
          continue;
        }
        PortSpec spec = PortSpec.parse(text);
        if (spec.problem().isPresent()) {
          out.report(
              ctx.at(site.written(), port.span()), "EXPOSE " + text + " " + spec.problem().get());
        }
      }
    }
  }
}
