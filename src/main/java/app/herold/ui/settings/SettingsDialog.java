package app.herold.ui.settings;

import app.herold.domain.settings.FederalState;
import app.herold.domain.settings.Preferences;
import app.herold.i18n.Messages;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Settings: language, the time new posts get, light or dark, the Land whose holidays the calendar
 * shows; and the town's channel accounts.
 */
public final class SettingsDialog {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private final Dialog<Preferences> dialog = new Dialog<>();

    /**
     * @param accounts the channel accounts tab; null for a dialog with the general settings only
     * @param elections the elections tab; null to leave it out
     * @param backups the backups tab; null to leave it out
     */
    public SettingsDialog(Window owner, Messages messages, Preferences current, AccountsViewModel accounts,
                          ElectionsViewModel elections, BackupsViewModel backups) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("settings.title"));
        dialog.setHeaderText(null);
        // Herold's own sheet, as in the window: hints muted and problems red here as well.
        dialog.getDialogPane().getStylesheets().add(
                SettingsDialog.class.getResource(app.herold.ui.common.Theme.STYLESHEET).toExternalForm());

        ComboBox<String> language = choice(List.of(Preferences.LANGUAGE_SYSTEM, "de", "en"),
                key -> messages.text("settings.language." + key), current.language());
        language.setId("settings-language");
        ComboBox<String> theme = choice(List.of(Preferences.THEME_LIGHT, Preferences.THEME_DARK),
                key -> messages.text("settings.theme." + key), current.theme());
        theme.setId("settings-theme");
        // The Länder by their own names in either language, like the holiday names they bring.
        ComboBox<String> state = choice(Arrays.stream(FederalState.values()).map(FederalState::code).toList(),
                code -> FederalState.fromCode(code).map(FederalState::germanName).orElse(code), current.state());
        state.setId("settings-state");
        state.setVisibleRowCount(16);
        TextField time = new TextField(current.defaultPostTime().toString());
        time.setId("settings-default-time");
        time.setPrefColumnCount(5);
        Label timeError = new Label();
        timeError.getStyleClass().add("field-error");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        grid.addRow(0, label(messages.text("settings.language"), language), language);
        grid.addRow(1, label(messages.text("settings.defaultTime"), time), time);
        grid.add(timeError, 1, 2);
        grid.addRow(3, label(messages.text("settings.theme"), theme), theme);
        grid.addRow(4, label(messages.text("settings.state"), state), state);
        grid.add(hint(messages.text("settings.stateNote")), 1, 5);
        javafx.scene.control.CheckBox altMarker = new javafx.scene.control.CheckBox(messages.text("settings.altMarker"));
        altMarker.setId("settings-alt-marker");
        altMarker.setSelected(current.altTextMarker());
        grid.addRow(6, label(messages.text("settings.accessibility"), altMarker), altMarker);
        grid.add(hint(messages.text("settings.altMarkerNote")), 1, 7);
        javafx.scene.control.Spinner<Integer> missedLimit = new javafx.scene.control.Spinner<>(0, 7 * 24 * 60,
                (int) Math.min(7 * 24 * 60, current.missedLimit().toMinutes()), 15);
        missedLimit.setId("settings-missed-limit");
        missedLimit.setEditable(true);
        missedLimit.setPrefWidth(110);
        javafx.scene.layout.HBox missedRow = new javafx.scene.layout.HBox(8, missedLimit,
                new Label(messages.text("settings.missedLimitUnit")));
        missedRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(8, label(messages.text("settings.missedLimit"), missedLimit), missedRow);
        grid.add(hint(messages.text("settings.missedLimitNote")), 1, 9);
        grid.add(hint(messages.text("settings.languageNote")), 0, 10, 2, 1);
        if (accounts == null) {
            dialog.getDialogPane().setContent(grid);
        } else {
            javafx.scene.control.Tab general = new javafx.scene.control.Tab(messages.text("settings.tab.general"), grid);
            javafx.scene.control.Tab channelAccounts = new javafx.scene.control.Tab(messages.text("settings.tab.accounts"),
                    new AccountsPane(accounts, messages));
            channelAccounts.setId("settings-tab-accounts");
            javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(general, channelAccounts);
            if (elections != null) {
                javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(new ElectionsPane(elections, messages));
                scroll.setFitToWidth(true);
                scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
                scroll.setPrefViewportHeight(560);
                javafx.scene.control.Tab electionTab = new javafx.scene.control.Tab(messages.text("settings.tab.elections"),
                        scroll);
                electionTab.setId("settings-tab-elections");
                tabs.getTabs().add(electionTab);
            }
            if (backups != null) {
                javafx.scene.control.Tab backupTab = new javafx.scene.control.Tab(messages.text("settings.tab.backups"),
                        new BackupsPane(backups, messages));
                backupTab.setId("settings-tab-backups");
                tabs.getTabs().add(backupTab);
            }
            tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
            // Wide enough for the account list and an account's access section side by side.
            tabs.setPrefWidth(920);
            dialog.getDialogPane().setContent(tabs);
            dialog.getDialogPane().setPrefWidth(920);
            // The theme caps a dialog's width at 600 (meant for questions), and the stage takes the larger of
            // that and the minimum: so the minimum is the width this page of its own needs.
            dialog.getDialogPane().setMinWidth(920);
            dialog.setResizable(true);
        }

        ButtonType save = new ButtonType(messages.text("settings.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> parse(time.getText()).isEmpty(), time.textProperty()));
        time.textProperty().addListener((observable, old, text) ->
                timeError.setText(parse(text).isPresent() ? "" : messages.text("editor.time.invalid")));
        dialog.setResultConverter(button -> button == save
                ? current.withLanguage(language.getValue())
                        .withTheme(theme.getValue())
                        .withState(state.getValue())
                        .withAltTextMarker(altMarker.isSelected())
                        .withDefaultPostTime(parse(time.getText()).orElse(current.defaultPostTime()))
                        .withMissedLimit(java.time.Duration.ofMinutes(missedLimit.getValue()))
                : null);
    }

    public Optional<Preferences> showAndWait() {
        return dialog.showAndWait();
    }

    public Dialog<Preferences> dialog() {
        return dialog;
    }

    private static Optional<LocalTime> parse(String text) {
        Matcher matcher = TIME.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMaxWidth(360);
        return hint;
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    private static ComboBox<String> choice(List<String> keys, java.util.function.Function<String, String> name,
                                           String selected) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(keys);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : name.apply(key);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.setValue(keys.contains(selected) ? selected : keys.get(0));
        return box;
    }
}
