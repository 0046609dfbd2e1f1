package org.transmanche.core.cli;

import java.util.concurrent.Callable;
import org.transmanche.core.ledger.Ledger;
import org.transmanche.parsers.rates.ExchangeRates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ledger}: the pledges as money per year and per pledger. */
@Command(
    name = "ledger",
    mixinStandardHelpOptions = true,
    description = {
      "Print the pledge ledger: each pledge with its stated amount, the ECB rate of its date and the",
      "converted amount, its sources, then totals per year and per pledger."
    })
final class LedgerCommand implements Callable<Integer> {

  private final Console console;

  @Mixin Inputs inputs;

  @Option(names = "--currency", paramLabel = "CODE", defaultValue = "EUR", description = "EUR, GBP or another ECB currency (default: ${DEFAULT-VALUE}).")
  String currency;

  @Option(names = "--financial-year", description = "Total by UK financial year (April-March) instead of calendar year.")
  boolean financialYear;

  LedgerCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    console.out.print(ledger(inputs, currency, financialYear));
    console.out.flush();
    return 0;
  }

  /**
   * The ledger of the inputs in {@code currency}.
   *
   * @throws UsageException if the currency has no ECB rate or an input path does not exist
   */
  static Ledger ledger(Inputs inputs, String currency, boolean financialYear) {
    String code = currency(currency);
    Ledger ledger = Ledger.of(inputs.load()).currency(code);
    return financialYear ? ledger.financialYears() : ledger;
  }

  /**
   * The upper-case code of {@code currency}.
   *
   * @throws UsageException if the ECB publishes no rate for it
   */
  static String currency(String currency) {
    String code = currency.strip().toUpperCase(java.util.Locale.ROOT);
    if (!ExchangeRates.ecb().currencies().contains(code)) {
      throw new UsageException(
          "unknown currency '" + currency + "'; ECB rates exist for: " + String.join(", ", ExchangeRates.ecb().currencies()));
    }
    return code;
  }
}
