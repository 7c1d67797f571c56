package app.herold.demo;

import java.util.List;

/** Everyday services: the Bürgerbüro, waste collection and childcare (domain.md §5.4). */
final class CitizenServiceTemplates {

    private CitizenServiceTemplates() {
    }

    static List<PostTemplate> all() {
        return List.of(
                PostTemplate.on(Topic.CITIZEN_OFFICE, Anchor.BUSS_UND_BETTAG).weight(2).daysBefore(1, 5).secondDay(1, 1)
                        .tags("Bürgerbüro", "Feiertag")
                        .titles("Bürgerbüro am Buß- und Bettag geschlossen", "Buß- und Bettag: Rathaus bleibt zu")
                        .bodies("Am {date}, ist Buß- und Bettag, in Sachsen ein gesetzlicher Feiertag. Das Bürgerbüro"
                                + " und die gesamte Stadtverwaltung bleiben an diesem Tag geschlossen. Ab {date2}, sind"
                                + " wir wieder wie gewohnt für Sie da.")
                        .build(),
                PostTemplate.on(Topic.CITIZEN_OFFICE, Anchor.REFORMATIONSTAG).daysBefore(1, 5).secondDay(1, 1)
                        .tags("Bürgerbüro", "Feiertag")
                        .titles("Reformationstag: Bürgerbüro geschlossen")
                        .bodies("Am {date}, ist Reformationstag und damit in Sachsen ein Feiertag. Das Bürgerbüro"
                                + " bleibt geschlossen. Ihre Anliegen nehmen wir ab {date2}, gern wieder entgegen.")
                        .build(),
                PostTemplate.on(Topic.CITIZEN_OFFICE, Anchor.CHRISTMAS_EVE).weight(2).daysBefore(3, 12)
                        .tags("Bürgerbüro", "Service", "Feiertag")
                        .titles("Öffnungszeiten zwischen den Jahren", "Bürgerbüro über Weihnachten und Neujahr")
                        .bodies("Rund um die Feiertage gelten im Bürgerbüro geänderte Öffnungszeiten. Bitte planen Sie"
                                + " Behördengänge rechtzeitig, zum Beispiel die Verlängerung Ihres Personalausweises.")
                        .bullets(90, "Die Zeiten im Überblick:\n• 24. und 31. Dezember: geschlossen\n"
                                + "• zwischen den Feiertagen: Montag bis Freitag 9 bis 12 Uhr\n"
                                + "• ab dem ersten Arbeitstag im Januar: wie gewohnt")
                        .build(),
                PostTemplate.on(Topic.CITIZEN_OFFICE, Anchor.GOOD_FRIDAY).daysBefore(2, 6).secondDay(3, 3)
                        .tags("Bürgerbüro", "Feiertag")
                        .titles("Ostern: Bürgerbüro geschlossen", "Geänderte Öffnungszeiten über Ostern")
                        .bodies("Von Karfreitag, {dateDay}, bis Ostermontag, {date2Day}, bleibt das Bürgerbüro"
                                + " geschlossen. Am Dienstag nach Ostern sind wir wieder zu den gewohnten Zeiten für"
                                + " Sie da. Wir wünschen Ihnen frohe Ostertage!")
                        .build(),
                PostTemplate.on(Topic.CITIZEN_OFFICE, Anchor.WORKDAYS).weight(2)
                        .tags("Bürgerbüro", "Service")
                        .titles("Personalausweis abgelaufen?", "Rechtzeitig an den neuen Ausweis denken")
                        .bodies("Vor dem Urlaub lohnt ein Blick in Personalausweis und Reisepass. Die Herstellung"
                                        + " dauert etwa drei bis vier Wochen. Einen Termin im Bürgerbüro vereinbaren"
                                        + " Sie online oder telefonisch.",
                                "Ein neuer Personalausweis ist in etwa drei Wochen fertig. Bringen Sie zum Termin im"
                                        + " Bürgerbüro bitte alles Nötige mit.")
                        .bullets(60, "Das brauchen Sie:\n• ein aktuelles biometrisches Passfoto\n"
                                + "• Ihren bisherigen Ausweis oder Reisepass\n• Bargeld oder Karte für die Gebühr")
                        .build(),
                PostTemplate.on(Topic.CITIZEN_OFFICE, Anchor.WORKDAYS)
                        .tags("Bürgerbüro", "Service")
                        .titles("So erreichen Sie das Bürgerbüro")
                        .bodies("Das Bürgerbüro im Neuen Rathaus hilft bei Meldeangelegenheiten, Ausweisen und"
                                + " Fundsachen. Mit Termin geht es am schnellsten.")
                        .bullets(100, "Unsere Öffnungszeiten:\n• Montag und Freitag: 9 bis 12 Uhr\n"
                                + "• Dienstag: 9 bis 12 und 13 bis 18 Uhr\n• Mittwoch: geschlossen\n"
                                + "• Donnerstag: 9 bis 12 und 13 bis 16 Uhr")
                        .build(),
                PostTemplate.on(Topic.WASTE, Anchor.WORKDAY_HOLIDAYS).weight(4).daysBefore(1, 4)
                        .tags("Müll", "Feiertag")
                        .titles("Feiertag: Müllabfuhr verschiebt sich", "Müllabfuhr nach dem {dateShort} verschoben",
                                "Geänderte Abfuhrtermine in der Feiertagswoche")
                        .bodies("Wegen des Feiertags am {date} ({holiday}) verschiebt sich die Müllabfuhr ab"
                                        + " diesem Tag um jeweils einen Tag nach hinten. Bitte stellen Sie Ihre Tonnen"
                                        + " am neuen Abfuhrtag bis 6 Uhr bereit.",
                                "Am {date}, ist {holiday}. Die Abfuhr von Restmüll, Biotonne und Gelber Tonne"
                                        + " verschiebt sich deshalb in dieser Woche um einen Tag. Bitte stellen Sie die"
                                        + " Behälter bis 6 Uhr an den Straßenrand.")
                        .bullets(40, "Betroffen sind:\n• Restmüll\n• Biotonne\n• Gelbe Tonne und Papiertonne")
                        .build(),
                PostTemplate.on(Topic.WASTE, Anchor.WORKDAYS).weight(2).daysBefore(1, 3)
                        .tags("Müll", "Umwelt")
                        .titles("Gelbe Tonne in {district} am {dateShort}", "Erinnerung: Gelbe Tonne rausstellen")
                        .bodies("Am {date}, wird in {district} die Gelbe Tonne geleert. Bitte stellen Sie die Tonne"
                                        + " bis 6 Uhr mit geschlossenem Deckel bereit.",
                                "In {district} ist am {date}, die Gelbe Tonne dran. Verpackungen gehören lose und"
                                        + " nicht ineinandergesteckt hinein.")
                        .bullets(50, "Das gehört hinein:\n• Kunststoffverpackungen und Folien\n"
                                + "• Konservendosen und Alufolie\n• Getränkekartons")
                        .build(),
                PostTemplate.on(Topic.WASTE, Anchor.BIOTONNE_WEEKLY).daysBefore(3, 10)
                        .tags("Müll", "Umwelt")
                        .titles("Biotonne ab {dateShort} wieder wöchentlich")
                        .bodies("Ab {date}, wird die Biotonne bis Ende Oktober wieder jede Woche geleert. So bleibt"
                                + " sie auch im Sommer sauber und riecht weniger. Tipp: Küchenabfälle in"
                                + " Zeitungspapier einwickeln.")
                        .build(),
                PostTemplate.on(Topic.WASTE, Anchor.BIOTONNE_FORTNIGHTLY).daysBefore(3, 10)
                        .tags("Müll")
                        .titles("Biotonne im Winter alle zwei Wochen")
                        .bodies("Ab {date}, wird die Biotonne wieder alle 14 Tage geleert. Die genauen Termine finden"
                                + " Sie im Abfallkalender.")
                        .build(),
                PostTemplate.on(Topic.WASTE, Anchor.TREE_PICKUP).weight(2).daysBefore(2, 7)
                        .tags("Müll")
                        .titles("Weihnachtsbäume werden am {dateShort} abgeholt", "Abholung der Weihnachtsbäume")
                        .bodies("Am {date}, holt der Bauhof die ausgedienten Weihnachtsbäume ab. Bitte legen Sie die"
                                        + " Bäume bis 7 Uhr gut sichtbar an den Straßenrand. Lametta, Kugeln und Haken"
                                        + " müssen vorher entfernt werden.",
                                "Wohin mit dem Tannenbaum? Der Bauhof sammelt die Bäume am {date}, im ganzen"
                                        + " Stadtgebiet ein. Bitte legen Sie sie abgeschmückt und nicht in Säcken"
                                        + " bereit.")
                        .images("Winter", "Müll")
                        .build(),
                PostTemplate.on(Topic.WASTE, Anchor.SATURDAYS).daysBefore(1, 6)
                        .tags("Müll", "Umwelt")
                        .titles("Schadstoffmobil in {district}")
                        .bodies("Das Schadstoffmobil steht am {date}, von 9 bis 11 Uhr in {district} {stop}."
                                + " Angenommen werden unter anderem Farben, Lacke, Batterien und Energiesparlampen in"
                                + " haushaltsüblichen Mengen.")
                        .build(),
                PostTemplate.on(Topic.WASTE, Anchor.CHRISTMAS_EVE).daysBefore(2, 8)
                        .tags("Müll", "Service")
                        .titles("Wertstoffhof zum Jahreswechsel")
                        .bodies("Der Wertstoffhof bleibt am 24. und 31. Dezember geschlossen. Zwischen den Feiertagen"
                                + " ist er zu den gewohnten Zeiten geöffnet.")
                        .build(),
                PostTemplate.on(Topic.KITA, Anchor.WORKDAYS)
                        .tags("Kita", "Familie")
                        .titles("Kita-Anmeldung: So bekommen Sie einen Platz")
                        .bodies("Sie brauchen einen Platz in Krippe, Kindergarten oder Hort? Bitte melden Sie Ihr"
                                + " Kind mindestens sechs Monate vor dem gewünschten Beginn im Bürgerbüro an.")
                        .bullets(70, "Bitte mitbringen:\n• Geburtsurkunde des Kindes\n"
                                + "• Nachweis über die Masernimpfung\n• Wunsch-Einrichtung und Betreuungsumfang")
                        .build(),
                PostTemplate.on(Topic.KITA, Anchor.SUMMER_SATURDAYS).daysBefore(2, 10)
                        .tags("Kita", "Familie", "Veranstaltung")
                        .titles("Sommerfest in der Kita {kita}")
                        .bodies("Die Kita {kita} feiert am {date}, ab 14 Uhr ihr Sommerfest. Eltern, Großeltern und"
                                + " Nachbarn sind herzlich eingeladen.")
                        .images("Stadtfest")
                        .note("Fotos nur mit Einwilligung der Eltern verwenden")
                        .build(),
                PostTemplate.on(Topic.KITA, Anchor.SATURDAYS).daysBefore(2, 10)
                        .tags("Kita", "Familie")
                        .titles("Tag der offenen Tür in der Kita {kita}")
                        .bodies("Am {date}, öffnet die Kita {kita} von 9 bis 12 Uhr ihre Türen. Eltern können sich"
                                + " die Räume ansehen und mit dem Team sprechen.")
                        .build());
    }
}
