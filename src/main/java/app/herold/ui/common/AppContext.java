package app.herold.ui.common;

import app.herold.domain.backup.Backups;
import app.herold.domain.exchange.PlanFiles;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.MediaLibrary;
import app.herold.domain.post.PlanTableReader;
import app.herold.domain.post.PostStore;
import app.herold.domain.rules.HolidayCalendar;
import app.herold.domain.settings.PreferencesStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What the window works with once the data directory is open: the plan and its ports, never the
 * storage classes themselves.
 *
 * @param demoLoader fills an empty plan with demo posts and returns how many
 * @param channels how the channels count, check and show a post
 * @param holidays the named days of a Land; its first answer may take a moment, so ask off the UI thread
 * @param backups backups of the data directory (slow: off the UI thread)
 * @param planTables reads a month planned in a spreadsheet (CSV) for the import
 * @param planFiles the whole plan as one file (JSON in a ZIP), out and in
 * @param publishing sending: the outbox, the publishers, the secrets; made at the first call, which loads the
 *     networks' adapters, so call it off the UI thread and never while the window starts
 */
public record AppContext(
        ContentPlan plan,
        PostStore posts,
        MediaLibrary media,
        PreferencesStore preferences,
        Path dataDirectory,
        Clock clock,
        DemoLoader demoLoader,
        ChannelServices channels,
        HolidayCalendar holidays,
        Backups backups,
        PlanTableReader planTables,
        PlanFiles planFiles,
        java.util.function.Supplier<PublishingServices> publishing) {

    /** Loads demo data; provided by the wiring so the UI does not depend on the demo package. */
    @FunctionalInterface
    public interface DemoLoader {
        int load();
    }
}
