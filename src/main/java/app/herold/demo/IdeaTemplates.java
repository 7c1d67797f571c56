package app.herold.demo;

import java.util.List;

/** Ideas in the tray: things the team wants to post some day, with no date yet. */
final class IdeaTemplates {

    private IdeaTemplates() {
    }

    static List<PostTemplate> all() {
        return List.of(
                PostTemplate.idea(Topic.COUNCIL).tags("Verwaltung")
                        .titles("Serie: Wer arbeitet eigentlich im Rathaus?")
                        .bodies("Jeden Monat eine Kollegin oder einen Kollegen vorstellen, mit Foto und drei Fragen."
                                + " Start mit dem Bürgerbüro?")
                        .build(),
                PostTemplate.idea(Topic.EVENTS).tags("Veranstaltung", "Kultur")
                        .titles("Rückblick auf das Stadtfest in Bildern")
                        .bodies("Die schönsten Bilder vom Stadtfest als Bildergalerie auf Instagram und Facebook."
                                + " Vorher klären, ob die abgebildeten Personen einverstanden sind.")
                        .images("Stadtfest")
                        .build(),
                PostTemplate.idea(Topic.WASTE).tags("Müll", "Umwelt")
                        .titles("Erklärpost: Was gehört in die Gelbe Tonne?")
                        .bodies("Kurze Übersicht mit Beispielen, was in die Gelbe Tonne gehört und was nicht."
                                + " Häufigster Fehler laut Entsorger: Papier und Glas.")
                        .build(),
                PostTemplate.idea(Topic.COUNCIL).tags("Stadtrat")
                        .titles("Kurzvideo: So läuft die Einwohnerfragestunde")
                        .bodies("In einer Minute erklären, wie man in der Einwohnerfragestunde eine Frage stellt."
                                + " Untertitel nicht vergessen.")
                        .build(),
                PostTemplate.idea(Topic.CITIZEN_OFFICE).tags("Bürgerbüro", "Service")
                        .titles("Online-Terminbuchung bekannter machen")
                        .bodies("Viele wissen nicht, dass man Termine im Bürgerbüro online buchen kann. Vielleicht"
                                + " mit einem Bildschirmfoto der Buchungsseite?")
                        .build(),
                PostTemplate.idea(Topic.KITA).tags("Kita", "Familie")
                        .titles("Unsere Kitas stellen sich vor")
                        .bodies("Jede Woche eine Kita mit ihrem Konzept vorstellen. Anfangen mit der Kita {kita}?")
                        .build(),
                PostTemplate.idea(Topic.FIRE_BRIGADE).tags("Feuerwehr", "Ehrenamt")
                        .titles("Porträt der Jugendfeuerwehr")
                        .bodies("Die Jugendfeuerwehr bei einer Übung begleiten und drei Mitglieder erzählen lassen,"
                                + " warum sie dabei sind.")
                        .build(),
                PostTemplate.idea(Topic.AMTSBLATT).tags("Amtsblatt", "Service")
                        .titles("WhatsApp-Kanal im Amtsblatt bewerben")
                        .bodies("QR-Code und Direktlink ins nächste Amtsblatt setzen. Dazu der Hinweis, dass der Kanal"
                                + " keine Anfragen beantwortet.")
                        .build(),
                PostTemplate.idea(Topic.ROADWORKS).tags("Baustelle", "Verkehr")
                        .titles("Alle Baustellen auf einer Karte")
                        .bodies("Eine Übersichtskarte der Baustellen im Stadtgebiet, monatlich aktualisiert. Die"
                                + " {street} als erstes Beispiel?")
                        .build(),
                PostTemplate.idea(Topic.EVENTS).tags("Kultur")
                        .titles("Meerane früher und heute")
                        .bodies("Historische Ansichten aus dem Stadtarchiv neben aktuellen Fotos vom gleichen Ort."
                                + " Das Stadtarchiv fragen, welche Bilder wir zeigen dürfen.")
                        .images("Rathaus")
                        .build(),
                PostTemplate.idea(Topic.JOBS).tags("Stellen")
                        .titles("Azubis erzählen aus ihrem Alltag")
                        .bodies("Unsere Auszubildenden berichten, wie ein Tag in der Verwaltung aussieht. Gut für die"
                                + " Ausbildungsmesse im Frühjahr.")
                        .build(),
                PostTemplate.idea(Topic.WARNING).tags("Warnung")
                        .titles("Checkliste: Notvorrat für zu Hause")
                        .bodies("Was jeder Haushalt für einen Stromausfall oder ein Unwetter daheim haben sollte."
                                + " Die Broschüre des Bundesamts für Bevölkerungsschutz verlinken.")
                        .build());
    }
}
