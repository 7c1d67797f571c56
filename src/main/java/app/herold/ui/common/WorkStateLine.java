package app.herold.ui.common;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A {@link WorkState} on screen: a small spinner while it runs, and its sentence, red when it tells of a problem. */
public final class WorkStateLine {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private WorkStateLine() {
    }

    /** @param id the sentence label's id, for tests and screen readers' lookups */
    public static HBox of(WorkState state, String id) {
        Label sentence = new Label();
        sentence.setId(id);
        sentence.textProperty().bind(state.sentenceProperty());
        sentence.setWrapText(true);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        sentence.getStyleClass().add(Styles.SAVE_STATE);
        sentence.pseudoClassStateChanged(FAILED, state.failedProperty().get());
        state.failedProperty().addListener((observable, was, failed) -> sentence.pseudoClassStateChanged(FAILED, failed));
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(state.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        HBox line = new HBox(8, working, sentence);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}
