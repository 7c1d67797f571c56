package app.herold.ui.settings;

import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.i18n.Messages;
import app.herold.ui.common.Icons;
import app.herold.ui.common.Styles;
import app.herold.ui.settings.AccountAccessViewModel.Section;
import app.herold.ui.settings.ConnectionTestViewModel.TestState;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The "Zugang" section under an account's fields: its secrets (masked, replaced or removed one by one),
 * where they are kept, "Verbindung testen" and when the access ends; Facebook's long-lived token and
 * Instagram's picture options where they apply.
 */
final class AccountAccessPane extends VBox {

    // AtlantaFX's label colours: the theme's user-agent sheet has them in every window, dialogs included.
    private static final String SUCCESS = atlantafx.base.theme.Styles.SUCCESS;
    private static final String WARNING = atlantafx.base.theme.Styles.WARNING;
    private static final String DANGER = atlantafx.base.theme.Styles.DANGER;

    private final AccountAccessViewModel viewModel;
    private final Messages messages;
    private final VBox secretRows = new VBox(12);

    AccountAccessPane(AccountAccessViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("account-access");
        setSpacing(10);

        Label title = new Label(messages.text("access.title"), Icons.icon(MaterialDesignK.KEY_VARIANT, 16));
        title.setId("access-title");
        title.getStyleClass().addAll(Styles.FIELD_LABEL, atlantafx.base.theme.Styles.TITLE_4);

        Label saveFirst = hint(messages.text("access.saveAccountFirst"));
        saveFirst.setId("access-save-first");
        shownWhen(saveFirst, is(Section.SAVE_FIRST));
        Label byHand = hint(messages.text("access.byHand"));
        byHand.setId("access-by-hand");
        shownWhen(byHand, is(Section.BY_HAND));
        Label loading = hint(messages.text("access.loading"));
        shownWhen(loading, is(Section.LOADING));

        Label where = hint("");
        where.setId("access-where");
        where.textProperty().bind(viewModel.whereKeptProperty());
        shownWhen(where, viewModel.whereKeptProperty().isNotEmpty());
        viewModel.secrets().addListener((ListChangeListener<SecretEntry>) change -> rebuildRows());

        Label problem = new Label();
        problem.setId("access-problem");
        problem.getStyleClass().addAll(Styles.FIELD_ERROR, DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        shownWhen(problem, viewModel.problemProperty().isNotEmpty());
        Label notice = hint("");
        notice.setId("access-notice");
        notice.textProperty().bind(viewModel.noticeProperty());
        shownWhen(notice, viewModel.noticeProperty().isNotEmpty());

        // What a click on "Speichern" or "Entfernen" did shows right under the rows, where the eye is.
        VBox access = new VBox(10, where, secretRows, problem, notice, connectionRow(), expiryLine(),
                facebookExchange(), new InstagramPicturesPane(viewModel.instagram(), messages));
        shownWhen(access, is(Section.ACCESS));

        getChildren().addAll(new Separator(), title, saveFirst, byHand, loading, access);
    }

    private BooleanBinding is(Section section) {
        return viewModel.sectionProperty().isEqualTo(section);
    }

    private void rebuildRows() {
        secretRows.getChildren().clear();
        for (SecretEntry entry : viewModel.secrets()) {
            secretRows.getChildren().add(row(entry));
        }
    }

    /** Name and masked value above; the field for a new value with "Speichern" and "Entfernen" below. */
    private Node row(SecretEntry entry) {
        Label name = new Label(entry.label());
        name.getStyleClass().add(Styles.FIELD_LABEL);
        name.setWrapText(true);
        Label optional = hint(entry.optional() ? messages.text("access.optional") : "");
        optional.setWrapText(false);
        optional.setMinWidth(Region.USE_PREF_SIZE);
        Label shown = new Label();
        shown.setId("access-shown-" + entry.name());
        shown.textProperty().bind(entry.shownProperty());
        shown.setMinWidth(Region.USE_PREF_SIZE);
        entry.storedProperty().addListener((observable, was, stored) -> mutedUnlessStored(shown, stored));
        mutedUnlessStored(shown, entry.storedProperty().get());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, name, optional, gap, shown);
        header.setAlignment(Pos.BASELINE_LEFT);

        // Never filled with the stored secret: only a new value goes in here.
        PasswordField value = new PasswordField();
        value.setId("access-secret-" + entry.name());
        value.setPromptText(messages.text("access.newValue.prompt"));
        value.textProperty().bindBidirectional(entry.enteredProperty());
        value.setOnAction(event -> viewModel.save(entry));
        name.setLabelFor(value);
        HBox.setHgrow(value, Priority.ALWAYS);
        Button save = new Button(messages.text("access.save"), Icons.icon(MaterialDesignC.CHECK, 14));
        save.setId("access-save-" + entry.name());
        save.disableProperty().bind(value.textProperty().isEmpty().or(entry.busyProperty()));
        save.setOnAction(event -> viewModel.save(entry));
        Button remove = new Button(messages.text("access.remove"), Icons.icon(MaterialDesignD.DELETE_OUTLINE, 14));
        remove.setId("access-remove-" + entry.name());
        remove.disableProperty().bind(entry.storedProperty().not().or(entry.busyProperty()));
        remove.setOnAction(event -> viewModel.remove(entry));
        save.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        HBox input = new HBox(8, value, save, remove);
        input.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, header, input);
    }

    private static void mutedUnlessStored(Label shown, boolean stored) {
        shown.getStyleClass().removeAll(Styles.HINT, atlantafx.base.theme.Styles.TEXT_MUTED);
        if (!stored) {
            shown.getStyleClass().addAll(Styles.HINT, atlantafx.base.theme.Styles.TEXT_MUTED);
        }
    }

    private Node connectionRow() {
        ConnectionTestViewModel connection = viewModel.connection();
        Button test = new Button(messages.text("access.test"), Icons.icon(MaterialDesignL.LAN_CONNECT, 14));
        test.setId("access-test");
        test.setMinWidth(Region.USE_PREF_SIZE);
        test.disableProperty().bind(connection.stateProperty().isEqualTo(TestState.TESTING));
        test.setOnAction(event -> viewModel.testConnection());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.setMinSize(16, 16);
        shownWhen(progress, connection.stateProperty().isEqualTo(TestState.TESTING));
        Label result = new Label();
        result.setId("access-test-result");
        result.setWrapText(true);
        result.textProperty().bind(connection.resultProperty());
        connection.stateProperty().addListener((observable, was, state) -> colour(result, state));
        shownWhen(result, connection.resultProperty().isNotEmpty());
        HBox row = new HBox(10, test, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        // The answer may be a whole sentence of what to do: it gets the full width under the button.
        return new VBox(6, row, result);
    }

    private static void colour(Label result, TestState state) {
        result.getStyleClass().removeAll(SUCCESS, DANGER, Styles.FIELD_ERROR, Styles.HINT);
        switch (state) {
            case CONNECTED -> result.getStyleClass().add(SUCCESS);
            case FAILED -> result.getStyleClass().addAll(Styles.FIELD_ERROR, DANGER);
            case TESTING -> result.getStyleClass().add(Styles.HINT);
            case NOT_TESTED -> { }
        }
    }

    private Node expiryLine() {
        ConnectionTestViewModel connection = viewModel.connection();
        Label expiry = new Label();
        expiry.setId("access-expiry");
        expiry.setWrapText(true);
        expiry.textProperty().bind(connection.expiryProperty());
        shownWhen(expiry, connection.expiryProperty().isNotEmpty());
        connection.expiryWarningProperty().addListener((observable, was, warning) -> {
            expiry.getStyleClass().remove(WARNING);
            if (warning) {
                expiry.getStyleClass().add(WARNING);
            }
            expiry.setGraphic(warning ? Icons.icon(MaterialDesignA.ALERT_OUTLINE, 14)
                    : null);
        });
        return expiry;
    }

    private Node facebookExchange() {
        Button exchange = new Button(messages.text("access.facebook.exchange"),
                Icons.icon(MaterialDesignK.KEY_PLUS, 14));
        exchange.setId("access-facebook-exchange");
        exchange.setMinWidth(Region.USE_PREF_SIZE);
        exchange.setOnAction(event -> new FacebookExchangeDialog(getScene().getWindow(), viewModel.facebookExchange(),
                messages).show());
        Label hint = hint(messages.text("access.facebook.exchange.hint"));
        VBox box = new VBox(4, exchange, hint);
        shownWhen(box, Bindings.createBooleanBinding(() -> {
            ChannelAccount account = viewModel.accountProperty().get();
            return account != null && account.kind() == ChannelKind.FACEBOOK;
        }, viewModel.accountProperty()));
        return box;
    }

    static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().addAll(Styles.HINT, atlantafx.base.theme.Styles.TEXT_MUTED);
        hint.setWrapText(true);
        return hint;
    }

    static void shownWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
