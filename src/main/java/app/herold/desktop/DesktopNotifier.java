package app.herold.desktop;

import app.herold.ui.common.SystemNotifier;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * Notifications in the operating system's notification centre: on Linux through the freedesktop service on
 * the session bus (dbus-java, which java-keyring already brings), on Windows and macOS through a tray icon
 * (Java's own AWT). Each call is handed to a thread of its own, so neither the UI thread nor the outbox
 * waits for the desktop; a desktop that does not answer costs one log line, never an error dialog.
 */
public final class DesktopNotifier implements SystemNotifier {

    private static final System.Logger LOG = System.getLogger(DesktopNotifier.class.getName());
    private static final String APP_NAME = "Herold";

    private final Delivery delivery;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread notifying = new Thread(runnable, "herold-notifications");
        notifying.setDaemon(true);
        return notifying;
    });

    /** How one notification reaches the desktop. */
    @FunctionalInterface
    interface Delivery {
        void show(String title, String text, boolean problem) throws Exception;
    }

    DesktopNotifier(Delivery delivery) {
        this.delivery = delivery;
    }

    /** The notifier this computer has: D-Bus on Linux with a session bus, a tray icon where AWT has a tray. */
    public static SystemNotifier forThisSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String bus = System.getenv("DBUS_SESSION_BUS_ADDRESS");
        if (os.contains("linux") && bus != null && !bus.isBlank()) {
            return onSessionBus(bus);
        }
        if (os.contains("win") || os.contains("mac")) {
            return new DesktopNotifier(new Tray());
        }
        return SystemNotifier.NONE;
    }

    /** The freedesktop notification service on the bus at {@code address}. */
    public static DesktopNotifier onSessionBus(String address) {
        return new DesktopNotifier(new SessionBus(address));
    }

    @Override
    public void notify(String title, String text, boolean problem) {
        thread.execute(() -> {
            try {
                delivery.show(title, text, problem);
            } catch (Exception | LinkageError e) {
                LOG.log(System.Logger.Level.INFO, "the desktop did not take a notification: " + e);
            }
        });
    }

    /** Linux: org.freedesktop.Notifications.Notify, one connection for the session. */
    private static final class SessionBus implements Delivery {
        private final String address;
        private DBusConnection connection;
        private FreedesktopNotifications service;

        SessionBus(String address) {
            this.address = address;
        }

        @Override
        public void show(String title, String text, boolean problem) throws DBusException {
            if (service == null) {
                connection = DBusConnectionBuilder.forAddress(address).withShared(false).build();
                service = connection.getRemoteObject(FreedesktopNotifications.BUS_NAME,
                        FreedesktopNotifications.OBJECT_PATH, FreedesktopNotifications.class);
            }
            // Urgency 2 (critical) keeps a failure on screen until it is seen; a success goes by itself.
            Map<String, Variant<?>> hints = Map.of("urgency", new Variant<>((byte) (problem ? 2 : 1)),
                    "desktop-entry", new Variant<>("herold"));
            service.Notify(APP_NAME, new UInt32(0), problem ? "dialog-warning" : "mail-send", title, text,
                    new String[0], hints, -1);
        }
    }

    /** Windows and macOS: a balloon or notification from a tray icon that Herold adds once. */
    private static final class Tray implements Delivery {
        private TrayIcon icon;

        @Override
        public void show(String title, String text, boolean problem) throws Exception {
            if (!SystemTray.isSupported()) {
                return;
            }
            if (icon == null) {
                BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
                java.awt.Graphics2D pen = image.createGraphics();
                pen.setColor(new java.awt.Color(0x0B, 0x63, 0xD6));
                pen.fillRoundRect(1, 1, 14, 14, 4, 4);
                pen.dispose();
                icon = new TrayIcon(image, APP_NAME);
                icon.setImageAutoSize(true);
                SystemTray.getSystemTray().add(icon);
            }
            icon.displayMessage(title, text, problem ? TrayIcon.MessageType.ERROR : TrayIcon.MessageType.INFO);
        }
    }
}
