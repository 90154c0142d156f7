package dev.clustergov.examples;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The benchmark's stand-in for a host's connection pool (连接复用): a closed connection goes back to
 * an idle list (rolled back if a transaction was left open) and is handed out again, so the timings
 * measure the adapter and the database, not opening connections. Not a pool for production: no
 * limits, no validation, no eviction.
 */
final class ReusingDataSource implements DataSource, AutoCloseable {
  private final DataSource target;
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
  private final List<Connection> opened = new ArrayList<>();

  ReusingDataSource(DataSource target) {
    this.target = target;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection physical = idle.pollFirst();
    if (physical == null) {
      physical = target.getConnection();
      synchronized (opened) {
        opened.add(physical);
      }
    }
    Connection p = physical;
    boolean[] closed = {false};
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, m, args) -> {
          switch (m.getName()) {
            case "close" -> {
              if (!closed[0]) {
                closed[0] = true;
                if (p.isClosed()) {
                  return null; // e.g. after H2's SHUTDOWN
                }
                if (!p.getAutoCommit()) {
                  p.rollback();
                  p.setAutoCommit(true);
                }
                idle.addFirst(p);
              }
              return null;
            }
            case "isClosed" -> {
              return closed[0];
            }
            default -> {
              if (closed[0]) {
                throw new SQLException("connection closed");
              }
              try {
                return m.invoke(p, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }
          }
        });
  }

  /** Closes every physical connection this data source opened. */
  @Override
  public void close() throws SQLException {
    synchronized (opened) {
      for (Connection c : opened) {
        c.close();
      }
      opened.clear();
    }
    idle.clear();
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException();
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
