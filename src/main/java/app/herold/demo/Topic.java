package app.herold.demo;

import app.herold.domain.channel.ChannelKind;
import java.util.List;

/**
 * What a demo post is about, and with it where a town would post it, which hashtags fit, which
 * page of the town's website explains more and which demo pictures suit it.
 */
enum Topic {
    COUNCIL(List.of(ChannelKind.FACEBOOK),
            List.of(ChannelKind.MASTODON, ChannelKind.BLUESKY, ChannelKind.WHATSAPP),
            List.of("#Stadtrat", "#Kommunalpolitik"), "rathaus/stadtrat", List.of("Rathaus")),
    CITIZEN_OFFICE(List.of(ChannelKind.FACEBOOK),
            List.of(ChannelKind.WHATSAPP, ChannelKind.MASTODON, ChannelKind.TELEGRAM),
            List.of("#Bürgerbüro", "#Service"), "buergerservice/buergerbuero", List.of("Bürgerbüro", "Rathaus")),
    WASTE(List.of(ChannelKind.WHATSAPP, ChannelKind.FACEBOOK),
            List.of(ChannelKind.TELEGRAM, ChannelKind.MASTODON),
            List.of("#Müllabfuhr", "#Abfall"), "buergerservice/abfall", List.of("Müll")),
    ROADWORKS(List.of(ChannelKind.WHATSAPP, ChannelKind.FACEBOOK),
            List.of(ChannelKind.TELEGRAM, ChannelKind.MASTODON, ChannelKind.BLUESKY),
            List.of("#Baustelle", "#Verkehr"), "aktuelles/verkehr", List.of("Baustelle")),
    EVENTS(List.of(ChannelKind.INSTAGRAM, ChannelKind.FACEBOOK),
            List.of(ChannelKind.WHATSAPP, ChannelKind.MASTODON, ChannelKind.BLUESKY),
            List.of("#MeeraneErleben", "#Veranstaltung"), "kultur/veranstaltungen", List.of("Stadtfest")),
    WARNING(List.of(ChannelKind.WHATSAPP, ChannelKind.TELEGRAM, ChannelKind.FACEBOOK),
            List.of(ChannelKind.MASTODON),
            List.of("#Warnung", "#Bevölkerungsschutz"), "buergerservice/bevoelkerungsschutz", List.of()),
    AMTSBLATT(List.of(ChannelKind.FACEBOOK),
            List.of(ChannelKind.WHATSAPP, ChannelKind.MASTODON, ChannelKind.BLUESKY),
            List.of("#Amtsblatt"), "rathaus/amtsblatt", List.of("Rathaus")),
    FIRE_BRIGADE(List.of(ChannelKind.FACEBOOK, ChannelKind.INSTAGRAM),
            List.of(ChannelKind.WHATSAPP, ChannelKind.MASTODON),
            List.of("#Feuerwehr", "#Ehrenamt"), "buergerservice/feuerwehr", List.of("Feuerwehr")),
    KITA(List.of(ChannelKind.FACEBOOK),
            List.of(ChannelKind.INSTAGRAM, ChannelKind.WHATSAPP),
            List.of("#Kita", "#Familie"), "familie/kindertagesstaetten", List.of()),
    JOBS(List.of(ChannelKind.FACEBOOK),
            List.of(ChannelKind.INSTAGRAM, ChannelKind.MASTODON, ChannelKind.BLUESKY),
            List.of("#Jobs", "#Karriere"), "rathaus/stellenangebote", List.of("Rathaus")),
    GREETING(List.of(ChannelKind.FACEBOOK, ChannelKind.INSTAGRAM),
            List.of(ChannelKind.WHATSAPP, ChannelKind.MASTODON, ChannelKind.BLUESKY),
            List.of("#Feiertag"), null, List.of("Winter"));

    private static final String WEBSITE = "https://www.meerane.de/";

    private final List<ChannelKind> usualChannels;
    private final List<ChannelKind> extraChannels;
    private final List<String> hashtags;
    private final String moreInfoUrl;
    private final List<String> imageHints;

    Topic(List<ChannelKind> usualChannels, List<ChannelKind> extraChannels, List<String> hashtags,
            String websitePath, List<String> imageHints) {
        this.usualChannels = usualChannels;
        this.extraChannels = extraChannels;
        this.hashtags = hashtags;
        this.moreInfoUrl = websitePath == null ? null : WEBSITE + websitePath;
        this.imageHints = imageHints;
    }

    /** Where every post on this topic goes. */
    List<ChannelKind> usualChannels() {
        return usualChannels;
    }

    /** Where some posts on this topic also go. */
    List<ChannelKind> extraChannels() {
        return extraChannels;
    }

    /** Hashtags after #Meerane, in CamelCase as screen readers need. */
    List<String> hashtags() {
        return hashtags;
    }

    /** The town's page on the topic, or null when a post would not link anywhere. */
    String moreInfoUrl() {
        return moreInfoUrl;
    }

    /** Words an alternative text contains when its picture suits the topic. */
    List<String> imageHints() {
        return imageHints;
    }
}
