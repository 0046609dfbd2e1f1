package org.transmanche.core.fuzz;

import java.net.NetPermission;
import java.net.SocketPermission;
import java.net.URLPermission;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.transmanche.core.Transmanche;
import org.transmanche.core.export.HtmlReport;
import org.transmanche.core.export.JsonExport;
import org.transmanche.core.ledger.Ledger;
import org.transmanche.model.Dossier;
import org.transmanche.parsers.rates.ExchangeRates;

/**
 * The child process of {@link NoNetworkTest}: installs a security manager that refuses and
 * records every network permission check, then does the work of a user (parse the bundled seeds and
 * the files given as arguments, convert the ledger with the ECB rates, export JSON and HTML). Prints
 * {@code NETWORK <permission>} on standard error for each attempt, even one the code caught, and
 * exits with 3 if there was any, 0 otherwise.
 */
final class NoNetworkMain {

  private NoNetworkMain() {}

  /** Refuses socket, URL and network-setting permissions; allows everything else. */
  private static final class NoNetwork extends SecurityManager {
    final ConcurrentLinkedQueue<Permission> attempts = new ConcurrentLinkedQueue<>();

    @Override
    public void checkPermission(Permission perm) {
      if (perm instanceof SocketPermission || perm instanceof URLPermission
          || perm instanceof NetPermission && !perm.getName().equals("specifyStreamHandler")) {
        attempts.add(perm);
        throw new SecurityException("no network in Transmanche: " + perm);
      }
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
      checkPermission(perm);
    }
  }

  @SuppressWarnings("removal")
  public static void main(String[] args) {
    NoNetwork guard = new NoNetwork();
    System.setSecurityManager(guard);

    Dossier seeds = Transmanche.seeds();
    Dossier files = args.length == 0 ? seeds : Transmanche.parse(List.of(Path.of(args[0])), 2);
    Ledger.of(seeds).rates(ExchangeRates.ecb()).currency("EUR").total();
    Ledger.of(files).rates(ExchangeRates.ecb()).currency("GBP").totalsByYear();
    JsonExport.toJson(files, true);
    HtmlReport.of(seeds).render();
    System.out.println("parsed " + seeds.documents().size() + " + " + files.documents().size() + " documents");

    guard.attempts.forEach(p -> System.err.println("NETWORK " + p));
    System.exit(guard.attempts.isEmpty() ? 0 : 3);
  }
}
