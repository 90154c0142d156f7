package dev.clustergov.examples;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline of the REST load benchmark (基准服务): bare Javalin routes, same Javalin and Jetty as the
 * reference server (same class path), that answer fixed bytes — the bytes the reference server answered
 * for the same request — with no authentication, no use case and no database. A write route reads the
 * request body, as the server does, before answering.
 *
 * <p>{@code java -cp clustergov-examples.jar dev.clustergov.examples.Main bare-javalin PORT ROUTES_FILE}: each
 * line of the routes file is {@code METHOD TAB PATH TAB STATUS TAB CONTENT-TYPE TAB BODY-FILE}.
 */
final class BareJavalin {

  /** One captured answer. */
  record Answer(String method, String path, int status, String contentType, byte[] body) {}

  private BareJavalin() {}

  static List<Answer> read(Path routes) throws IOException {
    List<Answer> out = new ArrayList<>();
    for (String line : Files.readAllLines(routes, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 5) {
        throw new IllegalArgumentException("routes file: expected METHOD PATH STATUS CONTENT-TYPE BODY-FILE, got: " + line);
      }
      out.add(new Answer(f[0], f[1], Integer.parseInt(f[2]), f[3], Files.readAllBytes(Path.of(f[4]))));
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
