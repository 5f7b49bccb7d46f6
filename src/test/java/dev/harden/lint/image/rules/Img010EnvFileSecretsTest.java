package dev.harden.lint.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.image.TarBuilder;
import dev.harden.image.TestImages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Img010EnvFileSecretsTest {

  @TempDir Path tmp;

  private final Img010EnvFileSecrets rule = new Img010EnvFileSecrets();

  static final String DOTENV = """
      # app settings
      PORT=3000
      NODE_ENV=production
      DB_PASSWORD=hunter2
      export API_TOKEN="tok-8f2b9c"
      DATABASE_URL=postgres://app:s3cr3t@db:5432/app
      REDIS_URL=redis://cache:6379
      SESSION_SECRET=
      TOKEN_TTL=3600
      JWT_SECRET_FILE=/run/secrets/jwt
      SMTP_PASSWORD=${SMTP_PASSWORD}
      AWS_KEY=AKIAIOSFODNN7EXAMPLE
      """;

  @Test
  void namesTheSecretKeysNeverTheValues() {
    assertThat(Img010EnvFileSecrets.secretKeys(DOTENV))
        .containsExactly("DB_PASSWORD", "API_TOKEN", "DATABASE_URL", "AWS_KEY");
  }

  @Test
  void ignoresPlaceholdersAndSettings() {
    String text = "API_KEY=changeme\nPASSWORD=<password>\nSECRET=xxxx\nDB_PASS=your_password\n"
        + "PASSWORD_MIN_LENGTH=8\nAUTH_ENABLED=true\nBYPASS_CACHE=1\n# TOKEN=abc\n"
        + "DB_URL=postgres://app:${DB_PASS}@db/app\nGITHUB_TOKEN=''\n";
    assertThat(Img010EnvFileSecrets.secretKeys(text)).isEmpty();
  }

  @Test
  void catchesAnEnvFileWithSecrets() throws Exception {
    TestImages image = TestImages.image().layer(TarBuilder.layer().file("/app/.env", DOTENV));
    var found = new ImageRuleTester(tmp).findings(rule, image);
    assertThat(found).extracting(f -> f.message()).containsExactly(
        "environment file /app/.env sets DB_PASSWORD, API_TOKEN, DATABASE_URL, AWS_KEY (values"
            + " not shown): pass secrets at run time");
    assertThat(found.get(0).location().details()).containsEntry("path", "/app/.env");
    assertThat(found.get(0).message()).doesNotContain("hunter2", "s3cr3t");
  }

  @Test
  void catchesOtherEnvFileNames() throws Exception {
    TestImages image = TestImages.image().layer(TarBuilder.layer()
        .file("/srv/.env.production", "STRIPE_SECRET_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc\n")
        .file("/etc/app/app.env", "ADMIN_PASSWORD=Tr0ub4dor\n"));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).containsExactly(
        "environment file /etc/app/app.env sets ADMIN_PASSWORD (values not shown): pass secrets"
            + " at run time",
        "environment file /srv/.env.production sets STRIPE_SECRET_KEY (values not shown): pass"
            + " secrets at run time");
  }

  @Test
  void passesTemplatesDependenciesAndHarmlessFiles() throws Exception {
    TestImages image = TestImages.image().layer(TarBuilder.layer()
        .file("/app/.env.example", DOTENV)
        .file("/app/.env.sample", DOTENV)
        .file("/app/node_modules/dotenv/tests/.env", DOTENV)
        .file("/app/.env", "PORT=3000\nNODE_ENV=production\n"));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).isEmpty();
  }
}
