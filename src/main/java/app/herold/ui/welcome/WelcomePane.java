package app.herold.ui.welcome;

import app.herold.i18n.Messages;
import app.herold.ui.common.Styles;
import app.herold.ui.main.MainViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The first-start question: try Herold with a town's demo plan, or start with an empty one. */
public final class WelcomePane extends VBox {

    public WelcomePane(MainViewModel viewModel, Messages messages) {
        getStyleClass().add(Styles.WELCOME);
        setSpacing(14);
        setPadding(new Insets(28));
        setMaxSize(520, USE_PREF_SIZE);
        setAlignment(Pos.CENTER_LEFT);

        Label title = new Label(messages.text("welcome.title"));
        title.getStyleClass().add("welcome-title");
        Label text = new Label(messages.text("welcome.text"));
        text.setWrapText(true);
        Button demo = new Button(messages.text("welcome.demo"));
        demo.getStyleClass().add("accent");
        demo.setDefaultButton(true);
        demo.setOnAction(event -> viewModel.loadDemoData());
        Button empty = new Button(messages.text("welcome.empty"));
        empty.setOnAction(event -> viewModel.startEmpty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(viewModel.demoLoadingProperty());
        demo.disableProperty().bind(viewModel.demoLoadingProperty());
        empty.disableProperty().bind(viewModel.demoLoadingProperty());
        HBox buttons = new HBox(10, demo, empty, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(messages.text("welcome.hint"));
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        getChildren().addAll(title, text, buttons, hint);
    }
}
