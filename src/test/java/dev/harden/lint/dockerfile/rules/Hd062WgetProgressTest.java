package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd062WgetProgressTest {

  private final RuleTester rule = RuleTester.of(new Hd062WgetProgress());

  @Test
  void gnuWgetWithoutProgress() {
    rule.catches(
        "FROM debian:12\nRUN wget -O go.tgz https://go.dev/dl/go1.23.linux-amd64.tar.gz\n");
    rule.catches("FROM debian:12\nRUN sudo wget https://x.example/big.iso\n");
    rule.catches(
        "FROM alpine:3.20\nRUN apk add --no-cache wget && wget https://x.example/big.iso\n");
    rule.catches("FROM debian:12\nONBUILD RUN wget https://x.example/big.iso\n");
  }

  @Test
  void quietProgressBusyboxAndSmallFilesPass() {
    rule.passes("FROM debian:12\nRUN wget --progress=dot:giga https://x.example/big.iso\n");
    rule.passes(
        "FROM debian:12\nRUN wget -q https://x.example/a && wget -qO- https://x.example/b\n");
    rule.passes("FROM debian:12\nRUN wget -nv https://x.example/a\n");
    rule.passes("FROM debian:12\nRUN wget --no-verbose https://x.example/a\n");
    rule.passes("FROM alpine:3.20\nRUN wget https://x.example/big.iso\n");
    rule.passes("FROM python:3.12-alpine\nRUN wget https://x.example/big.iso\n");
    rule.passes("FROM debian:12\nRUN wget -O go.tgz.asc \"$url.asc\"\n");
  }
}
