package app.herold.process;

import app.herold.Herold;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * The real window in a process of its own: once it shows, a new post is opened with the toolbar's button
 * and {@link #TEXT} is typed into the editor, then {@link #TYPED} is printed. What happens next is up to
 * the test: the parent ends the process the way it wants to test.
 *
 * <p>Arguments: the data directory.
 */
public final class WindowTypingChild {

    static final String TYPED = "typed";
    static final String TEXT = "Vollsperrung der Bahnhofstraße ab Montag, 7 Uhr. Die Umleitung führt über die Lindenallee.";

    private static final Duration WAIT = Duration.ofSeconds(60);

    private WindowTypingChild() {
    }

    public static void main(String[] args) {
        Thread typist = new Thread(WindowTypingChild::typeOnceShown, "typist");
        typist.setDaemon(true);
        typist.start();
        Herold.main(new String[] {"--data-dir", args[0]});
    }

    private static void typeOnceShown() {
        try {
            Button newPost = (Button) waitFor(() -> shownNode("#new-post").filter(node -> !node.isDisabled()));
            onFx(newPost::fire);
            TextArea text = (TextArea) waitFor(() -> shownNode("#editor-text-field")
                    .filter(node -> node.isVisible() && !node.isDisabled()));
            onFx(() -> {
                text.requestFocus();
                text.replaceText(0, text.getLength(), TEXT);
            });
            System.out.println(TYPED);
            System.out.flush();
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.out.println("failed: " + e);
            System.out.flush();
        }
    }

    /** The node of the first showing window that matches {@code selector}, looked up on the UI thread. */
    private static Optional<Node> shownNode(String selector) {
        CompletableFuture<Optional<Node>> found = new CompletableFuture<>();
        try {
            Platform.runLater(() -> found.complete(Window.getWindows().stream().filter(Window::isShowing)
                    .map(window -> window.getScene().lookup(selector)).filter(node -> node != null).findFirst()));
        } catch (IllegalStateException toolkitNotYetStarted) {
            return Optional.empty();
        }
        try {
            return found.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Node waitFor(Supplier<Optional<Node>> lookup) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            Optional<Node> node = lookup.get();
            if (node.isPresent()) {
                return node.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not shown within " + WAIT);
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            action.run();
            done.complete(null);
        });
        done.get(10, TimeUnit.SECONDS);
    }
}
