package dev.clustergov.examples;

import dev.clustergov.adapters.jdbc.JdbcClustergov;
import dev.clustergov.core.application.Actor;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.establishment.CheckEstablishment;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.general.CheckRecognition;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.application.port.TimeSource;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.ComplianceReport;
import dev.clustergov.core.supervision.Authority;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.time.Instant;
import java.util.OptionalLong;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The README's first hour of embedding (嵌入入门), from nothing to a recognised PO: a database, the authority and the
 * cluster, a proposal, the establishment report, establishment, the recognition report, a refusal handled and
 * recognition. The README quotes the code between the {@code first-hour} markers, and {@code FirstHourTest} runs it and
 * checks the quote, so the two cannot drift apart.
 */
public final class FirstHour {

  private FirstHour() {}

  /** Runs the first hour and returns the recognised PO. */
  static PromotionOrganization run(PrintStream out) {
    // first-hour:start
    // 1. your database (any javax.sql.DataSource; H2 in memory here) and your clock
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:first-hour-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    TimeSource clock = Instant::now;
    Clustergov gov = Clustergov.using(JdbcClustergov.migrateAndConnect(dataSource, clock).ports());

    // 2. the supervising authority and the cluster (Art.2, Art.6)
    Authority bureau = ok(gov.registerAuthority().handle(new RegisterAuthority.Command("苏州市工业和信息化局", new RegionCode("320500"))));
    Authority province = ok(gov.registerAuthority().handle(new RegisterAuthority.Command("江苏省工业和信息化厅", new RegionCode("320000"))));
    Cluster cluster = ok(gov.registerCluster().handle(new RegisterCluster.Command(
        "苏州市恒岳纳米新材料集群", new RegionCode("320500"), "纳米新材料", ClusterLevel.NATIONAL, 960)));

    // 3. the proposal with its founding application (筹建), by the bureau acting for itself
    Clustergov asBureau = gov.as(new Actor.Authority(bureau.id()));
    PromotionOrganization po = ok(asBureau.proposeOrganization().handle(new ProposeOrganization.Command(
        EstablishmentDemo.completeApplication(cluster.id(), bureau.id()))));

    // 4. what establishment (Art.7–8) and then recognition (Art.6) will ask, before asking it
    ComplianceReport establishment = ok(asBureau.checkEstablishment().handle(new CheckEstablishment.Query(po.id())));
    ComplianceReport recognition = ok(asBureau.checkRecognition().handle(new CheckRecognition.Query(po.id())));
    out.println("establishment clear: " + establishment.clear() + "; recognition asks for: "
        + recognition.blockingFindings().stream().map(f -> f.rule()).toList()); // [A2-legal-person]: a credit code

    // 5. establishment (组建), with the credit code the PO got as a legal person
    po = ok(asBureau.establishOrganization().handle(new EstablishOrganization.Command(
        po.id(), OptionalLong.of(po.version()), CreditCode.parse("51320500MA00021018").get())));

    // 6. a refusal handled: the province is not the PO's own authority (Art.26 谁主管、谁负责)
    Either<Refusal, PromotionOrganization> wrong = gov.as(new Actor.Authority(province.id())).recogniseOrganization()
        .handle(new RecogniseOrganization.Command(po.id(), OptionalLong.of(po.version()), province.id()));
    if (wrong.isLeft() && wrong.getLeft() instanceof Refusal.Rejected r) {
      r.rejection().findings().forEach(f -> out.println("refused: " + f.rule() + " " + f.citations() + " " + f.message().en()));
    }

    // 7. recognition (认定) by its own authority
    po = ok(asBureau.recogniseOrganization().handle(new RecogniseOrganization.Command(po.id(), OptionalLong.of(po.version()), bureau.id())));
    out.println(po.id() + " " + po.name() + ": " + po.stage());
    // first-hour:end
    return po;
  }

  /** The value, or the refusal as an exception: a first hour stops at the first surprise. */
  private static <T> T ok(Either<Refusal, T> result) {
    return result.getOrElseThrow(refusal -> new IllegalStateException("refused: " + refusal));
  }
}
