package cruddur.dynamo.operations;

import cruddur.dynamo.protocol.Dispatcher;
import cruddur.dynamo.table.Catalog;
import cruddur.dynamo.table.IndexBackfiller;
import cruddur.dynamo.table.TableReader;
import cruddur.dynamo.table.TableWriter;
import java.time.Clock;

/** Registers every DynamoDB operation with a dispatcher. */
public final class Operations {
  public static final String DYNAMODB = "DynamoDB_20120810";

  private Operations() {}

  public static void register(
      Dispatcher dispatcher,
      Catalog catalog,
      TableReader reader,
      TableWriter writer,
      IndexBackfiller backfiller,
      Arns arns,
      Clock clock,
      String address) {
    TableDefinitionReader definitions = new TableDefinitionReader(clock);
    TableUpdater updater = new TableUpdater(catalog, backfiller, definitions, clock);
    new TableOperations(catalog, definitions, updater, arns, address)
        .registerWith(dispatcher, DYNAMODB);
    ItemOperations items = new ItemOperations(catalog, reader, writer);
    items.registerWith(dispatcher, DYNAMODB);
    new QueryOperations(catalog, reader).registerWith(dispatcher, DYNAMODB);
    new BatchOperations(catalog, reader, items).registerWith(dispatcher, DYNAMODB);
    new TransactionOperations(catalog, reader, writer, new IdempotencyTokens(clock))
        .registerWith(dispatcher, DYNAMODB);
  }
}
