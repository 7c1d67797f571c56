package app.herold.demo;

import java.util.List;

/** Posts from the town hall itself: council, Amtsblatt and job offers (domain.md §5.4). */
final class TownHallTemplates {

    private TownHallTemplates() {
    }

    static List<PostTemplate> all() {
        return List.of(
                PostTemplate.on(Topic.COUNCIL, Anchor.STADTRAT).weight(5).daysBefore(2, 8)
                        .tags("Stadtrat", "Verwaltung")
                        .titles("Stadtrat tagt am {dateShort}",
                                "Öffentliche Sitzung des Stadtrates am {dateShort}",
                                "Einladung zur Stadtratssitzung")
                        .bodies("Der Stadtrat der Stadt Meerane kommt am {date}, um {sessionTime} im Ratssaal des"
                                        + " Neuen Rathauses zusammen. Die Sitzung ist öffentlich, Gäste sind herzlich"
                                        + " willkommen.",
                                "Am {date}, tagt der Stadtrat ab {sessionTime} im Neuen Rathaus. Zu Beginn können"
                                        + " Sie in der Einwohnerfragestunde Ihre Fragen an die Verwaltung stellen.",
                                "Die nächste öffentliche Sitzung des Stadtrates findet am {date}, um {sessionTime}"
                                        + " statt. Die Tagesordnung hängt im Schaukasten am Rathaus aus und steht im"
                                        + " Ratsinformationssystem.")
                        .bullets(50, "Auf der Tagesordnung stehen unter anderem:\n• {agendaA}\n• {agendaB}\n"
                                + "• Einwohnerfragestunde")
                        .note("Tagesordnung mit dem Hauptamt abgleichen")
                        .build(),
                PostTemplate.on(Topic.COUNCIL, Anchor.VERWALTUNGSAUSSCHUSS).weight(2).daysBefore(2, 6)
                        .tags("Stadtrat", "Verwaltung")
                        .titles("Verwaltungsausschuss tagt am {dateShort}", "Sitzung des Verwaltungsausschusses")
                        .bodies("Der Verwaltungsausschuss tritt am {date}, um {sessionTime} im Beratungsraum des"
                                        + " Neuen Rathauses zusammen. Der öffentliche Teil der Sitzung steht allen"
                                        + " Interessierten offen.",
                                "Am {date}, berät der Verwaltungsausschuss ab {sessionTime} unter anderem zum"
                                        + " Thema „{agendaA}“. Gäste sind im öffentlichen Teil willkommen.")
                        .build(),
                PostTemplate.on(Topic.COUNCIL, Anchor.STADTRAT).weight(2).at(TimeStyle.MORNING)
                        .tags("Stadtrat")
                        .titles("Heute Stadtrat: Ihre Fragen sind willkommen", "Einwohnerfragestunde heute Abend")
                        .bodies("Heute um {sessionTime} beginnt die Sitzung des Stadtrates mit der"
                                        + " Einwohnerfragestunde. Dort können alle Meeranerinnen und Meeraner Fragen"
                                        + " zu städtischen Angelegenheiten stellen. Kommen Sie einfach in den Ratssaal"
                                        + " des Neuen Rathauses.",
                                "Sie haben eine Frage an die Stadtverwaltung? In der Einwohnerfragestunde zu Beginn"
                                        + " der heutigen Stadtratssitzung um {sessionTime} ist dafür Gelegenheit.")
                        .build(),
                PostTemplate.on(Topic.COUNCIL, Anchor.STADTRAT).weight(2).daysBefore(-3, -1)
                        .tags("Stadtrat", "Verwaltung")
                        .titles("Beschlüsse aus dem Stadtrat vom {dateShort}", "Das hat der Stadtrat beschlossen")
                        .bodies("Der Stadtrat hat in seiner Sitzung am {date}, unter anderem {decision}. Alle"
                                        + " Beschlüsse werden im nächsten Amtsblatt bekannt gemacht und können im"
                                        + " Hauptamt eingesehen werden.",
                                "In der Sitzung vom {dateDay} hat der Stadtrat {decision}. Die Niederschrift steht"
                                        + " nach ihrer Bestätigung im Ratsinformationssystem.")
                        .note("Beschlusstexte vom Hauptamt bestätigen lassen")
                        .build(),
                PostTemplate.on(Topic.COUNCIL, Anchor.FIRST_MONDAYS).weight(2).daysBefore(1, 5)
                        .tags("Verwaltung")
                        .titles("Bürgermeister-Sprechstunde am {dateShort}", "Sprechstunde beim Bürgermeister")
                        .bodies("Die nächste Sprechstunde des Bürgermeisters findet am {date}, von 16 bis 17 Uhr im"
                                + " Neuen Rathaus statt. Eine Anmeldung ist nicht nötig. Sie können Ihr Anliegen"
                                + " aber gern vorab telefonisch schildern.")
                        .build(),
                PostTemplate.on(Topic.COUNCIL, Anchor.WORKDAYS).daysBefore(5, 14)
                        .tags("Verwaltung", "Stadtrat")
                        .titles("Einwohnerversammlung in {district}")
                        .bodies("Zur Einwohnerversammlung für {district} laden wir am {date}, um {sessionTime} ins"
                                + " Vereinshaus ein. Themen sind die geplanten Bauvorhaben und die Verkehrssituation"
                                + " im Ortsteil. Bringen Sie Ihre Fragen und Hinweise gern mit.")
                        .build(),
                PostTemplate.on(Topic.COUNCIL, Anchor.WORKDAYS)
                        .tags("Verwaltung")
                        .titles("Wahlhelferinnen und Wahlhelfer gesucht")
                        .bodies("Für die kommenden Wahlen sucht die Stadt Meerane engagierte Wahlhelferinnen und"
                                + " Wahlhelfer. Sie betreuen ein Wahllokal, zählen die Stimmen aus und erhalten dafür"
                                + " ein Erfrischungsgeld. Melden Sie sich einfach im Hauptamt.")
                        .note("Neutralität: nur Wahlorganisation, keine Parteien nennen")
                        .build(),
                PostTemplate.on(Topic.AMTSBLATT, Anchor.AMTSBLATT).weight(3).at(TimeStyle.MORNING)
                        .tags("Amtsblatt", "Verwaltung")
                        .titles("Das neue Amtsblatt ist da", "Amtsblatt vom {dateShort} erschienen")
                        .bodies("Die neue Ausgabe des Amtsblatts liegt ab heute kostenlos im Bürgerbüro, in der"
                                        + " Stadtbibliothek und in vielen Geschäften aus. Online finden Sie alle"
                                        + " Ausgaben unter https://www.meerane.de/rathaus/amtsblatt.",
                                "Frisch gedruckt: Das Amtsblatt vom {dateDay} ist da. Sie erhalten es kostenlos im"
                                        + " Bürgerbüro und in der Stadtbibliothek.")
                        .bullets(70, "In dieser Ausgabe:\n• {issueA}\n• {issueB}\n• {issueC}")
                        .build(),
                PostTemplate.on(Topic.AMTSBLATT, Anchor.AMTSBLATT).weight(2).daysBefore(15, 17).secondDay(-14, -14)
                        .tags("Amtsblatt")
                        .titles("Redaktionsschluss Amtsblatt am {date2Short}", "Beiträge fürs Amtsblatt gesucht")
                        .bodies("Vereine, Schulen und Kirchgemeinden aufgepasst: Beiträge für das Amtsblatt vom"
                                + " {dateDay} nehmen wir bis {date2}, 12 Uhr entgegen. Bitte schicken Sie Texte und"
                                + " Fotos per E-Mail an amtsblatt@meerane.de.")
                        .build(),
                PostTemplate.on(Topic.JOBS, Anchor.WORKDAYS).weight(2).secondDay(14, 28)
                        .tags("Stellen", "Verwaltung")
                        .titles("Stellenangebot: {jobShort}", "Wir suchen: {jobShort}")
                        .bodies("Die Stadt Meerane sucht zum nächstmöglichen Zeitpunkt {jobLong}. Bewerbungen nehmen"
                                        + " wir bis {date2}, entgegen. Wir freuen uns auf Sie!",
                                "Verstärken Sie unser Team: Wir suchen {jobLong}. Ihre Bewerbung senden Sie bitte"
                                        + " bis {date2}, an das Hauptamt.")
                        .bullets(60, "Wir bieten:\n• Bezahlung nach TVöD\n• flexible Arbeitszeiten\n"
                                + "• ein kollegiales Team mitten in der Stadt")
                        .note("Ausschreibungstext vom Personalamt übernehmen")
                        .build(),
                PostTemplate.on(Topic.JOBS, Anchor.WORKDAYS).secondDay(21, 42)
                        .tags("Stellen")
                        .titles("Ausbildung bei der Stadt Meerane")
                        .bodies("Du willst nach der Schule durchstarten? Zum nächsten Ausbildungsjahr bilden wir"
                                + " wieder Verwaltungsfachangestellte (m/w/d) aus. Bewirb dich bis {date2}, bei uns.")
                        .build());
    }
}
