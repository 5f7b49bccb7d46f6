package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class NumericUserFixTest {

  private final FixTester tester = FixTester.of(new NumericUserFix());

  @Test
  void theUidTheDockerfileGaveTheName() {
    tester.fixes("FROM alpine:3.20\nRUN addgroup -S kubesec && adduser -S -u 1200 -G kubesec"
            + " kubesec\nUSER kubesec:kubesec\n",
        "FROM alpine:3.20\nRUN addgroup -S kubesec && adduser -S -u 1200 -G kubesec"
            + " kubesec\nUSER 1200:kubesec\n");
  }

  @Test
  void wellKnownNames() {
    tester.fixes("FROM gcr.io/distroless/static:nonroot\nUSER nonroot:nonroot\n",
        "FROM gcr.io/distroless/static:nonroot\nUSER 65532:nonroot\n");
    tester.fixes("FROM node:20\nUSER node\n", "FROM node:20\nUSER 1000\n");
    tester.fixes("FROM debian:12\nUSER nobody\n", "FROM debian:12\nUSER 65534\n");
  }

  @Test
  void unknownUidsAreReported() {
    tester.cannot("FROM alpine:3.20\nRUN adduser -S -g kubesec kubesec\nUSER kubesec\n",
        "not known");
    tester.cannot("FROM debian:12\nUSER www\n", "fixed UID (-u 10001)");
  }

  @Test
  void numericRootAndUnresolvedStay() {
    tester.unchanged("FROM debian:12\nUSER 1000\n");
    tester.unchanged("FROM debian:12\nUSER root\n");
    tester.unchanged("FROM debian:12\nARG U\nUSER $U\n");
  }
}
