package app.herold.ui.settings;

import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.i18n.Messages;
import app.herold.ui.common.Icons;
import app.herold.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignQ;

/** The accounts list on the left, the chosen account's fields on the right; saved at once. */
final class AccountsPane extends HBox {

    AccountsPane(AccountsViewModel viewModel, Messages messages) {
        setSpacing(16);
        setPadding(new Insets(16));
        setId("settings-accounts");

        ListView<ChannelAccount> list = new ListView<>(viewModel.accounts());
        list.setId("accounts-list");
        list.setPrefWidth(280);
        list.setMinWidth(200);
        list.setPrefHeight(300);
        list.setPlaceholder(new Label(messages.text("accounts.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ChannelAccount item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                setGraphic(empty || item == null ? null : Icons.channelIcon(item.kind(), 14));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, account) -> {
            if (account != null) {
                viewModel.selectedProperty().set(account);
            }
        });
        viewModel.selectedProperty().addListener((observable, old, account) -> {
            if (account == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != account) {
                list.getSelectionModel().select(account);
            }
        });
        Button add = new Button(messages.text("accounts.new"), Icons.icon(MaterialDesignP.PLUS, 14));
        add.setId("accounts-new");
        add.setOnAction(event -> viewModel.startNew());
        VBox left = new VBox(8, list, add);

        ComboBox<ChannelKind> kind = new ComboBox<>();
        kind.getItems().setAll(ChannelKind.values());
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        kind.setId("account-kind");
        kind.setCellFactory(view -> kindCell());
        kind.setButtonCell(kindCell());
        TextField name = field(viewModel.nameProperty(), "account-name", messages.text("accounts.name.prompt"));
        TextField link = field(viewModel.linkProperty(), "account-link", messages.text("accounts.link.prompt"));
        TextField baseUrl = field(viewModel.baseUrlProperty(), "account-base-url", messages.text("accounts.baseUrl.prompt"));
        TextField handle = field(viewModel.handleProperty(), "account-handle", messages.text("accounts.handle.prompt"));
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        form.addRow(0, label(messages.text("accounts.kind"), kind), kind);
        form.addRow(1, label(messages.text("accounts.name"), name), name);
        form.addRow(2, label(messages.text("accounts.link"), link), link);
        form.addRow(3, label(messages.text("accounts.baseUrl"), baseUrl), baseUrl);
        form.addRow(4, label(messages.text("accounts.handle"), handle), handle);
        Label hint = new Label();
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        hint.setMaxWidth(340);
        hint.textProperty().bind(Bindings.createStringBinding(() -> messages.text("accounts.hint."
                + viewModel.kindProperty().get().id()), viewModel.kindProperty()));
        form.add(hint, 1, 5);

        Button save = new Button(messages.text("accounts.save"), Icons.icon(MaterialDesignC.CHECK, 14));
        save.setId("accounts-save");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> viewModel.save());
        Button remove = new Button(messages.text("accounts.remove"), Icons.icon(MaterialDesignD.DELETE_OUTLINE, 14));
        remove.setId("accounts-remove");
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(viewModel.selectedProperty().isNull());
        remove.setOnAction(event -> viewModel.removeSelected());
        Button qr = new Button(messages.text("accounts.qr"), Icons.icon(MaterialDesignQ.QRCODE, 14));
        qr.setId("accounts-qr");
        qr.disableProperty().bind(viewModel.selectedProperty().isNull());
        qr.setOnAction(event -> viewModel.exportQrCode());
        HBox buttons = new HBox(8, save, qr, remove);
        for (Button button : java.util.List.of(save, qr, remove, add)) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Label problem = new Label();
        problem.getStyleClass().add(Styles.FIELD_ERROR);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.setWrapText(true);
        AccountAccessPane.shownWhen(problem, viewModel.problemProperty().isNotEmpty());
        Label notice = new Label();
        notice.getStyleClass().add(Styles.HINT);
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.setWrapText(true);
        AccountAccessPane.shownWhen(notice, viewModel.noticeProperty().isNotEmpty());
        Label immediate = new Label(messages.text("accounts.savedAtOnceWithAccess"));
        immediate.getStyleClass().add(Styles.HINT);
        immediate.setWrapText(true);
        VBox right = new VBox(10, form, buttons, problem, notice, immediate,
                new AccountAccessPane(viewModel.access(), messages));
        right.setPadding(new Insets(0, 14, 8, 0));
        // The access section makes the column taller than the dialog: it scrolls, the list stays.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(right);
        scroll.setId("account-details");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(560);
        // Wrapping hints would ask for their whole text's width and squeeze the list: the column asks for less.
        scroll.setPrefWidth(560);
        scroll.setMinWidth(450);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(left, scroll);
        setAlignment(Pos.TOP_LEFT);
        viewModel.load();
    }

    private static TextField field(javafx.beans.property.StringProperty property, String id, String prompt) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(26);
        return field;
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    private static ListCell<ChannelKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ChannelKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.brandName());
                setGraphic(empty || item == null ? null : Icons.channelIcon(item, 14));
            }
        };
    }
}
