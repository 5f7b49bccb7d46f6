package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd020ApkNoCacheTest {

  private final RuleTester rule = RuleTester.of(new Hd020ApkNoCache());

  @Test
  void addWithoutNoCache() {
    rule.catches(1, "FROM alpine:3.17\nRUN apk add python3\n");
    rule.catches(1, "FROM alpine:3.17\nRUN [\"apk\", \"add\", \"python3\"]\n");
    rule.catches(1, "FROM alpine:3.5\nRUN apk add --no-cacher bash\n");
    // --no-cache belongs to each command
    rule.catches(1, "FROM alpine:3.17\nRUN apk upgrade --no-cache && apk add python3\n");
  }

  @Test
  void noCacheCacheMountOrCleanup() {
    rule.passes("FROM alpine:3.14\nRUN apk add bash --no-cache\n");
    rule.passes("FROM alpine:3.14\nRUN apk --no-cache add bash\n");
    rule.passes("FROM alpine:3.14\nRUN --mount=type=cache,target=/var/cache/apk apk add bash\n");
    rule.passes("FROM alpine:3.14\nRUN apk add --update bash && rm -rf /var/cache/apk/*\n");
    rule.passes("FROM alpine:3.14\nRUN apk add --update bash && apk cache clean\n");
  }

  @Test
  void onlyTheFinalImage() {
    String df = "FROM alpine:3.17 AS build\nRUN apk add gcc\nFROM alpine:3.17\n"
        + "COPY --from=build /a /a\n";
    rule.passes(df);
    rule.target("build").catches(1, df);
  }
}
