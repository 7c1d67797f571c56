package app.herold.ui.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.publishing.AttemptKind;
import app.herold.domain.publishing.TargetState;
import app.herold.i18n.Messages;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every state and every kind of attempt reads as words in German and in English, never as a key. */
class TargetStateTextsTest {

    @Test
    void everyStateAndKindHasATextInBothLanguages() {
        for (Locale locale : new Locale[] {Messages.GERMAN, Messages.ENGLISH}) {
            Messages messages = Messages.forLocale(locale);
            Set<String> missing = new TreeSet<>();
            for (String key : TargetStateTexts.keys()) {
                if (messages.text(key).startsWith("[")) {
                    missing.add(key);
                }
            }
            assertThat(missing).as("keys without a text in %s", locale).isEmpty();
        }
        assertThat(TargetStateTexts.keys()).hasSize(6 + AttemptKind.values().length + 2 * TargetState.values().length);
    }

    @Test
    void germanAndEnglishSayDifferentThings() {
        TargetStateTexts german = new TargetStateTexts(Messages.forLocale(Messages.GERMAN), SendingFixture.BERLIN);
        TargetStateTexts english = new TargetStateTexts(Messages.forLocale(Messages.ENGLISH), SendingFixture.BERLIN);

        assertThat(german.kind(AttemptKind.HANDOVER)).isEqualTo("Übergabe");
        assertThat(english.kind(AttemptKind.HANDOVER)).isEqualTo("Handover");
        assertThat(german.when(SendingFixture.ELEVEN)).isEqualTo("Sa., 28.11.2026 um 11:00 Uhr");
        assertThat(english.when(SendingFixture.ELEVEN)).isEqualTo("Sat, 28 Nov 2026 at 11:00");
    }
}
