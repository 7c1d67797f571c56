package app.herold.ui.delivery;

import app.herold.domain.channel.ChannelKind;
import app.herold.i18n.Messages;
import app.herold.ui.common.Icons;
import app.herold.ui.common.Styles;
import app.herold.ui.delivery.TargetStateTexts.Tone;
import app.herold.ui.delivery.TargetsViewModel.Action;
import app.herold.ui.delivery.TargetsViewModel.AttemptLine;
import app.herold.ui.delivery.TargetsViewModel.ByHand;
import app.herold.ui.delivery.TargetsViewModel.Row;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The editor's "Versand" section: a block per account with the channel's icon, the state in words and
 * colour, the problem as a sentence, the link to the live post, what the user can do, and the attempts on
 * request. Lays out {@link TargetsViewModel}; every decision lives there.
 */
public final class TargetsPane extends VBox {

    /** Room for the channel icon, so the lines under an account's name start where the name does. */
    private static final double INDENT = 22;

    private final TargetsViewModel viewModel;
    private final Messages messages;
    private final Consumer<ChannelKind> handPosting;
    private final VBox content = new VBox(10);
    /** The link fields of "Ist erschienen", kept across redraws so typing is not lost when the outbox reports. */
    private final Map<Long, TextField> linkFields = new HashMap<>();

    /**
     * @param handPosting opens the assistant for posting by hand on a channel
     */
    public TargetsPane(TargetsViewModel viewModel, Messages messages, Consumer<ChannelKind> handPosting) {
        super(5);
        this.viewModel = viewModel;
        this.messages = messages;
        this.handPosting = handPosting;
        setId("editor-sending");
        getStyleClass().add(Styles.EDITOR_SECTION);
        Label heading = new Label(messages.text("delivery.section"));
        heading.getStyleClass().add(Styles.FIELD_LABEL);
        heading.setLabelFor(content);
        content.setId("editor-sending-content");
        getChildren().addAll(heading, content);
        visibleProperty().bind(viewModel.availableProperty());
        managedProperty().bind(viewModel.availableProperty());
        viewModel.rows().addListener((javafx.beans.Observable observable) -> redraw());
        viewModel.byHand().addListener((javafx.beans.Observable observable) -> redraw());
        viewModel.noteProperty().addListener(observable -> redraw());
        viewModel.loadingProperty().addListener(observable -> redraw());
        redraw();
    }

    private void redraw() {
        content.getChildren().clear();
        linkFields.keySet().retainAll(viewModel.rows().stream().map(Row::targetId).toList());
        if (viewModel.loadingProperty().get() && viewModel.rows().isEmpty()) {
            content.getChildren().add(hint(messages.text("delivery.loading")));
            return;
        }
        String note = viewModel.noteProperty().get();
        if (!note.isEmpty()) {
            Label line = hint(note);
            line.setId("editor-sending-note");
            content.getChildren().add(line);
        }
        for (Row row : viewModel.rows()) {
            content.getChildren().add(rowNode(row));
        }
        for (ByHand manual : viewModel.byHand()) {
            content.getChildren().add(byHandNode(manual));
        }
    }

    private Node rowNode(Row row) {
        Label name = new Label(row.accountName(), Icons.channelIcon(row.kind(), 16));
        name.setGraphicTextGap(6);
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Label state = new Label(row.state(), Icons.icon(iconOf(row.tone()), 14));
        state.getStyleClass().add(row.tone().styleClass());
        state.setWrapText(true);
        state.setMinHeight(Region.USE_PREF_SIZE);
        state.setId("target-state-" + row.account());
        VBox details = new VBox(4, state);
        details.setPadding(new Insets(0, 0, 0, INDENT));
        if (!row.problem().isEmpty()) {
            Label problem = new Label(row.problem());
            problem.setWrapText(true);
            problem.setMinHeight(Region.USE_PREF_SIZE);
            problem.setId("target-problem-" + row.account());
            details.getChildren().add(problem);
        }
        if (!row.link().isEmpty()) {
            Hyperlink view = new Hyperlink(messages.text("delivery.viewPost"), Icons.icon(MaterialDesignO.OPEN_IN_NEW, 14));
            view.setId("target-link-" + row.account());
            view.setOnAction(event -> viewModel.openLink(row.link()));
            view.setTooltip(new javafx.scene.control.Tooltip(row.link()));
            view.setPadding(Insets.EMPTY);
            details.getChildren().add(view);
        }
        if (!row.actions().isEmpty()) {
            details.getChildren().add(actions(row));
        }
        if (row.hasTarget()) {
            Hyperlink history = new Hyperlink(messages.text(row.expanded() ? "delivery.attempts.hide"
                    : "delivery.attempts.show"));
            history.setId("target-history-" + row.account());
            history.getStyleClass().add(Styles.HINT);
            history.setPadding(Insets.EMPTY);
            history.setOnAction(event -> viewModel.toggleAttempts(row));
            details.getChildren().add(history);
            if (row.expanded()) {
                details.getChildren().add(attempts(row));
            }
        }
        VBox block = new VBox(3, name, details);
        block.setId("target-row-" + row.account());
        return block;
    }

