package app.herold.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.text.MarkupEdits.Edit;
import org.junit.jupiter.api.Test;

class MarkupEditsTest {

    @Test
    void boldWrapsTheSelectedWordsAndKeepsThemSelected() {
        Edit edit = MarkupEdits.toggleBold("Die Straße ist gesperrt", 4, 10);

        assertThat(edit.text()).isEqualTo("Die **Straße** ist gesperrt");
        assertThat(edit.text().substring(edit.selectionStart(), edit.selectionEnd())).isEqualTo("Straße");
    }

    @Test
    void boldTwiceGivesBackTheOriginalText() {
        Edit once = MarkupEdits.toggleBold("Die Straße ist gesperrt", 4, 10);
        Edit twice = MarkupEdits.toggleBold(once.text(), once.selectionStart(), once.selectionEnd());

        assertThat(twice.text()).isEqualTo("Die Straße ist gesperrt");
        assertThat(twice.text().substring(twice.selectionStart(), twice.selectionEnd())).isEqualTo("Straße");
    }

    @Test
    void aSelectionWithItsTrailingSpaceIsWrappedWithoutTheSpace() {
        assertThat(MarkupEdits.toggleItalic("Die Straße ist", 4, 11).text()).isEqualTo("Die _Straße_ ist");
    }

    @Test
    void italicInsideBoldIsRemovedWithoutTouchingTheBold() {
        Edit edit = MarkupEdits.toggleItalic("**_Achtung_**", 3, 10);

        assertThat(edit.text()).isEqualTo("**Achtung**");
    }

    @Test
    void bulletsAreAddedToEveryTouchedLineAndRemovedWhenAllHaveThem() {
        String text = "Termine:\nMontag\nDienstag";
        Edit added = MarkupEdits.toggleBullets(text, 10, 20);

        assertThat(added.text()).isEqualTo("Termine:\n- Montag\n- Dienstag");
        Edit removed = MarkupEdits.toggleBullets(added.text(), added.selectionStart(), added.selectionEnd());
        assertThat(removed.text()).isEqualTo(text);
    }

    @Test
    void aLinkUsesTheSelectionAsItsLabel() {
        Edit edit = MarkupEdits.insertLink("Zur Tagesordnung hier", 4, 16, " https://www.meerane.de/rat ");

        assertThat(edit.text()).isEqualTo("Zur [Tagesordnung](https://www.meerane.de/rat) hier");
        assertThat(FormattedText.parse(edit.text()).plain()).isEqualTo("Zur Tagesordnung hier");
    }

    @Test
    void aLinkWithoutSelectionShowsItsAddress() {
        Edit edit = MarkupEdits.insertLink("Mehr: ", 6, 6, "https://www.meerane.de");

        assertThat(edit.text()).isEqualTo("Mehr: [https://www.meerane.de](https://www.meerane.de)");
        assertThat(edit.selectionStart()).isEqualTo(edit.text().length());
    }
}
