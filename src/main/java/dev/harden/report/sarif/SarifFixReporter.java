package dev.harden.report.sarif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.fix.Fix;
import dev.harden.fix.FixProblem;
import dev.harden.fix.TextEdit;
import dev.harden.fix.TextEdits;
import dev.harden.lint.Location;
import dev.harden.report.FixReport;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code harden fix --format sarif}: every fix (applied, or suggested and left out) and every
 * finding that could not be fixed is a result at the finding's place. The first applied result of
 * a changed file carries one SARIF {@code fix} with the whole file's change as replacements of the
 * file as read: fixes are applied in rounds, later ones against the text earlier ones produced,
 * so only the combined change has offsets a consumer can apply to the file on disk. Offsets count
 * Unicode code points, as {@code columnKind} says.
 */
public final class SarifFixReporter implements Reporter<FixReport> {

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public String render(FixReport report, RenderOptions options) {
    SarifLog log = new SarifLog(options);
    for (FixReport.FileResult file : report.files()) {
      boolean fixAttached = false;
      for (Fix fix : file.applied()) {
        ObjectNode result = fixResult(log, fix, "applied", "fixed ("
            + fix.safety().label() + "): " + fix.description());
        if (!fixAttached && file.changed()) {
          attachFix(result, file);
          fixAttached = true;
        }
      }
      for (Fix fix : file.notApplied()) {
        fixResult(log, fix, "suggested", "suggested, applied only with --unsafe: "
            + fix.description() + " (" + fix.reason() + ")");
      }
      for (FixProblem p : file.problems()) {
        log.rule(p.rule());
        Map<String, String> props = new HashMap<>(p.location().details());
        props.put("fixStatus", p.blocking() ? "unresolved" : "not-fixable");
        log.result(p.rule().id(), p.blocking() ? "error" : SarifLog.level(p.rule().severity()),
            "not fixed: " + p.description() + ": " + p.reason(), p.location().file(),
            p.location().line(), p.location().column(), props);
      }
    }
    return log.render();
  }

  private static ObjectNode fixResult(SarifLog log, Fix fix, String status, String message) {
    log.rule(fix.rule());
    Location l = fix.location();
    Map<String, String> props = new HashMap<>(l.details());
    props.put("fixStatus", status);
    props.put("safety", fix.safety().label());
    return log.result(fix.rule().id(), SarifLog.level(fix.rule().severity()), message,
        l.file(), l.line(), l.column(), props);
  }

  private static void attachFix(ObjectNode result, FixReport.FileResult file) {
    ObjectNode fix = result.putArray("fixes").addObject();
    int n = file.applied().size();
    fix.putObject("description").put("text", "the " + n + (n == 1 ? " fix" : " fixes")
        + " harden applied to " + file.file());
    ObjectNode change = fix.putArray("artifactChanges").addObject();
    change.putObject("artifactLocation").put("uri", SarifLog.uri(file.file()));
    ArrayNode replacements = change.putArray("replacements");
    String before = file.before();
    List<TextEdit> edits = TextEdits.between(before, file.after());
    for (TextEdit e : edits) {
      ObjectNode r = replacements.addObject();
      int offset = before.codePointCount(0, e.start());
      r.putObject("deletedRegion").put("charOffset", offset)
          .put("charLength", before.codePointCount(e.start(), e.end()));
      if (!e.replacement().isEmpty()) {
        r.putObject("insertedContent").put("text", e.replacement());
      }
    }
  }
}
