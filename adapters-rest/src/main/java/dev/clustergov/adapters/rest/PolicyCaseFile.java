package dev.clustergov.adapters.rest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Parsing;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.policy.ParameterValues;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.whatif.PolicyCase;
import dev.clustergov.core.whatif.PolicyCase.Expectation;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A file of policy cases (政策测试用例文件, Art.30), read into the core's typed cases (decision 0390, decision 0465):
 * the same document as YAML — what an authority writes by hand, after OpenFisca's YAML tests — or as JSON (the REST
 * route's body). Every problem of every case is reported at once, each with its path ({@code cases[2].expect.rating})
 * and what is wrong; a file with any problem gives no case. The shared reader of the REST route and the examples
 * jar: the core stays free of YAML.
 *
 * <pre>
 * draft:                      # the draft pack the cases run under (parameter key: value as the policy module writes it)
 *   incentive.cap.perPeriod: "100000.00"
 * cases:
 *   - name: 现行政策下的激励
 *     organization: org-000001
 *     on: 2026-03-01          # the day it is judged; default today
 *     pack: IN_FORCE          # IN_FORCE (default) or DRAFT; a case's own values imply DRAFT, laid over the file's
 *     values: { evaluation.goldPercent: "85" }
 *     expect: { rating: SILVER, total: "72.50", eligible: true, incentive: "350000.00",
 *               failing: [A12-own-account], passing: [A15-dispute-system] }
 * </pre>
 */
public final class PolicyCaseFile {

  /** The media types taken as YAML; the route takes {@code application/json} too. */
  public static final Set<String> YAML_MEDIA = Set.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml");

  /** The pack a case runs under (适用政策包): the one in force on its day, or the draft (the file's, with the case's own values). */
  public enum Pack {
    IN_FORCE, DRAFT
  }

  private static final Set<String> TOP = Set.of("draft", "cases");
  private static final Set<String> CASE = Set.of("name", "organization", "on", "pack", "values", "expect");
  private static final Set<String> EXPECT = Set.of("rating", "total", "eligible", "incentive", "failing", "passing");

  /**
   * YAML as a tree: a key twice in one mapping is an error (as in JSON bodies), floats keep their digits, and
   * SnakeYAML's own limits hold (50 aliases a collection, 3 MB of text) against a document that expands.
   */
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  private PolicyCaseFile() {}

