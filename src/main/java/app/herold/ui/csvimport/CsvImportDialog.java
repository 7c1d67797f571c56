package app.herold.ui.csvimport;

import app.herold.domain.channel.ChannelKind;
import app.herold.i18n.Messages;
import app.herold.ui.common.Icons;
import app.herold.ui.common.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The preview of a CSV plan: every row with its problems, and "Importieren" once there are none. */
public final class CsvImportDialog {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final Dialog<Void> dialog = new Dialog<>();

    public CsvImportDialog(Window owner, CsvImportViewModel viewModel, Messages messages) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("import.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        Label file = new Label(messages.format("import.file", viewModel.file().toString()));
        file.getStyleClass().add(Styles.HINT);
        file.setWrapText(true);
        TableView<CsvImportViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId("import-table");
        table.getStyleClass().add(Styles.IMPORT_TABLE);
        table.setPlaceholder(new Label(""));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(CsvImportViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(FAILED, !empty && row != null && row.failed());
            }
        });
        TableColumn<CsvImportViewModel.Row, String> problems = column(messages.text("import.column.problems"),
                CsvImportViewModel.Row::problems, 220);
        problems.setCellFactory(column -> new ProblemCell(column));
        problems.setMinWidth(220);
        TableColumn<CsvImportViewModel.Row, CsvImportViewModel.Row> channels = new TableColumn<>(
                messages.text("import.column.channels"));
        channels.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue()));
        channels.setCellFactory(column -> new ChannelCell());
        channels.setPrefWidth(150);
        channels.setMinWidth(150);
        channels.setSortable(false);
        table.getColumns().setAll(List.of(
                column(messages.text("import.column.row"), row -> String.valueOf(row.number()), 56),
                column(messages.text("import.column.date"), CsvImportViewModel.Row::date, 132),
                column(messages.text("import.column.time"), CsvImportViewModel.Row::time, 76),
                column(messages.text("import.column.post"), CsvImportViewModel.Row::headline, 250),
                channels,
                problems));
        // The problems column takes what the others leave, so every sentence wraps into view without scrolling sideways.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(380);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("import-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add(Styles.SAVE_STATE);
        viewModel.failedProperty().addListener((observable, was, failed) -> summary.pseudoClassStateChanged(FAILED, failed));
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(viewModel.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        HBox state = new HBox(8, working, summary);
        state.setAlignment(Pos.CENTER_LEFT);

        Button run = new Button(messages.text("import.run"), Icons.icon(MaterialDesignF.FILE_IMPORT_OUTLINE, 16));
        run.setId("import-run");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(viewModel.importableProperty().not());
        run.setOnAction(event -> viewModel.importAll());
        Button reread = new Button(messages.text("import.reread"), Icons.icon(MaterialDesignR.REFRESH, 16));
        reread.setId("import-reread");
        reread.disableProperty().bind(viewModel.busyProperty().or(viewModel.importedProperty()));
        reread.setOnAction(event -> viewModel.load());
        HBox buttons = new HBox(8, run, reread);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label(messages.text("import.note"));
        note.getStyleClass().add(Styles.HINT);
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);

        VBox content = new VBox(10, file, table, state, buttons, note);
        content.setPadding(new Insets(14));
        content.setPrefWidth(1160);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.text("handPosting.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("import-dialog");
        // The wrapping labels would let the dialog shrink to a narrow column; the table needs the width.
        dialog.getDialogPane().setPrefWidth(1190);
        dialog.getDialogPane().setMinWidth(960);
        viewModel.load();
    }

    private static TableColumn<CsvImportViewModel.Row, String> column(String title,
            Function<CsvImportViewModel.Row, String> value, double width) {
        TableColumn<CsvImportViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 140));
        column.setSortable(false);
        return column;
    }

    /** A row's channels as their icons, named for screen readers and in a tooltip. */
    private static final class ChannelCell extends TableCell<CsvImportViewModel.Row, CsvImportViewModel.Row> {

        @Override
        protected void updateItem(CsvImportViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null || row.channels().isEmpty()) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            HBox icons = new HBox(6);
            icons.setAlignment(Pos.CENTER_LEFT);
            for (ChannelKind kind : row.channels()) {
                icons.getChildren().add(Icons.channelIcon(kind, 15));
            }
            setGraphic(icons);
            setTooltip(new Tooltip(row.channelNames()));
            setAccessibleText(row.channelNames());
        }
    }

    /** A row's problems, one sentence per line, wrapped to the column so every word shows. */
    private static final class ProblemCell extends TableCell<CsvImportViewModel.Row, String> {

        private final Text text = new Text();

        ProblemCell(TableColumn<CsvImportViewModel.Row, String> column) {
            text.getStyleClass().add(Styles.IMPORT_PROBLEMS);
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
            setPrefHeight(Region.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String problems, boolean empty) {
            super.updateItem(problems, empty);
            text.setText(empty || problems == null ? "" : problems);
            setGraphic(empty || problems == null || problems.isEmpty() ? null : text);
        }
    }

    public void showAndWait() {
        dialog.showAndWait();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
