package app.herold.domain.rules;

import app.herold.domain.channel.Finding;
import app.herold.domain.channel.Severity;
import app.herold.domain.channel.TextSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The neutrality a town owes before elections (BVerfGE 44, 125; domain.md §1): inside an election's
 * window, a post that names a party or candidate, calls to vote, or presents the town's record in
 * campaign style is flagged, never blocked, since facts may be posted. Neutral election
 * administration (Briefwahl, Wahllokal, …) lowers such findings to notes. Pure: text, day and
 * calendar in, findings out.
 */
public final class NeutralityRules {

    public static final String PARTY = "neutrality.party";
    public static final String CANDIDATE = "neutrality.candidate";
    public static final String CALL_TO_VOTE = "neutrality.call-to-vote";
    public static final String RECORD = "neutrality.record";

    /** Parties of the Saxon Landtag election 2024 (domain.md §1.4) and "Freie Wähler"; towns add their own. */
    public static final List<String> SEEDED_PARTIES = List.of("CDU", "AfD", "BSW", "SPD", "FDP", "Grüne",
            "Bündnis 90/Die Grünen", "Die Linke", "Linke", "Freie Wähler");

    /** Election administration is the town's job; a post about it is not campaigning (domain.md §1.5, 4). */
    public static final List<String> ADMINISTRATION = List.of("Briefwahl", "Wahlbenachrichtigung", "Wahllokal",
            "Wahlhelfer", "Wahlhelferin", "Wahlhelfende", "Wahlergebnis", "Wahlvorstand", "Stimmzettel");

    private static final List<Pattern> CALLS_TO_VOTE = patterns("wählen Sie", "Ihre Stimme für", "Stimme für",
            "am Sonntag\\b[^.!?\\n]{0,40}\\bwählen", "Wiederwahl", "Kandidat(?:in|innen|en)?", "Wahlkampf",
            "gehen Sie wählen");
    private static final List<Pattern> RECORD_PHRASES = patterns("Erfolgsbilanz", "Bilanz",
            "haben wir (?:das |es |viel )?geschafft", "unser(?:e)? Bürgermeister(?:in)? hat",
            "in den letzten (?:Jahren|\\w+ Jahren) erreicht");

    private final ElectionWindows windows;
    private final List<String> parties;

    public NeutralityRules(ElectionWindows windows, List<String> parties) {
        this.windows = windows;
        this.parties = List.copyOf(parties);
    }

    /** Findings for a post planned on {@code day}; none outside every election's window or for ideas without a day. */
    public List<Finding> check(String text, LocalDate day, List<Election> elections) {
        List<Finding> findings = new ArrayList<>();
        if (day == null || text == null) {
            return findings;
        }
        // Each election by its own windows; an election with the defaults follows this checker's.
        List<ElectionWindows.Window> open = elections.stream()
                .map(election -> election.windows() == ElectionWindows.DEFAULT ? windows.of(election) : election.window())
                .filter(window -> window.contains(day)).toList();
        if (open.isEmpty()) {
            return findings;
        }
        boolean administration = ADMINISTRATION.stream().anyMatch(word -> containsWord(text, word));
        Severity severity = administration ? Severity.INFO : Severity.WARNING;
        String election = open.get(0).election().label();

        for (String party : parties) {
            for (TextSpan span : partyMentions(text, party)) {
                findings.add(Finding.of(PARTY, severity, "rule.neutrality.party", text.substring(span.start(), span.end()),
                        election).at(span));
            }
        }
        for (ElectionWindows.Window window : open) {
            for (String candidate : window.election().candidates()) {
                for (TextSpan span : candidateMentions(text, candidate)) {
                    findings.add(Finding.of(CANDIDATE, severity, "rule.neutrality.candidate", candidate, election)
                            .at(span));
                }
            }
            for (String group : window.election().groups()) {
                for (TextSpan span : wordMentions(text, group, false)) {
                    findings.add(Finding.of(PARTY, severity, "rule.neutrality.party", group, election).at(span));
                }
            }
        }
        for (Pattern call : CALLS_TO_VOTE) {
            Matcher matcher = call.matcher(text);
            while (matcher.find()) {
                findings.add(Finding.of(CALL_TO_VOTE, severity, "rule.neutrality.callToVote", matcher.group(), election)
                        .at(new TextSpan(matcher.start(), matcher.end())));
            }
        }
        for (Pattern record : RECORD_PHRASES) {
            Matcher matcher = record.matcher(text);
            while (matcher.find()) {
                findings.add(Finding.of(RECORD, severity, "rule.neutrality.record", matcher.group(), election)
                        .at(new TextSpan(matcher.start(), matcher.end())));
            }
        }
        return withoutRepeats(findings);
    }

