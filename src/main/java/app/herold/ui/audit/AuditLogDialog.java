package app.herold.ui.audit;

import app.herold.domain.rules.AuditEntry;
import app.herold.i18n.Messages;
import app.herold.ui.common.Icons;
import app.herold.ui.common.Styles;
import java.time.ZoneId;
import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** "Prüfprotokoll Neutralität": the confirmations, the chain's state, CSV and the printable sheet. */
public final class AuditLogDialog {

    private static final PseudoClass ALTERED = PseudoClass.getPseudoClass("failed");

    private final Dialog<Void> dialog = new Dialog<>();

    public AuditLogDialog(Window owner, AuditLogViewModel viewModel, Messages messages) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("audit.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        TableView<AuditEntry> table = new TableView<>(viewModel.entries());
        table.setId("audit-table");
        table.setPlaceholder(new Label(messages.text("audit.empty")));
        table.getColumns().setAll(
                column(messages.text("audit.column.when"), entry -> messages.day(entry.recordedAt()
                        .atZone(ZoneId.systemDefault()).toLocalDate()) + " " + messages.timeFormat()
                        .format(entry.recordedAt().atZone(ZoneId.systemDefault()).toLocalTime()), 150),
                column(messages.text("audit.column.election"), AuditEntry::election, 160),
                column(messages.text("audit.column.rules"), entry -> String.join(", ", entry.rules()), 170),
                column(messages.text("audit.column.post"), entry -> entry.post().toString(), 70),
                column(messages.text("audit.column.reason"), AuditEntry::reason, 320));
        table.setPrefHeight(320);
        Label state = new Label();
        state.setId("audit-state");
        state.textProperty().bind(viewModel.stateProperty());
        state.setWrapText(true);
        viewModel.intactProperty().addListener((observable, was, intact) -> state.pseudoClassStateChanged(ALTERED, !intact));
        state.getStyleClass().add(Styles.SAVE_STATE);
        Button csv = new Button(messages.text("audit.saveCsv"), Icons.icon(MaterialDesignF.FILE_DELIMITED_OUTLINE, 16));
        csv.setOnAction(event -> viewModel.save(false));
        Button sheet = new Button(messages.text("audit.saveSheet"), Icons.icon(MaterialDesignP.PRINTER, 16));
        sheet.setOnAction(event -> viewModel.save(true));
        HBox buttons = new HBox(8, csv, sheet);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label(messages.text("audit.note"));
        note.getStyleClass().add(Styles.HINT);
        note.setWrapText(true);
        VBox content = new VBox(10, table, state, buttons, note);
        content.setPadding(new Insets(14));
        content.setPrefWidth(900);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.text("handPosting.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("audit-dialog");
        viewModel.load();
    }

    private static TableColumn<AuditEntry, String> column(String title, java.util.function.Function<AuditEntry, String> value,
                                                          double width) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
