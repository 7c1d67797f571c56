package app.herold.demo;

import java.util.List;

/**
 * The demo pictures shipped with Herold (drawn for it, free of rights of others), each with the
 * alternative text a careful editor would write, so the demo shows accessible posts.
 */
public final class DemoImages {

    private static final String FOLDER = "/app/herold/demo/";

    private static final List<DemoImageResource> ALL = List.of(
            picture("rathaus.jpg",
                    "Zeichnung: Ein Rathaus mit Uhrturm vor blauem Himmel. Auf dem Turm weht eine"
                            + " weiß-grüne Fahne."),
            picture("baustelle.jpg",
                    "Zeichnung: Eine Straßenbaustelle mit gelbem Kran, rot-weißen Absperrbaken und einem Bagger."),
            picture("weihnachtsmarkt.jpg",
                    "Zeichnung: Ein Weihnachtsmarkt am Abend mit beleuchteten Buden, Lichterketten und einem"
                            + " geschmückten Tannenbaum."),
            picture("muellabfuhr.jpg",
                    "Zeichnung: Ein orangefarbenes Müllfahrzeug fährt an einer Reihe bunter Mülltonnen vorbei."),
            picture("feuerwehr.jpg",
                    "Zeichnung: Ein rotes Feuerwehrauto mit Drehleiter steht vor dem offenen Tor des"
                            + " Feuerwehrgerätehauses."),
            picture("stadtfest.jpg",
                    "Zeichnung: Stadtfest auf dem Markt mit bunten Wimpelketten, Festzelt und Riesenrad"
                            + " in der Sonne."),
            picture("winter.jpg",
                    "Zeichnung: Verschneite Häuser und Tannen an einem Wintertag. Es schneit, vorn stehen ein"
                            + " Holzzaun und ein Schneemann."),
            picture("buergerbuero.jpg",
                    "Zeichnung: Ein heller Schalter im Bürgerbüro mit Bildschirm, Wartestühlen und einer"
                            + " Zimmerpflanze."));

    private DemoImages() {
    }

    /** The pictures in a fixed order. */
    public static List<DemoImageResource> all() {
        return ALL;
    }

    private static DemoImageResource picture(String file, String altText) {
        return new DemoImageResource(FOLDER + file, altText);
    }
}
