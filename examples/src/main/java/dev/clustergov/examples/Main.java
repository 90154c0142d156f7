package dev.clustergov.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The examples' entry point (示例程序): {@code java -jar clustergov-examples.jar <subcommand>}.
 * Output is UTF-8 whatever the platform's default, since half of it is Chinese.
 */
public final class Main {

  static final int USAGE = 2;

  private Main() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs one subcommand; returns the process exit code (2 for a missing or unknown subcommand). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    String command = args.length == 0 ? "" : args[0];
    switch (command) {
      case "traceability":
        Traceability.print(out);
        return 0;
      case "establishment-demo":
        return EstablishmentDemo.run(out).recognised() ? 0 : 1;
      case "walkthrough":
        Walkthrough.run(out);
        return 0;
      case "embedded-host":
        return EmbeddedHost.run(out);
      case "whatif-benchmark":
        return whatIfBenchmark(Arrays.asList(args).subList(1, args.length), err);
      case "assessment-benchmark":
        if (args.length > 1 && args[1].equals("--cpu")) {
          return AssessmentBenchmark.cpuTimes(Arrays.asList(args).subList(2, args.length), out, err);
        }
        return jmh(AssessmentBenchmark.class, Arrays.asList(args).subList(1, args.length), err);
      case "jdbc-benchmark":
        return JdbcBenchmark.run(Arrays.asList(args).subList(1, args.length), out, err);
      case "whatif-jdbc":
        return WhatIfOnJdbc.run(Arrays.asList(args).subList(1, args.length), out, err);
      case "rest-benchmark":
        return RestBenchmark.run(Arrays.asList(args).subList(1, args.length), out, err);
      case "policy-cases":
        return PolicyCasesRun.run(Arrays.asList(args).subList(1, args.length), out, err);
      case "bare-javalin":
        return BareJavalin.run(Arrays.asList(args).subList(1, args.length), err);
      case "bare-jdbc-write":
        return BareJdbcWrite.run(Arrays.asList(args).subList(1, args.length), err);
      default:
        if (!command.isEmpty()) {
          err.println("unknown subcommand: " + command);
        }
        usage(err);
        return USAGE;
    }
  }

  /** JMH over {@link WhatIfBenchmark}; further arguments are JMH's own (e.g. {@code -p size=10000}). */
  static int whatIfBenchmark(java.util.List<String> jmhArgs, PrintStream err) {
    return jmh(WhatIfBenchmark.class, jmhArgs, err);
  }

  /** JMH over one benchmark class; further arguments are JMH's own. */
  static int jmh(Class<?> benchmark, java.util.List<String> jmhArgs, PrintStream err) {
    java.util.List<String> all = new java.util.ArrayList<>(jmhArgs);
    all.add(0, benchmark.getName().replace(".", "\\.") + "\\.");
    // say what is about to run before JMH's own output, and how to run less of it
    err.println(benchmark.getSimpleName() + ": JMH " + (jmhArgs.isEmpty()
        ? "with the benchmark's own settings, every parameter value (pass JMH options to choose, e.g. -p activities=200 -f 1 -wi 2 -i 3; -h lists them)"
        : "with " + String.join(" ", jmhArgs)));
    try {
      org.openjdk.jmh.Main.main(all.toArray(String[]::new));
      return 0;
    } catch (Exception e) {
      err.println(benchmark.getSimpleName() + " failed: " + e);
      return 1;
    }
  }

  static void usage(PrintStream err) {
    err.println("usage: java -jar clustergov-examples.jar <subcommand> [arguments]");
    err.println();
    err.println("  traceability         the guideline's traceability table: clause id, TAB, ids of the rules");
    err.println("                       and command guards that enforce exactly that clause");
    err.println("  establishment-demo   a PO of 苏州市恒岳纳米新材料集群 from an incomplete founding application to");
    err.println("                       recognition: report, refusal with citations, amendment, event log");
    err.println("  walkthrough          one PO through all six chapters of the guideline: founding, governance,");
    err.println("                       management, disclosure, a dispute, an IP agreement, a year of services,");
    err.println("                       inspection, evaluation, incentive, a local policy draft and its what-if;");
    err.println("                       every verdict with its clauses in Chinese and English");
    err.println("  policy-cases FILE.yaml [--authority NAME]");
    err.println("                       a local authority's policy cases (Art.30) over the demo registry in memory, as");
    err.println("                       苏州市工业和信息化局 or NAME: PASS or FAIL each, with the clauses of every miss;");
    err.println("                       exit 1 when a case fails, 2 when the file is malformed (every problem, nothing run)");
    err.println("  embedded-host        what a provincial platform writes: its own H2 DataSource, the JDBC adapter,");
    err.println("                       a founding application filed, recognised, assessed, and its refusals handled");
    err.println("  jdbc-benchmark [H2|POSTGRESQL ...]");
    err.println("                       the JDBC adapter's benchmark: round trip of a PO with 500 staff and");
    err.println("                       500 seats; bulk insert of 100 / 1,000 / 10,000 POs by saveAll vs a raw JDBC batch");
    err.println("                       (H2 in memory, embedded PostgreSQL; both when none is named)");
    err.println("  whatif-benchmark [JMH options]");
    err.println("                       the what-if (Art.30) over 1,000 / 5,000 / 10,000 generated POs under three");
    err.println("                       drafts (incentives, rating gates, every advisory binding); JMH, one shot a run");
    err.println("  assessment-benchmark [--cpu [-p activities=N,…] [-wi ROUNDS] [-i ITERATIONS] | JMH options]");
    err.println("                       a full compliance assessment of a large PO (500 members, 100 seats, 200 /");
    err.println("                       2,000 / 20,000 activities) by the rule book vs a straight-line check; JMH");
    err.println("  whatif-jdbc [SIZE ...]");
    err.println("                       the what-if end to end over a registry stored in H2 (1,000 / 5,000 / 10,000");
    err.println("                       recognised POs): RunWhatIf on the JDBC adapter vs the in-memory adapters;");
    err.println("                       --db h2,postgresql; -Dwhatif.shots=N (3), -Dwhatif.analyze=false (no ANALYZE");
    err.println("                       after the import), -Dwhatif.baseline=false (no in-memory run)");
    err.println("  rest-benchmark [--duration S] [--warmup S] [--connections N] [--threads N]");
    err.println("                       the reference server under wrk (64 connections, loopback) against a bare Javalin");
    err.println("                       route answering the same bytes; start to ready; RSS under load");
    err.println("  bare-javalin PORT ROUTES_FILE");
    err.println("                       the baseline rest-benchmark starts: fixed answers on bare Javalin routes");
    err.println("  bare-jdbc-write PORT DATA_DIR|JDBC_URL");
    err.println("                       the write route's baseline rest-benchmark starts: a service activity's rows and event by plain JDBC");
  }
}
