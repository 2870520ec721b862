package cruddur.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LocalSignInTest {
  private static final int AT_ONCE = 16;

  @Test
  void firstSignInsAtTheSameTimeAllGetTokensThatWork() throws Exception {
    try (ApiFixture api = new ApiFixture()) {
      ExecutorService clients = Executors.newFixedThreadPool(AT_ONCE);
      List<String> tokens = new ArrayList<>();
      try {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> signIns = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
          signIns.add(
              clients.submit(
                  () -> {
                    go.await();
                    return api.signIn("andrewbrown");
                  }));
        }
        go.countDown();
        for (Future<String> signIn : signIns) {
          tokens.add(signIn.get(60, TimeUnit.SECONDS));
        }
      } finally {
        clients.shutdownNow();
      }

      assertThat(tokens)
          .allSatisfy(t -> assertThat(api.get("/api/message_groups", t).status()).isEqualTo(200));
    }
  }
}
