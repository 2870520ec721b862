package cruddur.stream;

import static cruddur.stream.StreamFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import cruddur.messages.ConversationRepository;
import cruddur.messages.Message;
import cruddur.messages.MessageRepository;
import cruddur.messages.MessagesSchema;
import cruddur.messages.Participant;
import cruddur.testing.LambdaRuntime;
import cruddur.testing.TestEngine;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The packaged Lambda jar, run as the Lambda Java runtime would run it: alone on a class path with
 * the runtime's serialization library, the handler built by its no-argument constructor from the
 * function's configuration, the event read from the JSON Lambda sends.
 */
class StreamLambdaJarIT {
  private static final String TABLE = "cruddur-messages";

  @Test
  void thePackagedJarHandlesAStreamEventOnItsOwn() throws Exception {
    Path jar = Path.of(System.getProperty("lambda.jar"));
    assertThat(jar).exists();
    new MessagesSchema(TestEngine.client(), TABLE).createTable();
    ConversationRepository conversations = new ConversationRepository(TestEngine.client(), TABLE);
    Participant andrew = StreamFixture.user("andrewbrown");
    Participant bayko = StreamFixture.user("bayko");
    UUID group = conversations.start(andrew, bayko, "hi", UUID.randomUUID(), T0).groupUuid();
    Message sent =
        new MessageRepository(TestEngine.client(), TABLE)
            .send(group, bayko, "from the jar", UUID.randomUUID(), T0.plusSeconds(20));
    String json =
        StreamLambdaTest.EVENT.formatted(
            group, sent.sk(), sent.messageUuid(), sent.text(), bayko.uuid());
    // What Lambda's configuration would give the function: its region, credentials and endpoint.
    System.setProperty("aws.endpointUrl", TestEngine.endpoint().toString());
    System.setProperty("aws.region", "us-east-1");
    System.setProperty("aws.accessKeyId", "lambda");
    System.setProperty("aws.secretAccessKey", "lambda");
    URL serialization =
        LambdaEventSerializers.class.getProtectionDomain().getCodeSource().getLocation();

    String answer;
    try (URLClassLoader runtime =
        new URLClassLoader(
            new URL[] {jar.toUri().toURL(), serialization}, ClassLoader.getPlatformClassLoader())) {
      answer = LambdaRuntime.invoke(runtime, "cruddur.stream.StreamLambda::handleRequest", json);
    }

    assertThat(answer)
        .isEqualToIgnoringWhitespace("{\"batchItemFailures\":[{\"itemIdentifier\":\"222\"}]}");
    assertThat(conversations.find(andrew.uuid(), group).orElseThrow().lastMessage())
        .isEqualTo("from the jar");
    assertThat(Files.size(jar)).isLessThan(50L * 1024 * 1024); // Lambda's direct-upload limit
  }
}
