package dev.harden.image.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 proxy on a raw loopback socket in front of a real registry, which answers
 * every request itself so it can break the answer: a {@link Fault} decides per request (by path
 * and by how often that path was asked for) whether to pass the registry's answer through or to
 * replace it with a 5xx, a 429 with Retry-After, silence, a body cut short, a wrong
 * Content-Length, a stall in the middle of a blob, or flipped bytes. It can also play a token
 * server: clients must get a Bearer token from {@code /token} with the registry's Basic
 * credentials, and the proxy talks to the registry with those credentials itself. Every request
 * line and header it sees is recorded, so tests can look for secrets in them too.
 */
final class FaultProxy implements AutoCloseable {

  /** What to do with one request. */
  enum Action { PASS, STATUS_503, STATUS_429, SILENCE, CUT_SHORT, LONGER_CONTENT_LENGTH,
    SHORTER_CONTENT_LENGTH, STALL_MID_BODY, FLIP_BYTES }

  @FunctionalInterface
  interface Fault {
    /** @param count how many times this path was requested before, this one included (1-based) */
    Action on(String method, String path, int count);
  }

  static final String TOKEN = "tok-3f9a2b7c-secret-bearer-token";

  private final ServerSocket server;
  private final URI upstream;
  private final Fault fault;
  private final String upstreamAuth;
  private final boolean tokenAuth;
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  final List<String> seen = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  /**
   * @param upstreamHost the registry ({@code 127.0.0.1:port})
   * @param basic the registry's user and password, or null; with them the proxy asks clients for a
   *     Bearer token (issued by its {@code /token} for these credentials) and forwards with Basic
   */
  FaultProxy(String upstreamHost, String[] basic, Fault fault) throws IOException {
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.upstream = URI.create("http://" + upstreamHost);
    this.fault = fault;
    this.tokenAuth = basic != null;
    this.upstreamAuth = basic == null ? null : "Basic " + Base64.getEncoder().encodeToString(
        (basic[0] + ":" + basic[1]).getBytes(StandardCharsets.UTF_8));
    this.acceptor = new Thread(this::acceptLoop, "fault-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String host() {
    return "127.0.0.1:" + server.getLocalPort();
  }

  int count(String pathPart) {
    return counts.entrySet().stream().filter(e -> e.getKey().contains(pathPart))
        .mapToInt(e -> e.getValue().get()).sum();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        open.add(s);
        Thread t = new Thread(() -> serve(s), "fault-proxy-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      s.setSoTimeout(60_000);
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      String requestLine = line(in);
      if (requestLine == null || requestLine.isEmpty()) {
        return;
      }
      Map<String, String> headers = new LinkedHashMap<>();
      for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
        int colon = h.indexOf(':');
        if (colon > 0) {
          headers.put(h.substring(0, colon).trim().toLowerCase(), h.substring(colon + 1).trim());
        }
        seen.add(h);
      }
      seen.add(requestLine);
      String[] parts = requestLine.split(" ");
      String method = parts[0];
      String path = parts[1];
      if (tokenAuth && path.startsWith("/token")) {
        if (upstreamAuth.equals(headers.get("authorization"))) {
          respond(out, 200, Map.of("Content-Type", "application/json"),
              ("{\"token\":\"" + TOKEN + "\",\"expires_in\":300}").getBytes(StandardCharsets.UTF_8));
        } else {
          respond(out, 401, Map.of(), new byte[0]);
        }
        return;
      }
      if (tokenAuth && !("Bearer " + TOKEN).equals(headers.get("authorization"))) {
        respond(out, 401, Map.of("WWW-Authenticate", "Bearer realm=\"http://" + host()
            + "/token\",service=\"fault-proxy\""), new byte[0]);
        return;
      }
      int count = counts.computeIfAbsent(method + " " + path, k -> new AtomicInteger())
          .incrementAndGet();
      Action action = fault.on(method, path, count);
      switch (action) {
        case STATUS_503 -> respond(out, 503, Map.of(), new byte[0]);
        case STATUS_429 -> respond(out, 429, Map.of("Retry-After", "1"), new byte[0]);
        case SILENCE -> Thread.sleep(120_000);
        default -> forward(out, method, path, headers, action);
      }
    } catch (IOException | InterruptedException e) {
      // the client went away, or the test closed the proxy
    }
  }

  private void forward(OutputStream out, String method, String path, Map<String, String> headers,
      Action action) throws IOException, InterruptedException {
    HttpURLConnection c = (HttpURLConnection) upstream.resolve(path).toURL().openConnection();
    c.setRequestMethod(method);
    c.setInstanceFollowRedirects(false);
    if (headers.containsKey("accept")) {
      c.setRequestProperty("Accept", headers.get("accept"));
    }
    String auth = tokenAuth ? upstreamAuth : headers.get("authorization");
    if (auth != null) {
      c.setRequestProperty("Authorization", auth);
    }
    int status = c.getResponseCode();
    Map<String, String> replyHeaders = new LinkedHashMap<>();
    for (String h : List.of("Content-Type", "Docker-Content-Digest", "WWW-Authenticate",
        "Location")) {
      String v = c.getHeaderField(h);
      if (v != null) {
        replyHeaders.put(h, v);
      }
    }
    byte[] body;
    try (InputStream b = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
      body = b == null ? new byte[0] : b.readAllBytes();
    }
    boolean blob = path.contains("/blobs/") && method.equals("GET") && status == 200;
    if (!blob || action == Action.PASS) {
      respond(out, status, replyHeaders, body);
      return;
    }
    switch (action) {
      case CUT_SHORT -> {
        writeHead(out, status, replyHeaders, body.length);
        out.write(body, 0, body.length / 2);
        out.flush();
      }
      case LONGER_CONTENT_LENGTH -> {
        writeHead(out, status, replyHeaders, body.length + 1000);
        out.write(body);
        out.flush();
      }
      case SHORTER_CONTENT_LENGTH -> {
        writeHead(out, status, replyHeaders, body.length / 2);
        out.write(body, 0, body.length / 2);
        out.flush();
      }
      case STALL_MID_BODY -> {
        writeHead(out, status, replyHeaders, body.length);
        out.write(body, 0, body.length / 2);
        out.flush();
        Thread.sleep(120_000);
      }
      case FLIP_BYTES -> {
        byte[] flipped = body.clone();
        for (int i = flipped.length / 2; i < Math.min(flipped.length, flipped.length / 2 + 16);
            i++) {
          flipped[i] ^= 0x20;
        }
        respond(out, status, replyHeaders, flipped);
      }
      default -> respond(out, status, replyHeaders, body);
    }
  }

  private static void respond(OutputStream out, int status, Map<String, String> headers,
      byte[] body) throws IOException {
    writeHead(out, status, headers, body.length);
    out.write(body);
    out.flush();
  }

  private static void writeHead(OutputStream out, int status, Map<String, String> headers,
      long length) throws IOException {
    StringBuilder h = new StringBuilder("HTTP/1.1 " + status + " X\r\n");
    headers.forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
    h.append("Content-Length: ").append(length).append("\r\nConnection: close\r\n\r\n");
    out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (c != '\r') {
        b.write(c);
      }
      if (b.size() > 65536) {
        throw new IOException("header line too long");
      }
    }
    return c < 0 && b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : new ArrayList<>(open)) {
      s.close();
    }
    acceptor.interrupt();
  }
}
