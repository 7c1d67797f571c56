package app.herold.demo;

import java.util.List;

/**
 * Warnings and the fire brigade. Weather and supply warnings happen rather than get planned, so
 * they appear only in the past and at the minute they came in.
 */
final class SafetyTemplates {

    private SafetyTemplates() {
    }

    static List<PostTemplate> all() {
        return List.of(
                PostTemplate.on(Topic.WARNING, Anchor.SUMMER_DAYS).weight(2).pastOnly().at(TimeStyle.ALERT)
                        .tags("Warnung", "Wetter")
                        .titles("Unwetterwarnung: Gewitter mit Starkregen", "Achtung: Schwere Gewitter erwartet")
                        .bodies("Der Deutsche Wetterdienst warnt für heute ab {warnHour} Uhr vor schweren Gewittern"
                                + " mit Starkregen, Hagel und Sturmböen im Landkreis Zwickau. Bitte meiden Sie Parks"
                                + " und Wälder und sichern Sie lose Gegenstände auf Balkon und Terrasse.")
                        .bullets(50, "Unsere Tipps:\n• Keller und Tiefgaragen im Blick behalten\n"
                                + "• Autos nicht unter Bäumen parken\n• Notruf 112 nur bei Gefahr für Leib und Leben")
                        .build(),
                PostTemplate.on(Topic.WARNING, Anchor.SUMMER_DAYS).pastOnly().at(TimeStyle.ALERT)
                        .tags("Warnung", "Wetter")
                        .titles("Hitzewarnung für Meerane")
                        .bodies("Für heute warnt der Deutsche Wetterdienst vor starker Hitze mit mehr als 32 Grad."
                                + " Trinken Sie ausreichend, meiden Sie die Mittagssonne und schauen Sie nach älteren"
                                + " Nachbarinnen und Nachbarn.")
                        .build(),
                PostTemplate.on(Topic.WARNING, Anchor.WINTER_DAYS).weight(2).pastOnly().at(TimeStyle.EARLY_ALERT)
                        .tags("Warnung", "Wetter", "Verkehr")
                        .titles("Glätte: Vorsicht auf Straßen und Gehwegen", "Glatteis am Morgen – bitte vorsichtig")
                        .bodies("Nach Regen und Frost ist es heute Morgen in ganz Meerane glatt. Der Winterdienst ist"
                                + " seit 3 Uhr im Einsatz, kann aber nicht alle Straßen gleichzeitig streuen. Bitte"
                                + " fahren Sie vorsichtig und planen Sie mehr Zeit ein.")
                        .bullets(50, "Zur Erinnerung:\n• Gehwege werktags bis 7 Uhr räumen und streuen\n"
                                + "• an Sonn- und Feiertagen bis 9 Uhr\n• kein Streusalz auf Baumscheiben")
                        .images("Winter")
                        .build(),
                PostTemplate.on(Topic.WARNING, Anchor.EVERY_DAY).pastOnly().at(TimeStyle.ANYTIME_ALERT)
                        .tags("Warnung", "Wasser")
                        .titles("Trinkwasser in {district} bitte abkochen")
                        .bodies("Bei einer Routinekontrolle wurden im Trinkwasser in {district} Keime nachgewiesen."
                                + " Bitte kochen Sie Leitungswasser zum Trinken und Zähneputzen bis auf Weiteres ab."
                                + " Wir informieren Sie, sobald die Warnung aufgehoben ist.")
                        .note("Text mit dem Gesundheitsamt abgestimmt")
                        .build(),
                PostTemplate.on(Topic.WARNING, Anchor.EVERY_DAY).pastOnly().at(TimeStyle.ANYTIME_ALERT)
                        .tags("Warnung")
                        .titles("Stromausfall in {district}")
                        .bodies("Derzeit ist in Teilen von {district} der Strom ausgefallen. Der Netzbetreiber sucht"
                                + " die Ursache und arbeitet an der Behebung. Bitte wählen Sie den Notruf nur in"
                                + " echten Notfällen.")
                        .build(),
                PostTemplate.on(Topic.WARNING, Anchor.EVERY_DAY).pastOnly().at(TimeStyle.ALERT)
                        .tags("Warnung", "Wetter")
                        .titles("Sturm: Stadtpark und Friedhöfe geschlossen")
                        .bodies("Wegen der angekündigten Sturmböen bleiben der Stadtpark und die Friedhöfe heute"
                                + " geschlossen. Bitte halten Sie Abstand zu Bäumen, Gerüsten und Baustellen.")
                        .build(),
                PostTemplate.on(Topic.WARNING, Anchor.WARNTAG).daysBefore(3, 3)
                        .tags("Warnung")
                        .titles("Am Donnerstag ist Bundesweiter Warntag")
                        .bodies("Am {date}, ist Bundesweiter Warntag. Um 11 Uhr heulen in Meerane die Sirenen,"
                                + " zusätzlich kommen Meldungen über Warn-Apps wie NINA und per Cell Broadcast aufs"
                                + " Handy. Es ist eine Probe, Sie müssen nichts tun.")
                        .bullets(70, "So läuft der Warntag ab:\n"
                                + "• 11 Uhr: Probewarnung über Sirenen, Apps und Cell Broadcast\n"
                                + "• gegen 11:45 Uhr: Entwarnung über Sirenen und Apps\n"
                                + "• über Cell Broadcast kommt keine Entwarnung")
                        .build(),
                PostTemplate.on(Topic.WARNING, Anchor.WARNTAG).at(TimeStyle.MORNING)
                        .tags("Warnung")
                        .titles("Heute um 11 Uhr: Probealarm")
                        .bodies("Heute ist Bundesweiter Warntag. Um 11 Uhr werden Sirenen, Warn-Apps und Cell"
                                + " Broadcast ausgelöst, gegen 11:45 Uhr folgt die Entwarnung. Bitte wählen Sie"
                                + " wegen des Probealarms nicht den Notruf.")
                        .build(),
                PostTemplate.on(Topic.FIRE_BRIGADE, Anchor.SUMMER_SATURDAYS).daysBefore(3, 14)
                        .tags("Feuerwehr", "Veranstaltung", "Ehrenamt")
                        .titles("Tag der offenen Tür bei der Feuerwehr")
                        .bodies("Die Freiwillige Feuerwehr Meerane öffnet am {date}, von 10 bis 16 Uhr die Tore des"
                                + " Gerätehauses. Es gibt Fahrzeugvorführungen, eine Hüpfburg und Gegrilltes. Die"
                                + " Jugendfeuerwehr zeigt, was sie kann.")
                        .note("Foto vom Wehrleiter anfragen")
                        .build(),
                PostTemplate.on(Topic.FIRE_BRIGADE, Anchor.WORKDAYS)
                        .tags("Feuerwehr", "Ehrenamt")
                        .titles("Feuerwehr sucht Verstärkung")
                        .bodies("Die Freiwillige Feuerwehr Meerane sucht neue Kameradinnen und Kameraden."
                                + " Vorkenntnisse sind nicht nötig, die Ausbildung übernimmt die Wehr. Schauen Sie"
                                + " einfach donnerstags um 18:30 Uhr zum Dienstabend im Gerätehaus vorbei.")
                        .build(),
                PostTemplate.on(Topic.FIRE_BRIGADE, Anchor.FRIDAYS).daysBefore(3, 10)
                        .tags("Feuerwehr", "Ehrenamt")
                        .titles("Jahreshauptversammlung der Feuerwehr")
                        .bodies("Zur Jahreshauptversammlung der Freiwilligen Feuerwehr Meerane am {date}, um 19 Uhr"
                                + " im Gerätehaus sind alle Kameradinnen und Kameraden sowie Gäste eingeladen. Auf dem"
                                + " Programm stehen der Jahresbericht des Wehrleiters, Beförderungen und Ehrungen.")
                        .build(),
                PostTemplate.on(Topic.FIRE_BRIGADE, Anchor.FRIDAY_THE_13TH).at(TimeStyle.MORNING)
                        .tags("Feuerwehr")
                        .titles("Rauchmeldertag: Piept Ihr Rauchmelder noch?")
                        .bodies("Heute ist Freitag, der 13. – Rauchmeldertag. Die Feuerwehr rät: Drücken Sie einmal"
                                + " den Prüfknopf Ihres Rauchmelders. In Sachsen sind Rauchmelder in Schlafräumen,"
                                + " Kinderzimmern und Fluren Pflicht.")
                        .build());
    }
}
