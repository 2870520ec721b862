package cruddur.dynamo.server;

import cruddur.dynamo.table.IndexBackfiller;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds an engine's index backfill before one of its chunks until the test lets it go, so a test
 * can look at, write to or stop an index part way through its backfill.
 */
final class BackfillGate implements IndexBackfiller.Hook {
  private final int holdBefore;
  private final CountDownLatch held = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);

  /** Holds before chunk {@code holdBefore} (0: before any item is indexed). */
  BackfillGate(int holdBefore) {
    this.holdBefore = holdBefore;
  }

  @Override
  public void beforeChunk(String table, String index, int chunk) throws InterruptedException {
    if (chunk == holdBefore && released.getCount() > 0) {
      held.countDown();
      released.await();
    }
  }

  /** Waits until the backfill is held. */
  void awaitHeld() throws InterruptedException {
    if (!held.await(60, TimeUnit.SECONDS)) {
      throw new AssertionError("the backfill never reached chunk " + holdBefore);
    }
  }

  void release() {
    released.countDown();
  }
}
