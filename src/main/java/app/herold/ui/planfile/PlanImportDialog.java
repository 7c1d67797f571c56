package app.herold.ui.planfile;

import app.herold.domain.exchange.ImportMode;
import app.herold.i18n.Messages;
import app.herold.ui.common.Icons;
import app.herold.ui.common.Styles;
import app.herold.ui.common.WorkStateLine;
import java.util.List;
import java.util.function.ToIntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The preview of a plan file: where it comes from, merge or replace, per kind what is new, already
 * there, changed or only in this plan, the problems and notes, and "Importieren" once there is no problem.
 */
public final class PlanImportDialog {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final Dialog<Void> dialog = new Dialog<>();

    public PlanImportDialog(Window owner, PlanImportViewModel viewModel, Messages messages) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("planImport.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);

        Label file = new Label(messages.format("planImport.file", viewModel.file().toString()));
        file.setWrapText(true);
        file.setMinHeight(Region.USE_PREF_SIZE);
        Label origin = new Label();
        origin.getStyleClass().add(Styles.HINT);
        origin.textProperty().bind(viewModel.originProperty());

        ToggleGroup modes = new ToggleGroup();
        RadioButton merge = mode(messages.text("planImport.mode.merge"), ImportMode.MERGE, modes, "plan-import-merge");
        RadioButton replace = mode(messages.text("planImport.mode.replace"), ImportMode.REPLACE, modes,
                "plan-import-replace");
        modes.selectToggle(viewModel.modeProperty().get() == ImportMode.REPLACE ? replace : merge);
        modes.selectedToggleProperty().addListener((observable, was, now) -> {
            if (now != null) {
                viewModel.modeProperty().set((ImportMode) now.getUserData());
            }
        });
        merge.disableProperty().bind(viewModel.importedProperty());
        replace.disableProperty().bind(viewModel.importedProperty());
        Label modeHint = new Label();
        modeHint.getStyleClass().add(Styles.HINT);
        modeHint.setWrapText(true);
        modeHint.setMinHeight(Region.USE_PREF_SIZE);
        modeHint.textProperty().bind(Bindings.createStringBinding(() -> messages.text(
                viewModel.modeProperty().get() == ImportMode.REPLACE ? "planImport.mode.replace.hint"
                        : "planImport.mode.merge.hint"), viewModel.modeProperty()));

        TableView<PlanImportViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId("plan-import-table");
        table.setPlaceholder(new Label(""));
        TableColumn<PlanImportViewModel.Row, String> kind = new TableColumn<>(messages.text("planImport.column.kind"));
        kind.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().kind()));
        kind.setPrefWidth(200);
        kind.setSortable(false);
        table.getColumns().setAll(List.of(kind,
                count(messages.text("planImport.column.added"), PlanImportViewModel.Row::added),
                count(messages.text("planImport.column.present"), PlanImportViewModel.Row::present),
                count(messages.text("planImport.column.changed"), PlanImportViewModel.Row::changed),
                count(messages.text("planImport.column.removed"), PlanImportViewModel.Row::removed)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Seven kinds, all visible without scrolling.
        table.setFixedCellSize(28);
        table.setPrefHeight(28 * 7 + 44);
        table.setMinHeight(Region.USE_PREF_SIZE);

        Label state = new Label();
        state.textProperty().bind(viewModel.stateProperty());
        VBox problems = sentences(viewModel.problems(), true);
        problems.setId("plan-import-problems");
        VBox notes = sentences(viewModel.notes(), false);
        notes.setId("plan-import-notes");

        HBox progress = WorkStateLine.of(viewModel.work(), "plan-import-summary");

        Button run = new Button(messages.text("planImport.run"), Icons.icon(MaterialDesignF.FILE_IMPORT_OUTLINE, 16));
        run.setId("plan-import-run");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(viewModel.importableProperty().not());
        run.setOnAction(event -> viewModel.importFile());
        Label backupNote = new Label(messages.text("planImport.backupNote"));
        backupNote.getStyleClass().add(Styles.HINT);
        backupNote.setWrapText(true);
        backupNote.setMinHeight(Region.USE_PREF_SIZE);

        VBox content = new VBox(10, file, origin, merge, replace, modeHint, table, state, problems, notes, progress, run,
                backupNote);
        content.setPadding(new Insets(14));
        content.setPrefWidth(780);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.text("handPosting.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("plan-import-dialog");
        // Wrapping labels would otherwise let the dialog shrink to a narrow column.
        dialog.getDialogPane().setPrefWidth(820);
        dialog.getDialogPane().setMinWidth(820);
        dialog.setOnHidden(event -> viewModel.close());
        viewModel.load();
    }

    private static RadioButton mode(String text, ImportMode mode, ToggleGroup group, String id) {
        RadioButton button = new RadioButton(text);
        button.setUserData(mode);
        button.setToggleGroup(group);
        button.setId(id);
        return button;
    }

    private static TableColumn<PlanImportViewModel.Row, String> count(String title,
            ToIntFunction<PlanImportViewModel.Row> value) {
        TableColumn<PlanImportViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(
                String.format(java.util.Locale.GERMANY, "%,d", value.applyAsInt(cell.getValue()))));
        column.setPrefWidth(142);
        column.setMinWidth(136);
        column.setSortable(false);
        column.getStyleClass().add(Styles.COUNT_COLUMN);
        return column;
    }

    /** A list of sentences as wrapped labels, problems in the danger colour; hidden while empty. */
    private static VBox sentences(javafx.collections.ObservableList<String> source, boolean problem) {
        VBox box = new VBox(4);
        Runnable fill = () -> box.getChildren().setAll(source.stream().map(sentence -> {
            Label label = new Label("• " + sentence);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            if (problem) {
                label.getStyleClass().add(Styles.SAVE_STATE);
                label.pseudoClassStateChanged(FAILED, true);
            }
            return label;
        }).toList());
        source.addListener((javafx.collections.ListChangeListener<String>) change -> fill.run());
        fill.run();
        box.visibleProperty().bind(Bindings.isNotEmpty(source));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    public void showAndWait() {
        dialog.showAndWait();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
