package dev.harden.fix.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.fix.FixSafety;
import org.junit.jupiter.api.Test;

class NonRootUserFixTest {

  private final FixTester tester = FixTester.of(new NonRootUserFix());

  @Test
  void debianGetsUseraddAfterTheLastRunAndChownedAppFiles() {
    tester.fixes("""
        FROM node:20
        WORKDIR /app
        COPY package*.json ./
        RUN npm ci --omit=dev
        COPY . .
        COPY --from=tools /bin/tini /usr/local/bin/tini
        CMD ["node", "server.js"]
        """, """
        FROM node:20
        WORKDIR /app
        COPY --chown=10001:10001 package*.json ./
        RUN npm ci --omit=dev
        RUN groupadd --system --gid 10001 app \\
            && useradd --system --no-log-init --uid 10001 --gid app --create-home --home-dir /home/app --shell /usr/sbin/nologin app
        USER 10001:10001
        COPY --chown=10001:10001 . .
        COPY --from=tools /bin/tini /usr/local/bin/tini
        CMD ["node", "server.js"]
        """);
  }

  @Test
  void alpineGetsBusyboxAddgroupAndAdduser() {
    tester.fixes("FROM alpine:3.20\nRUN apk add --no-cache curl\nENTRYPOINT [\"curl\"]\n", """
        FROM alpine:3.20
        RUN apk add --no-cache curl
        RUN addgroup -S -g 10001 app \\
            && adduser -S -u 10001 -G app -h /home/app -s /sbin/nologin app
        USER 10001:10001
        ENTRYPOINT ["curl"]
        """);
  }

  @Test
  void distrolessAndUnknownBasesGetTheNumericNonrootUid() {
    tester.fixes("FROM gcr.io/distroless/static-debian12\nCOPY app /app\nCMD [\"/app\"]\n",
        "FROM gcr.io/distroless/static-debian12\nUSER 65532:65532\n"
            + "COPY --chown=65532:65532 app /app\nCMD [\"/app\"]\n");
    tester.fixes("FROM localhost/fixtures/node-runtime:latest\nWORKDIR /app\nCOPY app/ /app/\n"
            + "USER root\nENTRYPOINT [\"node\", \"/app/server.js\"]\n",
        "FROM localhost/fixtures/node-runtime:latest\nWORKDIR /app\n"
            + "COPY --chown=65532:65532 app/ /app/\nUSER 65532:65532\n"
            + "ENTRYPOINT [\"node\", \"/app/server.js\"]\n");
  }

  @Test
  void aUserTheDockerfileCreatesIsUsed() {
    tester.fixes("FROM debian:12\nRUN useradd -u 1200 -m svc\nCMD [\"svc\"]\n",
        "FROM debian:12\nRUN useradd -u 1200 -m svc\nUSER 1200\nCMD [\"svc\"]\n");
  }

  @Test
  void switchingBackToRootAfterTheLastRunIsUndone() {
    tester.fixes("FROM debian:12\nRUN useradd app\nUSER app\nRUN make\nUSER root\nCMD [\"x\"]\n",
        "FROM debian:12\nRUN useradd app\nUSER app\nRUN make\nUSER app\nCMD [\"x\"]\n");
  }

  @Test
  void isSuggestedOnly() {
    assertThat(tester.safety("FROM debian:12\nCMD [\"x\"]\n")).isEqualTo(FixSafety.SUGGESTED);
    assertThat(tester.safeOnly().run("FROM debian:12\nCMD [\"x\"]\n").changed()).isFalse();
  }

  @Test
  void nonRootImagesAreLeftAlone() {
    tester.unchanged("FROM debian:12\nUSER 1000\n");
    tester.unchanged("FROM gcr.io/distroless/static:nonroot\nCOPY app /app\n");
    tester.unchanged("FROM debian:12 AS base\nUSER 1000\nFROM base\nCMD [\"x\"]\n");
    tester.unchanged("FROM debian:12\nARG U\nUSER $U\n");
  }

  @Test
  void privilegeDroppingEntrypointsAndWindowsAreReported() {
    tester.cannot("FROM debian:12\nRUN apt-get install -y gosu && gosu nobody true\n"
        + "ENTRYPOINT [\"docker-entrypoint.sh\"]\n", "gosu");
    tester.cannot("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD [\"x\"]\n", "Windows");
    tester.unchanged("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD [\"x\"]\n");
  }
}
