package app.herold.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.text.Inline.Bold;
import app.herold.domain.text.Inline.Italic;
import app.herold.domain.text.Inline.Link;
import app.herold.domain.text.Inline.Plain;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormattedTextTest {

    @Test
    void boldItalicAndLinksAreReadFromTheirMarks() {
        FormattedText text = FormattedText.parse(
                "**Achtung:** Die _Lindenstraße_ ist gesperrt. [Umleitung](https://www.meerane.de/umleitung)");

        assertThat(text.lines()).hasSize(1);
        assertThat(text.lines().get(0).content()).containsExactly(
                new Bold(List.of(new Plain("Achtung:"))),
                new Plain(" Die "),
                new Italic(List.of(new Plain("Lindenstraße"))),
                new Plain(" ist gesperrt. "),
                new Link("Umleitung", "https://www.meerane.de/umleitung"));
    }

    @Test
    void linesAndBlankLinesStayAsTypedAndDashesMakeBulletItems() {
        FormattedText text = FormattedText.parse("Termine:\n- Montag: Bürgerbüro\n* Dienstag: Stadtrat\n\n• Mittwoch: Markt");

        assertThat(text.lines()).extracting(FormattedText.Line::bullet).containsExactly(false, true, true, false, true);
        assertThat(text.plain()).isEqualTo("Termine:\n• Montag: Bürgerbüro\n• Dienstag: Stadtrat\n\n• Mittwoch: Markt");
    }

    @Test
    void underscoresInsideWordsAndHashtagsAreNotItalics() {
        FormattedText text = FormattedText.parse("#Tag_der_offenen_Tür und datei_name_final.pdf");

        assertThat(text.lines().get(0).content()).containsExactly(new Plain("#Tag_der_offenen_Tür und datei_name_final.pdf"));
    }

    @Test
    void aMarkThatIsNotClosedOnTheSameLineIsShownAsTyped() {
        FormattedText text = FormattedText.parse("5 ** 3 und **offen\nbis hier** und _halb");

        assertThat(text.plain()).isEqualTo("5 ** 3 und **offen\nbis hier** und _halb");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.content()).allMatch(Plain.class::isInstance));
    }

    @Test
    void aBackslashKeepsAMarkAsACharacter() {
        FormattedText text = FormattedText.parse("\\*\\*kein fett\\*\\* und \\_kein kursiv\\_");

        assertThat(text.plain()).isEqualTo("**kein fett** und _kein kursiv_");
    }

    @Test
    void boldMayHoldItalicsAndALinkNeedsARealAddress() {
        FormattedText text = FormattedText.parse("**ganz _wichtig_** und [kein Link](rathaus) und [Mail](mailto:rathaus@meerane.de)");

        List<Inline> content = text.lines().get(0).content();
        assertThat(content.get(0)).isEqualTo(new Bold(List.of(new Plain("ganz "), new Italic(List.of(new Plain("wichtig"))))));
        assertThat(content).contains(new Plain(" und [kein Link](rathaus) und "));
        assertThat(content).contains(new Link("Mail", "mailto:rathaus@meerane.de"));
    }

    @Test
    void aLinkWhoseLabelIsItsAddressReadsAsTheAddress() {
        assertThat(new Link("www.meerane.de", "https://www.meerane.de").labelIsAddress()).isTrue();
        assertThat(new Link("", "https://www.meerane.de").plain()).isEqualTo("https://www.meerane.de");
        assertThat(new Link("Programm", "https://www.meerane.de").labelIsAddress()).isFalse();
    }

    @Test
    void windowsLineEndsReadLikeOthers() {
        assertThat(FormattedText.parse("Zeile 1\r\nZeile 2").plain()).isEqualTo("Zeile 1\nZeile 2");
    }
}
