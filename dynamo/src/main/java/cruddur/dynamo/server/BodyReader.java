package cruddur.dynamo.server;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;

/**
 * Reads a request body of at most {@code max} bytes, counting what arrives rather than trusting a
 * Content-Length, so a chunked body is held to the same limit. A body over the limit is read on
 * (and dropped) up to {@code drainLimit} bytes before it is reported too large, so that a client
 * still sending it sees the answer instead of a connection reset.
 */
final class BodyReader implements Runnable {
  /** What became of the body. */
  interface Listener {
    void body(byte[] body);

    void tooLarge();

    void failed(Throwable failure);
  }

  private final Request request;
  private final int max;
  private final long drainLimit;
  private final Listener listener;
  private final Runnable onDemand;
  private byte[] bytes;
  private long seen;

  private BodyReader(
      Request request, int max, long drainLimit, InvocationType type, Listener listener) {
    this.request = request;
    this.max = max;
    this.drainLimit = drainLimit;
    this.listener = listener;
    this.onDemand = Invocable.from(type, this);
    long length = request.getLength();
    this.bytes = new byte[length >= 0 && length <= max ? (int) length : 4096];
  }

  /** Starts reading; the listener hears of the outcome on this or a later thread. */
  static void read(
      Request request, int max, long drainLimit, InvocationType type, Listener listener) {
    new BodyReader(request, max, drainLimit, type, listener).run();
  }

  @Override
  public void run() {
    while (true) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        request.demand(onDemand);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        listener.failed(chunk.getFailure());
        return;
      }
      boolean last = chunk.isLast();
      try {
        take(chunk.getByteBuffer());
      } finally {
        chunk.release();
      }
      if (last) {
        if (seen > max) {
          listener.tooLarge();
        } else {
          listener.body(bytes.length == seen ? bytes : Arrays.copyOf(bytes, (int) seen));
        }
        return;
      }
      if (seen > drainLimit) {
        listener.tooLarge();
        return;
      }
    }
  }

  private void take(ByteBuffer buffer) {
    int n = buffer.remaining();
    long total = seen + n;
    if (total <= max) {
      if (total > bytes.length) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(max, Math.max(total, 2L * bytes.length)));
      }
      buffer.get(bytes, (int) seen, n);
    } else {
      bytes = null;
    }
    seen = total;
  }
}
