package cruddur.cli;

import cruddur.local.Services;
import cruddur.messages.MessagesSchema;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** {@code ./cruddur ddb ...}: the DynamoDB table scripts of the original {@code bin/ddb}. */
final class DdbCommands {
  private DdbCommands() {}

  @Command(
      name = "ddb",
      mixinStandardHelpOptions = true,
      description = "The DynamoDB table: create, inspect, seed and query it.")
  static final class Ddb extends CommandGroup {}

  @Command(
      name = "schema-load",
      mixinStandardHelpOptions = true,
      description =
          "Create the messages table (DDB_MESSAGE_TABLE, default cruddur-messages) with its"
              + " message-group-sk-index and its stream. An existing table is reported and left alone.")
  static final class SchemaLoad implements Runnable {
    private final Services services;
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "prod", description = Prod.DESCRIPTION)
    String prod;

    SchemaLoad(Services services) {
      this.services = services;
    }

    @Override
    public void run() {
      DynamoDbClient client = services.dynamo(Prod.requested(spec, prod));
      String table = services.tableName();
      boolean created = new MessagesSchema(client, table).createTable();
      PrintWriter out = spec.commandLine().getOut();
      if (created) {
        out.println(
            "created table "
                + table
                + " (index message-group-sk-index, stream NEW_AND_OLD_IMAGES)");
      } else {
        out.println("table " + table + " already exists; left as it is");
      }
    }
  }

  @Command(
      name = "drop",
      mixinStandardHelpOptions = true,
      description = "Delete a table and all its items.")
  static final class Drop implements Runnable {
    private final Services services;
    private final Confirmation confirmation;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<table>", description = "The table to delete.")
    String table;

    @Parameters(index = "1", arity = "0..1", paramLabel = "prod", description = Prod.DESCRIPTION)
    String prod;

    @Option(
        names = {"-y", "--yes", "--force"},
        description = "Drop without asking (needed where nobody can answer, as in a script).")
    boolean yes;

    Drop(Services services, Confirmation confirmation) {
      this.services = services;
      this.confirmation = confirmation;
    }

    @Override
    public void run() {
      DynamoDbClient client = services.dynamo(Prod.requested(spec, prod));
      try {
        long items = client.describeTable(r -> r.tableName(table)).table().itemCount();
        confirmation.require(
            yes,
            "delete table " + table + " and its " + items + (items == 1 ? " item" : " items"),
            "./cruddur ddb drop " + table + (prod == null ? "" : " " + prod));
        client.deleteTable(r -> r.tableName(table));
      } catch (ResourceNotFoundException e) {
        throw new UserError("no table named " + table + "; nothing was dropped");
      }
      spec.commandLine().getOut().println("dropped table " + table);
    }
  }

  @Command(
      name = "list-tables",
      mixinStandardHelpOptions = true,
      description = "List the tables, every page.")
  static final class ListTables implements Runnable {
    private final Services services;
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "prod", description = Prod.DESCRIPTION)
    String prod;

    ListTables(Services services) {
      this.services = services;
    }

    @Override
    public void run() {
      DynamoDbClient client = services.dynamo(Prod.requested(spec, prod));
      List<String> names = client.listTablesPaginator().tableNames().stream().toList();
      PrintWriter out = spec.commandLine().getOut();
      if (names.isEmpty()) {
        out.println("no tables (create the messages table with './cruddur ddb schema-load')");
        return;
      }
      out.println("TableNames");
      names.forEach(name -> out.println("  " + name));
    }
  }

  @Command(
      name = "describe-table",
      mixinStandardHelpOptions = true,
      description = "Show a table's keys, indexes, stream, billing and item count.")
  static final class DescribeTable implements Runnable {
    private final Services services;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<table>", description = "The table to describe.")
    String table;

    @Parameters(index = "1", arity = "0..1", paramLabel = "prod", description = Prod.DESCRIPTION)
    String prod;

    DescribeTable(Services services) {
      this.services = services;
    }

    @Override
    public void run() {
      DynamoDbClient client = services.dynamo(Prod.requested(spec, prod));
      TableDescription description;
      try {
        description =
            client.describeTable(DescribeTableRequest.builder().tableName(table).build()).table();
      } catch (ResourceNotFoundException e) {
        throw new UserError("no table named " + table + " (see './cruddur ddb list-tables')");
      }
      spec.commandLine().getOut().print(TableReport.of(description));
    }
  }

  @Command(
      name = "scan",
      mixinStandardHelpOptions = true,
      description =
          "Print every item of the messages table, every page, one JSON object per line on"
              + " standard output; the count goes to standard error.")
  static final class Scan implements Runnable {
    private final Services services;
    @Spec CommandSpec spec;

    Scan(Services services) {
      this.services = services;
    }

    @Override
    public void run() {
      DynamoDbClient client = services.dynamo(false);
      PrintWriter out = spec.commandLine().getOut();
      long count = 0;
      for (var item :
          client
              .scanPaginator(ScanRequest.builder().tableName(services.tableName()).build())
              .items()) {
        out.println(ItemJson.typed(item));
        count++;
      }
      // Standard output holds only the items, so that it can be piped (to jq, say).
      spec.commandLine().getErr().println(count + (count == 1 ? " item" : " items"));
    }
  }
}
