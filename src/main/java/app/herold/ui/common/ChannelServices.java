package app.herold.ui.common;

import app.herold.domain.channel.ChannelAccountStore;
import app.herold.domain.channel.ChannelCatalog;
import app.herold.domain.channel.ImageFacts;
import app.herold.domain.channel.PostExports;
import app.herold.domain.channel.QrCodes;
import app.herold.domain.post.DeliveryLog;
import app.herold.domain.post.PlanCalendarFiles;
import app.herold.domain.rules.AuditLog;
import app.herold.domain.rules.AuditLogFiles;
import app.herold.domain.rules.ElectionStore;
import app.herold.domain.rules.TextFacts;
import java.nio.file.Path;

/**
 * The channels as the window works with them, through domain ports only: how each counts, checks,
 * renders and previews a post, what the checks read of an image, the town's accounts, what went
 * out where, the bundles and hand-posting folders, and QR codes of join links.
 *
 * @param exportFolder where bundles go until the officer picks another folder
 * @param elections the election calendar and party list the public-body rules use
 * @param textFacts what the rules need to know of characters (emoji)
 * @param audit where confirmations of posts with neutrality findings are recorded
 * @param auditFiles the audit log as CSV or printable sheet
 * @param planCalendar the plan as an iCalendar file for the mayor's calendar
 */
public record ChannelServices(ChannelCatalog catalog, ImageFacts imageFacts, ChannelAccountStore accounts,
                              DeliveryLog deliveries, PostExports exports, QrCodes qrCodes, Path exportFolder,
                              ElectionStore elections, TextFacts textFacts, AuditLog audit,
                              AuditLogFiles auditFiles, PlanCalendarFiles planCalendar) {
}
