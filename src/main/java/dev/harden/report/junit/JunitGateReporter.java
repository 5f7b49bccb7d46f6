package dev.harden.report.junit;

import dev.harden.policy.Verdict;
import dev.harden.report.GateReport;
import dev.harden.report.GateRow;
import dev.harden.report.RenderOptions;
import dev.harden.report.Reporter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI dashboards (the Jenkins/Ant dialect most of them read): one test suite per
 * kind of finding, one test case per blocking or warning finding. A blocking finding is a failed
 * test case; a warning passes and carries its text in {@code system-out}. Tickets, allowed and
 * suppressed findings are counted in the suites' properties, not listed. Written with the JDK's
 * StAX writer, which escapes what needs escaping.
 */
public final class JunitGateReporter implements Reporter<GateReport> {

  private static final List<String> KINDS = List.of("vulnerability", "dockerfile", "manifest",
      "image");

  @Override
  public String format() {
    return "junit";
  }

  @Override
  public String render(GateReport report, RenderOptions options) {
    List<GateRow> rows = GateRow.of(report).stream()
        .filter(r -> r.verdict() == Verdict.BLOCK || r.verdict() == Verdict.WARN).toList();
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("testsuites");
      w.writeAttribute("name", "harden " + report.command());
      w.writeAttribute("tests", String.valueOf(rows.size()));
      w.writeAttribute("failures", String.valueOf(
          rows.stream().filter(r -> r.verdict() == Verdict.BLOCK).count()));
      w.writeAttribute("errors", "0");
      for (String kind : KINDS) {
        List<GateRow> suite = rows.stream().filter(r -> r.kind().equals(kind)).toList();
        w.writeCharacters("\n  ");
        w.writeStartElement("testsuite");
        w.writeAttribute("name", "harden." + kind);
        w.writeAttribute("tests", String.valueOf(suite.size()));
        w.writeAttribute("failures", String.valueOf(
            suite.stream().filter(r -> r.verdict() == Verdict.BLOCK).count()));
        w.writeAttribute("errors", "0");
        w.writeAttribute("skipped", "0");
        w.writeCharacters("\n    ");
        w.writeStartElement("properties");
        property(w, "subject", report.subject());
        property(w, "policy", report.policy());
        property(w, "verdict", report.verdict());
        w.writeCharacters("\n    ");
        w.writeEndElement();
        for (GateRow r : suite) {
          testCase(w, r);
        }
        w.writeCharacters("\n  ");
        w.writeEndElement();
      }
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("JUnit XML serialisation failed: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static void property(XMLStreamWriter w, String name, String value)
      throws XMLStreamException {
    w.writeCharacters("\n      ");
    w.writeEmptyElement("property");
    w.writeAttribute("name", name);
    w.writeAttribute("value", clean(value));
  }

  private static void testCase(XMLStreamWriter w, GateRow r) throws XMLStreamException {
    w.writeCharacters("\n    ");
    w.writeStartElement("testcase");
    w.writeAttribute("name", clean(r.id() + " " + r.what()));
    w.writeAttribute("classname", "harden." + r.kind() + "." + r.severity());
    w.writeAttribute("time", "0");
    String text = text(r);
    w.writeCharacters("\n      ");
    if (r.verdict() == Verdict.BLOCK) {
      w.writeStartElement("failure");
      w.writeAttribute("type", "block");
      w.writeAttribute("message", clean(r.message().isEmpty() ? r.id() : r.message()));
    } else {
      w.writeStartElement("system-out");
    }
    w.writeCharacters(clean(text));
    w.writeEndElement();
    w.writeCharacters("\n    ");
    w.writeEndElement();
  }

  private static String text(GateRow r) {
    StringBuilder out = new StringBuilder(r.verdict().id()).append(": ").append(r.id())
        .append(' ').append(r.what()).append('\n').append(r.message()).append('\n');
    if (r.kind().equals("vulnerability")) {
      out.append(r.severity()).append(", ").append(r.fix()).append(", ").append(r.origin())
          .append(" (").append(r.source()).append("), ").append(r.reachability()).append('\n');
    }
    if (!r.chain().isEmpty()) {
      out.append(r.chain()).append('\n');
    }
    out.append("decided by ").append(r.decidedBy());
    if (!r.expired().isEmpty()) {
      out.append('\n').append(r.expired());
    }
    return out.toString();
  }

  /** XML 1.0 cannot carry most control characters, even escaped: they are dropped. */
  static String clean(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
