package app.herold.demo;

import java.util.List;

/** Road works, closures and diversions: the most read short news of a small town. */
final class StreetTemplates {

    private StreetTemplates() {
    }

    static List<PostTemplate> all() {
        return List.of(
                PostTemplate.on(Topic.ROADWORKS, Anchor.ROADWORK_DAYS).weight(2).daysBefore(3, 10).secondDay(14, 75)
                        .tags("Baustelle", "Verkehr")
                        .titles("Baustelle B 93: Fahrbahnsanierung ab {dateShort}",
                                "B 93: Bauarbeiten Richtung {b93Town}")
                        .bodies("Ab {date}, erneuert das Landesamt für Straßenbau und Verkehr die Fahrbahn der B 93"
                                        + " zwischen Meerane und {b93Town}. Die Arbeiten dauern voraussichtlich bis"
                                        + " {date2Day}. Der Verkehr wird über eine ausgeschilderte Umleitung geführt.",
                                "Auf der B 93 Richtung {b93Town} wird ab {date}, gebaut. Bis voraussichtlich"
                                        + " {date2Day} ist nur eine Fahrspur frei, eine Ampel regelt den Verkehr."
                                        + " Bitte rechnen Sie im Berufsverkehr mit Wartezeiten.")
                        .bullets(50, "Das Wichtigste in Kürze:\n• Zeitraum: {dateShort} bis {date2Short}\n"
                                + "• Umleitung über die {detour}\n• Fußgänger und Radfahrer kommen durch")
                        .note("Umleitungsplan beim Landesamt als Bild anfragen")
                        .build(),
                PostTemplate.on(Topic.ROADWORKS, Anchor.ROADWORK_DAYS).weight(4).daysBefore(1, 7).secondDay(2, 30)
                        .tags("Baustelle", "Verkehr")
                        .titles("Vollsperrung {street} ab {dateShort}", "{street}: Vollsperrung wegen Bauarbeiten",
                                "Umleitung: {street} gesperrt")
                        .bodies("Wegen {works} wird die {street} ab {date}, voll gesperrt. Die Umleitung führt über"
                                        + " die {detour}. Anlieger erreichen ihre Grundstücke je nach Baufortschritt.",
                                "Vom {dateDay} bis voraussichtlich {date2Day} ist die {street} für den Verkehr"
                                        + " gesperrt. Grund sind {works}.",
                                "Die {street} wird ab {date}, voll gesperrt. Grund sind {works}. Eine Umleitung über"
                                        + " die {detour} ist ausgeschildert. Die Busse fahren Ersatzhaltestellen an.")
                        .bullets(50, "Auf einen Blick:\n• Sperrung: {dateShort} bis {date2Short}\n"
                                + "• Umleitung: über die {detour}\n• Fußwege bleiben offen")
                        .note("Foto von der Baustelle beim Bauamt anfragen")
                        .build(),
                PostTemplate.on(Topic.ROADWORKS, Anchor.ROADWORK_DAYS).weight(2).daysBefore(1, 5).secondDay(3, 21)
                        .tags("Baustelle", "Verkehr")
                        .titles("Ampelregelung auf der {street}", "Halbseitige Sperrung der {street}")
                        .bodies("Ab {date}, regelt eine Baustellenampel den Verkehr auf der {street}. Grund sind"
                                + " {works}. Die Arbeiten sollen bis {date2Day} abgeschlossen sein.")
                        .build(),
                PostTemplate.on(Topic.ROADWORKS, Anchor.EVERY_DAY).pastOnly().at(TimeStyle.ANYTIME_ALERT)
                        .tags("Verkehr", "Wasser", "Warnung")
                        .titles("Wasserrohrbruch: {street} gesperrt")
                        .bodies("Wegen eines Wasserrohrbruchs ist die {street} derzeit gesperrt. Der Wasserversorger"
                                + " arbeitet mit Hochdruck an der Reparatur. In einigen Häusern kann der Wasserdruck"
                                + " vorübergehend sinken.")
                        .build(),
                PostTemplate.on(Topic.ROADWORKS, Anchor.ROADWORK_DAYS)
                        .tags("Baustelle", "Verkehr")
                        .titles("{street} wieder frei")
                        .bodies("Gute Nachricht: Die Bauarbeiten in der {street} sind abgeschlossen. Die Straße ist ab"
                                + " heute wieder in beide Richtungen befahrbar. Vielen Dank an alle Anwohnerinnen und"
                                + " Anwohner für ihre Geduld!")
                        .build());
    }
}
