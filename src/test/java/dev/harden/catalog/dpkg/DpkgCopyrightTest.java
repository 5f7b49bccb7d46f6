package dev.harden.catalog.dpkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The indexOf scan gives what the multiline regexes it replaced gave, on awkward texts. */
class DpkgCopyrightTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Format: x\n\nFiles: *\nLicense: GPL-2+\n\nLicense: GPL-2+\n On Debian systems see"
          + " /usr/share/common-licenses/GPL-2.\n",
      "License: MIT or Apache-2.0\nLicense: BSD-3-clause, Expat\n",
      "License: Permission is hereby granted, free of charge\n",
      "xLicense: MIT\n License: GPL\nLicense:\nLicense: none\nLicense: unknown and Zlib\n",
      "License: LGPL-2.1+\r\nLicense: Artistic\rLicense: BSD\u2028License: ISC...\n",
      "see /usr/share/common-licenses/ and /usr/share/common-licenses/-x and"
          + " /usr/share/common-licenses/GFDL-1.3... and /usr/share/common-licenses/Apache-2.0",
      "License:\tGPL-3+ with OpenSSL exception\nLicense: ",
      "",
  })
  void agreesWithTheRegexes(String text) {
    assertThat(DpkgCopyright.licenses(text)).isEqualTo(byRegex(text));
  }

  /** The implementation this class had before, kept as the oracle. */
  private static List<String> byRegex(String text) {
    Pattern field = Pattern.compile("^License:[ \\t]*(.*)$", Pattern.MULTILINE);
    Pattern shortName = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.+\\-]*");
    Pattern joiner = Pattern.compile("(?i)\\s*,?\\s+(?:or|and)\\s+|\\s*,\\s*");
    Pattern common = Pattern.compile("/usr/share/common-licenses/([A-Za-z0-9][A-Za-z0-9_.+\\-]*)");
    TreeSet<String> names = new TreeSet<>();
    Matcher m = field.matcher(text);
    while (m.find()) {
      String value = m.group(1).trim();
      String[] parts = joiner.split(value);
      boolean allNames = value.length() > 0;
      for (String p : parts) {
        allNames &= shortName.matcher(p).matches();
      }
      if (allNames) {
        for (String p : parts) {
          if (!p.equalsIgnoreCase("none") && !p.equalsIgnoreCase("unknown")) {
            names.add(p.replaceAll("\\.+$", ""));
          }
        }
      }
    }
    m = common.matcher(text);
    while (m.find()) {
      names.add(m.group(1).replaceAll("\\.+$", ""));
    }
    names.remove("");
    return List.copyOf(names);
  }
}
