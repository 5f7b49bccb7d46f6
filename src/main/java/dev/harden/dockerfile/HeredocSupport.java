package dev.harden.dockerfile;

import java.util.Locale;

/**
 * Whether an instruction line can open heredocs: BuildKit reads bodies only for {@code RUN}, {@code
 * COPY} and {@code ADD} (also as an {@code ONBUILD} trigger), and not in exec form.
 */
final class HeredocSupport {

  private HeredocSupport() {}

  static boolean applies(LogicalLine line) {
    CommandSplitter.Split split = CommandSplitter.split(line, 0, line.length());
    String keyword =
        line.substring(split.keywordStart(), split.keywordEnd()).toLowerCase(Locale.ROOT);
    if (keyword.equals("onbuild")) {
      split = CommandSplitter.split(line, split.argsStart(), split.argsEnd());
      keyword = line.substring(split.keywordStart(), split.keywordEnd()).toLowerCase(Locale.ROOT);
    }
    if (!keyword.equals("run") && !keyword.equals("copy") && !keyword.equals("add")) {
      return false;
    }
    JsonArgs.Parsed json = JsonArgs.parse(line, split.argsStart(), split.argsEnd());
    return json == null || !json.allStrings();
  }
}