    /**
     * One finding per stretch of text and rule: "Die Linke" is not also "Linke", "Ihre Stimme für" not
     * also "Stimme für". A finding goes when another of its rule covers it and is longer, or covers the
     * same stretch and came first. Sorted by start, longer first, earlier first, every such cover comes
     * before the finding it covers: one pass keeps a long text (thousands of findings) quick.
     */
    private static List<Finding> withoutRepeats(List<Finding> findings) {
        Integer[] order = new Integer[findings.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.<Integer, String>comparing(i -> findings.get(i).rule())
                .thenComparingInt(i -> findings.get(i).span().start())
                .thenComparing(i -> findings.get(i).span().end(), java.util.Comparator.reverseOrder())
                .thenComparingInt(i -> i));
        boolean[] covered = new boolean[order.length];
        String rule = null;
        int furthestEnd = -1;
        for (int i : order) {
            Finding finding = findings.get(i);
            if (!finding.rule().equals(rule)) {
                rule = finding.rule();
                furthestEnd = -1;
            }
            covered[i] = furthestEnd >= finding.span().end();
            furthestEnd = Math.max(furthestEnd, finding.span().end());
        }
        List<Finding> kept = new ArrayList<>();
        for (int i = 0; i < covered.length; i++) {
            if (!covered[i]) {
                kept.add(findings.get(i));
            }
        }
        return kept;
    }

    /**
     * A party's name as a party: abbreviations only in capitals ("SPD", not "spd" in a link), and
     * "Grüne"/"Linke" only capitalised and not before a noun, so "die grüne Tonne", "die linke Spur"
     * and "Grüne Tonne" are not findings while "die Grünen fordern" is.
     */
    static List<TextSpan> partyMentions(String text, String party) {
        boolean abbreviation = party.length() <= 4 && party.chars().filter(Character::isUpperCase).count() >= 2;
        if (abbreviation) {
            return wordMentions(text, party, true);
        }
        if (party.endsWith("Grüne") || party.endsWith("Grünen") || party.endsWith("Linke")) {
            List<TextSpan> spans = new ArrayList<>();
            Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(party) + "n?(?![\\p{L}\\p{N}])")
                    .matcher(text);
            while (matcher.find()) {
                if (!beforeANoun(text, matcher.end())) {
                    spans.add(new TextSpan(matcher.start(), matcher.end()));
                }
            }
            return spans;
        }
        return wordMentions(text, party, false);
    }

    private static boolean beforeANoun(String text, int end) {
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next > end && next < text.length() && Character.isUpperCase(text.charAt(next));
    }

    private static List<TextSpan> candidateMentions(String text, String candidate) {
        List<TextSpan> spans = new ArrayList<>(wordMentions(text, candidate, false));
        String[] names = candidate.strip().split("\\s+");
        String surname = names[names.length - 1];
        if (names.length > 1 && surname.length() >= 5) {
            for (TextSpan span : wordMentions(text, surname, true)) {
                if (spans.stream().noneMatch(full -> full.start() <= span.start() && span.end() <= full.end())) {
                    spans.add(span);
                }
            }
        }
        return spans;
    }

    private static List<TextSpan> wordMentions(String text, String word, boolean caseSensitive) {
        List<TextSpan> spans = new ArrayList<>();
        if (word.isBlank()) {
            return spans;
        }
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.strip()) + "(?![\\p{L}\\p{N}])",
                caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(new TextSpan(matcher.start(), matcher.end()));
        }
        return spans;
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word.toLowerCase(Locale.GERMAN)))
                .matcher(text.toLowerCase(Locale.GERMAN)).find();
    }

    private static List<Pattern> patterns(String... expressions) {
        List<Pattern> compiled = new ArrayList<>();
        for (String expression : expressions) {
            compiled.add(Pattern.compile("(?<![\\p{L}])" + expression + "(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return compiled;
    }
}
