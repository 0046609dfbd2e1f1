package org.transmanche.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineExampleTest {

  @Test
  void listsTheAgreementThenEveryDatedFact() {
    String out = Fixture.printed(o -> TimelineExample.print(Fixture.dossier(), o));

    assertThat(out).contains("== Agreements ==").contains("declaration of intent").contains("2014-09-20");
    String all = out.substring(out.indexOf("== Agreements, pledges and deployments =="));
    assertThat(all).contains("declaration of intent").contains("12,000,000");
  }

  @Test
  void runsOnTheBundledCorpus() {
    String out = Fixture.printedByMain(TimelineExample::main);

    assertThat(out).startsWith("== Agreements ==").contains("== Agreements, pledges and deployments ==");
  }
}
