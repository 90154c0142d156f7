package dev.clustergov.examples;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline of the REST load benchmark (基准服务): bare Javalin routes, same Javalin and Jetty as the
 * reference server (same class path), that answer fixed bytes — the bytes the reference server answered
 * for the same request, its body and its own headers (the security headers, {@code Cache-Control}, {@code Vary},
 * {@code ETag}, {@code Location}: decision 0604) — with no authentication, no use case and no database. A write
 * route reads the request body, as the server does, before answering.
 *
 * <p>{@code java -cp clustergov-examples.jar dev.clustergov.examples.Main bare-javalin PORT ROUTES_FILE}: each
 * line of the routes file is {@code METHOD TAB PATH TAB STATUS TAB CONTENT-TYPE TAB BODY-FILE [TAB HEADERS-FILE]},
 * the headers file holding one {@code Name: value} a line.
 */
final class BareJavalin {

  /** One captured answer: its status, type and body, and the headers the server set on it, in its order. */
  record Answer(String method, String path, int status, String contentType, byte[] body, List<Map.Entry<String, String>> headers) {
    Answer {
      headers = List.copyOf(headers);
    }

    /** An answer with no header of its own. */
    Answer(String method, String path, int status, String contentType, byte[] body) {
      this(method, path, status, contentType, body, List.of());
    }
  }

  /**
   * The headers a server of any kind answers itself (the date, the framing, the connection), which the bare route's
   * Jetty writes on its own: every other header of a captured answer is the reference server's and is answered as it is.
   */
  static final Set<String> TRANSPORT = Set.of("date", "content-length", "content-type", "transfer-encoding", "connection",
      "server", "keep-alive");

  private BareJavalin() {}

  static List<Answer> read(Path routes) throws IOException {
    List<Answer> out = new ArrayList<>();
    for (String line : Files.readAllLines(routes, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 5 && f.length != 6) {
        throw new IllegalArgumentException("routes file: expected METHOD PATH STATUS CONTENT-TYPE BODY-FILE [HEADERS-FILE], got: " + line);
      }
      List<Map.Entry<String, String>> headers = new ArrayList<>();
      if (f.length == 6) {
        for (String h : Files.readAllLines(Path.of(f[5]), StandardCharsets.UTF_8)) {
          int colon = h.indexOf(':');
          if (colon <= 0) {
            throw new IllegalArgumentException("headers file " + f[5] + ": expected 'Name: value', got: " + h);
          }
          headers.add(Map.entry(h.substring(0, colon), h.substring(colon + 1).strip()));
        }
      }
      out.add(new Answer(f[0], f[1], Integer.parseInt(f[2]), f[3], Files.readAllBytes(Path.of(f[4])), headers));
    }
    return out;
  }

  static Javalin start(int port, List<Answer> answers) {
    return Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      for (Answer a : answers) {
        cfg.routes.addHttpHandler(HandlerType.findOrCreate(a.method()), a.path(), ctx -> {
          if (!a.method().equals("GET")) {
            ctx.bodyAsBytes();
          }
          for (Map.Entry<String, String> h : a.headers()) {
            ctx.header(h.getKey(), h.getValue());
          }
          ctx.status(a.status()).contentType(a.contentType()).result(a.body());
        });
      }
      cfg.routes.get("/ready", ctx -> ctx.result("ok"));
    }).start("127.0.0.1", port);
  }

  static int run(List<String> args, java.io.PrintStream err) {
    if (args.size() != 2) {
      err.println("usage: bare-javalin PORT ROUTES_FILE");
      return Main.USAGE;
    }
    try {
      start(Integer.parseInt(args.get(0)), read(Path.of(args.get(1))));
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("bare-javalin: " + e.getMessage());
      return Main.USAGE;
    }
  }
}
