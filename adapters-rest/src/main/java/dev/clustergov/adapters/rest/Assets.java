package dev.clustergov.adapters.rest;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The static files of the API page (静态资源): Swagger UI's webjar under {@code /webjars/} and the page's own
 * script under {@code /assets/}, read from the class path when first asked for and kept. Javalin's own static
 * file handler mounts the whole server jar as a zip file system when the server starts, which took a quarter
 * of the start-up time for a few files that only {@code /docs} uses (decision 0341).
 */
final class Assets {

  static final String WEBJARS = "/webjars/";
  static final String ASSETS = "/assets/";

  private static final Map<String, String> TYPES = Map.of(
      "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "html", "text/html; charset=utf-8",
      "json", "application/json", "map", "application/json", "png", "image/png", "svg", "image/svg+xml",
      "ico", "image/x-icon", "txt", "text/plain; charset=utf-8");

  /** Files found, by class path name; only files that exist are kept, so the map is bounded by the jar. */
  private final Map<String, byte[]> found = new ConcurrentHashMap<>();

  /** Whether a request path is one of the static files' (not an API route). */
  static boolean isAsset(String path) {
    return path.startsWith(WEBJARS) || path.startsWith(ASSETS);
  }

  /** Answers {@code GET /webjars/…} or {@code GET /assets/…}: the file, or 404 for anything else. */
  void serve(Context ctx, String classPathFolder, String relative) {
    Optional<byte[]> bytes = read(classPathFolder, relative);
    if (bytes.isEmpty()) {
      ctx.status(404); // the server's 404 handler answers the problem
      return;
    }
    int dot = relative.lastIndexOf('.');
    String ext = dot < 0 ? "" : relative.substring(dot + 1).toLowerCase(Locale.ROOT);
    ctx.contentType(TYPES.getOrDefault(ext, "application/octet-stream"));
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.result(bytes.get());
  }

  /** The file {@code folder/relative} on the class path; never outside {@code folder} (no {@code ..}, no empty segment). */
  Optional<byte[]> read(String folder, String relative) {
    if (relative.isEmpty() || relative.length() > 512 || relative.startsWith("/") || relative.contains("\\")
        || relative.contains("//") || relative.endsWith("/")) {
      return Optional.empty();
    }
    for (String segment : relative.split("/")) {
      if (segment.equals("..") || segment.equals(".")) {
        return Optional.empty();
      }
    }
    String name = folder + "/" + relative;
    byte[] known = found.get(name);
    if (known != null) {
      return Optional.of(known);
    }
    URL url = Assets.class.getClassLoader().getResource(name);
    if (url == null) {
      return Optional.empty();
    }
    try {
      URLConnection c = url.openConnection();
      boolean file = c instanceof JarURLConnection jar
          ? jar.getJarEntry() != null && !jar.getJarEntry().isDirectory()
          : url.getProtocol().equals("file") && Files.isRegularFile(Path.of(url.toURI()));
      if (!file) {
        return Optional.empty();
      }
      try (InputStream in = c.getInputStream()) {
        byte[] bytes = in.readAllBytes();
        found.put(name, bytes);
        return Optional.of(bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }
}
