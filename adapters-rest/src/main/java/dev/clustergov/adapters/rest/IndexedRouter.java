package dev.clustergov.adapters.rest;

import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.InternalRouter;
import io.javalin.router.ParsedEndpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Javalin's router with an index by the path's first segment in front of its matcher (路由索引, decision 0614). Javalin 7
 * tests a request against every endpoint of its method in the order they were added, each through a regular expression
 * unless the path is equal — with about two hundred routes, 10–15 % of a read's time (issue 16). Here an endpoint whose
 * first segment is a plain word ({@code /public/…}, {@code /organizations/…}) is a candidate only for requests whose first
 * segment is that word, which is all its expression can match; every other endpoint ({@code *}, a parameter or wildcard
 * first) is a candidate for every request. The candidates keep the order the endpoints were added in and are matched by
 * Javalin's own test, so a request finds the same endpoints, in the same order, as without the index
 * ({@code IndexedRouterTest} compares the two over every route of the server). A request whose path has no plain first
 * segment, and a router that ignores case or repeated slashes, go to Javalin's matcher as they are.
 */
final class IndexedRouter extends InternalRouter {

  /** A first segment Javalin's expression matches only as itself, whether or not the router allows regex in paths. */
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_-]+");

  private final boolean indexable;
  /** Per method: the candidates per first segment, and those of every request; null until first asked after a change. */
  private volatile Map<HandlerType, Index> index;

  private record Index(Map<String, List<ParsedEndpoint>> byWord, List<ParsedEndpoint> always) {
    List<ParsedEndpoint> candidates(String word) {
      return byWord.getOrDefault(word, always);
    }
  }

  IndexedRouter(io.javalin.config.JavalinState state) {
    super(state.wsRouter, state.eventManager, state.router, state.jetty);
    this.indexable = !state.router.caseInsensitiveRoutes && !state.router.treatMultipleSlashesAsSingleSlash;
  }

  /** Puts an index of {@code router}'s own in place of the router of {@code cfg}, before any route is added to it. */
  static void install(io.javalin.config.JavalinConfig cfg) {
    if (!cfg.unsafe.internalRouter.allHttpHandlers().isEmpty()) {
      throw new IllegalStateException("the router is indexed before any route is added");
    }
    cfg.unsafe.internalRouter = new IndexedRouter(cfg.unsafe);
  }

  @Override
  public InternalRouter addHttpEndpoint(Endpoint endpoint) {
    InternalRouter r = super.addHttpEndpoint(endpoint);
    index = null;
    return r;
  }

  @Override
  public List<ParsedEndpoint> findHttpHandlerEntries(HandlerType type, String path) {
    List<ParsedEndpoint> candidates = candidates(type, path);
    if (candidates == null) {
      return super.findHttpHandlerEntries(type, path);
    }
    List<ParsedEndpoint> found = new ArrayList<>(2);
    for (ParsedEndpoint e : candidates) {
      if (matches(e, path)) {
        found.add(e);
      }
    }
    return found;
  }

  @Override
  public ParsedEndpoint findFirstHttpHandlerEntry(HandlerType type, String path) {
    List<ParsedEndpoint> candidates = candidates(type, path);
    if (candidates == null) {
      return super.findFirstHttpHandlerEntry(type, path);
    }
    for (ParsedEndpoint e : candidates) {
      if (matches(e, path)) {
        return e;
      }
    }
    return null;
  }

  @Override
  public boolean hasHttpHandlerEntry(HandlerType type, String path) {
    return findFirstHttpHandlerEntry(type, path) != null;
  }

  /** Javalin's own test ({@code PathMatcher.match}): the catch-all, the same path, or the endpoint's expression. */
  private static boolean matches(ParsedEndpoint e, String path) {
    String p = e.endpoint.path;
    return p.equals("*") || p.equals(path) || e.matches(path);
  }

  /** The endpoints that may match {@code path}, in the order they were added; null for Javalin's matcher to decide. */
  private List<ParsedEndpoint> candidates(HandlerType type, String path) {
    if (!indexable || path == null) {
      return null;
    }
    String word = firstWord(path);
    if (word == null) {
      return null;
    }
    Map<HandlerType, Index> i = index;
    if (i == null) {
      i = build();
      index = i;
    }
    Index of = i.get(type);
    return of == null ? List.of() : of.candidates(word);
  }

  /** The first segment of a path or route, when it is a plain word: {@code /public/organizations/x} → {@code public}. */
  static String firstWord(String path) {
    if (path.length() < 2 || path.charAt(0) != '/') {
      return null;
    }
    int end = path.indexOf('/', 1);
    String word = end < 0 ? path.substring(1) : path.substring(1, end);
    return WORD.matcher(word).matches() ? word : null;
  }

  private Map<HandlerType, Index> build() {
    Map<HandlerType, List<ParsedEndpoint>> byType = new HashMap<>();
    for (ParsedEndpoint e : allHttpHandlers()) {
      byType.computeIfAbsent(e.endpoint.method, t -> new ArrayList<>()).add(e);
    }
    Map<HandlerType, Index> built = new HashMap<>();
    byType.forEach((type, endpoints) -> {
      List<ParsedEndpoint> always = new ArrayList<>();
      java.util.Set<String> words = new java.util.LinkedHashSet<>();
      for (ParsedEndpoint e : endpoints) {
        String w = firstWord(e.endpoint.path);
        if (w == null) {
          always.add(e);
        } else {
          words.add(w);
        }
      }
      Map<String, List<ParsedEndpoint>> byWord = new HashMap<>();
      for (String w : words) {
        List<ParsedEndpoint> candidates = new ArrayList<>();
        for (ParsedEndpoint e : endpoints) { // in the order they were added: the word's own and those of every request
          String own = firstWord(e.endpoint.path);
          if (own == null || own.equals(w)) {
            candidates.add(e);
          }
        }
        byWord.put(w, List.copyOf(candidates));
      }
      built.put(type, new Index(Map.copyOf(byWord), List.copyOf(always)));
    });
    return Map.copyOf(built);
  }
}
