package cruddur.cli;

import cruddur.config.ConfigurationException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Whether a loopback port can be listened on, asked before anything is started on it. */
final class PortCheck {
  private PortCheck() {}

  /**
   * Throws a one-line ConfigurationException naming the option when {@code port} is out of range or
   * something already listens on it; 0 (any free port) always passes.
   */
  static void requireFree(String option, int port) {
    if (port < 0 || port > 65535) {
      throw new ConfigurationException(
          option + " must be a port from 1 to 65535 (or 0 for any free one), not " + port);
    }
    if (port == 0) {
      return;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      throw new ConfigurationException(
          option
              + " "
              + port
              + ": something is listening there already (another ./cruddur up?); stop it or"
              + " give another port");
    }
  }
}
