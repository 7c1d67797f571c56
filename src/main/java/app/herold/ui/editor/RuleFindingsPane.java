package app.herold.ui.editor;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.Finding;
import app.herold.domain.rules.AccessibilityLint;
import app.herold.domain.rules.PostRules;
import app.herold.i18n.Messages;
import app.herold.ui.common.Icons;
import app.herold.ui.common.MarkedTextArea;
import app.herold.ui.common.Styles;
import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * What the public-body rules found: one line per finding with its severity, the sentence, a "Warum?"
 * that tells the reason and its source, "Zeigen" to select the words in the text, and a quick fix where
 * there is one (a hashtag in CamelCase, "!B" at the end).
 */
final class RuleFindingsPane extends VBox {

    /** What the pane asks of the editor: mark a stretch of a text, replace it. */
    interface TextActions {
        void mark(PostRules.PostFinding finding);

        void replace(PostRules.PostFinding finding, String replacement);

        /** Puts "!B" at the end of the master text. */
        void appendAltMarker();
    }

    private final Messages messages;
    private final TextActions actions;

    RuleFindingsPane(EditorViewModel viewModel, Messages messages, TextActions actions) {
        this.messages = messages;
        this.actions = actions;
        setSpacing(6);
        setId("rule-findings");
        viewModel.rules().findings().addListener((javafx.beans.Observable observable) -> show(viewModel.rules().findings()));
        show(List.of());
    }

    /** The stretches of one text to mark: the master text ({@code channel} null) or a channel's own text. */
    static List<MarkedTextArea.Mark> marksIn(List<PostRules.PostFinding> findings,
                                                                  ChannelKind channel) {
        return findings.stream()
                .filter(entry -> entry.finding().span() != null && Objects.equals(entry.channel(), channel))
                .map(entry -> new MarkedTextArea.Mark(entry.finding().span().start(),
                        entry.finding().span().end(), entry.finding().severity()))
                .toList();
    }

    /** Keeps the marks in {@code area} in step with the findings of its text. */
    static void markFindings(MarkedTextArea area, ObservableList<PostRules.PostFinding> findings,
                             ChannelKind channel) {
        area.setMarks(marksIn(findings, channel));
        findings.addListener((javafx.beans.Observable observable) -> area.setMarks(marksIn(findings, channel)));
    }

    private void show(List<PostRules.PostFinding> findings) {
        if (findings.isEmpty()) {
            Label fine = new Label(messages.text("rules.none"), Icons.icon(MaterialDesignC.CHECK_CIRCLE_OUTLINE, 15));
            fine.getStyleClass().addAll("finding", "finding-none");
            getChildren().setAll(fine);
            return;
        }
        List<javafx.scene.Node> rows = new java.util.ArrayList<>(findings.stream().limit(MOST_ROWS).map(this::row).toList());
        if (findings.size() > MOST_ROWS) {
            rows.add(moreRow(messages, findings.size() - MOST_ROWS));
        }
        getChildren().setAll(rows);
    }

    /**
     * Findings listed at most; the text marks show every one. A pasted megabyte has thousands, and a row
     * for each made the window stall and run out of memory.
     */
    static final int MOST_ROWS = 50;

    static Label moreRow(Messages messages, int more) {
        Label label = new Label(messages.format("rules.more", more));
        label.getStyleClass().addAll("finding", Styles.HINT);
        return label;
    }

    private Node row(PostRules.PostFinding entry) {
        Finding finding = entry.finding();
        String sentence = messages.format(finding.messageKey(), finding.arguments().toArray());
        if (entry.channel() != null) {
            sentence = entry.channel().brandName() + ": " + sentence;
        }
        Label text = new Label(sentence);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Label why = new Label(messages.text(finding.messageKey() + ".why"));
        why.getStyleClass().add(Styles.HINT);
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.setVisible(false);
        why.setManaged(false);
        Hyperlink whyLink = new Hyperlink(messages.text("rules.why"));
        whyLink.setOnAction(event -> {
            why.setVisible(!why.isVisible());
            why.setManaged(why.isVisible());
        });
        HBox links = new HBox(8, whyLink);
        whyLink.setMinWidth(Region.USE_PREF_SIZE);
        if (finding.span() != null) {
            Hyperlink show = new Hyperlink(messages.text("rules.show"));
            show.setMinWidth(Region.USE_PREF_SIZE);
            show.setOnAction(event -> actions.mark(entry));
            links.getChildren().add(show);
        }
        links.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(2, text, links, why);
        if (finding.rule().equals(AccessibilityLint.HASHTAG_CASE) && finding.span() != null) {
            String suggestion = String.valueOf(finding.arguments().get(1));
            Button fix = new Button(messages.format("rules.fix.replace", suggestion));
            fix.getStyleClass().add("small");
            fix.setMaxWidth(Double.MAX_VALUE);
            fix.setOnAction(event -> actions.replace(entry, suggestion));
            body.getChildren().add(2, fix);
        }
        if (finding.rule().equals(PostRules.ALT_MARKER)) {
            Button fix = new Button(messages.format("rules.fix.append", PostRules.ALT_MARKER_TEXT));
            fix.setId("rule-fix-alt-marker");
            fix.getStyleClass().add("small");
            fix.setMaxWidth(Double.MAX_VALUE);
            fix.setOnAction(event -> actions.appendAltMarker());
            body.getChildren().add(2, fix);
        }
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox row = new HBox(6, ChannelReviewPane.severityIcon(finding.severity(), 15), body);
        row.getStyleClass().addAll("finding", "finding-" + finding.severity().id(), "rule-finding");
        row.setAccessibleText(messages.text("review.worst." + finding.severity().id()) + ": " + sentence);
        return row;
    }
}
