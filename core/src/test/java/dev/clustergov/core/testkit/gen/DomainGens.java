package dev.clustergov.core.testkit.gen;

import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.guideline.Guideline;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.testkit.property.Alphabet;
import dev.clustergov.core.testkit.property.Gen;
import java.math.BigDecimal;
import java.util.List;

/**
 * Generators of the kernel's and the catalogue's value types, valid and invalid (值类型生成器): region
 * codes, credit codes, money, identifiers, realistic Chinese names, citations and hostile text.
 * Valid generators make values the type's {@code parse} accepts; {@code invalid…} ones make raw text
 * it must refuse, each a different way of being wrong.
 */
public final class DomainGens {

  private DomainGens() {}

  // ---------------------------------------------------------------- hostile text

  /**
   * Text no parser should throw on: any code point, control characters, emoji, whitespace, and
   * now and then a huge string (tens of thousands of code points).
   */
  public static Gen<String> hostileText() {
    return Gen.frequency(List.of(
        io.vavr.Tuple.of(4, Gen.strings(Alphabet.ANY, 0, 40)),
        io.vavr.Tuple.of(2, Gen.strings(Alphabet.CONTROL.or(Alphabet.WHITESPACE, Alphabet.DIGITS), 0, 20)),
        io.vavr.Tuple.of(2, Gen.strings(Alphabet.EMOJI.or(Alphabet.CJK_IDEOGRAPHS, Alphabet.ASCII_PRINTABLE), 0, 30)),
        io.vavr.Tuple.of(1, Gen.integers(10_000, 60_000).flatMap(n -> Gen.elements("9", "A", "中", "\u0000", "😀", " ")
            .map(s -> s.repeat(n))))));
  }

  // ---------------------------------------------------------------- region codes

  /** Province codes of GB/T 2260 in use (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82). */
  public static final List<Integer> PROVINCES = List.of(
      11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
      50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);

  /** Province codes as GB/T 2260 shapes them ({@code 320000}); any two digits 11–82 pass. */
  public static Gen<RegionCode> provinces() {
    return Gen.frequency(3, Gen.elements(PROVINCES.toArray(Integer[]::new)), 1, Gen.integers(11, 82))
        .map(p -> new RegionCode(p + "0000"));
  }

  /** City codes ({@code 320500}). */
  public static Gen<RegionCode> cities() {
    return Gen.combine(provinces(), Gen.integers(1, 99),
        (p, c) -> new RegionCode(p.value().substring(0, 2) + two(c) + "00"));
  }

  /** County codes ({@code 320505}). */
  public static Gen<RegionCode> counties() {
    return Gen.combine(cities(), Gen.integers(1, 99),
        (c, k) -> new RegionCode(c.value().substring(0, 4) + two(k)));
  }

  /** Any valid region code: the nation, a province, a city or a county. */
  public static Gen<RegionCode> regionCodes() {
    return Gen.frequency(List.of(io.vavr.Tuple.of(1, Gen.constant(RegionCode.NATIONAL)),
        io.vavr.Tuple.of(3, provinces()), io.vavr.Tuple.of(3, cities()), io.vavr.Tuple.of(3, counties())));
  }

  /** Raw text that is not a region code: bad province, county without a city, wrong length, letters. */
  public static Gen<String> invalidRegionCodes() {
    return Gen.oneOf(
        Gen.combine(Gen.oneOf(Gen.integers(0, 10), Gen.integers(83, 99)), Gen.integers(0, 9999),
            (p, rest) -> p == 0 && rest == 0 ? "010000" : two(p) + String.format("%04d", rest)),
        Gen.combine(provinces(), Gen.integers(1, 99), (p, k) -> p.value().substring(0, 4) + two(k)),
        Gen.strings(Alphabet.DIGITS, 0, 5),
        Gen.strings(Alphabet.DIGITS, 7, 12),
        cities().map(c -> c.value().substring(0, 5) + "X"),
        cities().map(c -> c.value().replace('0', '０')));
  }

  // ---------------------------------------------------------------- credit codes

