package org.balagh.bot.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The tests' {@link FakeBotApi} on its own, driven over HTTP through {@link FakeBotApiControl}: for
 * a bot in another process or a container ({@code deploy/container-test.sh}). It binds 127.0.0.1
 * only, prints the address it listens on (also writing its port to {@code --port-file}) and runs
 * until the process is stopped.
 *
 * <pre>
 * mvn -B -q -pl bot -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *   -Dmdep.outputFile=target/test.classpath
 * java -cp bot/target/test-classes:bot/target/classes:$(cat bot/target/test.classpath) \
 *   org.balagh.bot.telegram.FakeBotApiMain --token TOKEN [--port 0] [--port-file FILE]
 * </pre>
 */
final class FakeBotApiMain {

  private static final String USAGE =
      "usage: FakeBotApiMain --token TOKEN [--port 0] [--port-file FILE]";

  /** What the command line asks for. */
  record Options(String token, int port, Optional<Path> portFile) {
    Options {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(portFile, "portFile");
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port " + port + " is out of range");
      }
    }

    static Options parse(String... args) {
      String token = null;
      int port = 0;
      Path portFile = null;
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 == args.length) {
          throw new IllegalArgumentException(args[i] + " needs a value");
        }
        String value = args[i + 1];
        switch (args[i]) {
          case "--token" -> token = value;
          case "--port" -> port = Integer.parseInt(value);
          case "--port-file" -> portFile = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (token == null) {
        throw new IllegalArgumentException("--token is required");
      }
      return new Options(token, port, Optional.ofNullable(portFile));
    }
  }

  private FakeBotApiMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage() + "\n" + USAGE);
      System.exit(2);
      return;
    }
    FakeBotApi api = start(options);
    Runtime.getRuntime().addShutdownHook(new Thread(api::close, "fake-bot-api-stop"));
    System.out.println("fake Bot API listening on " + api.url());
    new CountDownLatch(1).await();
  }

  /** Starts the fake with its control endpoints and writes its port; the caller closes it. */
  static FakeBotApi start(Options options) throws IOException {
    FakeBotApi api = new FakeBotApi(options.token(), options.port());
    try {
      api.serve(FakeBotApiControl.PATH, new FakeBotApiControl(api));
      if (options.portFile().isPresent()) {
        // Written whole, then moved: a reader waiting for the file never sees half a port.
        Path file = options.portFile().get();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, api.url().getPort() + "\n");
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
      }
      return api;
    } catch (IOException | RuntimeException e) {
      api.close();
      throw e;
    }
  }
}
