package org.gcm.infrastructure.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * TCP ports on the loopback interface, which is where every server of this module listens.
 *
 * <p>A port reported free can still be taken by another process before the caller binds it; callers pick a
 * port right before starting the server that uses it, and the servers fail loudly when it is gone.
 */
public final class Ports {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private Ports() {
    }

    /** A port the operating system considers free on 127.0.0.1 at this moment. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port on " + LOOPBACK.getHostAddress(), e);
        }
    }

    /** Whether a server could bind {@code port} on 127.0.0.1 right now. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Bind as the servers do, with SO_REUSEADDR: only a live listener makes the bind fail, while connections
            // in TIME_WAIT from a server that just stopped (which would block a plain bind) do not.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LOOPBACK, port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
