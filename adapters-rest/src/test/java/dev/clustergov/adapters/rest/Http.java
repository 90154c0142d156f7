package dev.clustergov.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small client over java.net.http for the tests: real HTTP, no shortcuts into the server. */
final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;

  Http(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  record Response(int status, Map<String, String> headers, String body) {
    JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  Request get(String path) {
    return new Request("GET", path, null);
  }

  /** A typed founding application, seat or registration goes on the wire as the routes take it: text (decision 0390). */
  static Object wire(Object body) {
    if (body instanceof dev.clustergov.core.application.establishment.FoundingApplication a) {
      return ApplicationBody.of(a);
    }
    if (body instanceof dev.clustergov.core.application.establishment.FoundingApplication.SeatInput s) {
      return ApplicationBody.text(s);
    }
    if (body instanceof dev.clustergov.core.application.general.RegisterCluster.Command c) {
      return new GeneralRoutes.ClusterRequest(c.name(), c.region() == null ? null : c.region().value(), c.industry(),
          c.level() == null ? null : c.level().name(), c.enterprises());
    }
    if (body instanceof dev.clustergov.core.application.general.RegisterAuthority.Command c) {
      return new GeneralRoutes.AuthorityRequest(c.name(), c.jurisdiction() == null ? null : c.jurisdiction().value());
    }
    return body;
  }

  Request post(String path, Object body) {
    return new Request("POST", path, body);
  }

  Request put(String path, Object body) {
    return new Request("PUT", path, body);
  }

  Request delete(String path) {
    return new Request("DELETE", path, null);
  }

  Request method(String method, String path, Object body) {
    return new Request(method, path, body);
  }

  final class Request {
    private final String method;
    private final String path;
    private final Object body;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] raw;

    Request(String method, String path, Object body) {
      this.method = method;
      this.path = path;
      this.body = body;
      if (body != null) {
        headers.put("Content-Type", "application/json");
      }
    }

    Request token(String token) {
      if (token != null) {
        headers.put("Authorization", "Bearer " + token);
      }
      return this;
    }

    Request header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Request raw(byte[] bytes) {
      this.raw = bytes;
      return this;
    }

    Response send() {
      try {
        byte[] bytes = raw != null ? raw : body == null ? null
            : body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : Json.write(wire(body));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
            .method(method, bytes == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
        headers.forEach(b::header);
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Map<String, String> h = new LinkedHashMap<>();
        r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
        return new Response(r.statusCode(), h, r.body());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
