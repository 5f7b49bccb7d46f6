package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd058WorldWritableTest {

  private final RuleTester rule = RuleTester.of(new Hd058WorldWritable());

  @Test
  void worldWritableModes() {
    assertThat(rule.catches("FROM alpine:3.20\nRUN chmod 777 /app\n").get(0).message())
        .contains("chmod 777");
    rule.catches("FROM alpine:3.20\nRUN chmod -R 0666 /data\n");
    rule.catches("FROM alpine:3.20\nRUN chmod o+w /data\n");
    rule.catches("FROM alpine:3.20\nRUN chmod a=rwx,u+s /data\n");
    rule.catches("FROM alpine:3.20\nRUN mkdir -p -m 777 /data\n");
    rule.catches("FROM alpine:3.20\nRUN install -m 0777 tool /usr/local/bin/\n");
    rule.catches("FROM alpine:3.20\nCOPY --chmod=777 app /bin/app\n");
    rule.catches("FROM alpine:3.20\nRUN sudo chmod 777 /x\n");
    rule.catches("FROM alpine:3.20\nONBUILD RUN chmod 777 /x\n");
    rule.catchesAtLine(3, "FROM alpine:3.20\nRUN set -e; \\\n  chmod 777 /var/run/app\n");
  }

  @Test
  void safeModesStickyDirsAndScratchSpacePass() {
    rule.passes("FROM alpine:3.20\nRUN chmod 755 /app && chmod +x /app/run && chmod g+w /data\n");
    rule.passes("FROM alpine:3.20\nRUN chmod 1777 /tmp && chmod a+rwxt /var/tmp\n");
    rule.passes("FROM alpine:3.20\nRUN chmod o-w /data && chmod 0644 /etc/app.conf\n");
    rule.passes(
        "FROM alpine:3.20\nRUN d=\"$(mktemp -d)\" && chmod 777 \"$d\" && make && rm -rf \"$d\"\n");
    rule.passes("FROM alpine:3.20\nCOPY --chmod=755 app /bin/app\n");
  }

  @Test
  void buildStagesDoNotReachTheImage() {
    rule.passes(
        "FROM alpine:3.20 AS build\nRUN chmod 777 /src\nFROM alpine:3.20\n"
            + "COPY --from=build /src/app /app\n");
  }
}
