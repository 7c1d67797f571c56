package app.herold.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.channels.text.IcuTextFacts;
import app.herold.domain.channel.Finding;
import app.herold.domain.channel.Severity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Texts a town writes, and what the accessibility lint says about them (domain.md §2.2). */
class AccessibilityLintTest {

    private final AccessibilityLint lint = new AccessibilityLint(new IcuTextFacts());

    private List<String> rules(String text) {
        return lint.check(text).stream().map(Finding::rule).toList();
    }

    @Test
    void aPlainPostWithHashtagsAtTheEndIsFine() {
        assertThat(lint.check("Am Samstag ist Stadtfest auf dem Markt. Wir freuen uns auf Sie! 🎉\n\n#Meerane #Stadtfest"))
                .isEmpty();
    }

    @Test
    void aLowercaseHashtagOfSeveralWordsGetsACamelCaseSuggestion() {
        Finding finding = lint.check("Bis bald! #stadtfestmeerane").get(0);

        assertThat(finding.rule()).isEqualTo(AccessibilityLint.HASHTAG_CASE);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.arguments()).containsExactly("#stadtfestmeerane", "#StadtfestMeerane");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "#weihnachtsmarktmeerane, #WeihnachtsmarktMeerane",
        "#tagderoffenentür, #TagDerOffenenTür",
        "#innenstadtfest, #InnenStadtfest",
        "#briefwahl2026, #Briefwahl2026",
    })
    void suggestionsSplitTheWordsATownUses(String hashtag, String suggestion) {
        assertThat(AccessibilityLint.camelCaseSuggestion(hashtag)).isEqualTo(suggestion);
    }

    @Test
    void shortOrMixedCaseHashtagsAndLinkAnchorsAreNotFindings() {
        assertThat(rules("Termine: https://www.meerane.de/#terminkalender und mehr.\n#Meerane #kita #ReisenFürAlle"))
                .isEmpty();
    }

    @Test
    void aHashtagInRunningTextIsANote() {
        List<Finding> findings = lint.check("Heute tagt der #Stadtrat im Rathaus.");

        assertThat(findings).extracting(Finding::rule).containsExactly(AccessibilityLint.HASHTAG_POSITION);
        assertThat(findings.get(0).span().start()).isEqualTo(15);
    }

    @Test
    void moreThanThreeEmojiAreAWarningAndAFamilyCountsOnce() {
        assertThat(rules("Frohe Weihnachten! 🎄🎁⭐🔔")).containsExactly(AccessibilityLint.EMOJI);
        assertThat(rules("Ein Fest für alle! 👨‍👩‍👧‍👦👍🏽🇩🇪")).isEmpty();
    }

    @Test
    void anEmojiInMidSentenceIsANote() {
        List<Finding> findings = lint.check("Wir feiern 🎉 heute im Park.");

        assertThat(findings).extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AccessibilityLint.EMOJI, Severity.INFO));
    }

    @Test
    void unicodeMathematicalLettersAsFakeBoldAreAWarning() {
        String text = "𝐖𝐢𝐜𝐡𝐭𝐢𝐠𝐞 𝐈𝐧𝐟𝐨: Das Bürgerbüro ist geschlossen.";
        List<Finding> findings = lint.check(text);

        assertThat(findings).extracting(Finding::rule).containsExactly(AccessibilityLint.FAKE_BOLD);
        assertThat(text.substring(findings.get(0).span().start(), findings.get(0).span().end())).isEqualTo("𝐖𝐢𝐜𝐡𝐭𝐢𝐠𝐞 𝐈𝐧𝐟𝐨");
    }

    @Test
    void aSentenceOfMoreThanTwentyWordsIsANoteAndListItemsAreSentencesOfTheirOwn() {
        String longSentence = "Aufgrund der umfangreichen Bauarbeiten an der Hauptwasserleitung in der Lindenstraße muss die "
                + "Straße zwischen dem Markt und dem Bahnhof ab Montag für voraussichtlich drei Wochen vollständig "
                + "gesperrt werden.";

        assertThat(rules(longSentence)).containsExactly(AccessibilityLint.SENTENCE_LENGTH);
        assertThat(rules("Die Termine:\n- Montag Bürgerbüro\n- Dienstag Stadtrat\n- Mittwoch Markt\n- Donnerstag Bibliothek\n"
                + "- Freitag Museum und Freibad")).isEmpty();
    }
}
