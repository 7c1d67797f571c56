package app.herold;

import app.herold.channels.media.StoredImageFacts;
import app.herold.channels.text.IcuTextFacts;
import app.herold.domain.rules.AuditLog;
import app.herold.domain.rules.ElectionStore;
import app.herold.domain.channel.ChannelAccountStore;
import app.herold.domain.channel.ChannelCatalog;
import app.herold.domain.post.DeliveryLog;
import app.herold.domain.post.MediaLibrary;
import app.herold.exchange.ChannelExports;
import app.herold.exchange.audit.AuditLogCsv;
import app.herold.exchange.audit.AuditLogSheet;
import app.herold.exchange.ics.PlanCalendarIcs;
import app.herold.exchange.qr.QrCode;
import app.herold.i18n.Messages;
import app.herold.storage.DataDirectoryId;
import app.herold.ui.common.ChannelServices;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/** Puts the channel adapters behind the ports the window uses; the one place that knows them all. */
public final class ChannelWiring {

    private ChannelWiring() {
    }

    /**
     * @param dataDirectory prepared pictures and hand-posting folders go into its {@code work} folder
     * @param messages the user's language, asked for when a bundle is written, not at start-up
     */
    public static ChannelServices services(ChannelCatalog catalog, MediaLibrary media, ChannelAccountStore accounts,
                                           DeliveryLog deliveries, ElectionStore elections, AuditLog audit,
                                           Path dataDirectory,
                                           Supplier<Messages> messages, Clock clock) {
        return new ChannelServices(catalog, new StoredImageFacts(media), accounts, deliveries,
                new ChannelExports(catalog, accounts, media, dataDirectory.resolve("work"), messages, clock),
                (link, file) -> QrCode.of(link).write(file), dataDirectory.resolve("exports"), elections,
                new IcuTextFacts(), audit, (entries, verification, file) -> {
                    if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                        AuditLogCsv.write(entries, file);
                    } else {
                        AuditLogSheet.write(entries, verification, file);
                    }
                }, (posts, locale, file) -> new PlanCalendarIcs(() -> DataDirectoryId.of(dataDirectory))
                        .write(posts, locale, file));
    }
}
