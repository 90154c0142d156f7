import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline for bench/run.sh: bare Javalin routes that return fixed bytes — the same bytes the
 * clustergov server answered — with no authentication, no use case and no database. Run with the
 * server jar on the class path: {@code java -cp clustergov-server.jar Bare.java PORT READ_FILE WRITE_FILE}.
 */
public class Bare {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    byte[] read = Files.readAllBytes(Path.of(args[1]));
    byte[] write = Files.readAllBytes(Path.of(args[2]));
    Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.routes.get("/organizations/{id}", ctx -> ctx.contentType("application/json").result(read));
      cfg.routes.post("/clusters", ctx -> {
        ctx.bodyAsBytes();
        ctx.status(201).contentType("application/json").result(write);
      });
      cfg.routes.get("/ready", ctx -> ctx.result("ok"));
    }).start("127.0.0.1", port);
  }
}
