package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.clustergov.adapters.jdbc.JdbcClustergov;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An evaluator's reads of a PO by statement count (评价机构读取的语句数, Art.28, decisions 0580, 0606), over H2 through the
 * server's own JDBC adapter, every statement counted as it is executed: while nothing changed, an evaluator's GET of the PO
 * and of its compliance is one statement — its version read with the PO's read stamp — as the public read of the PO is; and
 * an engagement ended, through this instance or through another on the same database, refuses the very next read on both,
 * on both routes, whatever either kept.
 */
class EvaluatorReadStatementsTest extends ServerHarness {

  /** The server's day: it runs on the system clock, in China's time zone. */
  private static final String TODAY = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();

  /** Statements executed through this instance's data source (a batch counts once, as it is one round trip). */
  private final AtomicLong executed = new AtomicLong();
  private final String url = "jdbc:h2:mem:clustergov-evaluator-reads-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
  private HikariDataSource pool;

  /** Another instance on the same database: its own adapter, grants and read model. */
  private HikariDataSource otherPool;
  private ClustergovServer other;
  private Http otherHttp;

  @Override
  protected Backend backend() {
    pool = pool(url);
    JdbcClustergov jdbc = JdbcClustergov.migrateAndConnect(counted(pool, executed), new SystemClock());
    return new Backend.Parts("h2", jdbc.ports(), pool::close);
  }

  @BeforeAll
  void startOther() throws Exception {
    otherPool = pool(url);
    JdbcClustergov jdbc = JdbcClustergov.migrateAndConnect(otherPool, new SystemClock());
    other = ClustergovServer.builder().ports(jdbc::ports).tokens(tokens()).start("127.0.0.1", 0);
    otherHttp = new Http(other.port());
  }

  @AfterAll
  void stopOther() throws Exception {
    if (other != null) {
      other.stop(java.time.Duration.ofSeconds(2));
    }
    if (otherPool != null) {
      otherPool.close();
    }
  }

