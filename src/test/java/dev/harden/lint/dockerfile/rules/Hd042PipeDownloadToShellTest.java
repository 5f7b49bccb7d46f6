package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd042PipeDownloadToShellTest {

  private final RuleTester rule = RuleTester.of(new Hd042PipeDownloadToShell());

  @Test
  void downloadPipedIntoAShell() {
    assertThat(
            rule.catches("FROM debian:12\nRUN curl -fsSL https://get.example.com | sh\n")
                .get(0)
                .message())
        .startsWith("curl output is piped into sh");
    rule.catches(
        "FROM debian:12\nRUN curl -fsSL https://x.example/install.sh | bash -s -- --yes\n");
    rule.catches("FROM debian:12\nRUN wget -O- https://x.example/i.sh | sh -s --\n");
    rule.catches("FROM debian:12\nRUN wget -qO - https://x.example/i.sh | sh\n");
    assertThat(
            rule.catches("FROM debian:12\nRUN curl -sL https://x.example/i | sudo -E bash -\n")
                .get(0)
                .message())
        .contains("sudo bash");
    rule.catches("FROM debian:12\nRUN curl -s https://x.example/i.gz | gunzip | sh\n");
    rule.catches("FROM debian:12\nRUN curl -sSL https://bootstrap.pypa.io/get-pip.py | python3\n");
  }

  @Test
  void downloadRunAsAScriptArgument() {
    rule.catches("FROM debian:12\nRUN sh -c \"$(curl -fsSL https://x.example/install.sh)\"\n");
    rule.catches("FROM debian:12\nRUN bash -c \"$(wget -qO- https://x.example/i.sh)\"\n");
    rule.catches("FROM debian:12\nRUN bash <(curl -s https://x.example/i.sh)\n");
    rule.catches("FROM debian:12\nRUN eval \"$(curl -s https://x.example/env)\"\n");
  }

  @Test
  void continuationsHeredocsAndOnbuild() {
    rule.catchesAtLine(
        3,
        "FROM debian:12\nRUN apt-get update && \\\n    curl -fsSL https://x.example/i \\\n"
            + "    | bash\n");
    rule.catches("FROM debian:12\nRUN <<EOF\nset -e\ncurl -fsSL https://x.example/i | sh\nEOF\n");
    rule.catches("FROM debian:12\nONBUILD RUN curl https://x.example/i | sh\n");
  }

  @Test
  void verifiedOrNonExecutingUsesPass() {
    rule.passes("FROM debian:12\nRUN curl -fsSL https://x.example/t.tgz | tar xz -C /opt\n");
    rule.passes(
        "FROM debian:12\nRUN curl -fsSLo /tmp/i.sh https://x.example/i.sh"
            + " && echo \"abc  /tmp/i.sh\" | sha256sum -c - && sh /tmp/i.sh\n");
    rule.passes(
        "FROM debian:12\nRUN curl -s https://api.example/v | python3 -c 'import json,sys'\n");
    rule.passes(
        "FROM debian:12\nRUN curl -s https://x.example/key.asc | gpg --dearmor -o /k.gpg\n");
    rule.passes(
        "FROM debian:12\nRUN VERSION=\"$(curl -s https://x.example/latest)\" && echo $VERSION\n");
    rule.passes("FROM debian:12\nRUN curl -s https://x.example/data | bash ./process.sh\n");
  }
}
