package app.herold.domain.rules;

import java.util.List;
import java.util.Locale;

/**
 * Splits a lowercase German hashtag into the words a town's posts use, for a CamelCase suggestion:
 * "stadtfestmeerane" → "StadtfestMeerane". Greedy over a small list of municipal words, longest
 * first; what it cannot split keeps only its first letter capitalised. A suggestion the officer
 * confirms, never an automatic change.
 */
final class GermanWordSplit {

    private static final List<String> WORDS = List.of(
            "weihnachtsmarkt", "bürgerbüro", "buergerbuero", "stadtverwaltung", "stadtrat", "stadtfest", "stadtwerke",
            "ortschaftsrat", "gemeinderat", "kreistag", "landkreis", "bürgermeister", "buergermeister", "rathaus",
            "feuerwehr", "baustelle", "sperrung", "umleitung", "müllabfuhr", "muellabfuhr", "abfall", "wertstoff",
            "bibliothek", "museum", "freibad", "hallenbad", "sportplatz", "spielplatz", "kindergarten", "kita",
            "schule", "grundschule", "oberschule", "gymnasium", "verein", "vereine", "ehrenamt", "jugend", "senioren",
            "familie", "familien", "kultur", "sport", "sommer", "winter", "frühling", "herbst", "advent", "ostern",
            "weihnachten", "markt", "wochenmarkt", "fest", "konzert", "tag", "nacht", "woche", "offene", "offenen",
            "tür", "tuer", "heimat", "sachsen", "zwickau", "meerane", "glauchau", "crimmitschau", "stadt", "gemeinde",
            "amt", "wahl", "wahlen", "kommunalwahl", "landtagswahl", "bundestagswahl", "europawahl", "briefwahl",
            "wahllokal", "wahlhelfer", "energie", "klima", "umwelt", "natur", "wald", "park", "straße", "strasse",
            "verkehr", "bahnhof", "bus", "radweg", "fahrrad", "info", "infos", "news", "aktuell", "termine", "termin",
            "heute", "morgen", "neu", "neues", "alle", "für", "fuer", "mit", "und", "im", "am", "der", "die", "das",
            "von", "zum", "zur", "in");

    private GermanWordSplit() {
    }

    static String camelCase(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        StringBuilder result = new StringBuilder();
        int at = 0;
        while (at < lower.length()) {
            String match = null;
            for (String known : WORDS) {
                if (lower.startsWith(known, at) && (match == null || known.length() > match.length())
                        && (known.length() > 3 || followedByKnownWord(lower, at + known.length()))) {
                    match = known;
                }
            }
            int end = match != null ? at + match.length() : nextKnownStart(lower, at + 1);
            String part = word.substring(at, end);
            result.append(part.substring(0, 1).toUpperCase(Locale.GERMAN)).append(part.substring(1));
            at = end;
        }
        return result.toString();
    }

    /** A short word ("in", "am", "der") counts only before another known word or at the end: "innenstadt" is not "in". */
    private static boolean followedByKnownWord(String lower, int at) {
        if (at == lower.length()) {
            return true;
        }
        for (String known : WORDS) {
            if (lower.startsWith(known, at)) {
                return true;
            }
        }
        return false;
    }

    /** Where the next known word starts after an unknown stretch, or the end. */
    private static int nextKnownStart(String lower, int from) {
        for (int i = from; i < lower.length(); i++) {
            for (String known : WORDS) {
                if (known.length() >= 4 && lower.startsWith(known, i)) {
                    return i;
                }
            }
        }
        return lower.length();
    }
}
