// A five-minute tour of Transmanche in JShell.
//
// Run it from the repository root, either inside the Transmanche shell:
//   ./transmanche shell        then   /open examples/tour.jsh
// or directly, with the class path the launcher builds:
//   jshell --class-path "$(ls core/target/transmanche-core-*-SNAPSHOT.jar):$(cat core/target/classpath.txt)" examples/tour.jsh
// Each step prints one view of the bundled corpus; change the queries and run them again.

import java.time.LocalDate;
import org.transmanche.model.*;
import org.transmanche.core.*;
import org.transmanche.core.query.*;
import org.transmanche.core.ledger.*;

// 1. The bundled corpus, parsed into one immutable, sourced dossier (a few seconds the first time).
var d = Transmanche.seeds();
System.out.println("Documents: " + d.documents().size() + ", actors: " + d.actors().size() + ", facts: " + d.facts().size());

// 2. The ledger: every pledge with its stated amount, the ECB rate of its date and the converted amount.
var euros = Ledger.of(d).currency("EUR");
System.out.println(euros);

// The same money in pounds, by UK financial year (April to March).
System.out.println(Ledger.of(d).currency("GBP").financialYears());

// Totals per pledger, in euros.
System.out.println(euros.totalsByPledger());

// 3. Who said what: each statement with its speaker and the sentence it came from.
var q = Query.of(d);
for (var s : q.statements().list()) {
  System.out.println(d.actor(s.speaker()).map(Actor::name).orElse(s.speaker()) + ": «" + s.text() + "»");
  q.sources(s).forEach(c -> System.out.println("    " + c));
}

// Narrow by phrase, whatever the accents and case.
System.out.println(Statements.of(d).containing("securite"));

// 4. The time line: agreements, pledges and deployments in date order, undated ones last.
System.out.println(Timeline.of(d).agreements());
System.out.println(Timeline.of(d));

// 5. Who held an office on a day: the knowledge base, and the roles read from the corpus.
System.out.println(Offices.holder("fr-interior-minister", LocalDate.of(2014, 9, 20)));
System.out.println(Offices.of(d).holders("fr-interior-minister", LocalDate.of(2014, 9, 20)));

// 6. Where sources disagree.
q.conflicts().forEach(System.out::println);

/exit
