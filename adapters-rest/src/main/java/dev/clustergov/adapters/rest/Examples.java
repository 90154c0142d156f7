package dev.clustergov.adapters.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The request bodies the OpenAPI document shows (请求示例), as the README's walk sends them: the founding application is
 * the README's own file ({@code adapters-rest/examples/}, copied onto the classpath by the build), the others short
 * enough to stand in the route table. The ids are those of the demo data on a fresh data folder ({@code --demo}).
 */
final class Examples {
  private Examples() {}

  /** The README's founding application of a PO of 苏州市生物医药及高端医疗器械集群 (cluster-000006, authority-000003). */
  static final String FOUNDING_APPLICATION = resource("founding-application.json");

  static final String CLUSTER = """
      {"name": "苏州市高端纺织集群", "region": "320500", "industry": "高端纺织", "level": "PROVINCIAL", "enterprises": 450}""";

  /** A credit code whose check character is right (GB 32100-2015); a wrong one is a 400. */
  static final String ESTABLISHMENT = """
      {"creditCode": "51320500MJ55500017"}""";

  static final String RECOGNITION = "{}";

  static final String SUSPENSION = """
      {"reason": "年度第三方评价结果未达标，暂停认定，责令限期整改"}""";

  /** An engagement ended from today, with its reason (decision 0475). */
  static final String ENGAGEMENT_ENDING = """
      {"reason": "第三方评价机构与被评价的集群发展促进组织产生利害关系，终止委托"}""";

  private static String resource(String name) {
    try (InputStream in = Examples.class.getResourceAsStream("examples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("examples/" + name + " is not on the classpath (the build copies adapters-rest/examples/)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
