package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The database going away while a unit of work that refused is rolled back (连接中断): the refusal was decided
 * on what the unit of work read, and nothing of it was written — a transaction not committed ends with its
 * connection — so the refusal is the answer, not a failure of the server. Found by {@code DatabaseLossTest}:
 * PostgreSQL stopped between a command's conflict and its rollback, HikariCP had closed the connection (its
 * {@code SQLException("Connection is closed")} carries no SQLSTATE), and the request was answered 500.
 */
class ConnectionLostOnRefusalTest {

  /** Connections that, once {@link #lose()} is called, answer every call as HikariCP's closed connection does. */
  static final class Losing {
    final AtomicBoolean lost = new AtomicBoolean();
    final DataSource dataSource;

    Losing() {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:lost-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
      dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
          (proxy, m, args) -> {
            Object result = invoke(h2, m, args);
            return m.getName().equals("getConnection") ? connection((Connection) result) : result;
          });
    }

    void lose() {
      lost.set(true);
    }

    private Connection connection(Connection real) {
      return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, m, args) -> {
        if (lost.get()) {
          switch (m.getName()) {
            case "isClosed":
              return true;
            case "close":
              return invoke(real, m, args);
            default:
              throw new SQLException("Connection is closed");
          }
        }
        return invoke(real, m, args);
      });
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
      try {
        return m.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  @Test
  void a_read_that_loses_its_connection_fails_with_its_own_failure_not_with_restoring_the_connection() {
    // was: the snapshot's isolation level restored on the lost connection threw "Connection is closed" (no SQLSTATE)
    // over the read's own failure, and DatabaseLossTest got a 500 where the outage is a 503
    Losing db = new Losing();
    Transactions transactions = new Transactions(Jdbi.create(db.dataSource), Optional.empty());
    assertThatThrownBy(() -> transactions.read(() -> {
      transactions.inTransaction(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
      db.lose();
      throw new org.jdbi.v3.core.ConnectionException(new SQLException("An I/O error occurred while sending to the backend", "08006"));
    })).hasRootCauseInstanceOf(SQLException.class).rootCause().extracting(t -> ((SQLException) t).getSQLState()).isEqualTo("08006");
  }

  @Test
  void a_refusal_stands_when_the_connection_is_lost_before_its_rollback() {
    Losing db = new Losing();
    Transactions transactions = new Transactions(Jdbi.create(db.dataSource), Optional.empty());
    Either<String, String> result = transactions.run(() -> {
      transactions.inTransaction(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
      db.lose(); // the database stops after the decision was read, before the unit of work ends
      return Either.left("refused: version 3 expected, 4 stored");
    });
    assertThat(result).isEqualTo(Either.left("refused: version 3 expected, 4 stored"));
  }

  @Test
  void an_acceptance_whose_commit_is_lost_is_still_a_failure_the_caller_sees() {
    Losing db = new Losing();
    Transactions transactions = new Transactions(Jdbi.create(db.dataSource), Optional.empty());
    // its outcome is unknown to the server: never reported as done
    assertThatThrownBy(() -> transactions.run(() -> {
      transactions.inTransaction(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
      db.lose();
      return Either.right("accepted");
    })).hasRootCauseInstanceOf(SQLException.class).hasRootCauseMessage("Connection is closed");
  }
}
