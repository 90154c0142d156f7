package dev.clustergov.adapters.rest;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The registry a load or fault test starts from: {@link World}, plus established Suzhou POs of the writers'
 * own, each with a secretariat token of its own, while all of them also write to {@link World#poS}, the PO
 * they share.
 */
final class LoadWorld {

  final World world;
  /** The PO every writer writes to. */
  final String shared;
  /** The writers' own POs (writer t writes to the one at t modulo their number), and their secretariats' tokens. */
  final List<String> own;
  final List<String> ownTokens;
  /** The date written as the hire date: today on the server's clock (China's time zone). */
  final String today;

  private LoadWorld(World world, List<String> own, List<String> ownTokens, String today) {
    this.world = world;
    this.shared = world.poS;
    this.own = List.copyOf(own);
    this.ownTokens = List.copyOf(ownTokens);
    this.today = today;
  }

  static LoadWorld seed(Ports ports, int ownPos) {
    World world = new World(ports);
    Clustergov gov = Clustergov.using(ports);
    List<String> own = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < ownPos; i++) {
      var proposed = World.propose(gov, World.application(world.suzhouCluster, world.suzhou, "苏州纳米产业协作中心" + (i + 1) + "号"));
      String id = gov.establishOrganization().handle(new EstablishOrganization.Command(proposed.id(), OptionalLong.empty(),
          Fixtures.code(String.format("51320500MJ8%06d", i + 1)))).getOrElseThrow(r -> new IllegalStateException(r.toString()))
          .id().value();
      own.add(id);
      tokens.add(String.format("token-load-writer-secretariat-%02d", i + 1));
    }
    return new LoadWorld(world, own, tokens, ports.clock().today().toString());
  }

  /** The bearer tokens of the server: the world's and one secretariat token per writer's own PO. */
  String tokens() {
    StringBuilder b = new StringBuilder(world.tokens()).append('\n');
    for (int i = 0; i < own.size(); i++) {
      b.append(ownTokens.get(i)).append(" secretariat ").append(own.get(i)).append('\n');
    }
    return b.toString();
  }
}
