package cruddur.web;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads each request's body in full before the routes see it, without holding a thread while it
 * arrives. The routes read bodies the blocking servlet way, so a client that announced a body and
 * stalled used to hold one of the server's threads until the idle timeout, and a few hundred such
 * clients stopped the API for everyone. Here a body must arrive whole within the deadline, or the
 * request is answered 408 and its connection closed; one announced over the size limit is answered
 * 413 without being read.
 */
final class BodyDeadline extends Handler.Wrapper {
  private final long maxBytes;
  private final Duration deadline;

  BodyDeadline(long maxBytes, Duration deadline) {
    this.maxBytes = maxBytes;
    this.deadline = deadline;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Handler next = getHandler();
    if (next == null) {
      return false;
    }
    long length = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
    if (length > maxBytes) {
      Response.writeError(
          request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, tooLarge());
      return true;
    }
    if (length <= 0 && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
      return next.handle(request, response, callback);
    }
    new Reading(next, request, response, callback).start();
    return true;
  }

  private String tooLarge() {
    return "the body is over " + maxBytes + " bytes";
  }

  /** One body being read: by Jetty's demand callbacks, raced by its deadline. */
  private final class Reading implements Invocable.Task {
    private final Handler next;
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final Deque<Content.Chunk> chunks = new ArrayDeque<>();
    private long bytes;
    private boolean settled; // guarded by this: answered, failed or handed on
    private Scheduler.Task timer;

    Reading(Handler next, Request request, Response response, Callback callback) {
      this.next = next;
      this.request = request;
      this.response = response;
      this.callback = callback;
    }

    void start() {
      Scheduler.Task task = request.getComponents().getScheduler().schedule(this::expire, deadline);
      synchronized (this) {
        timer = task;
      }
      read(false);
    }

    /** More content arrived. */
    @Override
    public void run() {
      read(true);
    }

    @Override
    public InvocationType getInvocationType() {
      return InvocationType.NON_BLOCKING; // it only reads; the routes run on a pool thread
    }

    private void read(boolean inDemandCallback) {
      Content.Chunk chunk;
      do {
        chunk = request.read();
        if (chunk == null) {
          request.demand(this);
          return;
        }
      } while (keep(chunk, inDemandCallback));
    }

    /**
     * Takes one chunk of the body; false once there is nothing more to read, because the body is
     * complete (and handed on), failed or too large (and answered), or the request was settled.
     */
    private boolean keep(Content.Chunk chunk, boolean inDemandCallback) {
      synchronized (this) {
        if (settled) {
          chunk.release();
          return false;
        }
        if (Content.Chunk.isFailure(chunk)) {
          settle();
        } else {
          chunks.add(chunk);
          bytes += chunk.remaining();
          if (bytes > maxBytes) {
            settle();
          } else if (chunk.isLast()) {
            settled = true;
            timer.cancel();
          } else {
            return true;
          }
        }
      }
      if (Content.Chunk.isFailure(chunk)) {
        failed(chunk.getFailure());
      } else if (bytes > maxBytes) {
        answer(HttpStatus.PAYLOAD_TOO_LARGE_413, tooLarge());
      } else {
        Rewound rewound = new Rewound(request, chunks);
        if (inDemandCallback) {
          request.getContext().execute(() -> handOn(rewound));
        } else {
          handOn(rewound);
        }
      }
      return false;
    }

    private void expire() {
      synchronized (this) {
        if (settled) {
          return;
        }
        settle();
      }
      answer(
          HttpStatus.REQUEST_TIMEOUT_408,
          "the request body did not arrive within " + deadline.toSeconds() + " s");
    }

    /** Stops reading and drops what was read; call holding the lock. */
    private void settle() {
      settled = true;
      if (timer != null) {
        timer.cancel();
      }
      chunks.forEach(Content.Chunk::release);
      chunks.clear();
    }

    private void failed(Throwable failure) {
      if (failure instanceof TimeoutException) {
        answer(HttpStatus.REQUEST_TIMEOUT_408, "the request body stopped arriving");
      } else {
        callback.failed(failure); // the connection broke: nobody to answer
      }
    }

    private void answer(int status, String message) {
      // The rest of the body will not be read: the connection cannot carry another request.
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      Response.writeError(request, response, callback, status, message);
    }

    private void handOn(Rewound rewound) {
      Callback done =
          new Callback.Nested(callback) {
            @Override
            public void completed() {
              rewound.release();
            }
          };
      try {
        if (!next.handle(rewound, response, done)) {
          Response.writeError(rewound, response, done, HttpStatus.NOT_FOUND_404);
        }
      } catch (Throwable t) {
        Response.writeError(rewound, response, done, t);
      }
    }
  }

  /** The request with its body, already read, served again from the start. */
  private static final class Rewound extends Request.Wrapper {
    private final Deque<Content.Chunk> chunks;

    Rewound(Request request, Deque<Content.Chunk> chunks) {
      super(request);
      this.chunks = new ArrayDeque<>(chunks);
    }

    @Override
    public Content.Chunk read() {
      synchronized (chunks) {
        Content.Chunk chunk = chunks.pollFirst();
        return chunk != null ? chunk : super.read();
      }
    }

    void release() {
      synchronized (chunks) {
        chunks.forEach(Content.Chunk::release);
        chunks.clear();
      }
    }
  }
}
