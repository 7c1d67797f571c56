package app.herold.ui.editor;

import app.herold.domain.channel.ChannelCheck;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.CountUnit;
import app.herold.domain.channel.Finding;
import app.herold.domain.channel.Severity;
import app.herold.domain.post.PostLimits;
import app.herold.i18n.Messages;
import app.herold.ui.common.Icons;
import app.herold.ui.common.LengthLimit;
import app.herold.ui.common.MarkedTextArea;
import app.herold.ui.common.Styles;
import app.herold.ui.common.Thumbnails;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * One tab per target channel: the length as the platform counts it against its limit, what the
 * checks found, the channel's own text if the officer wrote one, and the preview. The tab itself
 * shows the count and the worst finding, so a problem is seen without opening it.
 */
final class ChannelReviewPane extends VBox {

    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

    private final EditorViewModel viewModel;
    private final Messages messages;
    private final Thumbnails thumbnails;
    /** One toggle per channel: a row of them instead of a TabPane, whose height would not follow the preview. */
    private final javafx.scene.layout.FlowPane switcher = new javafx.scene.layout.FlowPane(4, 4);
    private final javafx.scene.control.ToggleGroup choice = new javafx.scene.control.ToggleGroup();
    private final StackPane shown = new StackPane();
    private final Label nothingChosen;
    private final Map<ChannelKind, ChannelTab> byChannel = new EnumMap<>(ChannelKind.class);
    private final java.util.function.Consumer<ChannelKind> handPosting;

