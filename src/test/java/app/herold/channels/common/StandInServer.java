package app.herold.channels.common;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A local HTTP server on 127.0.0.1 on which a platform's stand-in answers as the platform documents,
 * with faults injected for the next matching request: the server does the work and then goes silent or
 * answers 500 (the post exists, the client cannot know), or refuses before doing anything (429, an
 * expired token, content refused). {@link #down()} and {@link #up()} take the network away and bring it
 * back on the same port.
 */
public final class StandInServer implements AutoCloseable {

    /** A request as the stand-in received it. */
    public record Received(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            for (var entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                    return entry.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** What the platform answers: status, JSON (or other) body, extra headers. */
    public record Reply(int status, String body, Map<String, String> headers) {

        public static Reply json(int status, String body) {
            return new Reply(status, body, Map.of("Content-Type", "application/json"));
        }
    }

    /** How a platform handles one request. */
    @FunctionalInterface
    public interface Handler {
        Reply handle(Received request);
    }

    private record Route(String method, Predicate<String> path, Handler handler) {
    }

    private sealed interface Fault {
        Predicate<Received> matches();
    }

    private record RefuseFirst(Predicate<Received> matches, Reply reply) implements Fault {
    }

    private record SilentAfterWork(Predicate<Received> matches) implements Fault {
    }

    private record FailAfterWork(Predicate<Received> matches, Reply reply) implements Fault {
    }

    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final Deque<Fault> faults = new ConcurrentLinkedDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private HttpServer server;
    private int port;

    public StandInServer() {
        start(0);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public StandInServer route(String method, Predicate<String> path, Handler handler) {
        routes.add(new Route(method, path, handler));
        return this;
    }

    /** The next request that matches is answered with {@code reply} and not handled at all. */
    public void refuseNext(Predicate<Received> matches, Reply reply) {
        faults.add(new RefuseFirst(matches, reply));
    }

    /** The next request that matches is handled (the post is created), and then no answer ever comes. */
    public void silentAfterWorkNext(Predicate<Received> matches) {
        faults.add(new SilentAfterWork(matches));
    }

    /** The next request that matches is handled (the post is created), and then answered with {@code reply}. */
    public void failAfterWorkNext(Predicate<Received> matches, Reply reply) {
        faults.add(new FailAfterWork(matches, reply));
    }

    public static Predicate<Received> path(String method, String pathPart) {
        return request -> request.method().equals(method) && request.path().contains(pathPart);
    }

    /** Every request received so far, in order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The network goes away: connections are refused. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** The network is back, on the same port. */
    public synchronized void up() {
        if (server == null) {
            start(port);
        }
    }

    private synchronized void start(int wantedPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wantedPort), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "stand-in");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::serve);
        server.start();
        port = server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body);
        received.add(request);
        Fault fault = takeFault(request);
        if (fault instanceof RefuseFirst refuse) {
            answer(exchange, refuse.reply());
            return;
        }
        Reply reply = dispatch(request);
        if (fault instanceof SilentAfterWork) {
            awaitRelease();
            exchange.close();
            return;
        }
        if (fault instanceof FailAfterWork fail) {
            reply = fail.reply();
        }
        answer(exchange, reply);
    }

    private Reply dispatch(Received request) {
        for (Route route : routes) {
            if (route.method().equals(request.method()) && route.path().test(request.path())) {
                return route.handler().handle(request);
            }
        }
        return Reply.json(404, "{\"error\":\"Record not found\"}");
    }

    private synchronized Fault takeFault(Received request) {
        for (Fault fault : new ArrayList<>(faults)) {
            if (fault.matches().test(request)) {
                faults.remove(fault);
                return fault;
            }
        }
        return null;
    }

    private void awaitRelease() {
        try {
            released.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        released.countDown();
        down();
    }
}
