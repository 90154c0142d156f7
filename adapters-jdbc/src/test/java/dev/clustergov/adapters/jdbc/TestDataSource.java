package dev.clustergov.adapters.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source for tests (测试数据源) around a real one: it keeps closed connections for reuse (a
 * host would use a pool; opening an H2 file or a PostgreSQL connection per call makes the tests
 * slow), counts the statements executed (a batch counts once, as it is one round trip), and can be
 * told to fail the N-th statement from now, to inject a fault in the middle of a transaction.
 */
final class TestDataSource implements DataSource {
  private final DataSource target;
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
  private final AtomicLong executed = new AtomicLong();
  /** Statements still allowed before the injected failure; negative when none is armed. */
  private final AtomicLong failIn = new AtomicLong(-1);

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
          return statement(s, m.getReturnType());
        }
        return result;
      }
    };
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
  }

  private Object statement(Statement s, Class<?> type) {
    InvocationHandler h = (proxy, m, args) -> {
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
