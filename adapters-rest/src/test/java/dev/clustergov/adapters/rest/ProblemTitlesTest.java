package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * RFC 9457 §3.1.3: a problem type has one title (localised, never varied per occurrence) — review stop 28 PR1, decision 0633.
 * The types are read from the server's sources (every {@code ApiError.of} and {@code new ApiError} with its slug), so a type
 * added without a title, or a title left in the table for a type nobody answers, fails here.
 */
class ProblemTitlesTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/clustergov/adapters/rest");
  private static final Pattern SLUG = Pattern.compile("(?:ApiError\\.of|new ApiError|\\bof)\\(\\s*(?:\\d{3}|status)\\s*,\\s*\"([a-z-]+)\"");

  /** Every problem type the server's sources build. */
  static Set<String> answered() throws IOException {
    Set<String> slugs = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = SLUG.matcher(Files.readString(f));
        while (m.find()) {
          slugs.add(m.group(1));
        }
      }
    }
    return slugs;
  }

  @Test
  void every_problem_type_the_server_answers_has_exactly_one_title_in_each_language() throws IOException {
    Set<String> answered = answered();
    assertThat(answered).as("types read from the sources").contains("malformed", "rejected", "forbidden", "not-found",
        "unsupported-media-type", "content-too-large", "unreadable-import");
    // the table holds exactly the types the server answers (http-<status> is the family of statuses Jetty answers by itself)
    assertThat(ProblemNames.types()).isEqualTo(answered.stream().filter(s -> !s.equals("http-")).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    Map<String, String> byZh = new HashMap<>();
    Map<String, String> byEn = new HashMap<>();
    for (String type : ProblemNames.types()) {
      Text title = ProblemNames.title(type);
      assertThat(title.zh()).as(type).isNotBlank().doesNotContainPattern("[A-Za-z]");
      assertThat(title.en()).as(type).isNotBlank().doesNotContainPattern("\\p{IsHan}");
      // two types never share a title: a reader who sees the title knows the type
      assertThat(byZh.put(title.zh(), type)).as("zh title of " + type).isNull();
      assertThat(byEn.put(title.en(), type)).as("en title of " + type).isNull();
    }
    assertThat(ProblemNames.title("http-429")).isEqualTo(ProblemNames.title("http-502")).isEqualTo(Text.of("请求失败", "Request failed"));
    assertThatThrownBy(() -> ProblemNames.title("no-such-type")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_body_that_cannot_be_read_and_a_field_out_of_range_are_one_type_with_one_title() {
    ApiError unreadable = ApiError.malformed(List.of(Violation.of("", "json", "请求内容无法解析", "the body cannot be parsed")));
    ApiError noBody = ApiError.malformed(List.of(Violation.of("", "body", "无法读取请求体", "the request body could not be read")));
    ApiError field = ApiError.malformed(List.of(Violation.of("reason", "required", "理由不能为空", "reason is required")));
    assertThat(List.of(unreadable, noBody, field)).extracting(e -> e.slug).containsOnly("malformed");
    assertThat(List.of(unreadable, noBody, field)).extracting(e -> e.title).containsOnly(Text.of("请求内容有误", "Invalid request"));
    // what tells them apart is the violation's code, not the title
    assertThat(unreadable.violations).extracting(Violation::code).containsExactly("json");
  }

  /**
   * Review stop 28 PR3: the texts of the refusals the reviewer read, built as the server builds them (a value sent is put
   * into some at run time, which the source scan of {@code TerminologySourceTest} cannot see), pass the terminology checks —
   * no ASCII word inside the Chinese.
   */
  @Test
  void the_chinese_of_the_refusals_the_reviewer_read_carries_no_ascii_word() {
    List<ApiError> refusals = new java.util.ArrayList<>();
    for (String body : List.of("{\"reason\": }", "{\"reason\": \"x\"} {", "[1,")) {
      try {
        Json.parse(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.class);
      } catch (ApiError e) {
        refusals.add(e);
      }
    }
    assertThat(refusals).hasSize(3);
    refusals.add(ApiError.unauthorized());
    refusals.add(ApiError.invalidToken());
    refusals.add(ApiError.malformed(List.of(dev.clustergov.core.guideline.Guideline.citation("grounds[0]", "Art.99").getError(),
        dev.clustergov.core.guideline.Guideline.citation("grounds[1]", "Art.8(9)").getError())));
    refusals.add(Json.notUtf8());
    List<String> found = new java.util.ArrayList<>();
    for (ApiError e : refusals) {
      List<String> zh = new java.util.ArrayList<>(List.of(e.title.zh(), e.detail.zh()));
      if (e.violations != null) {
        e.violations.forEach(v -> zh.add(v.zh()));
      }
      zh.forEach(t -> dev.clustergov.core.testkit.ChineseTerms.problems(t).forEach(p -> found.add(e.slug + ": " + t + ": " + p)));
    }
    assertThat(found).isEmpty();
    assertThat(refusals.get(0).violations.get(0).zh()).startsWith("请求内容无法解析（第1行第");
    assertThat(ApiError.unauthorized().detail.zh()).isEqualTo("请提供有效的访问令牌");
    assertThat(ApiError.unauthorized().headers).containsEntry("WWW-Authenticate", "Bearer realm=\"clustergov\"");
  }

  @Test
  void the_types_that_had_two_titles_have_one_each() {
    assertThat(Json.notUtf8().title).isEqualTo(ProblemNames.title("unsupported-media-type"));
    assertThat(ProblemNames.title("unsupported-media-type")).isEqualTo(Text.of("不支持的内容类型", "Unsupported media type"));
    assertThat(ProblemNames.title("content-too-large")).isEqualTo(Text.of("请求内容过大", "Content too large"));
    assertThat(ProblemNames.title("unreadable-import")).isEqualTo(Text.of("无法读取导入内容", "The import cannot be read"));
  }
}