  /** The 31 characters GB 32100-2015 allows (no I, O, S, V, Z). */
  public static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** Valid credit codes: category, a region (digits 3–8), nine random characters and the check character. */
  public static Gen<CreditCode> creditCodes() {
    Gen<String> head = Gen.strings(Alphabet.of(CREDIT_ALPHABET), 2, 2);
    Gen<String> organisation = Gen.strings(Alphabet.of(CREDIT_ALPHABET), 9, 9);
    return Gen.combine(head, Gen.oneOf(cities(), counties()), organisation, (h, r, o) -> {
      String first17 = h + r.value() + o;
      return new CreditCode(first17 + CreditCode.checkCharacter(first17));
    });
  }

  /** Raw text that is not a credit code: one character changed, wrong length, a forbidden letter. */
  public static Gen<String> invalidCreditCodes() {
    Gen<String> oneChanged = Gen.combine(creditCodes(), Gen.integers(0, 17), Gen.integers(1, 30), (c, i, shift) -> {
      char[] s = c.value().toCharArray();
      s[i] = CREDIT_ALPHABET.charAt((CREDIT_ALPHABET.indexOf(s[i]) + shift) % 31);
      return new String(s);
    });
    Gen<String> wrongLength = Gen.combine(creditCodes(), Gen.integers(0, 30),
        (c, n) -> n <= 17 ? c.value().substring(0, n) : c.value() + "0".repeat(n - 18));
    Gen<String> forbidden = Gen.combine(creditCodes(), Gen.integers(0, 17), Gen.elements('I', 'O', 'S', 'V', 'Z', 'i', 'a'),
        (c, i, ch) -> c.value().substring(0, i) + ch + c.value().substring(i + 1));
    return Gen.oneOf(oneChanged, wrongLength.filter(s -> s.length() != 18), forbidden);
  }

  // ---------------------------------------------------------------- money

  /** Valid amounts: non-negative, at most two decimals, up to {@link Money#MAX}; small amounts often. */
  public static Gen<Money> money() {
    return Gen.frequency(3, Gen.bigDecimals(BigDecimal.ZERO, new BigDecimal("10000000"), 2),
            1, Gen.bigDecimals(BigDecimal.ZERO, Money.MAX, 2))
        .map(DomainGens::money);
  }

  /** Raw amounts {@link Money#parse} refuses: negative, three or more decimals, beyond the maximum. */
  public static Gen<BigDecimal> invalidAmounts() {
    return Gen.oneOf(
        Gen.bigDecimals(new BigDecimal("-1000000000"), new BigDecimal("-0.01"), 2),
        Gen.combine(Gen.bigDecimals(BigDecimal.ZERO, new BigDecimal("1000000"), 2), Gen.integers(1, 9),
            (b, d) -> b.add(BigDecimal.valueOf(d, 3))),
        Gen.bigDecimals(new BigDecimal("0.01"), new BigDecimal("1000000000"), 2).map(b -> Money.MAX.add(b)),
        Gen.integers(13, 400).map(e -> BigDecimal.ONE.scaleByPowerOfTen(e)));
  }

  /** A valid amount as {@link Money}; throws on an amount {@link Money#parse} refuses. */
  public static Money money(BigDecimal yuan) {
    return Money.parse("amount", yuan).toEither().getOrElseThrow(v -> new IllegalArgumentException(v.toString()));
  }

  // ---------------------------------------------------------------- identifiers

  private static final Alphabet ID_START = Alphabet.ASCII_LETTERS_DIGITS;
  private static final Alphabet ID_REST = Alphabet.ASCII_LETTERS_DIGITS.or(Alphabet.of("._-"));

  /** Raw identifiers every typed id accepts: a letter or digit, then up to 63 of letters, digits, '.', '_', '-'. */
  public static Gen<String> identifiers() {
    return Gen.frequency(3, Gen.combine(Gen.elements("org", "cluster", "authority", "p", "body", "staff"),
            Gen.integers(1, 9999), (p, n) -> p + "-" + n),
        2, Gen.combine(Gen.strings(ID_START, 1, 1), Gen.strings(ID_REST, 0, 63), String::concat));
  }

  /** Raw text no typed id accepts: empty, blank, a bad first character, a space, a CJK character, too long. */
  public static Gen<String> invalidIdentifiers() {
    return Gen.oneOf(
        Gen.strings(Alphabet.WHITESPACE, 0, 3),
        identifiers().map(s -> "-" + s),
        identifiers().map(s -> s + " x"),
        identifiers().map(s -> s + "中"),
        Gen.combine(Gen.strings(ID_START, 1, 1), Gen.strings(ID_REST, 64, 80), String::concat));
  }

