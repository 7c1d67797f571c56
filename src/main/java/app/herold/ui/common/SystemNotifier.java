package app.herold.ui.common;

/**
 * Says something in the operating system's own place for notifications (the notification centre of
 * GNOME, KDE, Windows or macOS), for when Herold's window is not in front. Returns at once; showing may
 * happen a moment later on a thread of the notifier's own.
 */
@FunctionalInterface
public interface SystemNotifier {

    void notify(String title, String text, boolean problem);

    /** Where the system has no notification service Herold can reach: the window's own notices stand alone. */
    SystemNotifier NONE = (title, text, problem) -> { };
}
