package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Content coding (内容编码) of answers, kept as Javalin's default while its cost is cut (decision 0614): a client that
 * accepts gzip gets a large answer gzipped, the same bytes once unzipped; a client that names no coding gets it as it is.
 */
class CompressionTest extends ServerHarness {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Override
  protected Backend backend() {
    return Backend.memory(new InMemoryClustergov());
  }

  @Test
  void a_large_answer_is_gzipped_only_for_a_client_that_accepts_gzip() throws Exception {
    int large = 0;
    for (String path : java.util.List.of("/openapi.json", "/public/organizations/" + recognised(), "/docs")) {
      for (String accept : java.util.List.of("application/json", "text/html")) {
        HttpResponse<byte[]> plain = get(path, accept, null);
        HttpResponse<byte[]> blank = get(path, accept, " ");
        HttpResponse<byte[]> gzipped = get(path, accept, "gzip");
        assertThat(plain.statusCode()).as(path).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).as(path + " with no Accept-Encoding").isEmpty();
        assertThat(blank.headers().firstValue("Content-Encoding")).as(path + " with a blank Accept-Encoding").isEmpty();
        assertThat(blank.body()).isEqualTo(plain.body());
        if (plain.body().length < 1_500) { // Javalin's default threshold: a small answer goes as it is to everyone
          assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path + " small, accepting gzip").isEmpty();
          assertThat(gzipped.body()).isEqualTo(plain.body());
          continue;
        }
        large++;
        assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path + " accepting gzip").contains("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
          assertThat(in.readAllBytes()).as(path + " unzipped").isEqualTo(plain.body());
        }
      }
    }
    assertThat(large).as("large answers among them").isGreaterThanOrEqualTo(2);
  }

  private HttpResponse<byte[]> get(String path, String accept, String encoding) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).header("Accept", accept);
    if (encoding != null) {
      b.header("Accept-Encoding", encoding);
    }
    return CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
