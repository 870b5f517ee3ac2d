import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded, with Bolt on 127.0.0.1, until SIGTERM.
 *
 * Not neo4j-harness: the harness deletes its data folder on close, and the app's graph must
 * survive restarts. Scripts start this with `java -cp .neo4j/lib/*:.neo4j/classes` (see
 * scripts/neo4j/java-command.ts for the JVM flags) and wait for the READY line on stdout.
 *
 * Arguments: --port N --data DIR --logs DIR --pagecache-mb N.
 * The password comes from the environment (CLAIMTRACE_NEO4J_PASSWORD), never argv, so that it
 * does not show in `ps`.
 */
public final class Launcher {
  static final String READY = "CLAIMTRACE_NEO4J_READY";

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
    Path data = Path.of(opts.getOrDefault("data", ".neo4j/data")).toAbsolutePath();
    Path logs = Path.of(opts.getOrDefault("logs", ".neo4j/logs")).toAbsolutePath();
    long pageCacheMb = Long.parseLong(opts.getOrDefault("pagecache-mb", "512"));
    String password = System.getenv("CLAIMTRACE_NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      fail("CLAIMTRACE_NEO4J_PASSWORD must be set (8+ characters; Neo4j's minimum).");
    }
    Files.createDirectories(data);
    Files.createDirectories(logs);

    CountDownLatch stopped = new CountDownLatch(1);
    try {
      DatabaseManagementService service = build(data, logs, port, pageCacheMb);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        System.out.println("Shutting down Neo4j on port " + port);
        service.shutdown();
        stopped.countDown();
      }, "claimtrace-neo4j-shutdown"));
      setInitialPassword(service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
    } catch (Exception e) {
      // Neo4j's threads would keep the JVM alive after a failed start: exit so the caller sees it.
      e.printStackTrace();
      System.exit(1);
    }
    System.out.println(READY + " bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  static DatabaseManagementService build(Path data, Path logs, int port, long pageCacheMb) {
    return new DatabaseManagementServiceBuilder(data)
        .setConfig(GraphDatabaseSettings.data_directory, data)
        .setConfig(GraphDatabaseSettings.logs_directory, logs)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
        // dbms.usage_report.enabled: no phoning home from a developer's machine or CI.
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .build();
  }

  /**
   * A new DBMS has user neo4j with password "neo4j" that must be changed before any other query.
   * Embedded transactions run without auth, so the launcher sets the local password through the
   * system database once. Later starts leave the stored password alone: changing it on the fly
   * would hide a mismatch between .env.local and the data folder.
   */
  static void setInitialPassword(GraphDatabaseService system, String password) {
    boolean mustChange = system.executeTransactionally(
        "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' RETURN passwordChangeRequired",
        Map.of(),
        result -> result.hasNext() && Boolean.TRUE.equals(result.next().get("passwordChangeRequired")));
    if (mustChange) {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
      System.out.println("Set the initial password of user neo4j");
    }
  }

  static Map<String, String> parse(String[] args) {
    var map = new java.util.HashMap<String, String>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) fail("Unexpected argument: " + args[i]);
      map.put(args[i].substring(2), args[i + 1]);
    }
    return map;
  }

  static void fail(String message) {
    System.err.println(message);
    System.exit(2);
  }
}
