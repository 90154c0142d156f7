package dev.clustergov.adapters.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source for tests (测试数据源) around a real one: it keeps closed connections for reuse (a
 * host would use a pool; opening an H2 file or a PostgreSQL connection per call makes the tests
 * slow), counts the statements executed (a batch counts once, as it is one round trip), and can be
 * told to fail the N-th statement from now, to inject a fault in the middle of a transaction. It can
 * also record the statements prepared during some work, with their parameters, so that a test can
 * replay exactly what the adapter sent (under EXPLAIN, say).
 */
final class TestDataSource implements DataSource {
  private final DataSource target;
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
  private final AtomicLong executed = new AtomicLong();
  /** Statements still allowed before the injected failure; negative when none is armed. */
  private final AtomicLong failIn = new AtomicLong(-1);
  /** Where prepared statements are recorded; null when not recording. */
  private volatile List<Sent> recording;

  /** A prepared statement as it was sent: its SQL and the calls that set its parameters, in order. */
  record Sent(String sql, List<Setter> parameters) {
    /** Sets the same parameters, by the same methods, on {@code target} (which has the same placeholders). */
    void bindTo(PreparedStatement target) throws SQLException {
      for (Setter p : parameters) {
        try {
          p.method().invoke(target, p.args());
        } catch (ReflectiveOperationException e) {
          throw new SQLException("cannot replay " + p.method().getName(), e);
        }
      }
    }
  }

  /** One call of a {@code PreparedStatement.setXxx(index, value…)}. */
  record Setter(Method method, Object[] args) {}

  TestDataSource(DataSource target) {
    this.target = target;
  }

  /** Statements executed so far. */
  long executed() {
    return executed.get();
  }

  /** The {@code n}-th statement executed from now (1 = the next) throws an SQLException. */
  void failAt(long n) {
    failIn.set(n - 1);
  }

  void disarm() {
    failIn.set(-1);
  }

  /** The statements prepared while {@code work} ran, in order, with their parameters. */
  List<Sent> preparedDuring(Runnable work) {
    List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
    recording = sent;
    try {
      work.run();
    } finally {
      recording = null;
    }
    return List.copyOf(sent);
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection physical = idle.pollFirst();
    if (physical == null || physical.isClosed()) {
      physical = target.getConnection();
    }
    return wrap(physical);
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException();
  }

  private Connection wrap(Connection physical) {
    InvocationHandler h = new InvocationHandler() {
      private boolean closed;

      @Override
      public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
        switch (m.getName()) {
          case "close" -> {
            if (!closed) {
              closed = true;
              if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
              }
              idle.addFirst(physical);
            }
            return null;
          }
          case "isClosed" -> {
            return closed || physical.isClosed();
          }
          default -> {
            // fall through to the physical connection
          }
        }
        if (closed) {
          throw new SQLException("connection closed");
        }
        Object result = call(physical, m, args);
        if (result instanceof Statement s) {
          List<Sent> sent = recording;
          Sent recorded = null;
          if (sent != null && m.getName().equals("prepareStatement")) {
            recorded = new Sent((String) args[0], Collections.synchronizedList(new ArrayList<>()));
            sent.add(recorded);
          }
          return statement(s, m.getReturnType(), recorded);
        }
        return result;
      }
    };
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
  }

  private Object statement(Statement s, Class<?> type, Sent recorded) {
    InvocationHandler h = (proxy, m, args) -> {
      if (recorded != null && m.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
        recorded.parameters().add(new Setter(m, args.clone()));
      }
      if (m.getName().startsWith("execute")) {
        executed.incrementAndGet();
        if (failIn.get() >= 0 && failIn.getAndDecrement() == 0) {
          throw new SQLException("injected failure", "58000");
        }
      }
      return call(s, m, args);
    };
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, h);
  }

  private static Object call(Object target, Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
