package dev.harden.lint.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.image.TarBuilder;
import dev.harden.image.TestImages;
import dev.harden.lint.Finding;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Img009PrivateKeyTest {

  @TempDir Path tmp;

  private final Img009PrivateKey rule = new Img009PrivateKey();

  /** A freshly generated key in PEM, as {@code openssl genpkey} writes it (PKCS#8). */
  static String pkcs8(String label) throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
    gen.initialize(256);
    byte[] der = gen.generateKeyPair().getPrivate().getEncoded();
    return "-----BEGIN " + label + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }

  /** The start of an OpenSSH private key file (magic, cipher, kdf), base64 in its armour. */
  static String openssh(String cipher) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII));
    for (String s : List.of(cipher, cipher.equals("none") ? "none" : "bcrypt", "")) {
      out.writeInt(s.length());
      out.write(s.getBytes(StandardCharsets.US_ASCII));
    }
    out.writeInt(1);
    out.write(new byte[64]);
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(70, "\n".getBytes()).encodeToString(bytes.toByteArray())
        + "\n-----END OPENSSH PRIVATE KEY-----\n";
  }

  @Test
  void catchesPemAndOpenSshKeysNamingTheFile() throws Exception {
    TestImages image = TestImages.image()
        .layer(TarBuilder.layer().file("/etc/passwd", "root:x:0:0::/root:/bin/sh\n"))
        .layer(TarBuilder.layer()
            .file("/app/certs/server.key", pkcs8("PRIVATE KEY"))
            .file("/app/certs/legacy.pem", pkcs8("EC PRIVATE KEY"))
            .file("/root/.ssh/id_ed25519", openssh("none"))
            .file("/home/app/.ssh/id_rsa", openssh("aes256-ctr"))
            .file("/app/certs/enc.key", pkcs8("ENCRYPTED PRIVATE KEY")));
    List<Finding> found = new ImageRuleTester(tmp).findings(rule, image);
    String tail = ": everyone who can pull the image has it; mount it at run time as a secret";
    assertThat(found).extracting(Finding::message).containsExactly(
        "EC private key in /app/certs/legacy.pem" + tail,
        "OPENSSH private key (encrypted) in /home/app/.ssh/id_rsa" + tail,
        "OPENSSH private key in /root/.ssh/id_ed25519" + tail,
        "private key (encrypted) in /app/certs/enc.key" + tail,
        "private key in /app/certs/server.key" + tail);
    assertThat(found.get(0).location().details()).containsEntry("path", "/app/certs/legacy.pem")
        .containsKey("layer");
  }

  @Test
  void catchesAKeyAfterTheCertificatesOfABundle() throws Exception {
    String bundle = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
        + pkcs8("RSA PRIVATE KEY");
    TestImages image = TestImages.image().layer(TarBuilder.layer().file("/etc/app/tls.pem", bundle));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).singleElement()
        .asString().startsWith("RSA private key in /etc/app/tls.pem");
  }

  @Test
  void passesCertificatesMentionsAndThirdPartyTestKeys() throws Exception {
    TestImages image = TestImages.image().layer(TarBuilder.layer()
        .file("/etc/ssl/certs/ca.pem", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
        .file("/app/README.key", "paste your -----BEGIN PRIVATE KEY----- here\n")
        .file("/app/node_modules/https-proxy/test/fixtures/key.pem", pkcs8("PRIVATE KEY"))
        .file("/usr/lib/python3/dist-packages/urllib3/key.pem", pkcs8("PRIVATE KEY"))
        .file("/usr/local/lib/python3.12/test/keycert.pem", pkcs8("PRIVATE KEY"))
        .file("/usr/share/doc/openssl/example.key", pkcs8("PRIVATE KEY"))
        .file("/opt/sdk/third_party/urllib3/dummyserver/certs/server.key", pkcs8("RSA PRIVATE KEY"))
        .file("/app/server.crt", pkcs8("PRIVATE KEY")));
    // server.crt: a key under a name the reader does not keep is out of reach (documented)
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).isEmpty();
  }

  @Test
  void passesAKeyDeletedByALaterLayer() throws Exception {
    // the key still sits in the lower layer's blob; this check judges the final file system
    TestImages image = TestImages.image()
        .layer(TarBuilder.layer().file("/app/server.key", pkcs8("PRIVATE KEY")))
        .layer(TarBuilder.layer().whiteout("/app/server.key"));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).isEmpty();
  }
}
