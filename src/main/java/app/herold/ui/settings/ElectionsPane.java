package app.herold.ui.settings;

import app.herold.domain.rules.Election;
import app.herold.domain.rules.ElectionType;
import app.herold.i18n.Messages;
import app.herold.ui.common.Icons;
import app.herold.ui.common.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The elections on the left, the chosen one's fields and its windows on the right, the party list below. */
final class ElectionsPane extends VBox {

    ElectionsPane(ElectionsViewModel viewModel, Messages messages) {
        setSpacing(12);
        setPadding(new Insets(16));
        setId("settings-elections");

        ListView<Election> list = new ListView<>(viewModel.elections());
        list.setId("elections-list");
        list.setPrefWidth(230);
        list.setMinWidth(180);
        list.setPrefHeight(260);
        list.setPlaceholder(new Label(messages.text("elections.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Election item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.dateFormat().format(item.date()) + " · "
                        + (item.name().isBlank() ? messages.text("elections.type." + item.type().id()) : item.name()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, election) -> {
            if (election != null) {
                viewModel.selectedProperty().set(election);
            }
        });
        Button add = new Button(messages.text("elections.new"), Icons.icon(MaterialDesignP.PLUS, 14));
        add.setId("elections-new");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(event -> {
            list.getSelectionModel().clearSelection();
            viewModel.startNew();
        });
        VBox left = new VBox(8, list, add);

        ComboBox<ElectionType> type = new ComboBox<>();
        type.getItems().setAll(ElectionType.values());
        type.valueProperty().bindBidirectional(viewModel.typeProperty());
        type.setId("election-type");
        type.setCellFactory(view -> typeCell(messages));
        type.setButtonCell(typeCell(messages));
        TextField date = field(viewModel.dateProperty(), "election-date", messages.text("elections.date.prompt"));
        TextField announced = field(viewModel.announcedProperty(), "election-announced", messages.text("elections.date.prompt"));
        TextField name = field(viewModel.nameProperty(), "election-name", messages.text("elections.name.prompt"));
        TextArea candidates = area(viewModel.candidatesProperty(), messages.text("elections.candidates.prompt"));
        TextArea groups = area(viewModel.groupsProperty(), messages.text("elections.groups.prompt"));
        Spinner<Integer> warning = new Spinner<>(ElectionsViewModel.SHORTEST_WARNING_WEEKS,
                ElectionsViewModel.LONGEST_WARNING_WEEKS, 13);
        warning.getValueFactory().valueProperty().bindBidirectional(viewModel.warningWeeksProperty().asObject());
        warning.setPrefWidth(90);
        Spinner<Integer> hot = new Spinner<>(1, ElectionsViewModel.LONGEST_WARNING_WEEKS, 6);
        hot.getValueFactory().valueProperty().bindBidirectional(viewModel.hotWeeksProperty().asObject());
        hot.setPrefWidth(90);
        warning.setMinWidth(Region.USE_PREF_SIZE);
        hot.setMinWidth(Region.USE_PREF_SIZE);
        HBox warningRow = new HBox(8, warning, new Label(messages.text("elections.weeksBefore")));
        warningRow.setAlignment(Pos.CENTER_LEFT);
        HBox hotRow = new HBox(8, hot, new Label(messages.text("elections.weeksHot")));
        hotRow.setAlignment(Pos.CENTER_LEFT);
        VBox windows = new VBox(6, warningRow, hotRow);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        form.addRow(0, new Label(messages.text("elections.type")), type);
        form.addRow(1, new Label(messages.text("elections.date")), date);
        form.addRow(2, new Label(messages.text("elections.announced")), announced);
        form.addRow(3, new Label(messages.text("elections.name")), name);
        form.addRow(4, new Label(messages.text("elections.candidates")), candidates);
        form.addRow(5, new Label(messages.text("elections.groups")), groups);
        form.addRow(6, new Label(messages.text("elections.window")), windows);

        Button save = new Button(messages.text("elections.save"), Icons.icon(MaterialDesignC.CHECK, 14));
        save.setId("elections-save");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> viewModel.save());
        Button remove = new Button(messages.text("accounts.remove"), Icons.icon(MaterialDesignD.DELETE_OUTLINE, 14));
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(viewModel.selectedProperty().isNull());
        remove.setOnAction(event -> viewModel.removeSelected());
        HBox buttons = new HBox(8, save, remove);
        Label problem = new Label();
        problem.getStyleClass().add(Styles.FIELD_ERROR);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.setWrapText(true);
        Label notice = new Label();
        notice.getStyleClass().add(Styles.HINT);
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.setWrapText(true);
        VBox right = new VBox(10, form, buttons, problem, notice);
        right.setMinWidth(360);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox top = new HBox(16, left, right);

        Label partiesTitle = new Label(messages.text("elections.parties"));
        partiesTitle.getStyleClass().add(Styles.FIELD_LABEL);
        TextArea parties = area(viewModel.partiesProperty(), "");
        parties.setPrefRowCount(3);
        parties.setId("elections-parties");
        Label partiesHint = new Label(messages.text("elections.parties.hint"));
        partiesHint.getStyleClass().add(Styles.HINT);
        partiesHint.setWrapText(true);
        partiesHint.setMinHeight(Region.USE_PREF_SIZE);
        Button saveParties = new Button(messages.text("elections.parties.save"), Icons.icon(MaterialDesignC.CHECK, 14));
        saveParties.setOnAction(event -> viewModel.saveParties());
        getChildren().addAll(top, partiesTitle, parties, partiesHint, saveParties);
        viewModel.load();
    }

    private static TextField field(javafx.beans.property.StringProperty property, String id, String prompt) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static TextArea area(javafx.beans.property.StringProperty property, String prompt) {
        TextArea area = new TextArea();
        area.textProperty().bindBidirectional(property);
        area.setPromptText(prompt);
        area.setPrefRowCount(2);
        area.setWrapText(true);
        return area;
    }

    private static ListCell<ElectionType> typeCell(Messages messages) {
        return new ListCell<>() {
            @Override
            protected void updateItem(ElectionType item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.text("elections.type." + item.id()));
            }
        };
    }
}
