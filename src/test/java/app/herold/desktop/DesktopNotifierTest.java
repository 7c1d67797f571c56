package app.herold.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linux notifications against a stand-in: a private session bus (the system's dbus-daemon) on which the
 * test owns org.freedesktop.Notifications and records what arrives, as GNOME's or KDE's service would.
 */
class DesktopNotifierTest {

    @TempDir
    Path temp;

    private Process bus;
    private DBusConnection serviceSide;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startBus() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dbus-daemon")), "no dbus-daemon on this machine");
        Path config = Files.writeString(temp.resolve("session.conf"), """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>unix:dir=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow send_destination="*" eavesdrop="true"/>
                    <allow eavesdrop="true"/>
                    <allow own="*"/>
                  </policy>
                </busconfig>
                """.formatted(temp));
        bus = new ProcessBuilder("/usr/bin/dbus-daemon", "--config-file=" + config, "--nofork", "--print-address=1")
                .redirectErrorStream(true).start();
        String address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        assertThat(address).startsWith("unix:");
        serviceSide = DBusConnectionBuilder.forAddress(address).withShared(false).build();
        serviceSide.requestBusName(FreedesktopNotifications.BUS_NAME);
        serviceSide.exportObject(FreedesktopNotifications.OBJECT_PATH, new FreedesktopNotifications() {
            @Override
            public UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
                                 String[] actions, Map<String, Variant<?>> hints, int expireTimeout) {
                received.add(appName + " | " + summary + " | " + body + " | urgency " + hints.get("urgency").getValue());
                return new UInt32(received.size());
            }

            @Override
            public String getObjectPath() {
                return FreedesktopNotifications.OBJECT_PATH;
            }
        });
        System.setProperty("herold.test.bus", address);
    }

    @AfterEach
    void stopBus() throws Exception {
        if (serviceSide != null) {
            serviceSide.close();
        }
        if (bus != null) {
            bus.destroy();
            bus.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSuccessAndAFailureReachTheDesktopsNotificationService() throws Exception {
        DesktopNotifier notifier = DesktopNotifier.onSessionBus(System.getProperty("herold.test.bus"));

        notifier.notify("Auf Stadt Meerane – Mastodon veröffentlicht", "„Wochenmarkt“ ist erschienen.", false);
        notifier.notify("Nicht auf Stadt Meerane – Facebook veröffentlicht", "Der Zugang zu Facebook ist abgelaufen.",
                true);

        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (received.size() < 2 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(received).containsExactly(
                "Herold | Auf Stadt Meerane – Mastodon veröffentlicht | „Wochenmarkt“ ist erschienen. | urgency 1",
                "Herold | Nicht auf Stadt Meerane – Facebook veröffentlicht | Der Zugang zu Facebook ist abgelaufen. "
                        + "| urgency 2");
    }

    @Test
    void aDesktopWithoutTheServiceCostsNothingButALogLine() {
        DesktopNotifier notifier = DesktopNotifier.onSessionBus("unix:path=" + temp.resolve("no-such-bus"));

        notifier.notify("Titel", "Text", false);

        assertThat(received).isEmpty();
    }
}
