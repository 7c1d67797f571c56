package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.post.Schedule;
import app.herold.testing.BadInputFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 5, point 8, as the user meets it in the window: a megabyte pasted into the editor, a 50-megapixel photo. */
class BadInputFlowTest extends HeroldUiTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path userFiles;

    private Post market;
    private final app.herold.ui.common.RecordingDialogService answers = new app.herold.ui.common.RecordingDialogService();

    @Override
    void prepare() {
        market = plan.save(Post.newPost(Schedule.of(DAY, LocalTime.of(9, 0), BERLIN)).withTitle("Weihnachtsmarkt")
                .withText("Original").withChannels(EnumSet.allOf(ChannelKind.class)));
    }

    @Override
    app.herold.ui.common.DialogService dialogs(javafx.stage.Window owner, app.herold.i18n.Messages messages) {
        return answers;
    }

    @Test
    void aPastedMegabyteIsRefusedAtOnceWithItsLengthAndTheLimitAndTheTextStaysAsItWas() {
        clickOn(card(market));
        waitUntil(() -> lookup("#review-mastodon").tryQuery().isPresent());
        String megabyte = BadInputFiles.megabyteOfText();
        WaitForAsyncUtils.asyncFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(megabyte);
            Clipboard.getSystemClipboard().setContent(content);
        });
        clickOn("#editor-text-field");
        press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        Heartbeat heartbeat = Heartbeat.start();
        long pasteStarted = System.nanoTime();
        press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        long pasteMillis = (System.nanoTime() - pasteStarted) / 1_000_000;

        String sentence = "Nicht eingefügt: Der Text hätte 1.048.576 Zeichen, erlaubt sind höchstens 100.000 "
                + "(Facebook nimmt 63.206). Ihr Text ist unverändert.";
        long waitStarted = System.nanoTime();
        waitLong(() -> sentence.equals(lookup("#editor-save-state").<Labeled>query().getText()));
        long untilMessage = (System.nanoTime() - waitStarted) / 1_000_000;
        heartbeat.stop();
        System.out.printf("BAD_INPUT_1MB paste_ms=%d message_after_ms=%d longest_fx_stall_ms=%d%n", pasteMillis,
                untilMessage, heartbeat.longestStallMillis());

        assertThat(lookup("#editor-text-field").<TextArea>query().getText()).isEqualTo("Original");
        assertThat(heartbeat.longestStallMillis()).as("the window kept answering").isLessThan(500);
        assertThat(answers.errors).as("no dialog").isEmpty();
        assertThat(plan.find(market.id()).orElseThrow().text()).isEqualTo("Original");
        screenshot("editor-text-too-long");
    }

    @Test
    void aFiftyMegapixelPhotoIsAddedWithAThumbnail() {
        clickOn(card(market));
        answers.imagesToChoose = List.of(BadInputFiles.fiftyMegapixelJpeg(userFiles, "IMG_5001.JPG"));
        clickOn(revealed("#editor-add-images"));
        waitLong(() -> !lookup(".image-tile").queryAll().isEmpty());
        ImageView thumbnail = lookup(".image-tile ImageView").query();
        waitLong(() -> thumbnail.getImage().getProgress() >= 1);

        assertThat(thumbnail.getImage().isError()).as(String.valueOf(thumbnail.getImage().getException())).isFalse();
        assertThat(thumbnail.getImage().getWidth()).isGreaterThan(0).isLessThanOrEqualTo(176);
        assertThat(answers.errors).isEmpty();
    }

    private void waitLong(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not reached within 90 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Asks the FX thread every 20 ms to answer; the longest wait for an answer is how long it was blocked. */
    private static final class Heartbeat {

        private final AtomicLong longest = new AtomicLong();
        private volatile boolean running = true;

        static Heartbeat start() {
            Heartbeat heartbeat = new Heartbeat();
            Thread thread = new Thread(heartbeat::beat, "heartbeat");
            thread.setDaemon(true);
            thread.start();
            return heartbeat;
        }

        private void beat() {
            while (running) {
                long sent = System.nanoTime();
                java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(1);
                Platform.runLater(answered::countDown);
                try {
                    answered.await();
                    longest.accumulateAndGet((System.nanoTime() - sent) / 1_000_000, Math::max);
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
        }

        long longestStallMillis() {
            return longest.get();
        }
    }
}
