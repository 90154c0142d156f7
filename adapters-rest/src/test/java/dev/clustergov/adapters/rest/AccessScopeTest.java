package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.Access.Condition;
import dev.clustergov.adapters.rest.Caller.Role;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every route × every kind of caller, own and other scope (访问范围), from {@link Access#TABLE}: the status
 * each gets with a body that could not be read anyway — so an object-level refusal (403, 404) is seen to
 * come before any validation of the body (OWASP API1) — and tokens that are revoked or unknown refused
 * everywhere, and never written to the log.
 */
class AccessScopeTest extends ServerHarness {

  static final String REVOKED = "token-revoked-secretariat-a-001";
  static final String MEMBER_NOBODY = "token-member-of-po-a-naming-nobody";

  private final InMemoryClustergov memory = new InMemoryClustergov();

  @Override
  protected Backend backend() {
    return Backend.memory(memory);
  }

  @Override
  protected String tokens() {
    // a token that was valid, now withdrawn: listed with its role and marked revoked
    return world.tokens() + "\n" + REVOKED + " secretariat " + world.poA + "\n" + REVOKED + " revoked\n" + MEMBER_NOBODY + " member "
        + world.poA + " p-does-not-exist";
  }

  /**
   * A kind of caller and what holds for it on {@link World#poA} (a Suzhou PO whose supervising authority is
   * Suzhou's bureau, seat holder {@code p-li}) — written out here, not asked of {@link Access}.
   */
  enum Kind {
    PUBLIC(null, Role.PUBLIC, Set.of()),
    AUTHORITY_OWN(World.SUZHOU, Role.AUTHORITY, Set.of(Condition.IN_JURISDICTION, Condition.OWN_SUPERVISOR)),
    AUTHORITY_BROADER(World.JIANGSU, Role.AUTHORITY, Set.of(Condition.IN_JURISDICTION)),
    AUTHORITY_NATIONAL(World.NATIONAL, Role.AUTHORITY, Set.of(Condition.IN_JURISDICTION, Condition.NATIONAL)),
    AUTHORITY_OTHER_JURISDICTION(World.SHENZHEN, Role.AUTHORITY, Set.of()),
    /** Engaged by Suzhou's bureau for {@link World#poA} (Art.28). */
    EVALUATOR(World.EVALUATOR, Role.EVALUATOR, Set.of(Condition.ENGAGED)),
    /** A token naming an evaluator the registry does not hold: refused everywhere it could otherwise go (Art.28). */
    EVALUATOR_UNREGISTERED(World.UNREGISTERED_EVALUATOR, Role.EVALUATOR, Set.of()),
    SECRETARIAT_OWN(World.SECRETARIAT_A, Role.SECRETARIAT, Set.of(Condition.OWN_ORGANIZATION)),
    SECRETARIAT_OTHER_PO(World.SECRETARIAT_S, Role.SECRETARIAT, Set.of()),
    /** p-li sits on PO A's assembly; of its disputes the routes keep those p-li is a party to (PARTY: admitted, then narrowed). */
    MEMBER_OWN(World.MEMBER_A, Role.MEMBER, Set.of(Condition.OWN_ORGANIZATION, Condition.OWN_SEAT, Condition.PARTY)),
    MEMBER_OTHER_PO(World.MEMBER_S, Role.MEMBER, Set.of()),
    /** A member token of PO A naming no membership and no seat holder of it: refused everywhere (Art.8(2), Art.17, decision 0550). */
    MEMBER_NAMING_NOBODY(MEMBER_NOBODY, Role.MEMBER, Set.of());

    final String token;
    final Role role;
    final Set<Condition> holds;

    Kind(String token, Role role, Set<Condition> holds) {
      this.token = token;
      this.role = role;
      this.holds = holds;
    }
  }

  private String path(Route r, String po) {
    String p = r.path();
    for (String param : r.pathParams()) {
      String value = switch (param) {
        case "id" -> r.path().startsWith("/organizations/") ? po : "x-000001";
        case "personId" -> "p-li";
        case "bodyId" -> "council";
        case "kind" -> "BUSINESS";
        case "n" -> "1";
        default -> param + "-999999";
      };
      p = p.replace("{" + param + "}", value);
    }
    return p;
  }

  /** The PO routes: their object is in the path, so the check comes before the body is read. */
  private List<Route> poRoutes() {
    return server.routes().stream().filter(r -> r.scope() == Route.Scope.ORGANIZATION).toList();
  }

  @TestFactory
  Stream<DynamicTest> every_po_route_and_caller_kind_gets_what_the_table_says_before_its_body_is_read() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Route r : poRoutes()) {
      for (Kind k : Kind.values()) {
        Condition c = Access.condition(r.op(), k.role).orElse(null);
        int expected = c == null ? (k.role == Role.PUBLIC ? 401 : 403)
            : k == Kind.EVALUATOR_UNREGISTERED || k == Kind.MEMBER_NAMING_NOBODY ? 403
            : c == Condition.ALWAYS || k.holds.contains(c) ? 0 : 403;
        String name = r.method() + " " + r.path() + " × " + k + " → " + (expected == 0 ? "admitted" : expected);
        tests.add(DynamicTest.dynamicTest(name, () -> {
          for (String[] body : List.of(new String[] {"application/json", "{\"broken"}, new String[] {"text/plain", "<x>"})) {
            var res = http.method(r.method(), path(r, world.poA), null).token(k.token).header("Content-Type", body[0])
                .raw(body[1].getBytes(StandardCharsets.UTF_8)).send();
            if (expected == 0) {
              assertThat(res.status()).as(name + " " + res.body()).isNotIn(401, 403).isLessThan(500);
            } else {
              problem(res, expected);
            }
          }
        }));
      }
      // an authority in its jurisdiction asks for a PO that does not exist: 404, before the body too
      Condition c = Access.condition(r.op(), Role.AUTHORITY).orElse(null);
      if (c == Condition.IN_JURISDICTION || c == Condition.OWN_SUPERVISOR) {
        tests.add(DynamicTest.dynamicTest(r.method() + " " + r.path() + " × authority, unknown PO → 404", () -> {
          var res = http.method(r.method(), path(r, "organization-999999"), null).token(World.SUZHOU)
              .header("Content-Type", "application/json").raw("{\"broken".getBytes(StandardCharsets.UTF_8)).send();
          problem(res, 404);
        }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> a_revoked_or_unknown_token_is_refused_on_every_route() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Route r : server.routes()) {
      for (String token : List.of(REVOKED, "token-nobody-ever-issued-00001", "sha256:" + HexFormat.of().formatHex(Tokens.sha256(World.SUZHOU)))) {
        tests.add(DynamicTest.dynamicTest(r.method() + " " + r.path() + " × " + token.substring(0, 13) + "…", () -> {
          var res = http.method(r.method(), path(r, world.poA), r.request() == null ? null : Map.of()).token(token).send();
          problem(res, 401);
          assertThat(res.header("WWW-Authenticate")).contains("invalid_token");
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void the_revoked_token_was_otherwise_valid() {
    // the same entry without its revocation lets the secretariat in: what refuses it is the revocation
    Tokens without = Tokens.parse(REVOKED + " secretariat " + world.poA, "t");
    Tokens with = Tokens.parse(REVOKED + " secretariat " + world.poA + "\n" + REVOKED + " revoked", "t");
    assertThat(without.caller(REVOKED)).isPresent();
    assertThat(with.caller(REVOKED)).isEmpty();
  }

  @Test
  void tokens_and_their_hashes_never_reach_the_log() throws Exception {
    PrintStream err = System.err;
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8);
    List<String> tokens = new ArrayList<>(List.of(World.NATIONAL, World.SUZHOU, World.SECRETARIAT_A, World.MEMBER_A, World.EVALUATOR,
        REVOKED, "token-nobody-ever-issued-00001"));
    try {
      System.setErr(tee);
      System.setOut(tee);
      for (String t : tokens) {
        for (Route r : server.routes()) {
          http.method(r.method(), path(r, world.poA), r.request() == null ? null : Map.of("x", 1)).token(t).send();
        }
        http.get("/no-such-route").token(t).send();
        http.get("/organizations/" + world.poA).header("Authorization", "Bearer " + t + "x").send();
        http.get("/organizations/" + world.poA).header("Authorization", t).send();
      }
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    // the capture works: the access log of these very requests is in it
    assertThat(log).contains("access - GET /organizations/" + world.poA);
    for (String t : tokens) {
      byte[] hash = Tokens.sha256(t);
      assertThat(log).doesNotContain(t).doesNotContain(t.substring(6, 20))
          .doesNotContainIgnoringCase(HexFormat.of().formatHex(hash))
          .doesNotContain(Base64.getEncoder().encodeToString(hash));
    }
  }

  @Test
  void tokens_are_kept_only_as_hashes() throws Exception {
    String plain = "a-plain-token-of-suzhou-0001";
    Tokens t = Tokens.parse(plain + " authority authority-000003\n" + "another-plain-token-00002 revoked", "test");
    // every field, and every field of what they hold (the entries, the revocations), walked by reflection
    List<Object> seen = new ArrayList<>();
    walk(t, 0, seen);
    assertThat(seen).as("the walk reached the entries").anyMatch(o -> o instanceof byte[] b && b.length == 32);
    for (Object o : seen) {
      if (o instanceof CharSequence s) {
        assertThat(s.toString()).doesNotContain(plain).doesNotContain("another-plain-token");
      }
      if (o instanceof char[] c) {
        assertThat(new String(c)).doesNotContain(plain);
      }
      if (o instanceof byte[] b) {
        assertThat(new String(b, StandardCharsets.UTF_8)).doesNotContain(plain);
      }
    }
  }

  private static void walk(Object o, int depth, List<Object> seen) throws IllegalAccessException {
    if (o == null || depth > 6 || seen.stream().anyMatch(x -> x == o)) {
      return;
    }
    seen.add(o);
    if (o instanceof Iterable<?> it) {
      for (Object x : it) {
        walk(x, depth + 1, seen);
      }
      return;
    }
    if (o instanceof CharSequence || o instanceof byte[] || o instanceof char[] || o instanceof Enum<?> || o.getClass().getName().startsWith("java.")) {
      return;
    }
    for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (var f : c.getDeclaredFields()) {
        if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        f.setAccessible(true);
        walk(f.get(o), depth + 1, seen);
      }
    }
  }

  @Test
  void a_token_is_compared_in_constant_time_over_its_hash() throws Exception {
    // structure: the compiled Tokens refers to SHA-256 and MessageDigest.isEqual, and to no other comparison of bytes or text
    byte[] code;
    try (var in = Tokens.class.getResourceAsStream("Tokens.class")) {
      code = in.readAllBytes();
    }
    String pool = new String(code, StandardCharsets.ISO_8859_1);
    assertThat(pool).contains("java/security/MessageDigest").contains("isEqual").contains("SHA-256");
    assertThat(pool).doesNotContain("java/util/Arrays").doesNotContain("contentEquals");
    // behaviour: near misses, prefixes, and the stored hash presented as if it were a token are all refused
    Tokens t = Tokens.parse("a-plain-token-of-suzhou-0001 authority authority-000003", "test");
    assertThat(t.caller("a-plain-token-of-suzhou-0001")).isPresent();
    for (String miss : List.of("a-plain-token-of-suzhou-0002", "a-plain-token-of-suzhou-000", "a-plain-token-of-suzhou-00011",
        "A-PLAIN-TOKEN-OF-SUZHOU-0001", " a-plain-token-of-suzhou-0001",
        "sha256:" + HexFormat.of().formatHex(Tokens.sha256("a-plain-token-of-suzhou-0001")),
        HexFormat.of().formatHex(Tokens.sha256("a-plain-token-of-suzhou-0001")))) {
      assertThat(t.caller(miss)).as(miss).isEmpty();
    }
  }
}
