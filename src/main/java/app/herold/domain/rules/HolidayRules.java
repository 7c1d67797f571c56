package app.herold.domain.rules;

import app.herold.domain.channel.Finding;
import app.herold.domain.channel.Severity;
import app.herold.domain.channel.TextSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a post's day means for it (domain.md §5): a public holiday is worth a note (the town hall is
 * closed, opening hours and collections change), a day of mourning asks for a quiet tone and bans
 * public entertainment (§ 2 SächsSFG), and on the Warntag sirens and Cell Broadcast test at 11:00.
 * Pure: text, day and that day's named days in, findings out.
 */
public final class HolidayRules {

    public static final String HOLIDAY = "calendar.holiday";
    public static final String MOURNING_DAY = "calendar.mourning-day";
    public static final String WARNTAG = "calendar.warntag";

    /**
     * Words for public entertainment, as the last part of a compound ("Stadtfest", "Weihnachtsmarkt",
     * "Tanzparty"), with the endings of their plurals and verbs ("Feste", "Feiern Sie mit").
     */
    private static final Pattern EVENT_ENDING = Pattern.compile(
            "\\p{L}*(?:fest|feier|fete|party|partys|konzert|tanz|tänze|disco|disko|markt|märkte|musik|kirmes|"
                    + "festival|rummel|kabarett|comedy|show|karneval|fasching|feuerwerk|livemusik)"
                    + "(?:e|en|n|s|es|er)?");
    /** Words that begin with one: "Tanzabend", "Partynacht", "Konzertabend", "Discoabend". */
    private static final Pattern EVENT_BEGINNING = Pattern.compile(
            "(?:tanz|party|konzert|disco|disko|kirmes)\\p{L}+");
    /** "Fest" begins many words that are no event ("Festnetz", "Feststellung"): only these. */
    private static final Set<String> FEST_WORDS = Set.of("festival", "festivals", "festzelt", "festumzug",
            "festprogramm", "festwoche", "festwochenende", "festwiese", "festmeile", "festplatz", "festbetrieb");
    /** Commemoration is what these days are for: "Gedenkkonzert", "Trauerfeier", "Andacht mit Musik". */
    private static final Pattern QUIET = Pattern.compile("gedenk|trauer|andacht|gottesdienst|totenehrung|kranz");
    /** Endings that only look like an event: shops and statistics, "Distanz", "Manifest". */
    private static final Pattern NOT_AN_EVENT = Pattern.compile(
            "\\p{L}*(?:super|bau|arbeits|wohnungs|getränke|bio|drogerie|immobilien|ausbildungs|stellen|finanz|"
                    + "energie|strom|binnen|absatz)(?:markt|märkte)(?:e|es|s|n)?|\\p{L}*stanz(?:en)?|manifest(?:e|s)?");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])#?\\p{L}+(?:-\\p{L}+)*");
    /** "Parken am Markt": the square many Saxon towns have, not the market held on it. */
    private static final Pattern AT_THE_SQUARE = Pattern.compile("(?i)(?:^|[^\\p{L}])am\\s+$");

    /**
     * Findings for a post planned on {@code plannedDay}; none for an idea without a day.
     *
     * @param holidaysThatDay the named days of the post's Land (see {@link HolidayCalendar}); days other
     *                        than {@code plannedDay} are ignored
     */
    public List<Finding> check(String text, LocalDate plannedDay, List<Holiday> holidaysThatDay) {
        List<Finding> findings = new ArrayList<>();
        if (plannedDay == null || holidaysThatDay == null) {
            return findings;
        }
        String checked = text == null ? "" : text;
        for (Holiday holiday : holidaysThatDay) {
            if (!plannedDay.equals(holiday.date())) {
                continue;
            }
            switch (holiday.kind()) {
                case PUBLIC -> findings.add(Finding.of(HOLIDAY, Severity.INFO, "rule.calendar.holiday", holiday.name()));
                case MOURNING -> findings.add(eventPromotion(checked)
                        .map(span -> Finding.of(MOURNING_DAY, Severity.WARNING, "rule.calendar.mourningDayEvent",
                                holiday.name(), checked.substring(span.start(), span.end())).at(span))
                        .orElseGet(() -> Finding.of(MOURNING_DAY, Severity.INFO, "rule.calendar.mourningDay",
                                holiday.name())));
                case WARNTAG -> findings.add(Finding.of(WARNTAG, Severity.INFO, "rule.calendar.warntag"));
            }
        }
        return findings;
    }

    /** The first word that advertises entertainment, if any. */
    static Optional<TextSpan> eventPromotion(String text) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String token = word.group();
            boolean hashtag = token.startsWith("#");
            String bare = hashtag ? token.substring(1) : token;
            // German writes nouns with a capital: "feste Zeiten" and "wir feiern nicht" are not events.
            if (!hashtag && !Character.isUpperCase(bare.codePointAt(0))) {
                continue;
            }
            if (bare.equals("Markt") && AT_THE_SQUARE.matcher(text.substring(Math.max(0, word.start() - 4),
                    word.start())).find()) {
                continue;
            }
            for (String part : bare.split("-")) {
                if (isEventWord(part.toLowerCase(Locale.GERMAN))) {
                    return Optional.of(new TextSpan(word.start(), word.end()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isEventWord(String word) {
        if (word.isEmpty() || QUIET.matcher(word).find() || NOT_AN_EVENT.matcher(word).matches()) {
            return false;
        }
        return FEST_WORDS.contains(word) || EVENT_ENDING.matcher(word).matches()
                || EVENT_BEGINNING.matcher(word).matches();
    }
}
