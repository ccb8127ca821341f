package nl.veiligegemeente.embedded;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.jboss.logging.Logger;

import io.quarkus.runtime.QuarkusBindException;

/** Checks a loopback port before an embedded database binds it, so a taken port gives Quarkus' plain message. */
final class LoopbackPort {

    static final String HOST = "127.0.0.1";

    private static final Logger LOG = Logger.getLogger(LoopbackPort.class);

    private LoopbackPort() {
    }

    /** Fails with Quarkus' port-in-use message, after logging what the user can do about it. */
    static void ensureFree(int port, String database, String hint) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(HOST, port));
        } catch (BindException e) {
            LOG.errorf("The embedded %s cannot listen on %s:%d, which is taken. %s", database, HOST, port, hint);
            throw new IllegalStateException(new QuarkusBindException(HOST, port, e));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot check whether port " + port + " is free", e);
        }
    }
}
