package app.herold.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupWarmUpTest {

    @Test
    void theRecordedClassListStillMatchesTheLibraries() {
        List<String> names = StartupWarmUp.classNames();
        long missing = names.stream().filter(name -> {
            try {
                Class.forName(name, false, StartupWarmUp.class.getClassLoader());
                return false;
            } catch (ClassNotFoundException | LinkageError e) {
                return true;
            }
        }).count();

        assertThat(names).hasSizeGreaterThan(1000);
        // After a library upgrade, record the list again (see StartupWarmUp) when this fails.
        assertThat(missing).as("listed classes that no longer exist").isLessThan(names.size() / 20);
    }
}