  /** What a file gave: its cases, or (when any) every problem and no case. */
  public record Read(List<PolicyCase> cases, List<Violation> problems) {
    public Read {
      cases = List.copyOf(cases);
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** A YAML file; {@code today} is the day of a case that names none. */
  public static Read yaml(byte[] text, LocalDate today) {
    return tree(yamlTree(text), today);
  }

  /** As {@link #yaml(byte[], LocalDate)}, from text. */
  public static Read yaml(String text, LocalDate today) {
    return yaml(text.getBytes(StandardCharsets.UTF_8), today);
  }

  /** The YAML document as a tree; a file that is not YAML is one problem, with its line and column where known. */
  static Validation<Violation, JsonNode> yamlTree(byte[] text) {
    try {
      JsonNode node = YAML.readTree(text);
      return Validation.valid(node == null ? YAML.missingNode() : node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var at = e.getLocation();
      String zhWhere = at == null || at.getLineNr() < 0 ? "" : "（第" + at.getLineNr() + "行第" + at.getColumnNr() + "列）";
      String where = at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      return Validation.invalid(Violation.of("", "yaml", "文件不是有效的YAML文档" + zhWhere, "the file is not a valid YAML document" + where
          + ": " + e.getOriginalMessage()));
    } catch (java.io.IOException | RuntimeException e) {
      // SnakeYAML's limits (aliases, size, nesting) end the read with its own exception: the file is refused, never the server
      return Validation.invalid(Violation.of("", "yaml", "文件不是有效的YAML文档", "the file is not a valid YAML document"));
    }
  }

  static Read tree(Validation<Violation, JsonNode> tree, LocalDate today) {
    return tree.isInvalid() ? new Read(List.of(), List.of(tree.getError())) : tree(tree.get(), today);
  }

  /** A document already parsed (YAML or JSON). */
  public static Read tree(JsonNode root, LocalDate today) {
    List<Violation> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      problems.add(Violation.of("", "type", "文件应为一个映射，包含测试用例列表", "the file must be a mapping with a list of cases"));
      return new Read(List.of(), problems);
    }
    unknown(root, TOP, "", problems);
    Optional<Map<String, String>> draft = Optional.empty();
    JsonNode d = root.get("draft");
    if (d != null && !d.isNull()) {
      draft = Optional.of(texts(d, "draft", problems));
      ParameterValues.parse(draft.get()).fold(errors -> {
        errors.forEach(v -> problems.add(v.under("draft")));
        return null;
      }, ok -> null);
    }
    JsonNode cases = root.get("cases");
    List<PolicyCase> out = new ArrayList<>();
    if (cases == null || cases.isNull()) {
      problems.add(Violation.of("cases", "required", "测试用例不能为空", "there is no case"));
    } else if (!cases.isArray()) {
      problems.add(Violation.of("cases", "type", "测试用例应为列表", "cases must be a list"));
    } else {
      for (int i = 0; i < cases.size(); i++) {
        aCase(cases.get(i), "cases[" + i + "]", draft, today, problems).ifPresent(out::add);
      }
    }
    return problems.isEmpty() ? new Read(out, List.of()) : new Read(List.of(), problems);
  }

  private static Optional<PolicyCase> aCase(JsonNode c, String at, Optional<Map<String, String>> fileDraft, LocalDate today,
      List<Violation> problems) {
    if (!c.isObject()) {
      problems.add(Violation.of(at, "type", "每个测试用例应为一个映射", "a case must be a mapping"));
      return Optional.empty();
    }
    int before = problems.size();
    unknown(c, CASE, at, problems);
    String name = text(c.get("name"), at + ".name", problems);
    if (name == null && !present(c.get("name"))) {
      problems.add(Violation.of(at + ".name", "required", "用例名称不能为空", "a case needs a name"));
    }
    OrganizationId organization = null;
    String po = text(c.get("organization"), at + ".organization", problems);
    if (po == null && !present(c.get("organization"))) {
      problems.add(Violation.of(at + ".organization", "required", "须写明集群发展促进组织的编号", "the PO's id is required"));
    } else if (po != null) {
      organization = keep(OrganizationId.parse(at + ".organization", po), problems);
    }
    String day = text(c.get("on"), at + ".on", problems);
    LocalDate on = day == null ? today : keep(Parsing.day(at + ".on", day), problems);
    String rawPack = text(c.get("pack"), at + ".pack", problems);
    Pack pack = rawPack == null ? null : keep(Parsing.constant(at + ".pack", Pack.class, rawPack), problems);
    JsonNode values = c.get("values");
    boolean own = values != null && !values.isNull();
    Optional<ParameterValues> draft = Optional.empty();
    if (pack == Pack.IN_FORCE && own) {
      problems.add(Violation.of(at + ".values", "in-force", "按现行政策包测试的用例不能另设参数", "a case under the pack in force takes no values"));
    } else if (pack == Pack.DRAFT && fileDraft.isEmpty() && !own) {
      problems.add(Violation.of(at + ".pack", "no-draft", "文件没有政策包草案", "the file has no draft"));
    } else if (pack == Pack.DRAFT || own && rawPack == null) {
      Map<String, String> merged = new LinkedHashMap<>(fileDraft.orElse(Map.of()));
      if (own) {
        Map<String, String> mine = texts(values, at + ".values", problems);
        merged.putAll(mine);
        // a value of the file's draft was reported under draft already; the case's own under its values
        ParameterValues.parse(mine).fold(errors -> {
          errors.forEach(v -> problems.add(v.under(at + ".values")));
          return null;
        }, ok -> null);
      }
      var parsed = ParameterValues.parse(merged);
      draft = parsed.isValid() ? Optional.of(parsed.get()) : Optional.empty();
    }
    Expectation expect = expectation(c.get("expect"), at + ".expect", problems);
    if (problems.size() > before || name == null || organization == null || on == null) {
      return Optional.empty();
    }
    return Optional.of(new PolicyCase(name, organization, on, draft, expect));
  }

  private static Expectation expectation(JsonNode e, String at, List<Violation> problems) {
    if (e == null || e.isNull()) {
      return Expectation.nothing();
    }
    if (!e.isObject()) {
      problems.add(Violation.of(at, "type", "预期结果应为一个映射", "expect must be a mapping"));
      return Expectation.nothing();
    }
    unknown(e, EXPECT, at, problems);
    String rawRating = text(e.get("rating"), at + ".rating", problems);
    Optional<Rating> rating = rawRating == null ? Optional.empty()
        : Optional.ofNullable(keep(Parsing.constant(at + ".rating", Rating.class, rawRating), problems));
    Optional<BigDecimal> total = Optional.empty();
    JsonNode t = e.get("total");
    if (t != null && !t.isNull()) {
      String raw = t.isNumber() ? t.decimalValue().toPlainString() : t.isTextual() ? t.asText().strip() : null;
      try {
        total = Optional.of(new BigDecimal(raw == null ? "x" : raw));
      } catch (NumberFormatException x) {
        problems.add(Violation.of(at + ".total", "number", "评价总分应为数字", "total must be a number"));
      }
    }
    Optional<Boolean> eligible = Optional.empty();
    JsonNode el = e.get("eligible");
    if (el != null && !el.isNull()) {
      if (el.isBoolean()) {
        eligible = Optional.of(el.booleanValue());
      } else {
        problems.add(Violation.of(at + ".eligible", "boolean", "是否符合激励条件应为真或假", "eligible must be true or false"));
      }
    }
    Optional<Money> incentive = Optional.empty();
    JsonNode m = e.get("incentive");
    if (m != null && !m.isNull()) {
      if (m.isNumber()) {
        incentive = Optional.ofNullable(keep(Money.parse(at + ".incentive", m.decimalValue()), problems));
      } else if (m.isTextual()) {
        incentive = Optional.ofNullable(keep(Money.parse(at + ".incentive", m.asText()), problems));
      } else {
        problems.add(Violation.of(at + ".incentive", "number", "激励金额应为以元计的数字", "incentive must be an amount in yuan"));
      }
    }
    return new Expectation(rating, total, eligible, incentive, ids(e.get("failing"), at + ".failing", problems),
        ids(e.get("passing"), at + ".passing", problems));
  }

  private static List<String> ids(JsonNode list, String at, List<Violation> problems) {
    List<String> out = new ArrayList<>();
    if (list == null || list.isNull()) {
      return out;
    }
    if (!list.isArray()) {
      problems.add(Violation.of(at, "type", "应为规则编号的列表", "must be a list of rule ids"));
      return out;
    }
    for (int i = 0; i < list.size(); i++) {
      String id = text(list.get(i), at + "[" + i + "]", problems);
      if (id != null) {
        out.add(id);
      }
    }
    return out;
  }

  /** Parameter values by key, as text; a value that is a list or a mapping is a problem. */
  private static Map<String, String> texts(JsonNode map, String at, List<Violation> problems) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!map.isObject()) {
      problems.add(Violation.of(at, "type", "政策参数应为一个映射：参数名和取值", "must be a mapping of parameter keys to values"));
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
      var e = it.next();
      JsonNode v = e.getValue();
      if (v.isNumber()) {
        out.put(e.getKey(), v.decimalValue().toPlainString());
      } else if (v.isValueNode() && !v.isNull()) {
        out.put(e.getKey(), v.asText());
      } else {
        problems.add(Violation.of(at + "." + e.getKey(), "type", "参数取值应为文字或数字", "a parameter's value must be text or a number"));
      }
    }
    return out;
  }

