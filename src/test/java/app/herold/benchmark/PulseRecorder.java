package app.herold.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Times the scene's pulses while a page turn is in flight: CSS + layout (from the pre-layout to the
 * post-layout listener) and the whole pulse on the FX thread (until a runnable queued at
 * post-layout runs, i.e. after the scene graph was synced to the renderer). The first pulse that
 * begins after the data was applied ends the sample; pulses before it count as early pulses.
 * Everything here runs on the FX thread.
 */
final class PulseRecorder {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SwitchSample active;
    private long pulseStart;

    void install(Scene scene) {
        scene.addPreLayoutPulseListener(() -> pulseStart = System.nanoTime());
        scene.addPostLayoutPulseListener(this::afterLayout);
    }

    /** Starts following {@code sample}; call on the FX thread just before the page turn (or the build). */
    void follow(SwitchSample sample) {
        active = sample;
        if (sample.cpuStart == 0) {
            sample.cpuStart = cpuTimeOfFxThread();
        }
    }

    private void afterLayout() {
        SwitchSample sample = active;
        if (sample == null) {
            return;
        }
        long start = pulseStart;
        long cssLayout = System.nanoTime() - start;
        boolean settles = sample.appliedAt != 0 && start >= sample.appliedAt;
        // Queued during the pulse, so it runs once the pulse (sync included) is over.
        Platform.runLater(() -> {
            long whole = System.nanoTime() - start;
            if (settles) {
                active = null;
                sample.settled(cssLayout, whole, cpuTimeOfFxThread());
            } else {
                sample.earlyPulse(whole);
            }
        });
    }

    static long cpuTimeOfFxThread() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }
}
