package app.herold.demo;

/**
 * The words demo posts vary: streets, districts, agenda items, jobs. A row holds values that
 * belong together (a job's short and long name); a post picks one row per pool and keeps it, so
 * the title and the text name the same street.
 */
enum Pool {
    STREETS(column("Hauptstraße", "Zwickauer Straße", "Crimmitschauer Straße", "Leipziger Straße",
            "Glauchauer Straße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenstraße", "Teichstraße",
            "Poststraße", "Gartenstraße", "Augustusstraße", "Bergstraße")),
    /** Another street than the one closed, for the diversion. */
    DETOUR_STREETS(STREETS),
    DISTRICTS(column("Waldsachsen", "Crotenlaide", "Dittrich", "Seiferitz")),
    /** Plural without article, so both "Wegen …" and "Grund sind …" read well. */
    WORKS(column("Arbeiten an der Trinkwasserleitung", "Kanalbauarbeiten", "Arbeiten an der Fahrbahndecke",
            "Arbeiten am Gehweg", "Tiefbauarbeiten für den Glasfaserausbau", "Arbeiten an der Straßenbeleuchtung")),
    SESSION_TIMES(column("17 Uhr", "18 Uhr", "18:30 Uhr", "19 Uhr")),
    EVENT_TIMES(column("15 Uhr", "16 Uhr", "17 Uhr", "19 Uhr", "19:30 Uhr")),
    AGENDA(new String[][] {
        {"Haushaltsplan für das kommende Jahr", "Vergabe der Sanierung der Turnhalle"},
        {"Satzung über die Straßenreinigung", "Bebauungsplan „Am Teichgraben“"},
        {"Bericht des Bürgermeisters", "Neufassung der Friedhofsgebührensatzung"},
        {"Bauleistungen für die Kita „Sonnenschein“", "Annahme von Spenden"},
        {"Fortschreibung des Brandschutzbedarfsplans", "Sanierung des Spielplatzes im Stadtpark"},
        {"Benennung einer Straße im Wohngebiet „Sonnenhang“", "Jahresrechnung der Stadt"},
    }),
    /** Completes "Der Stadtrat hat …". */
    DECISIONS(column("die Sanierung der Turnhalle an der Oberschule beschlossen",
            "den Haushaltsplan für das kommende Jahr verabschiedet",
            "der neuen Satzung über die Straßenreinigung zugestimmt",
            "die Bauleistungen für den Spielplatz im Stadtpark vergeben",
            "den Bebauungsplan „Am Teichgraben“ als Satzung beschlossen",
            "den Brandschutzbedarfsplan für die Freiwillige Feuerwehr fortgeschrieben")),
    JOBS(new String[][] {
        {"Erzieher/in (m/w/d)", "eine Erzieherin oder einen Erzieher (m/w/d) für die Kita „Pusteblume“"},
        {"Mitarbeiter/in Bauhof (m/w/d)", "eine Mitarbeiterin oder einen Mitarbeiter (m/w/d) für den Bauhof"},
        {"Sachbearbeiter/in Bürgerbüro (m/w/d)",
            "eine Sachbearbeiterin oder einen Sachbearbeiter (m/w/d) für das Bürgerbüro"},
        {"Hausmeister/in (m/w/d)", "eine Hausmeisterin oder einen Hausmeister (m/w/d) für die Grundschule"},
        {"Sachbearbeiter/in Bauamt (m/w/d)",
            "eine Sachbearbeiterin oder einen Sachbearbeiter (m/w/d) für das Bau- und Ordnungsamt"},
    }),
    KITAS(column("„Sonnenschein“", "„Pusteblume“", "„Regenbogen“", "„Spatzennest“")),
    /** The concert, and where it is: "zum {0} {1}". */
    CONCERTS(new String[][] {
        {"Orgelkonzert", "in der Stadtkirche St. Martin"},
        {"Chorkonzert", "in der Aula der Oberschule"},
        {"Konzert der Musikschule", "im Festsaal des Neuen Rathauses"},
        {"Kammerkonzert", "in der Stadtkirche St. Martin"},
    }),
    WEEKEND(new String[][] {
        {"Samstag, 8 Uhr: Wochenmarkt auf dem Markt", "Samstag, 14 Uhr: Stadtführung ab Rathaus",
            "Sonntag, 10 Uhr: Kinderflohmarkt im Stadtpark"},
        {"Freitag, 19 Uhr: Lesung in der Stadtbibliothek", "Samstag, 10 Uhr: Tag der offenen Tür in der Musikschule",
            "Sonntag, 15 Uhr: Heimspiel auf dem Sportplatz"},
        {"Samstag, 9 Uhr: Arbeitseinsatz im Stadtpark – Helfer willkommen", "Samstag, 16 Uhr: Orgelmusik zur Marktzeit",
            "Sonntag, 14 Uhr: Kaffeeklatsch im Seniorentreff"},
        {"Freitag, 18 Uhr: Feierabendmarkt am Rathaus", "Samstag, 11 Uhr: Vorlesestunde für Kinder in der Bibliothek",
            "Sonntag, 10 Uhr: Wanderung des Heimatvereins ab Markt"},
        {"Samstag, 8 Uhr: Wochenmarkt auf dem Markt", "Samstag, 19 Uhr: Theaterabend in der Aula der Oberschule",
            "Sonntag, 11 Uhr: Führung durch die Stadtkirche St. Martin"},
    }),
    ISSUE_CONTENTS(new String[][] {
        {"Beschlüsse des Stadtrates", "Baustellen im Stadtgebiet", "Veranstaltungen der nächsten zwei Wochen"},
        {"Haushaltssatzung", "Neues aus den Kitas", "Termine der Müllabfuhr"},
        {"Bebauungsplan „Am Teichgraben“", "Ehrungen bei der Feuerwehr", "Kirchliche Nachrichten"},
        {"Einladung zur Einwohnerversammlung", "Stellenangebote der Stadt", "Glückwünsche zu Ehejubiläen"},
    }),
    MARKET_PROGRAM(column(
            "Um 15 Uhr singt der Kinderchor der Grundschule, um 17 Uhr spielt der Posaunenchor.",
            "Ab 14 Uhr backen Kinder in der Weihnachtsbäckerei Plätzchen, um 16 Uhr kommt der Weihnachtsmann.",
            "Um 18 Uhr wird die große Pyramide angeschoben, danach spielt die Blaskapelle.")),
    B93_TOWNS(column("Zwickau", "Altenburg")),
    WARN_HOURS(column("14", "15", "16", "17", "18")),
    /** Where the hazardous waste lorry stops: "in {district} {stop}". */
    STOPS(column("auf dem Parkplatz am Sportplatz", "vor dem Feuerwehrgerätehaus",
            "an der Bushaltestelle am Dorfplatz"));

    private final String[][] rows;
    private final Pool distinctFrom;

    Pool(String[][] rows) {
        this.rows = rows;
        this.distinctFrom = null;
    }

    /** A pool with the same values as {@code other}, from which a post takes a different row. */
    Pool(Pool other) {
        this.rows = other.rows;
        this.distinctFrom = other;
    }

    int size() {
        return rows.length;
    }

    String value(int row, int column) {
        return rows[row][column];
    }

    /** The pool whose chosen row this one must not repeat, or null. */
    Pool distinctFrom() {
        return distinctFrom;
    }

    private static String[][] column(String... values) {
        String[][] rows = new String[values.length][];
        for (int i = 0; i < values.length; i++) {
            rows[i] = new String[] {values[i]};
        }
        return rows;
    }
}
