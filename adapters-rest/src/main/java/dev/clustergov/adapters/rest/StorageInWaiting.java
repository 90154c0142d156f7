package dev.clustergov.adapters.rest;

import dev.clustergov.core.application.Ports;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.sql.SQLTransientConnectionException;

/**
 * The ports of a storage still being opened and migrated (存储准备中), so that the server can listen before the
 * migration: until {@link #arrive} every call fails as the database out of reach does — a
 * {@link SQLTransientConnectionException}, which {@link StorageOutage} answers 503 with {@code Retry-After} — and
 * from then on each call goes to the storage's own port. One reflective call per port call is the cost, next to a
 * database round trip.
 */
final class StorageInWaiting {

  private volatile Ports target;
  private final Ports ports;

  StorageInWaiting() {
    this.ports = forwarding();
  }

  /** What the server is given at once. */
  Ports ports() {
    return ports;
  }

  /** The storage is ready: calls go to {@code ready} from now on. */
  void arrive(Ports ready) {
    this.target = ready;
  }

  boolean arrived() {
    return target != null;
  }

  private Ports forwarding() {
    RecordComponent[] components = Ports.class.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = forwarding(types[i], components[i].getAccessor());
    }
    try {
      return Ports.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Ports is no longer a record of port interfaces", e);
    }
  }

  private Object forwarding(Class<?> port, Method accessor) {
    return Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "equals" -> proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> port.getSimpleName() + " (waiting for the storage)";
        };
      }
      Ports p = target;
      if (p == null) {
        throw new SQLTransientConnectionException("the storage is still being opened and migrated");
      }
      try {
        return method.invoke(accessor.invoke(p), args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
  }
}
