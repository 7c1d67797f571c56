package app.herold.process;

import static app.herold.process.ChildJvm.GERMAN_IN_BERLIN;
import static app.herold.process.ChildJvm.herold;
import static org.assertj.core.api.Assertions.assertThat;

import app.herold.process.ChildJvm.Finished;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A town's cron job runs {@code publish-due} every few minutes, and the window runs the same outbox pass
 * every half minute; mostly nothing is due. Such a pass must not set up Java's TLS (the security providers,
 * about 600 classes and a tenth of a second): the HTTP client is made at the first request. Seen in a
 * fresh JVM through its class-loading log, the only place that tells.
 */
@Timeout(120)
class NothingToSendSetsUpNoTlsTest {

    private static final Duration COMMAND = Duration.ofSeconds(60);

    @TempDir
    Path temporary;

    @Test
    void aPublishDuePassWithNothingDueLoadsNoTlsClasses() throws Exception {
        Path dataDirectory = temporary.resolve("daten");
        Finished demo = herold("--data-dir", dataDirectory.toString(), "demo", "--posts", "20").awaitExit(COMMAND);
        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        Path classLog = temporary.resolve("classes.log");

        Finished pass = ChildJvm.running("app.herold.Herold").with(GERMAN_IN_BERLIN)
                .jvmOption("-Xlog:class+load=info:file=" + classLog)
                .args("--data-dir", dataDirectory.toString(), "publish-due").start().awaitExit(COMMAND);

        assertThat(pass.exitCode()).as(pass.toString()).isZero();
        String loaded = Files.readString(classLog, StandardCharsets.UTF_8);
        assertThat(loaded).as("the log records the pass").contains("app.herold.domain.publishing.Outbox ");
        assertThat(loaded).as("TLS set up").doesNotContain("javax.net.ssl.SSLContext ", "jdk.internal.net.http.HttpClientImpl ");
    }
}
