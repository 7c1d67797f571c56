package app.herold.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.Severity;
import app.herold.ui.common.MarkedTextArea.Mark;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import org.junit.jupiter.api.Test;

/** The marks keep sitting on their words while the user types, until the rules look again. */
class MarkedTextAreaTest {

    private static final String TEXT = "Die SPD lädt ein. #stadtfest";
    private static final Mark PARTY = new Mark(4, 7, Severity.WARNING);
    private static final Mark HASHTAG = new Mark(18, 28, Severity.INFO);

    @Test
    void typingBeforeAMarkMovesIt() {
        List<Mark> moved = MarkedTextArea.shifted(List.of(PARTY, HASHTAG), TEXT, "Heute: " + TEXT);

        assertThat(moved).containsExactly(new Mark(11, 14, Severity.WARNING), new Mark(25, 35, Severity.INFO));
        assertThat(("Heute: " + TEXT).substring(11, 14)).isEqualTo("SPD");
    }

    @Test
    void typingAfterAMarkLeavesIt() {
        List<Mark> moved = MarkedTextArea.shifted(List.of(PARTY), TEXT, TEXT + " 🎉");

        assertThat(moved).containsExactly(PARTY);
    }

    @Test
    void deletingBetweenMarksMovesOnlyTheLaterOne() {
        String shorter = "Die SPD lädt. #stadtfest";

        List<Mark> moved = MarkedTextArea.shifted(List.of(PARTY, HASHTAG), TEXT, shorter);

        assertThat(moved).containsExactly(PARTY, new Mark(14, 24, Severity.INFO));
        assertThat(shorter.substring(14, 24)).isEqualTo("#stadtfest");
    }

    @Test
    void anEditInsideAMarkDropsItUntilTheNextReview() {
        List<Mark> moved = MarkedTextArea.shifted(List.of(PARTY, HASHTAG), TEXT, "Die SPÖ lädt ein. #stadtfest");

        assertThat(moved).containsExactly(HASHTAG);
    }

    @Test
    void aRangeOverTwoLinesGivesTwoBoxes() {
        PathElement[] shape = {
                new MoveTo(40, 0), new LineTo(200, 0), new LineTo(200, 16), new LineTo(40, 16), new LineTo(40, 0),
                new MoveTo(0, 16), new LineTo(55, 16), new LineTo(55, 32), new LineTo(0, 32), new LineTo(0, 16)};

        List<Bounds> boxes = MarkedTextArea.lineBoxes(shape);

        assertThat(boxes).hasSize(2);
        assertThat(boxes.get(0).getMinX()).isEqualTo(40);
        assertThat(boxes.get(0).getWidth()).isEqualTo(160);
        assertThat(boxes.get(1).getMinY()).isEqualTo(16);
        assertThat(boxes.get(1).getMaxY()).isEqualTo(32);
    }
}