    ChannelReviewPane(EditorViewModel viewModel, Messages messages, Thumbnails thumbnails,
                      java.util.function.Consumer<ChannelKind> handPosting) {
        this.handPosting = handPosting;
        this.viewModel = viewModel;
        this.messages = messages;
        this.thumbnails = thumbnails;
        getStyleClass().add("channel-review");
        setSpacing(6);
        switcher.getStyleClass().add("channel-switcher");
        switcher.setId("channel-tabs");
        choice.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null && old != null && byChannel.values().stream().anyMatch(tab -> tab.tab == old
                    && switcher.getChildren().contains(tab.tab))) {
                old.setSelected(true);
                return;
            }
            showSelected();
        });
        nothingChosen = new Label(messages.text("review.nothingChosen"));
        nothingChosen.getStyleClass().add(Styles.HINT);
        nothingChosen.setWrapText(true);
        getChildren().addAll(nothingChosen, switcher, shown);
        viewModel.review().reviews().addListener((javafx.beans.Observable observable) -> show());
        // The accounts arrive after the post; the previews then show the name the post goes out under.
        viewModel.accounts().addListener((javafx.beans.Observable observable) -> show());
        viewModel.chosenAccounts().addListener((javafx.beans.Observable observable) -> show());
        show();
    }

    /** The channel whose tab is open, or null when none is. */
    ChannelKind selectedChannel() {
        javafx.scene.control.Toggle selected = choice.getSelectedToggle();
        return byChannel.entrySet().stream().filter(entry -> entry.getValue().tab == selected)
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private void show() {
        List<ChannelReviewViewModel.Review> reviews = List.copyOf(viewModel.review().reviews());
        // Tabs of channels no longer chosen leave the pane but are kept, with their listeners, for a return.
        byChannel.forEach((kind, tab) -> {
            if (reviews.stream().noneMatch(review -> review.channel() == kind)) {
                switcher.getChildren().remove(tab.tab);
                tab.tab.setSelected(false);
            }
        });
        for (int index = 0; index < reviews.size(); index++) {
            ChannelReviewViewModel.Review review = reviews.get(index);
            ChannelTab tab = byChannel.computeIfAbsent(review.channel(), ChannelTab::new);
            if (!switcher.getChildren().contains(tab.tab)) {
                switcher.getChildren().add(Math.min(index, switcher.getChildren().size()), tab.tab);
            }
            tab.show(review);
        }
        if (choice.getSelectedToggle() == null && !reviews.isEmpty()) {
            byChannel.get(reviews.get(0).channel()).tab.setSelected(true);
        }
        boolean any = !reviews.isEmpty();
        switcher.setVisible(any);
        switcher.setManaged(any);
        shown.setVisible(any);
        shown.setManaged(any);
        showSelected();
        nothingChosen.setVisible(!any);
        nothingChosen.setManaged(!any);
    }

    private void showSelected() {
        javafx.scene.control.Toggle selected = choice.getSelectedToggle();
        shown.getChildren().setAll(byChannel.values().stream().filter(tab -> tab.tab == selected)
                .map(tab -> (Node) tab.content).toList());
    }

    /** The count, findings, own text and preview of one channel; built once, filled at every review. */
    private final class ChannelTab {

        final javafx.scene.control.ToggleButton tab = new javafx.scene.control.ToggleButton();
        final VBox content;
        final ChannelKind kind;
        final Label tabCount = new Label();
        final StackPane tabMark = new StackPane();
        final Node ownMark = Icons.icon(MaterialDesignP.PENCIL, 11);
        final Label count = new Label();
        final Region meter = new Region();
        final Region meterFill = new Region();
        final VBox findings = new VBox(4);
        final VBox ownText = new VBox(4);
        final ChannelPreviewView preview = new ChannelPreviewView(messages, thumbnails);
        TextArea ownTextArea;

        ChannelTab(ChannelKind kind) {
            this.kind = kind;
            tab.setId("review-" + kind.id());
            HBox graphic = new HBox(4, Icons.channelIcon(kind, 14), ownMark, tabCount, tabMark);
            ownMark.getStyleClass().add("own-text-mark");
            graphic.setAlignment(Pos.CENTER_LEFT);
            tab.setGraphic(graphic);
            tab.setToggleGroup(choice);
            tab.getStyleClass().add("channel-switch");
            tab.setAccessibleText(kind.brandName());
            tabCount.getStyleClass().add("review-tab-count");
            meter.getStyleClass().add("review-meter");
            meterFill.getStyleClass().add("review-meter-fill");
            StackPane bar = new StackPane(meter, meterFill);
            StackPane.setAlignment(meterFill, Pos.CENTER_LEFT);
            bar.setMaxWidth(Double.MAX_VALUE);
            count.getStyleClass().add("review-count");
            count.setId("review-count-" + kind.id());
            findings.setId("review-findings-" + kind.id());
            Label previewTitle = new Label(messages.format("review.preview", kind.brandName()));
            previewTitle.getStyleClass().add(Styles.FIELD_LABEL);
            preview.setId("review-preview-" + kind.id());
            Button byHand = new Button(messages.text("editor.handPosting"),
                    Icons.icon(org.kordamp.ikonli.materialdesign2.MaterialDesignS.SEND_OUTLINE, 14));
            byHand.setId("hand-posting-" + kind.id());
            byHand.setOnAction(event -> handPosting.accept(kind));
            content = new VBox(8, count, bar, findings, ownText, previewTitle, preview, byHand);
            content.getStyleClass().add("review-content");
            viewModel.ownTextOpenProperty(kind).addListener((observable, was, open) -> showOwnText(open));
            showOwnText(viewModel.ownTextOpenProperty(kind).get());
        }

        void show(ChannelReviewViewModel.Review review) {
            ChannelCheck check = review.check();
            String limit = check.limit() > 0 ? messages.format("review.limit", check.limit()) : "";
            tabCount.setText(check.limit() > 0 ? messages.format("review.tabCount", check.length(), check.limit())
                    : messages.format("review.tabCountNoLimit", check.length()));
            boolean over = check.limit() > 0 && check.length() > check.limit();
            tabCount.pseudoClassStateChanged(OVER, over);
            count.setText(check.limit() > 0 ? messages.format("review.count", check.length(), limit, unit(check.unit()))
                    : messages.format("review.countNoLimit", check.length(), unit(check.unit())));
            count.pseudoClassStateChanged(OVER, over);
            double fraction = check.limit() > 0 ? Math.min(1, check.length() / (double) check.limit()) : 0;
            meterFill.setMaxWidth(Region.USE_PREF_SIZE);
            meterFill.prefWidthProperty().bind(meter.widthProperty().multiply(fraction));
            meterFill.pseudoClassStateChanged(OVER, over);
            meter.getParent().setVisible(check.limit() > 0);
            meter.getParent().setManaged(check.limit() > 0);
            ownMark.setVisible(review.ownText());
            ownMark.setManaged(review.ownText());
            showWorst(check.worst());
            showFindings(check);
            preview.show(review.preview(), List.copyOf(viewModel.images()), review.limits(), accountName(kind));
        }

        private void showWorst(Severity worst) {
            tabMark.getChildren().setAll(worst == null ? List.of() : List.of(severityIcon(worst, 13)));
            tab.setTooltip(new javafx.scene.control.Tooltip(kind.brandName() + ": " + (worst == null
                    ? messages.format("review.allGood", kind.brandName())
                    : messages.text("review.worst." + worst.id()))));
        }

        private void showFindings(ChannelCheck check) {
            if (check.findings().isEmpty()) {
                Label fine = new Label(messages.format("review.allGood", kind.brandName()),
                        Icons.icon(MaterialDesignC.CHECK_CIRCLE_OUTLINE, 15));
                fine.getStyleClass().addAll("finding", "finding-none");
                findings.getChildren().setAll(fine);
                return;
            }
            List<Node> rows = new java.util.ArrayList<>(check.findings().stream().limit(RuleFindingsPane.MOST_ROWS)
                    .map(this::finding).toList());
            if (check.findings().size() > RuleFindingsPane.MOST_ROWS) {
                rows.add(RuleFindingsPane.moreRow(messages, check.findings().size() - RuleFindingsPane.MOST_ROWS));
            }
            findings.getChildren().setAll(rows);
        }

        private Node finding(Finding finding) {
            Label sentence = new Label(messages.format(finding.messageKey(), finding.arguments().toArray()));
            sentence.setWrapText(true);
            sentence.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(sentence, Priority.ALWAYS);
            HBox row = new HBox(6, severityIcon(finding.severity(), 15), sentence);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().addAll("finding", "finding-" + finding.severity().id());
            row.setAccessibleText(messages.text("review.worst." + finding.severity().id()) + ": " + sentence.getText());
            return row;
        }

        private void showOwnText(boolean open) {
            if (ownTextArea != null) {
                ownTextArea.textProperty().unbindBidirectional(viewModel.variantProperty(kind));
                ownTextArea = null;
            }
            if (!open) {
                Button write = new Button(messages.format("review.ownText.start", kind.brandName()),
                        Icons.icon(MaterialDesignP.PENCIL_OUTLINE, 14));
                write.getStyleClass().add("flat");
                write.setId("own-text-" + kind.id());
                write.setOnAction(event -> viewModel.startVariant(kind));
                Label hint = new Label(messages.format("review.ownText.hint", kind.brandName()));
                hint.getStyleClass().add(Styles.HINT);
                hint.setWrapText(true);
                ownText.getChildren().setAll(write, hint);
                return;
            }
            Label title = new Label(messages.format("review.ownText.title", kind.brandName()),
                    Icons.icon(MaterialDesignI.INFORMATION_OUTLINE, 14));
            title.getStyleClass().add("own-text-title");
            TextArea area = new TextArea();
            ownTextArea = area;
            area.setId("own-text-area-" + kind.id());
            area.setWrapText(true);
            area.setPrefRowCount(5);
            area.textProperty().bindBidirectional(viewModel.variantProperty(kind));
            area.setAccessibleText(messages.format("review.ownText.title", kind.brandName()));
            LengthLimit.install(area, PostLimits.TEXT, wouldBe -> viewModel.refuseTooLong("editor.refused.ownText",
                    wouldBe, PostLimits.TEXT, kind.brandName()));
            Button reset = new Button(messages.text("review.ownText.reset"), Icons.icon(MaterialDesignU.UNDO_VARIANT, 14));
            reset.getStyleClass().add("flat");
            reset.setId("own-text-reset-" + kind.id());
            reset.setOnAction(event -> viewModel.resetVariant(kind));
            MarkedTextArea marked = new MarkedTextArea(area);
            RuleFindingsPane.markFindings(marked, viewModel.rules().findings(), kind);
            ownText.getChildren().setAll(title, marked, reset);
        }
    }

    /** The name the post goes out under on the channel: its first chosen account, else none. */
    private String accountName(ChannelKind kind) {
        return viewModel.accounts().stream().filter(account -> account.kind() == kind
                && viewModel.chosenAccounts().contains(account.id())).map(account -> account.name()).findFirst().orElse("");
    }

    private String unit(CountUnit unit) {
        return messages.text("review.unit." + unit.name().toLowerCase(Locale.ROOT));
    }

    static Node severityIcon(Severity severity, int size) {
        var icon = Icons.icon(switch (severity) {
            case INFO -> MaterialDesignI.INFORMATION_OUTLINE;
            case WARNING -> MaterialDesignA.ALERT_OUTLINE;
            case BLOCKER -> MaterialDesignA.ALERT_OCTAGON_OUTLINE;
        }, size);
        icon.getStyleClass().addAll("severity-icon", "severity-" + severity.id());
        return icon;
    }
}