  private static HikariDataSource pool(String url) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(url);
    c.setUsername("sa");
    c.setPassword("");
    c.setMaximumPoolSize(4);
    return new HikariDataSource(c);
  }

  /** {@code target}, counting in {@code executed} every statement executed through a connection it hands out. */
  private static DataSource counted(DataSource target, AtomicLong executed) {
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(target, method, args);
          return result instanceof Connection c ? connection(c, executed) : result;
        });
  }

  private static Connection connection(Connection target, AtomicLong executed) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Object result = invoke(target, method, args);
          if (result instanceof Statement s) {
            Class<?> type = result instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : result instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
            return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
              if (m.getName().startsWith("execute")) {
                executed.incrementAndGet();
              }
              return invoke(s, m, a);
            });
          }
          return result;
        });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The statements this instance executed to answer {@code request}, with its answer. */
  private record Counted(Http.Response response, long statements) {}

  private Counted counted(Http.Request request) {
    long before = executed.get();
    Http.Response r = request.send();
    return new Counted(r, executed.get() - before);
  }

  @Test
  void an_evaluators_read_of_a_po_and_of_its_compliance_is_one_statement_while_nothing_changed() {
    String po = "/organizations/" + world.poS;
    // the first reads keep the evaluator and the answers; the figures are of the next, as a server's steady state
    for (String path : List.of(po, po + "/compliance", "/public/organizations/" + world.poS)) {
      for (int i = 0; i < 2; i++) {
        Http.Request read = path.startsWith("/public") ? http.get(path) : http.get(path).token(World.EVALUATOR);
        assertThat(read.send().status()).as(path).isEqualTo(200);
      }
    }
    Counted organization = counted(http.get(po).token(World.EVALUATOR));
    Counted compliance = counted(http.get(po + "/compliance").token(World.EVALUATOR));
    Counted publicRead = counted(http.get("/public/organizations/" + world.poS));
    System.out.println("STATEMENTS: evaluator PO read=" + organization.statements() + " evaluator compliance read="
        + compliance.statements() + " public PO read=" + publicRead.statements());
    assertThat(organization.response().status()).isEqualTo(200);
    assertThat(compliance.response().status()).isEqualTo(200);
    assertThat(publicRead.response().status()).isEqualTo(200);
    // the evaluator's version with the PO's read stamp (decision 0606): before it, two (the version, then the stamp)
    assertThat(organization.statements()).as("an evaluator's read of the PO").isEqualTo(1);
    assertThat(compliance.statements()).as("an evaluator's read of the PO's compliance").isEqualTo(1);
    assertThat(publicRead.statements()).as("the public read of the PO, the one statement it is compared with").isEqualTo(1);
    // the tag back: a 304 costs the same one statement
    Counted revalidated = counted(http.get(po).token(World.EVALUATOR).header("If-None-Match", organization.response().header("ETag")));
    assertThat(revalidated.response().status()).isEqualTo(304);
    assertThat(revalidated.statements()).isEqualTo(1);
  }

  @Test
  void an_engagement_ended_through_this_instance_refuses_the_very_next_read_here_and_on_the_other() {
    String po = "/organizations/" + world.poS;
    readsWhileEngaged(po);
    end(http, po);
    refusedOnBoth(po, "ended through this instance");
    engageAgain(http, po);
    readsWhileEngaged(po);
  }

  @Test
  void an_engagement_ended_through_another_instance_refuses_the_very_next_read_here_and_there() {
    String po = "/organizations/" + world.poS;
    readsWhileEngaged(po);
    end(otherHttp, po);
    refusedOnBoth(po, "ended through the other instance");
    engageAgain(otherHttp, po);
    readsWhileEngaged(po);
  }

  /** Both instances answer both reads, twice each: each keeps the evaluator and the answers. */
  private void readsWhileEngaged(String po) {
    for (Http on : List.of(http, otherHttp)) {
      for (String path : List.of(po, po + "/compliance", po, po + "/compliance")) {
        Http.Response r = on.get(path).token(World.EVALUATOR).send();
        assertThat(r.status()).as(path + " while engaged: " + r.body()).isEqualTo(200);
      }
    }
  }

  /** The very next read after the ending was acknowledged, on each instance and each route: 403, citing Art.28. */
  private void refusedOnBoth(String po, String how) {
    for (Http on : List.of(http, otherHttp)) {
      for (String path : List.of(po, po + "/compliance")) {
        Http.Response refused = on.get(path).token(World.EVALUATOR).send();
        assertThat(refused.status()).as(path + " the next read after the engagement was " + how + " (" + (on == http ? "this" : "the other")
            + " instance)").isEqualTo(403);
        assertThat(refused.body()).contains("第二十八条");
      }
    }
  }

  /** Suzhou's bureau ends the evaluator's running engagement for the PO through {@code on}; acknowledged when this returns. */
  private void end(Http on, String po) {
    String number = null;
    for (var g : Races.items(on.get("/evaluator-engagements?organization=" + world.poS).token(World.SUZHOU).send().json())) {
      if (g.get("evaluator").asText().equals(world.evaluator) && g.get("status").asText().equals("RUNNING")) {
        number = g.get("number").asText();
      }
    }
    assertThat(number).as("the evaluator's running engagement for the PO").isNotNull();
    Http.Response ended = on.post(po + "/evaluator-engagements/" + world.evaluator + "/" + number + "/ending",
        Map.of("reason", "委托事项已调整")).token(World.SUZHOU).send();
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
  }

  private void engageAgain(Http on, String po) {
    Http.Response engaged = on.post(po + "/evaluator-engagements", Map.of("evaluator", world.evaluator, "from", TODAY,
        "until", "2099-12-31")).token(World.SUZHOU).send();
    assertThat(engaged.status()).as(engaged.body()).isEqualTo(201);
  }
}