    private Node actions(Row row) {
        FlowPane buttons = new FlowPane(6, 6);
        VBox box = new VBox(6);
        for (Action action : row.actions()) {
            Button button = new Button(messages.text(actionKey(action)));
            button.getStyleClass().add("small");
            button.setId("target-" + action.name().toLowerCase(java.util.Locale.ROOT) + "-" + row.account());
            button.setDisable(row.busy());
            button.setMinWidth(Region.USE_PREF_SIZE);
            if (action == Action.ARRIVED) {
                TextField link = linkFields.computeIfAbsent(row.targetId(), id -> linkField(row));
                button.setOnAction(event -> viewModel.act(row, action, link.getText()));
                box.getChildren().add(link);
            } else {
                button.setOnAction(event -> viewModel.act(row, action));
            }
            buttons.getChildren().add(button);
        }
        box.getChildren().add(buttons);
        return box;
    }

    private TextField linkField(Row row) {
        TextField link = new TextField();
        link.setPromptText(messages.text("delivery.arrived.linkPrompt"));
        link.setAccessibleText(messages.text("delivery.arrived.linkPrompt"));
        link.setId("target-arrived-link-" + row.account());
        return link;
    }

    private Node attempts(Row row) {
        VBox list = new VBox(6);
        list.setId("target-attempts-" + row.account());
        // Set in a little further than the row's lines: the attempts belong to the state above them.
        list.setPadding(new Insets(2, 0, 0, 12));
        if (row.attempts().isEmpty()) {
            list.getChildren().add(hint(messages.text("delivery.attempts.none")));
        }
        for (AttemptLine attempt : row.attempts()) {
            Label when = new Label(attempt.when());
            when.getStyleClass().add(Styles.HINT);
            when.setMinWidth(Region.USE_PREF_SIZE);
            Label kind = new Label(attempt.kind());
            kind.setMinWidth(Region.USE_PREF_SIZE);
            Label outcome = new Label(attempt.outcome());
            outcome.getStyleClass().add(attempt.tone().styleClass());
            outcome.setWrapText(true);
            FlowPane head = new FlowPane(8, 2, when, kind, outcome);
            VBox entry = new VBox(2, head);
            if (!attempt.remoteId().isEmpty()) {
                entry.getChildren().add(hint(messages.format("delivery.attempt.remoteId", attempt.remoteId())));
            }
            if (!attempt.link().isEmpty()) {
                Hyperlink link = new Hyperlink(attempt.link());
                link.setPadding(Insets.EMPTY);
                link.setOnAction(event -> viewModel.openLink(attempt.link()));
                entry.getChildren().add(link);
            }
            if (!attempt.problem().isEmpty()) {
                entry.getChildren().add(hint(attempt.problem()));
            }
            list.getChildren().add(entry);
        }
        return list;
    }

    private Node byHandNode(ByHand manual) {
        Label name = new Label(manual.name(), Icons.channelIcon(manual.kind(), 16));
        name.setGraphicTextGap(6);
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Label state = new Label(manual.text(), Icons.icon(MaterialDesignH.HAND_LEFT, 14));
        state.getStyleClass().add(Tone.MUTED.styleClass());
        state.setWrapText(true);
        state.setMinHeight(Region.USE_PREF_SIZE);
        Hyperlink assistant = new Hyperlink(messages.text("delivery.handPosting"));
        assistant.setId("sending-by-hand-" + manual.kind().id());
        assistant.setPadding(Insets.EMPTY);
        assistant.setOnAction(event -> handPosting.accept(manual.kind()));
        VBox details = new VBox(4, state, assistant);
        details.setPadding(new Insets(0, 0, 0, INDENT));
        return new VBox(3, name, details);
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.HINT);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static String actionKey(Action action) {
        return switch (action) {
            case RETRY -> "delivery.action.retry";
            case ARRIVED -> "delivery.action.arrived";
            case MISSING -> "delivery.action.missing";
            case SKIP -> "delivery.action.skip";
            case SEND_LATE -> "delivery.action.sendLate";
        };
    }

    /** A sign beside the words, so the state does not rest on colour alone. */
    static Ikon iconOf(Tone tone) {
        return switch (tone) {
            case MUTED -> MaterialDesignM.MINUS_CIRCLE_OUTLINE;
            case UNDER_WAY -> MaterialDesignC.CLOCK_OUTLINE;
            case DONE -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
            case WAITING -> MaterialDesignR.RESTORE;
            case NEEDS_USER -> MaterialDesignA.ALERT_CIRCLE_OUTLINE;
        };
    }
}
