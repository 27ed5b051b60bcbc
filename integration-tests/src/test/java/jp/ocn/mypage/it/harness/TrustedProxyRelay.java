package jp.ocn.mypage.it.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the production reverse proxy: a TCP relay on loopback whose connections reach the test server from
 * {@value KeycloakServer#TRUSTED_PROXY}, the one address the server trusts for {@code X-Forwarded-For}. A browser
 * sending through it ({@link LoginClient#forwardedFor}) has the client address it names, as behind the real proxy;
 * the same header sent straight to the server is ignored. Bytes pass unchanged, so pages and links name the relay.
 */
public final class TrustedProxyRelay {

    private static final Map<Integer, TrustedProxyRelay> RELAYS = new ConcurrentHashMap<>();

    private final ServerSocket listener;
    private final int serverPort;

    private TrustedProxyRelay(int serverPort) {
        this.serverPort = serverPort;
        try {
            listener = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accept = new Thread(this::acceptLoop, "trusted-proxy-relay");
        accept.setDaemon(true);
        accept.start();
    }

    /** The relay in front of this server (one per server, for the whole test run). */
    public static TrustedProxyRelay in(KeycloakServer server) {
        int port = URI.create(server.directUrl()).getPort();
        return RELAYS.computeIfAbsent(port, TrustedProxyRelay::new);
    }

    /** The realm's URL through the relay. */
    public String realmUrl() {
        return "http://localhost:" + listener.getLocalPort() + "/realms/" + KeycloakServer.REALM;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket upstream = new Socket();
                upstream.bind(new InetSocketAddress(KeycloakServer.TRUSTED_PROXY, 0));
                upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), serverPort), 5000);
                pipe(client, upstream);
                pipe(upstream, client);
            } catch (IOException e) {
                // One failed connection; the browser sees it fail. Keep serving the others.
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread t = new Thread(
                () -> {
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        // The other side closed.
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "trusted-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // Already closed.
        }
    }
}
