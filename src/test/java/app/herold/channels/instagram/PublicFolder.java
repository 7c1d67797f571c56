package app.herold.channels.instagram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The town's web server as Meta sees it: serves the JPEG files of a local folder under
 * {@code /herold/} (GET and HEAD), 404 for anything else. {@link #notSyncedYet} answers 404 as a web
 * server does before a synced folder has arrived; {@link #down()} takes it off the network.
 */
final class PublicFolder implements AutoCloseable {

    private final Path folder;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile boolean synced = true;
    private volatile String contentType = "image/jpeg";
    private HttpServer server;
    private int port;

    PublicFolder(Path folder) {
        this.folder = folder;
        start(0);
    }

    Path folder() {
        return folder;
    }

    /** The address of the folder, as entered in the settings. */
    String url() {
        return "http://127.0.0.1:" + port + "/herold/";
    }

    /** Files copied in are not served until {@link #synced()}: the sync to the web server is slow. */
    void notSyncedYet() {
        synced = false;
    }

    void synced() {
        synced = true;
    }

    /** A misconfigured address: the server answers every request with its home page. */
    void servesHomePage() {
        contentType = "text/html; charset=utf-8";
    }

    /** "GET /herold/name" and "HEAD /herold/name" as received. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    synchronized void up() {
        if (server == null) {
            start(port);
        }
    }

    private synchronized void start(int wantedPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wantedPort), 20);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "public-folder");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::serve);
        server.start();
        port = server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        requests.add(method + " " + path);
        String name = path.startsWith("/herold/") ? path.substring("/herold/".length()) : "";
        Path file = folder.resolve(name).normalize();
        boolean served = synced && !name.isEmpty() && !name.contains("/") && file.startsWith(folder)
                && Files.isRegularFile(file);
        try (exchange) {
            if (!served) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = contentType.startsWith("image/") ? Files.readAllBytes(file)
                    : "<html><body>Stadt Meerane</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        down();
    }
}
