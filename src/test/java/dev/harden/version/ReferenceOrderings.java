package dev.harden.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the committed reference orderings (a,b,cmp) recorded from real tools by generate.sh. */
public final class ReferenceOrderings {

  /** One recorded comparison: the tool ordered {@code a} against {@code b} as {@code cmp}. */
  public record Row(String a, String b, int cmp) {}

  private ReferenceOrderings() {}

  /** Rows of a CSV under {@code src/test/resources/dev/harden/version/}. */
  public static List<Row> csv(String resource) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : lines(resource)) {
      if (line.isBlank() || line.equals("a,b,cmp")) {
        continue;
      }
      int last = line.lastIndexOf(',');
      int first = line.indexOf(',');
      // versions contain no commas in these files; a quoted field would be a generator change
      assertThat(first).as("row %s", line).isEqualTo(line.lastIndexOf(',', last - 1));
      rows.add(
          new Row(
              line.substring(0, first),
              line.substring(first + 1, last),
              Integer.parseInt(line.substring(last + 1))));
    }
    return rows;
  }

  public static List<String> lines(String resource) throws IOException {
    try (InputStream in =
        ReferenceOrderings.class.getResourceAsStream("/dev/harden/version/" + resource)) {
      assertThat(in).as("resource %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** Every row the scheme can parse must be ordered as the tool ordered it; returns the count. */
  public static int assertAgrees(VersionScheme scheme, List<Row> rows) {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Row r : rows) {
      try {
        int got = Integer.signum(scheme.parse(r.a()).compareTo(scheme.parse(r.b())));
        checked++;
        if (got != r.cmp()) {
          wrong.add(r.a() + " vs " + r.b() + ": tool " + r.cmp() + ", " + scheme.id() + " " + got);
        }
      } catch (InvalidVersionException e) {
        wrong.add(r.a() + " vs " + r.b() + ": " + e.getMessage());
      }
    }
    assertThat(wrong).as("orderings that differ from the reference tool").isEmpty();
    return checked;
  }
}
