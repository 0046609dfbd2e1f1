package org.transmanche.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhoSaidWhatExampleTest {

  @Test
  void groupsStatementsBySpeakerWithTheirSources() {
    String out = Fixture.printed(o -> WhoSaidWhatExample.print(Fixture.dossier(), o));

    assertThat(out)
        .contains("== Who said what: 2 statements ==")
        .contains("Jane Minister (1)")
        .contains("«This money buys real security,»")
        .contains("Marie Maire (1)")
        .contains("(reported) «called it a first step»")
        .contains(Fixture.ARTICLE.id());
    // Speakers come in the dossier's actor order.
    assertThat(out.indexOf("Jane Minister (1)")).isPositive().isLessThan(out.indexOf("Marie Maire (1)"));
  }

  @Test
  void runsOnTheBundledCorpus() {
    String out = Fixture.printedByMain(WhoSaidWhatExample::main);

    assertThat(out).startsWith("== Who said what: ");
  }
}