  // ---------------------------------------------------------------- names

  /** A city (地级市) with its GB/T 2260 code. */
  public record City(String name, RegionCode code) {
    public RegionCode province() {
      return new RegionCode(code.value().substring(0, 2) + "0000");
    }
  }

  public static final List<City> CITIES = List.of(
      new City("苏州", new RegionCode("320500")), new City("无锡", new RegionCode("320200")),
      new City("南京", new RegionCode("320100")), new City("杭州", new RegionCode("330100")),
      new City("宁波", new RegionCode("330200")), new City("深圳", new RegionCode("440300")),
      new City("广州", new RegionCode("440100")), new City("合肥", new RegionCode("340100")),
      new City("成都", new RegionCode("510100")), new City("武汉", new RegionCode("420100")),
      new City("西安", new RegionCode("610100")), new City("长沙", new RegionCode("430100")),
      new City("青岛", new RegionCode("370200")), new City("株洲", new RegionCode("430200")),
      new City("泉州", new RegionCode("350500")), new City("佛山", new RegionCode("440600")));

  public static final List<String> INDUSTRIES = List.of(
      "纳米新材料", "生物医药", "集成电路", "新能源汽车", "高端装备", "智能家电", "工业母机", "光伏",
      "动力电池", "软件和信息服务", "航空航天", "先进纺织", "轨道交通装备", "工程机械", "新型显示", "物联网");

  public static final List<String> PO_SUFFIXES = List.of(
      "产业集群促进会", "产业集群发展促进会", "产业联盟", "集群促进中心", "产业发展促进中心", "产业创新联盟");

  public static Gen<City> cityChoices() {
    return Gen.elements(CITIES.toArray(City[]::new));
  }

  public static Gen<String> industries() {
    return Gen.elements(INDUSTRIES.toArray(String[]::new));
  }

  /** A realistic PO name: city + industry + 促进会/联盟/促进中心, e.g. 苏州纳米新材料产业集群促进会. */
  public static Gen<String> poNames() {
    return Gen.combine(cityChoices(), industries(), Gen.elements(PO_SUFFIXES.toArray(String[]::new)),
        (c, i, s) -> c.name() + i + s);
  }

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚";

  /** A Chinese personal name of two or three characters. */
  public static Gen<String> personNames() {
    return Gen.combine(Gen.strings(Alphabet.of(SURNAMES), 1, 1), Gen.strings(Alphabet.of(GIVEN), 1, 2), String::concat);
  }

  // ---------------------------------------------------------------- citations

  /** Every clause of the catalogue (articles, items, points of Chapters 1–6). */
  public static Gen<Citation> catalogueCitations() {
    return Gen.elements(Guideline.clauses().toJavaList().toArray(Citation[]::new));
  }

  /** Citation-like garbage: near misses of both spellings and arbitrary text. */
  public static Gen<String> citationGarbage() {
    return Gen.oneOf(
        hostileText(),
        Gen.combine(Gen.integers(-5, 120), Gen.integers(-1, 120), (a, i) -> "Art." + a + "(" + i + ")"),
        Gen.strings(Alphabet.of("第条项目（）()一二三四五六七八九十〇零0123456789"), 0, 16),
        Gen.strings(Alphabet.of("Art.()0123456789 "), 0, 14));
  }

  // ---------------------------------------------------------------- clusters

  /** A cluster in a real city (or a county of it), at any level, of 10–5000 enterprises. */
  public static Gen<Cluster> clusters() {
    return Gen.combine(cityChoices(), industries(), Gen.zip(Gen.integers(0, 99), Gen.enumValues(ClusterLevel.class)),
            Gen.integers(10, 5000),
            (city, industry, t, enterprises) -> {
              RegionCode region = t._1 == 0 ? city.code()
                  : new RegionCode(city.code().value().substring(0, 4) + two(t._1));
              return new Cluster(new ClusterId("cluster-" + region.value() + "-" + Math.abs(industry.hashCode() % 1000)), 0,
                  city.name() + "市" + industry + "集群", region, industry, t._2, enterprises);
            });
  }

  static String two(int n) {
    return String.format("%02d", n);
  }
}
