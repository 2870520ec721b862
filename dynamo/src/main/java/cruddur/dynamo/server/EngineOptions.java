package cruddur.dynamo.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The standalone engine's command line. Parsed by hand: a few options do not need a CLI framework,
 * and the engine's cold start cannot afford the reflection one costs.
 */
record EngineOptions(DynamoConfig config, boolean help, boolean selfCheck) {
  static final String USAGE =
      """
      Usage: dynamo [--port N] [--host ADDR] [--data-dir DIR | --in-memory] [--sync]
                    [--cors-origin ORIGIN]...
      Runs the DynamoDB-compatible engine. Any DynamoDB client works against it; credentials
      are accepted but not checked.
        --port N          port to listen on; 0 picks a free one (default: 8000)
        --host ADDR       address to listen on (default: 127.0.0.1)
        --data-dir DIR    directory for durable data (default: data/dynamo)
        --in-memory       keep nothing on disk (for tests and throwaway runs)
        --sync            fsync every write: survives power loss, slower
        --cors-origin O   let web pages from origin O (e.g. http://localhost:3000, or * for
                          any) call the engine from a browser; repeatable. None by default:
                          the engine checks no credentials, so a granted page can read and
                          write every table
        --self-check      start an in-memory engine, exercise it over HTTP, report, exit
        -h, --help        show this help
      """;

  /** Parses the arguments; throws IllegalArgumentException with a one-line reason. */
  static EngineOptions parse(String... args) {
    int port = 8000;
    String host = "127.0.0.1";
    Path dataDir = Path.of("data", "dynamo");
    boolean inMemory = false;
    boolean dataDirGiven = false;
    boolean sync = false;
    boolean selfCheck = false;
    List<String> corsOrigins = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String inline = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        inline = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      }
      switch (arg) {
        case "-h", "--help" -> {
          return new EngineOptions(null, true, false);
        }
        case "--port" -> {
          String value = inline != null ? inline : value(args, ++i, arg);
          try {
            port = Integer.parseInt(value);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a number, not '" + value + "'");
          }
          if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535");
          }
        }
        case "--host" -> host = inline != null ? inline : value(args, ++i, arg);
        case "--data-dir" -> {
          dataDir = Path.of(inline != null ? inline : value(args, ++i, arg));
          dataDirGiven = true;
        }
        case "--in-memory" -> inMemory = true;
        case "--sync" -> sync = true;
        case "--self-check" -> selfCheck = true;
        case "--cors-origin" ->
            corsOrigins.add(origin(inline != null ? inline : value(args, ++i, arg)));
        default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
      }
    }
    if (inMemory && dataDirGiven) {
      throw new IllegalArgumentException("--in-memory and --data-dir exclude each other");
    }
    return new EngineOptions(
        new DynamoConfig(host, port, inMemory ? null : dataDir, sync, corsOrigins),
        false,
        selfCheck);
  }

  /** An origin as browsers send it: scheme, host and optional port, nothing more. */
  private static String origin(String value) {
    if (value.equals("*") || value.matches("https?://[^/\\s:]+(:[0-9]{1,5})?")) {
      return value;
    }
    throw new IllegalArgumentException(
        "--cors-origin needs an origin such as http://localhost:3000 (or *), not '" + value + "'");
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
