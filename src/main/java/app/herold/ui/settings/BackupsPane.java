package app.herold.ui.settings;

import app.herold.domain.backup.BackupFile;
import app.herold.domain.backup.RetentionPolicy;
import app.herold.i18n.Messages;
import app.herold.ui.common.Styles;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Settings › Sicherung: the folder, how many automatic backups are kept, the backups, and restoring one. */
final class BackupsPane extends VBox {

    BackupsPane(BackupsViewModel viewModel, Messages messages) {
        setId("settings-backups");
        setSpacing(12);
        setPadding(new Insets(16));

        Label folder = new Label();
        folder.setId("backup-folder");
        folder.textProperty().bind(viewModel.folderProperty());
        folder.setWrapText(true);
        folder.setMinHeight(Region.USE_PREF_SIZE);
        Button change = new Button(messages.text("backup.folder.change"));
        change.setId("backup-folder-change");
        change.setOnAction(event -> viewModel.chooseFolder());
        Button standard = new Button(messages.text("backup.folder.default"));
        standard.setOnAction(event -> viewModel.useDefaultFolder());
        Button open = new Button(messages.text("backup.folder.open"));
        open.setOnAction(event -> viewModel.openFolder());
        HBox folderButtons = new HBox(8, change, standard, open);

        Spinner<Integer> daily = new Spinner<>(1, RetentionPolicy.MOST, viewModel.dailyProperty().get());
        daily.setId("backup-daily");
        daily.setEditable(true);
        daily.setPrefWidth(90);
        daily.valueProperty().addListener((observable, old, value) -> viewModel.dailyProperty().set(value));
        Spinner<Integer> monthly = new Spinner<>(0, RetentionPolicy.MOST, viewModel.monthlyProperty().get());
        monthly.setId("backup-monthly");
        monthly.setEditable(true);
        monthly.setPrefWidth(90);
        monthly.valueProperty().addListener((observable, old, value) -> viewModel.monthlyProperty().set(value));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, label(messages.text("backup.folder"), change), new VBox(6, folder, folderButtons));
        grid.addRow(1, label(messages.text("backup.daily"), daily), daily);
        grid.addRow(2, label(messages.text("backup.monthly"), monthly), monthly);
        Label retentionHint = new Label(messages.text("backup.retention.hint"));
        retentionHint.getStyleClass().add(Styles.HINT);
        retentionHint.setWrapText(true);
        retentionHint.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(retentionHint, 1, 3);

        TableView<BackupFile> table = new TableView<>(viewModel.backups());
        table.setId("backup-list");
        table.setPlaceholder(new Label(messages.text("backup.none")));
        table.setPrefHeight(220);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale());
        TableColumn<BackupFile, String> created = new TableColumn<>(messages.text("backup.column.created"));
        created.setCellValueFactory(row -> Bindings.createStringBinding(() -> row.getValue().created().format(when)));
        created.setPrefWidth(170);
        TableColumn<BackupFile, String> kind = new TableColumn<>(messages.text("backup.column.kind"));
        kind.setCellValueFactory(row -> Bindings.createStringBinding(() ->
                messages.text("backup.kind." + row.getValue().kind().fileTag())));
        kind.setPrefWidth(190);
        TableColumn<BackupFile, String> size = new TableColumn<>(messages.text("backup.column.size"));
        size.setCellValueFactory(row -> Bindings.createStringBinding(() ->
                messages.format("backup.size", Math.max(1, row.getValue().bytes() / 1024))));
        size.setPrefWidth(110);
        table.getColumns().setAll(java.util.List.of(created, kind, size));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        VBox.setVgrow(table, Priority.ALWAYS);

        Button now = new Button(messages.text("backup.now"));
        now.setId("backup-now");
        now.getStyleClass().add("accent");
        now.setOnAction(event -> viewModel.backupNow());
        Button restore = new Button(messages.text("backup.restore"));
        restore.setId("backup-restore");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> viewModel.restoreSelected());
        Button fromFile = new Button(messages.text("backup.restoreFromFile"));
        fromFile.setId("backup-restore-file");
        fromFile.setOnAction(event -> viewModel.restoreFromFile());
        HBox actions = new HBox(8, now, restore, fromFile);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.disableProperty().bind(viewModel.busyProperty());

        Label notice = new Label();
        notice.setId("backup-notice");
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);

        getChildren().addAll(grid, table, actions, notice);
        viewModel.load();
    }

    /** A row's name, never cut short; it names its field for screen readers. */
    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        return label;
    }
}
