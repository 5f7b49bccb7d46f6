package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every value shape is found in a sample of it: the literal hints never skip a real match. */
class SecretPatternsTest {

  // made-up values in each vendor's documented shape
  private static final Map<String, String> SAMPLES = Map.ofEntries(
      Map.entry("an AWS access key id", "ENV K=AKIAZ7Q3H4JV2XLN5WBQ"),
      Map.entry("a GitHub token", "RUN echo ghs_0123456789abcdefghijABCDEFGHIJ012345 |"),
      Map.entry("a GitLab token", "ARG T=glpat-abcdefghij0123456789"),
      Map.entry("a Slack token", "LABEL s=xoxp-123456789012-abcdef"),
      Map.entry("a Slack webhook",
          "RUN curl https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcDEF123"),
      Map.entry("a Google API key", "ENV G=AIzaSyA0123456789abcdefghijklmnopqrstuv"),
      Map.entry("a Stripe live key", "ENV S=rk_live_0123456789abcdefghijklmn"),
      Map.entry("an npm token", "RUN npm config set //r/:_authToken npm_0123456789abcdefghijABCDEFGHIJ0123ab"),
      Map.entry("an OpenAI key",
          "ENV O=sk-proj-abcdefghij0123456789T3BlbkFJabcdefghij0123456789"),
      Map.entry("a private key", "-----BEGIN EC PRIVATE KEY-----"),
      Map.entry("a password in a URL", "git clone https://bob:s3cr3tpass@git.example/r"));

  @Test
  void everyShapeIsFoundInItsSample() {
    SAMPLES.forEach((kind, text) -> assertThat(SecretPatterns.values(text))
        .as(kind).extracting(SecretPatterns.Match::kind).containsExactly(kind));
  }

  @Test
  void textWithoutAnyHintHasNoValues() {
    assertThat(SecretPatterns.values("RUN apt-get update && apt-get install -y curl")).isEmpty();
  }
}
