package app.herold.cli;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Opens the window. The command line decides when; the UI package knows how. */
@FunctionalInterface
public interface GuiLauncher {

    /**
     * @param probeOutput receives the {@code startup_ms=...} line when {@code startupProbe} is set
     * @param errorOutput receives the one sentence saying why the window could not open, when it is probed
     * @return the exit code once the window has closed
     */
    int launch(Path dataDirectory, boolean startupProbe, Consumer<String> probeOutput, Consumer<String> errorOutput);
}
