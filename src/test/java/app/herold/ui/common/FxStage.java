package app.herold.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The shown stage the tests of single nodes lay them out in (headless under Monocle), and the FX thread. */
final class FxStage {

    private FxStage() {
    }

    /** Shows {@code root} as a new scene of the given size on the primary stage, in Herold's light theme when {@code themed}. */
    static Scene show(Parent root, double width, double height, boolean themed) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        Scene scene = new Scene(root, width, height);
        FxToolkit.setupFixture(() -> {
            if (themed) {
                Theme.install(scene, "light");
            }
            stage.setScene(scene);
            stage.show();
        });
        return scene;
    }

    static void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    /** Runs {@code call} on the FX thread and waits for its result. */
    static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }
}
