package cruddur.cli;

import cruddur.local.Services;
import cruddur.messages.Conversation;
import cruddur.messages.ConversationRepository;
import cruddur.messages.Message;
import cruddur.messages.MessageItems;
import cruddur.users.User;
import cruddur.users.UserRepository;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/** {@code ./cruddur ddb patterns ...}: access patterns A and B, printed for a developer. */
final class PatternCommands {
  static final String DEFAULT_USER = "andrewbrown";
  static final String DEFAULT_OTHER = "bayko";
  private static final int PAGE = 20;
  private static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private PatternCommands() {}

  @Command(
      name = "patterns",
      mixinStandardHelpOptions = true,
      description =
          "Run an access pattern and print the raw page, its consumed capacity and readable lines.")
  static final class Patterns extends CommandGroup {}

  @Command(
      name = "get-conversation",
      mixinStandardHelpOptions = true,
      description =
          "Pattern A: the newest page of a conversation's messages, printed oldest first.")
  static final class GetConversation implements Runnable {
    private final Services services;
    @Spec CommandSpec spec;

    @Parameters(
        arity = "0..1",
        paramLabel = "<message-group-uuid>",
        description = "The conversation (default: the seeded one of andrewbrown and bayko).")
    String group;

    GetConversation(Services services) {
      this.services = services;
    }

    @Override
    public void run() {
      UUID groupUuid = group != null ? uuid(spec, group) : seededConversation(services);
      QueryResponse page = query(services, "MSG#" + groupUuid);
      PrintWriter out = spec.commandLine().getOut();
      printRaw(out, page);
      List<Message> messages = new ArrayList<>();
      page.items().forEach(item -> messages.add(MessageItems.message(item)));
      Collections.reverse(messages);
      for (Message m : messages) {
        out.println(row(m.sender().handle(), m.createdAt(), m.text()));
      }
    }
  }

  @Command(
      name = "list-conversations",
      mixinStandardHelpOptions = true,
      description = "Pattern B: a user's conversations, most recent first.")
  static final class ListConversations implements Runnable {
    private final Services services;
    @Spec CommandSpec spec;

    @Parameters(
        arity = "0..1",
        paramLabel = "<handle>",
        description = "Whose conversations (default: andrewbrown).")
    String handle;

    ListConversations(Services services) {
      this.services = services;
    }

    @Override
    public void run() {
      User user = user(services, handle == null ? DEFAULT_USER : handle);
      QueryResponse page = query(services, "GRP#" + user.uuid());
      PrintWriter out = spec.commandLine().getOut();
      printRaw(out, page);
      for (Map<String, AttributeValue> item : page.items()) {
        Conversation c = MessageItems.conversation(item);
        out.println(row(c.other().handle(), c.lastMessageAt(), c.lastMessage()));
      }
    }
  }

  private static QueryResponse query(Services services, String pk) {
    return services
        .dynamo(false)
        .query(
            QueryRequest.builder()
                .tableName(services.tableName())
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)))
                .scanIndexForward(false)
                .limit(PAGE)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build());
  }

  private static void printRaw(PrintWriter out, QueryResponse page) {
    out.println(
        "-- page: "
            + page.count()
            + (page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                ? " items, more after"
                : " items"));
    page.items().forEach(item -> out.println(ItemJson.typed(item)));
    out.println(
        "-- consumed capacity: "
            + Optional.ofNullable(page.consumedCapacity()).map(c -> c.capacityUnits()).orElse(0.0)
            + " read units");
  }

  static String row(String handle, Instant time, String text) {
    return String.format("%-14s %s  %s", handle, LOCAL_TIME.format(time), text);
  }

  static User user(Services services, String handle) {
    return new UserRepository(services.users())
        .findByHandle(handle)
        .orElseThrow(
            () ->
                new UserError(
                    "no user with handle '" + handle + "' (seed users with './cruddur db seed')"));
  }

  static UUID seededConversation(Services services) {
    User me = user(services, DEFAULT_USER);
    User other = user(services, DEFAULT_OTHER);
    return new ConversationRepository(services.dynamo(false), services.tableName())
        .between(me.uuid(), other.uuid())
        .orElseThrow(
            () ->
                new UserError(
                    "andrewbrown and bayko have no conversation yet; run './cruddur ddb seed' first"));
  }

  private static UUID uuid(CommandSpec spec, String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "'" + text + "' is not a message group uuid");
    }
  }
}
