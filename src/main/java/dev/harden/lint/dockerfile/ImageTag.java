package dev.harden.lint.dockerfile;

import dev.harden.lint.dockerfile.BaseImageEntry.TagWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tag split the way the official images name them: a version ({@code 3.14}, {@code 20.11.0},
 * {@code lts}, {@code 3.15-rc}), then words ({@code slim}, {@code bookworm}, {@code alpine3.20},
 * {@code jdk}) that the knowledge base knows. Everything before the first known word is the
 * version.
 *
 * @param tag the tag as written; empty for a missing tag or {@code latest}
 * @param version the version part as written
 * @param words the known words of the tag, in order, with their meaning
 * @param tokens every part of the tag, in order
 */
record ImageTag(String tag, String version, List<Match> words, List<String> tokens) {

  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern MINOR = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern JDK = Pattern.compile("jdk-?(\\d+)");

  /** A known word of the tag: the token as written, the word it matched and what it means. */
  record Match(String token, String word, TagWord meaning) {}

  static ImageTag parse(Optional<String> written, Map<String, TagWord> known) {
    String tag = written.filter(t -> !t.equals("latest")).orElse("");
    List<String> tokens = tag.isEmpty() ? List.of() : List.of(tag.split("-", -1));
    List<Match> words = new ArrayList<>();
    int versionEnd = -1;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      for (Map.Entry<String, TagWord> w : known.entrySet()) {
        if (w.getValue().matches(w.getKey(), token)) {
          words.add(new Match(token, w.getKey(), w.getValue()));
          if (versionEnd < 0) {
            versionEnd = i;
          }
          break;
        }
      }
    }
    if (versionEnd < 0) {
      versionEnd = tokens.size();
    }
    String version = String.join("-", tokens.subList(0, versionEnd));
    return new ImageTag(tag, version, words, tokens);
  }

  /** The first number of the version ({@code 20} of {@code 20.11.0}); empty for {@code lts}. */
  String major() {
    Matcher m = NUMBER.matcher(version);
    return m.lookingAt() ? m.group() : "";
  }

  /** The first two numbers of the version ({@code 10.0} of {@code 10.0.100}). */
  String minor() {
    Matcher m = MINOR.matcher(version);
    return m.lookingAt() ? m.group() : "";
  }

  /** The distro codename ({@code bookworm}), or "". */
  String suite() {
    return words.stream().filter(w -> w.meaning().suite().isPresent()).map(Match::token)
        .findFirst().orElse("");
  }

  /** The distroless suffix that matches the suite: debian12 for bookworm, else debian13. */
  String debian() {
    return words.stream().map(w -> w.meaning().suite().orElse(""))
        .filter(s -> s.startsWith("debian")).findFirst().orElse("debian13");
  }

  /** The Java release a build image's tag names ({@code 21} of {@code 3.9-eclipse-temurin-21}). */
  String java() {
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      Matcher jdk = JDK.matcher(t);
      if (jdk.matches()) {
        return jdk.group(1);
      }
      boolean afterWord = i > 0 && !tokens.get(i - 1).matches("[0-9._]+");
      if (afterWord && NUMBER.matcher(t).matches() && !version.isEmpty()) {
        return t;
      }
    }
    return "";
  }

  /** The words marked keep, joined with dashes ({@code fpm}). */
  String kept() {
    List<String> kept = new ArrayList<>();
    for (Match w : words) {
      if (w.meaning().keep()) {
        kept.add(w.token());
      }
    }
    return String.join("-", kept);
  }
}
