package app.herold.ui.settings;

import static app.herold.ui.settings.AccountAccessPane.hint;
import static app.herold.ui.settings.AccountAccessPane.shownWhen;

import app.herold.i18n.Messages;
import app.herold.ui.common.Styles;
import app.herold.ui.common.Theme;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Langfristigen Zugang holen…": the town's Meta app id and secret and a short-lived user token in, a
 * lasting Page token into the secret store. Stays open, with the sentence, when Facebook says no; closes
 * when the token is stored.
 */
final class FacebookExchangeDialog {

    private static final double TEXT_WIDTH = 470;

    private final Dialog<Void> dialog = new Dialog<>();

    FacebookExchangeDialog(Window owner, FacebookExchangeViewModel viewModel, Messages messages) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("facebookExchange.title"));
        dialog.setHeaderText(null);
        dialog.getDialogPane().setId("facebook-exchange");
        dialog.getDialogPane().getStylesheets().add(Theme.class.getResource(Theme.STYLESHEET).toExternalForm());

        Label intro = new Label(messages.format("facebookExchange.intro", viewModel.account().name()));
        intro.setWrapText(true);
        intro.setMaxWidth(TEXT_WIDTH);
        TextField appId = new TextField();
        appId.setId("facebook-app-id");
        appId.textProperty().bindBidirectional(viewModel.appIdProperty());
        PasswordField appSecret = new PasswordField();
        appSecret.setId("facebook-app-secret");
        appSecret.textProperty().bindBidirectional(viewModel.appSecretProperty());
        PasswordField userToken = new PasswordField();
        userToken.setId("facebook-user-token");
        userToken.textProperty().bindBidirectional(viewModel.userTokenProperty());
        TextField page = new TextField();
        page.setId("facebook-page");
        page.setPromptText(messages.text("facebookExchange.page.prompt"));
        page.textProperty().bindBidirectional(viewModel.pageProperty());

        Label problem = new Label();
        problem.setId("facebook-exchange-problem");
        problem.getStyleClass().addAll(Styles.FIELD_ERROR, atlantafx.base.theme.Styles.DANGER);
        problem.setWrapText(true);
        problem.setMaxWidth(TEXT_WIDTH);
        problem.textProperty().bind(viewModel.problemProperty());
        shownWhen(problem, viewModel.problemProperty().isNotEmpty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        HBox running = new HBox(8, progress, hint(messages.text("facebookExchange.running")));
        running.setAlignment(Pos.CENTER_LEFT);
        shownWhen(running, viewModel.runningProperty());

        VBox content = new VBox(10, intro,
                field(messages.text("facebookExchange.appId"), appId, messages.text("facebookExchange.appId.hint")),
                field(messages.text("facebookExchange.appSecret"), appSecret,
                        messages.text("facebookExchange.appSecret.hint")),
                field(messages.text("facebookExchange.userToken"), userToken,
                        messages.text("facebookExchange.userToken.hint")),
                field(messages.text("facebookExchange.page"), page, messages.text("facebookExchange.page.hint")),
                running, problem);
        content.setPadding(new Insets(16));
        content.setPrefWidth(TEXT_WIDTH + 32);
        dialog.getDialogPane().setContent(content);

        ButtonType run = new ButtonType(messages.text("facebookExchange.run"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(run, cancel);
        Button runButton = (Button) dialog.getDialogPane().lookupButton(run);
        runButton.setId("facebook-exchange-run");
        runButton.disableProperty().bind(viewModel.runningProperty());
        // The exchange runs in the background; the dialog closes only once the token is stored.
        runButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.exchange();
        });
        viewModel.doneProperty().addListener((observable, was, done) -> {
            if (done) {
                dialog.close();
            }
        });
        dialog.setOnShown(event -> appId.requestFocus());
    }

    void show() {
        dialog.show();
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    private static Node field(String label, TextInputControl input, String explanation) {
        Label name = new Label(label);
        name.getStyleClass().add(Styles.FIELD_LABEL);
        name.setLabelFor(input);
        Label hint = hint(explanation);
        hint.setMaxWidth(TEXT_WIDTH);
        return new VBox(4, name, input, hint);
    }
}
