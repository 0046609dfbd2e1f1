package org.transmanche.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that Transmanche never touches the network, exchange rates included.
 *
 * <p>How: the work runs in a child JVM ({@link NoNetworkMain}) under a security manager that
 * refuses every {@link java.net.SocketPermission} (connect, resolve, listen, accept: DNS look-ups
 * included), {@link java.net.URLPermission} and network-setting {@link java.net.NetPermission}, and
 * records each check, so an attempt that the code catches and hides is still seen. Java 17 still
 * supports a security manager with {@code -Djava.security.manager=allow} (deprecated, with a
 * warning); a child process keeps it away from the other tests. Every socket in the JDK goes
 * through these checks, so this is sound for pure-Java code; native code could evade it, and
 * Transmanche has none.
 */
class NoNetworkTest {

  @TempDir Path dir;

  @Test
  void parsesExportsAndConvertsWithoutAnyNetworkAccess() throws IOException, InterruptedException {
    Files.writeString(dir.resolve("a.txt"),
        "date 2016-03-03\nLe Royaume-Uni versera 20 millions d'euros à la France pour Calais, "
            + "a annoncé jeudi le ministre de l'Intérieur.\n", StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.security.manager=allow");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(NoNetworkMain.class.getName());
    command.add(dir.toString());
    Path log = dir.resolve("child.log");
    Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();

    boolean finished = child.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      child.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);

    assertThat(finished).as("child finished; output:%n%s", output).isTrue();
    assertThat(output).doesNotContain("NETWORK ").contains("parsed ");
    assertThat(child.exitValue()).as("exit code; output:%n%s", output).isZero();
  }
}
