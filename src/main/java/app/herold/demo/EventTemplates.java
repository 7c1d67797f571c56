package app.herold.demo;

import java.util.List;

/** Festivals, concerts and greetings on holidays, each on the day it belongs to. */
final class EventTemplates {

    private EventTemplates() {
    }

    static List<PostTemplate> all() {
        return List.of(
                PostTemplate.on(Topic.EVENTS, Anchor.WEIHNACHTSMARKT).weight(3).daysBefore(1, 10).secondDay(2, 2)
                        .tags("Veranstaltung", "Kultur")
                        .titles("Weihnachtsmarkt öffnet am {dateShort}", "Der Meeraner Weihnachtsmarkt lädt ein",
                                "Vorfreude auf den Weihnachtsmarkt")
                        .bodies("Vom {dateDay} bis {date2Day} duftet es auf dem Markt wieder nach Glühwein und"
                                        + " gebrannten Mandeln. Händler, Vereine und Schulen freuen sich auf Ihren"
                                        + " Besuch. Am Sonntag kommt der Weihnachtsmann.",
                                "Am {date}, öffnet der Weihnachtsmarkt auf dem Meeraner Markt. Drei Tage lang gibt"
                                        + " es Kunsthandwerk, Musik auf der Bühne und ein Kinderkarussell.")
                        .bullets(50, "Öffnungszeiten:\n• Freitag: 16 bis 21 Uhr\n• Samstag: 12 bis 21 Uhr\n"
                                + "• Sonntag: 12 bis 19 Uhr")
                        .images("Weihnachtsmarkt")
                        .note("Foto von Herrn Krause anfragen")
                        .build(),
                PostTemplate.on(Topic.EVENTS, Anchor.WEIHNACHTSMARKT).weight(2).daysBefore(-2, 0)
                        .at(TimeStyle.MORNING)
                        .tags("Veranstaltung", "Kultur")
                        .titles("Heute auf dem Weihnachtsmarkt")
                        .bodies("Heute auf dem Weihnachtsmarkt: {marketProgram} Der Eintritt ist frei.")
                        .images("Weihnachtsmarkt")
                        .build(),
                PostTemplate.on(Topic.EVENTS, Anchor.STADTFEST).weight(3).daysBefore(1, 21).secondDay(2, 2)
                        .tags("Veranstaltung", "Kultur")
                        .titles("Stadtfest vom {dateShort} bis {date2Short}", "Meerane feiert: Das Stadtfest kommt",
                                "Das Programm für das Stadtfest steht")
                        .bodies("Vom {dateDay} bis {date2Day} feiert Meerane sein Stadtfest. Auf dem Markt und in"
                                        + " der Innenstadt warten Livemusik, ein Familienprogramm und viele Stände der"
                                        + " Vereine.",
                                "Am {date}, beginnt das Stadtfest mit dem Fassanstich auf dem Markt. Bis Sonntag gibt"
                                        + " es drei Bühnen, einen Kinderbereich und am Samstagabend ein Feuerwerk.")
                        .bullets(60, "Höhepunkte:\n• Freitag, 19 Uhr: Eröffnung mit Fassanstich\n"
                                + "• Samstag, 14 Uhr: Festumzug der Vereine\n"
                                + "• Sonntag, 11 Uhr: Frühschoppen mit Blasmusik")
                        .images("Stadtfest")
                        .note("Programmheft verlinken, sobald es gedruckt ist")
                        .build(),
                PostTemplate.on(Topic.EVENTS, Anchor.STADTFEST).daysBefore(1, 4).secondDay(2, 2)
                        .tags("Veranstaltung", "Verkehr")
                        .titles("Stadtfest: Sperrungen in der Innenstadt")
                        .bodies("Während des Stadtfestes vom {dateDay} bis {date2Day} ist der Markt für den Verkehr"
                                + " gesperrt. Die Umleitung führt über die {detour}. Bitte nutzen Sie die Parkplätze"
                                + " am Stadtrand und kommen Sie zu Fuß oder mit dem Rad.")
                        .images("Stadtfest", "Baustelle")
                        .build(),
                PostTemplate.on(Topic.EVENTS, Anchor.KIRMES).weight(2).daysBefore(2, 14)
                        .tags("Veranstaltung")
                        .titles("Kirmes in {district}", "Einladung zur Kirmes in {district}")
                        .bodies("Am {date}, wird in {district} Kirmes gefeiert. Los geht es um 14 Uhr mit Kaffee und"
                                + " Kuchen im Festzelt, am Abend spielt eine Band zum Tanz. Die Freiwillige Feuerwehr"
                                + " sorgt für Gegrilltes.")
                        .build(),
                PostTemplate.on(Topic.EVENTS, Anchor.SATURDAYS).weight(2).daysBefore(3, 14)
                        .tags("Veranstaltung", "Kultur")
                        .titles("{concert} am {dateShort}", "Einladung zum {concert}")
                        .bodies("Am {date}, um {eventTime} lädt die Stadt zum {concert} {concertVenue} ein. Der"
                                        + " Eintritt ist frei, um eine Spende wird gebeten.",
                                "Musik zum Wochenende: Am {date}, erklingt um {eventTime} ein {concert}"
                                        + " {concertVenue}. Karten gibt es im Bürgerbüro und an der Abendkasse.")
                        .build(),
                PostTemplate.on(Topic.EVENTS, Anchor.VORLESETAG).daysBefore(1, 7)
                        .tags("Veranstaltung", "Kultur", "Familie")
                        .titles("Bundesweiter Vorlesetag am {dateShort}")
                        .bodies("Zum Bundesweiten Vorlesetag am {date}, lesen Mitarbeiterinnen und Mitarbeiter der"
                                + " Stadtverwaltung in den Kitas und in der Stadtbibliothek vor. Wer selbst vorlesen"
                                + " möchte, meldet sich bitte in der Bibliothek.")
                        .build(),
                PostTemplate.on(Topic.EVENTS, Anchor.FRIDAYS).weight(3).at(TimeStyle.MORNING)
                        .tags("Veranstaltung")
                        .titles("Was ist los am Wochenende?", "Wochenendtipps für Meerane")
                        .bodies("Auch an diesem Wochenende ist in Meerane einiges los. Eine kleine Auswahl:",
                                "Sie haben noch nichts vor? Hier unsere Tipps für das Wochenende:")
                        .bullets(100, "• {weekendA}\n• {weekendB}\n• {weekendC}")
                        .build(),
                PostTemplate.on(Topic.EVENTS, Anchor.VOLKSTRAUERTAG).daysBefore(1, 5).quiet()
                        .tags("Gedenken")
                        .titles("Gedenken am Volkstrauertag")
                        .bodies("Am Volkstrauertag, {date}, gedenken wir der Opfer von Krieg und Gewaltherrschaft."
                                + " Um 11 Uhr legt die Stadt am Ehrenmal auf dem Friedhof einen Kranz nieder. Alle"
                                + " Bürgerinnen und Bürger sind eingeladen, still teilzunehmen.")
                        .build(),
                PostTemplate.on(Topic.EVENTS, Anchor.EASTER_SATURDAY).daysBefore(2, 10)
                        .tags("Veranstaltung", "Familie")
                        .titles("Ostereiersuche im Stadtpark")
                        .bodies("Am Ostersamstag, {dateDay}, versteckt der Osterhase ab 10 Uhr bunte Eier im"
                                + " Stadtpark. Alle Kinder bis zehn Jahre sind herzlich eingeladen, Körbchen nicht"
                                + " vergessen!")
                        .build(),
                PostTemplate.on(Topic.EVENTS, Anchor.MAY_DAY_EVE).daysBefore(1, 7)
                        .tags("Veranstaltung")
                        .titles("Maibaumsetzen am {dateShort}")
                        .bodies("Am {date}, wird auf dem Markt der Maibaum aufgestellt. Ab 17 Uhr spielt die"
                                + " Blaskapelle, die Freiwillige Feuerwehr hilft beim Aufrichten. Für Essen und"
                                + " Getränke ist gesorgt.")
                        .images("Stadtfest", "Feuerwehr")
                        .build(),
                PostTemplate.on(Topic.GREETING, Anchor.CHRISTMAS_EVE).at(TimeStyle.MORNING)
                        .tags("Feiertag")
                        .titles("Frohe Weihnachten!")
                        .bodies("Das ganze Team der Stadtverwaltung wünscht Ihnen und Ihren Familien ein frohes und"
                                + " friedliches Weihnachtsfest. Danke, dass Sie uns auch in diesem Jahr begleitet"
                                + " haben!")
                        .images("Weihnachtsmarkt", "Winter")
                        .build(),
                PostTemplate.on(Topic.GREETING, Anchor.NEW_YEAR).at(TimeStyle.MORNING)
                        .tags("Feiertag")
                        .titles("Ein gutes neues Jahr, Meerane!")
                        .bodies("Wir wünschen allen Meeranerinnen und Meeranern Gesundheit, Glück und Zuversicht für"
                                + " das neue Jahr. Der Bauhof ist schon unterwegs und räumt die Reste der"
                                + " Silvesternacht weg.")
                        .build(),
                PostTemplate.on(Topic.GREETING, Anchor.GERMAN_UNITY).at(TimeStyle.MORNING)
                        .tags("Feiertag")
                        .titles("Tag der Deutschen Einheit")
                        .bodies("Heute feiern wir den Tag der Deutschen Einheit. Die Stadtverwaltung ist geschlossen;"
                                + " am nächsten Arbeitstag sind wir wieder für Sie da.")
                        .images("Rathaus")
                        .build(),
                PostTemplate.on(Topic.GREETING, Anchor.EASTER_SUNDAY).at(TimeStyle.MORNING)
                        .tags("Feiertag")
                        .titles("Frohe Ostern!")
                        .bodies("Wir wünschen Ihnen frohe Ostern und sonnige Feiertage mit Familie und Freunden.")
                        .images()
                        .build());
    }
}
