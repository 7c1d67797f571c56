package app.herold.benchmark;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up floor Herold is compared with: an empty 1000x700 Stage, timed exactly as
 * {@code herold --startup-probe} times the calendar (milliseconds since the JVM started, taken right
 * after the layout of the first pulse that shows it). A plain main class, because {@code java -cp}
 * cannot start a class that extends {@code Application}.
 */
public final class EmptyWindowProbe {

    private EmptyWindowProbe() {
    }

    public static void main(String[] args) {
        Application.launch(EmptyWindow.class, args);
        System.exit(0);
    }

    /** Shows nothing but an empty Stage, reports once it is on screen and quits. */
    public static final class EmptyWindow extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(), 1000, 700);
            stage.setTitle("Empty");
            stage.setScene(scene);
            stage.show();
            Runnable afterPulse = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    long sinceJvmStart = System.currentTimeMillis()
                            - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("startup_ms=" + sinceJvmStart);
                    Platform.runLater(Platform::exit);
                }
            };
            scene.addPostLayoutPulseListener(afterPulse);
            Platform.requestNextPulse();
        }
    }
}