  /** A scalar as text (a number keeps its digits); null when absent; a list or mapping is a problem. */
  private static String text(JsonNode n, String at, List<Violation> problems) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isNumber()) {
      return n.decimalValue().toPlainString();
    }
    if (!n.isValueNode()) {
      problems.add(Violation.of(at, "type", "该项应为文字", at + " must be text"));
      return null;
    }
    String s = n.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /** A value given that is neither null nor blank text (a list or a mapping is present, and its own problem). */
  private static boolean present(JsonNode n) {
    return n != null && !n.isNull() && !(n.isTextual() && n.asText().isBlank());
  }

  private static void unknown(JsonNode node, Set<String> known, String at, List<Violation> problems) {
    node.fieldNames().forEachRemaining(k -> {
      if (!known.contains(k)) {
        problems.add(Shape.unknown(at.isEmpty() ? k : at + "." + k));
      }
    });
  }

  private static <T> T keep(Validation<Violation, T> v, List<Violation> problems) {
    if (v.isInvalid()) {
      problems.add(v.getError());
      return null;
    }
    return v.get();
  }

  /** Whether a Content-Type names YAML. */
  static boolean isYaml(String contentType) {
    if (contentType == null) {
      return false;
    }
    return YAML_MEDIA.contains(contentType.split(";")[0].strip().toLowerCase(Locale.ROOT));
  }
}
