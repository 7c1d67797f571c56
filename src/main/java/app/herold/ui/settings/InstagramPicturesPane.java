package app.herold.ui.settings;

import static app.herold.ui.settings.AccountAccessPane.hint;
import static app.herold.ui.settings.AccountAccessPane.shownWhen;

import app.herold.i18n.Messages;
import app.herold.ui.common.Icons;
import app.herold.ui.common.Styles;
import app.herold.ui.settings.InstagramPicturesViewModel.PictureRoute;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** How an Instagram account's pictures reach Instagram, each choice and field explained in one line. */
final class InstagramPicturesPane extends VBox {

    InstagramPicturesPane(InstagramPicturesViewModel viewModel, Messages messages) {
        setId("instagram-pictures");
        setSpacing(8);
        setPadding(new Insets(6, 0, 0, 0));
        Label title = new Label(messages.text("access.instagram.title"));
        title.getStyleClass().add(Styles.FIELD_LABEL);
        Label why = hint(messages.text("access.instagram.routeHint"));

        ToggleGroup routes = new ToggleGroup();
        RadioButton webFolderRoute = route(PictureRoute.WEB_FOLDER, routes, messages);
        RadioButton pageRoute = route(PictureRoute.FACEBOOK_PAGE, routes, messages);
        routes.selectedToggleProperty().addListener((observable, was, toggle) ->
                viewModel.routeProperty().set(toggle == null ? null : (PictureRoute) toggle.getUserData()));
        viewModel.routeProperty().addListener((observable, was, route) -> select(routes, route));
        select(routes, viewModel.routeProperty().get());

        TextField folder = field(viewModel.webFolderProperty(), "instagram-web-folder", "");
        Button choose = new Button(messages.text("access.instagram.webFolder.choose"),
                Icons.icon(MaterialDesignF.FOLDER_OPEN_OUTLINE, 14));
        choose.setId("instagram-web-folder-choose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(event -> viewModel.chooseWebFolder());
        HBox folderLine = new HBox(8, folder, choose);
        folderLine.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(folder, Priority.ALWAYS);
        TextField folderUrl = field(viewModel.webFolderUrlProperty(), "instagram-web-folder-url",
                messages.text("access.instagram.webFolderUrl.prompt"));
        VBox webFolder = new VBox(4,
                labelled(messages.text("access.instagram.webFolder"), folder), folderLine,
                hint(messages.text("access.instagram.webFolder.hint")),
                labelled(messages.text("access.instagram.webFolderUrl"), folderUrl), folderUrl,
                hint(messages.text("access.instagram.webFolderUrl.hint")));
        webFolder.setPadding(new Insets(0, 0, 0, 26));
        shownWhen(webFolder, viewModel.routeProperty().isEqualTo(PictureRoute.WEB_FOLDER));

        TextField pageBase = field(viewModel.facebookBaseUrlProperty(), "instagram-facebook-base-url",
                messages.text("access.instagram.facebookBaseUrl.prompt"));
        VBox page = new VBox(4,
                labelled(messages.text("access.instagram.facebookBaseUrl"), pageBase), pageBase,
                hint(messages.text("access.instagram.facebookBaseUrl.hint")));
        page.setPadding(new Insets(0, 0, 0, 26));
        shownWhen(page, viewModel.routeProperty().isEqualTo(PictureRoute.FACEBOOK_PAGE));

        TextField igUserId = field(viewModel.igUserIdProperty(), "instagram-ig-user-id",
                messages.text("access.instagram.igUserId.prompt"));
        VBox userId = new VBox(4,
                labelled(messages.text("access.instagram.igUserId"), igUserId), igUserId,
                hint(messages.text("access.instagram.igUserId.hint")));

        Button save = new Button(messages.text("access.instagram.save"), Icons.icon(MaterialDesignC.CHECK, 14));
        save.setId("instagram-save");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(viewModel.savingProperty());
        save.setOnAction(event -> viewModel.save());
        Label problem = new Label();
        problem.setId("instagram-problem");
        problem.getStyleClass().addAll(Styles.FIELD_ERROR, atlantafx.base.theme.Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        shownWhen(problem, viewModel.problemProperty().isNotEmpty());
        Label notice = hint("");
        notice.setId("instagram-notice");
        notice.textProperty().bind(viewModel.noticeProperty());
        shownWhen(notice, viewModel.noticeProperty().isNotEmpty());

        getChildren().addAll(title, why, webFolderRoute, routeHint(PictureRoute.WEB_FOLDER, messages), webFolder,
                pageRoute, routeHint(PictureRoute.FACEBOOK_PAGE, messages), page, userId, save, problem, notice);
        shownWhen(this, viewModel.accountProperty().isNotNull());
    }

    private static RadioButton route(PictureRoute route, ToggleGroup group, Messages messages) {
        RadioButton button = new RadioButton(messages.text("access.instagram.route." + route.option()));
        button.setId("instagram-route-" + route.option());
        button.setUserData(route);
        button.setToggleGroup(group);
        return button;
    }

    private static Node routeHint(PictureRoute route, Messages messages) {
        Label hint = hint(messages.text("access.instagram.route." + route.option() + ".hint"));
        hint.setPadding(new Insets(0, 0, 0, 26));
        return hint;
    }

    private static void select(ToggleGroup group, PictureRoute route) {
        group.getToggles().stream().filter(toggle -> toggle.getUserData() == route).findFirst()
                .ifPresentOrElse(group::selectToggle, () -> group.selectToggle(null));
    }

    private static TextField field(StringProperty property, String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Label labelled(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }
}
