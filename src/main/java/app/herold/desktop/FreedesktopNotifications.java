package app.herold.desktop;

import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The notification service of Linux desktops (GNOME, KDE, Xfce, …) as the Desktop Notifications
 * Specification defines it: {@code org.freedesktop.Notifications} at {@code /org/freedesktop/Notifications}
 * on the session bus. Only the one method Herold calls.
 */
@DBusInterfaceName("org.freedesktop.Notifications")
public interface FreedesktopNotifications extends DBusInterface {

    String BUS_NAME = "org.freedesktop.Notifications";
    String OBJECT_PATH = "/org/freedesktop/Notifications";

    /**
     * Shows a notification and returns its id.
     *
     * @param replacesId 0 for a new notification
     * @param actions pairs of action key and label; none here (the window is where to act)
     * @param hints e.g. "urgency" (byte 0 low, 1 normal, 2 critical)
     * @param expireTimeout milliseconds; -1 for the server's default
     */
    // Named as the D-Bus method is: dbus-java calls the remote method by the Java method's name.
    UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body, String[] actions,
                  Map<String, Variant<?>> hints, int expireTimeout);
}
