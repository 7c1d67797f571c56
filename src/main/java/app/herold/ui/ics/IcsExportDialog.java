package app.herold.ui.ics;

import app.herold.i18n.Messages;
import app.herold.ui.common.DateInput;
import app.herold.ui.common.DialogFit;
import app.herold.ui.common.Icons;
import app.herold.ui.common.Styles;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** From and to, what the file holds, the export button, and the one sentence that follows it. */
public final class IcsExportDialog {

    private static final double TEXT_WIDTH = 440;

    private final Dialog<Void> dialog = new Dialog<>();

    public IcsExportDialog(Window owner, IcsExportViewModel viewModel, Messages messages) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("ics.title"));
        dialog.setHeaderText(null);
        GridPane days = new GridPane();
        days.setHgap(10);
        days.setVgap(8);
        days.addRow(0, label(messages.text("ics.from")), picker(viewModel.fromProperty(), "ics-from",
                messages.text("ics.from"), messages));
        days.addRow(1, label(messages.text("ics.to")), picker(viewModel.toProperty(), "ics-to",
                messages.text("ics.to"), messages));
        Label problem = new Label();
        problem.setId("ics-problem");
        problem.getStyleClass().add(Styles.FIELD_ERROR);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setWrapText(true);
        problem.setMaxWidth(TEXT_WIDTH);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        Label what = new Label(messages.text("ics.what"));
        what.getStyleClass().add(Styles.HINT);
        what.setWrapText(true);
        what.setMaxWidth(TEXT_WIDTH);
        what.setMinHeight(Region.USE_PREF_SIZE);
        Button export = new Button(messages.text("ics.run"), Icons.icon(MaterialDesignC.CALENDAR_EXPORT, 16));
        export.setId("ics-run");
        export.getStyleClass().add("accent");
        export.disableProperty().bind(viewModel.runningProperty().or(viewModel.problemProperty().isNotEmpty()));
        export.setOnAction(event -> viewModel.export());
        ProgressIndicator running = new ProgressIndicator();
        running.setPrefSize(18, 18);
        running.visibleProperty().bind(viewModel.runningProperty());
        running.managedProperty().bind(running.visibleProperty());
        HBox run = new HBox(10, export, running);
        run.setAlignment(Pos.CENTER_LEFT);
        Label result = new Label();
        result.setId("ics-result");
        result.textProperty().bind(viewModel.resultProperty());
        result.setWrapText(true);
        result.setMaxWidth(TEXT_WIDTH);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.visibleProperty().bind(viewModel.resultProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        VBox content = new VBox(12, days, problem, what, run, result);
        content.setPadding(new Insets(14));
        content.setPrefWidth(TEXT_WIDTH + 28);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.text("handPosting.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("ics-dialog");
        // A sentence that appears (the range's problem, the result) makes the window taller rather than cut it off.
        DialogFit.growWith(dialog, viewModel.problemProperty(), viewModel.resultProperty());
    }

    /** Shows the day as the editor does ("Fr., 30.10.2026") and reads what people type ("30.10.26"). */
    private static DatePicker picker(ObjectProperty<LocalDate> day, String id, String name, Messages messages) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setAccessibleText(name);
        picker.setShowWeekNumbers(true);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : messages.day(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return DateInput.parse(text, messages.locale()).orElse(null);
            }
        });
        picker.valueProperty().bindBidirectional(day);
        picker.setPrefWidth(195);
        return picker;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.FIELD_LABEL);
        return label;
    }

    public void showAndWait() {
        dialog.showAndWait();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
