package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd057SecretsTest {

  private final RuleTester rule = RuleTester.of(new Hd057Secrets());

  @Test
  void envWithCredentialNameAndValue() {
    assertThat(rule.catches("FROM node:22\nENV DB_PASSWORD=s3cr3t-Pa55\n").get(0).message())
        .contains("ENV DB_PASSWORD");
    rule.catches("FROM node:22\nENV API_KEY hunter2hunter2\n");
    rule.catches("FROM node:22\nENV NODE_ENV=production jwtSecret=abcdefghijkl\n");
    rule.catches(
        "FROM node:22\nENV AWS_SECRET_ACCESS_KEY=\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzzzzzzzzz\"\n");
    rule.catches("FROM python:3.12\nENV POSTGRES_PASSWORD=postgres\n");
  }

  @Test
  void envCopyingABuildArgument() {
    assertThat(
            rule.catches("FROM node:22\nARG NPM_TOKEN\nENV NPM_TOKEN=${NPM_TOKEN}\n")
                .get(0)
                .message())
        .contains("copies the build argument NPM_TOKEN");
  }

  @Test
  void argRecordedInHistoryOrWithDefault() {
    assertThat(rule.catches("FROM node:22\nARG GITHUB_TOKEN\nRUN npm ci\n").get(0).message())
        .contains("RUN on line 3");
    rule.catches("FROM node:22\nARG DB_PASSWORD=letmein123\n");
    rule.catches("ARG DEPLOY_TOKEN=abcdef123456\nFROM node:22\nARG DEPLOY_TOKEN\n");
  }

  @Test
  void argThatNeverReachesTheImagePasses() {
    rule.passes("FROM node:22\nARG GITHUB_TOKEN\nCOPY . /app\n");
    rule.passes(
        "FROM node:22 AS build\nARG NPM_TOKEN\nRUN npm ci\n"
            + "FROM node:22-slim\nCOPY --from=build /app /app\n");
    rule.passes("FROM node:22\nARG NPM_TOKEN=\"\"\n");
  }

  @Test
  void valuesThatLookLikeSecretsWhateverTheName() {
    assertThat(rule.catches("FROM alpine:3.20\nENV KEY_ID=AKIAZ7Q3H4JV2XLN5WBQ\n").get(0).message())
        .contains("AWS access key id");
    rule.catches(
        1,
        "FROM alpine:3.20 AS build\n"
            + "RUN git clone https://x:ghp_0123456789abcdefghijABCDEFGHIJ012345@github.com/o/r\n"
            + "FROM alpine:3.20\n");
    rule.catches(
        "FROM alpine:3.20\n"
            + "RUN curl -H 'Authorization: token ghp_0123456789abcdefghijABCDEFGHIJ012345' x\n");
    rule.catches(
        "FROM alpine:3.20\nCOPY <<EOF /root/.ssh/id_rsa\n-----BEGIN OPENSSH PRIVATE KEY-----\n"
            + "b3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\nEOF\n");
    rule.catches("FROM alpine:3.20\nLABEL slack=xoxb-123456789012-abcdefghijkl\n");
    rule.catches("FROM alpine:3.20\nENV DATABASE_URL=postgres://app:Str0ngPass@db:5432/app\n");
    rule.passes("FROM alpine:3.20\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n");
    rule.passes(
        "FROM alpine:3.20\n"
            + "ENV PIP_INDEX_URL=https://__token__:${PYPI_TOKEN}@pypi.example/simple\n");
  }

  @Test
  void secretFilesCopiedIntoTheImage() {
    assertThat(rule.catches("FROM alpine:3.20\nCOPY id_rsa /root/.ssh/id_rsa\n").get(0).message())
        .contains("SSH private key");
    rule.catches("FROM alpine:3.20\nCOPY .env /app/.env\n");
    rule.catches("FROM alpine:3.20\nCOPY .env.production /app/\n");
    rule.catches("FROM alpine:3.20\nADD certs/server.key /etc/ssl/private/\n");
    rule.catches("FROM alpine:3.20\nCOPY tls/privkey.pem /etc/ssl/\n");
    rule.catches("FROM alpine:3.20\nCOPY .aws/credentials /root/.aws/credentials\n");
    rule.passes("FROM alpine:3.20\nCOPY .env.example /app/\n");
    rule.passes("FROM alpine:3.20\nCOPY id_rsa.pub /root/.ssh/authorized_keys\n");
    rule.passes("FROM alpine:3.20\nCOPY ca.pem fullchain.pem /etc/ssl/certs/\n");
    rule.passes("FROM alpine:3.20 AS build\nCOPY id_rsa /root/.ssh/\nFROM alpine:3.20\n");
  }

  @Test
  void placeholdersPathsAndPublicKeysPass() {
    rule.passes("FROM python:3.12\nENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D\n");
    rule.passes("FROM python:3.12\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db\n");
    rule.passes("FROM python:3.12\nENV DB_PASSWORD=changeme API_TOKEN=<token> SECRET_KEY=\"\"\n");
    rule.passes("FROM python:3.12\nENV TOKEN_URL=https://auth.example/token TOKEN_TTL=3600\n");
    rule.passes("FROM python:3.12\nENV PUBLIC_KEY=ssh-ed25519AAAAC3NzaC1lZDI1NTE5 PWD=/app\n");
    rule.passes("FROM python:3.12\nENV TOKENIZERS_PARALLELISM=false PASSWORD_AUTH=false\n");
  }

  @Test
  void secretMountsPassAsTrivySays() {
    rule.passes(
        "FROM amazon/aws-cli:2.17.0\n"
            + "RUN --mount=type=secret,id=aws-key-id,env=AWS_ACCESS_KEY_ID"
            + " aws configure set aws_access_key_id $(cat /run/secrets/aws-key-id)\n");
  }
}
