package org.transmanche.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.transmanche.model.DeploymentStatus;
import org.transmanche.model.Dossier;
import org.transmanche.model.Resource;

class DeploymentsTest {

  private static final Dossier D = SampleDossier.dossier();

  @ParameterizedTest(name = "at({0})")
  @CsvSource({
    "calais,           1",
    "Port of Calais,   1",
    "port,             1",
    "Dunkerque,        0",
    "cal,              0",
  })
  void findsDeploymentsByWordsOfAPlace(String place, int count) {
    assertThat(Deployments.of(D).at(place).count()).isEqualTo(count);
  }

  @Test
  void narrowsByResourceStatusAndDeployer() {
    assertThat(Deployments.of(D).ofResource(Resource.PERSONNEL, Resource.BARRIER).ids())
        .containsExactly("deployment:guards-2014");
    assertThat(Deployments.of(D).ofResource(Resource.VEHICLE).count()).isZero();
    assertThat(Deployments.of(D).withStatus(DeploymentStatus.ACTIVE).count()).isZero();
    assertThat(Deployments.of(D).byDeployer("Britain").count()).isEqualTo(1);
  }

  @Test
  void printsResourceAndPlace() {
    assertThat(Deployments.of(D).toString())
        .contains("personnel")
        .contains("United Kingdom: 100 extra guards at port of Calais [announced]");
  }
}
