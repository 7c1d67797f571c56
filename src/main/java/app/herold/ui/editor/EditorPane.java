package app.herold.ui.editor;

import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.PostLimits;
import app.herold.domain.post.PostStatus;
import app.herold.domain.text.MarkupEdits;
import app.herold.i18n.Messages;
import app.herold.ui.common.DateInput;
import app.herold.ui.common.Icons;
import app.herold.ui.common.LengthLimit;
import app.herold.ui.common.MarkedTextArea;
import app.herold.ui.common.Styles;
import app.herold.ui.common.Thumbnails;
import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The editor beside the calendar, so the plan stays in view while a post is written. Lays out
 * and binds the fields of {@link EditorViewModel}; saving and all decisions live there.
 */
public final class EditorPane extends BorderPane {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final EditorViewModel viewModel;
    private final Messages messages;
    private final Thumbnails thumbnails;
    private final TextField titleField = new TextField();
    private final TextArea textArea = new TextArea();
    private final FlowPane imageTiles = new FlowPane(8, 8);
    private final FlowPane tagChips = new FlowPane(4, 4);
    /** The editor's sections, top to bottom, in one scrolling column. */
    private final VBox sections = new VBox(14);
    private ChannelReviewPane reviewPane;
    /** Listeners of the current channel toggles on the view model, removed when the accounts change. */
    private final List<Runnable> detachOnRefill = new java.util.ArrayList<>();

    public EditorPane(EditorViewModel viewModel, Messages messages, Thumbnails thumbnails) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.thumbnails = thumbnails;
        getStyleClass().add(Styles.EDITOR);
        setId("editor");
        setMinWidth(320);
        setPrefWidth(380);

        setTop(header());
        sections.setPadding(new Insets(12, 14, 14, 14));
        sections.getChildren().addAll(
                field("editor.title", titleField()),
                field("editor.text", textArea()),
                field("editor.schedule", schedule()),
                field("editor.status", statusBox()),
                field("editor.channels", channels()),
                reviewField(),
                field("editor.rules", new RuleFindingsPane(viewModel, messages, ruleActions())),
                field("editor.deliveries", deliveries()),
                new app.herold.ui.delivery.TargetsPane(viewModel.targets(), messages, this::openHandPosting),
                field("editor.tags", tags()),
                field("editor.images", images()),
                field("editor.notes", notes()));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        setBottom(actions());
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                viewModel.close();
                event.consume();
            }
        });
    }

    /** Marks a finding's words in the text it was found in, or puts the quick fix in their place. */
    private RuleFindingsPane.TextActions ruleActions() {
        return new RuleFindingsPane.TextActions() {
            @Override
            public void mark(app.herold.domain.rules.PostRules.PostFinding finding) {
                var span = finding.finding().span();
                if (finding.channel() == null) {
                    textArea.requestFocus();
                    textArea.selectRange(span.start(), Math.min(span.end(), textArea.getLength()));
                } else {
                    viewModel.startVariant(finding.channel());
                    Node area = lookup("#own-text-area-" + finding.channel().id());
                    if (area instanceof TextArea own) {
                        own.requestFocus();
                        own.selectRange(span.start(), Math.min(span.end(), own.getLength()));
                    }
                }
            }

            @Override
            public void replace(app.herold.domain.rules.PostRules.PostFinding finding, String replacement) {
                var span = finding.finding().span();
                javafx.beans.property.StringProperty text = finding.channel() == null ? viewModel.textProperty()
                        : viewModel.variantProperty(finding.channel());
                String current = text.get();
                if (span.end() <= current.length()) {
                    text.set(current.substring(0, span.start()) + replacement + current.substring(span.end()));
                }
            }

            @Override
            public void appendAltMarker() {
                viewModel.textProperty().set(app.herold.domain.rules.PostRules.withAltMarker(viewModel.textProperty().get()));
            }
        };
    }

    /** The review with "Exportieren…" beside its label: bundles are made per channel, like the review. */
    private Node reviewField() {
        Node field = field("editor.review", reviewPane());
        Button export = new Button(null, Icons.icon(org.kordamp.ikonli.materialdesign2.MaterialDesignE.EXPORT, 16));
        export.getStyleClass().addAll("flat", "small");
        export.setAccessibleText(messages.text("editor.export"));
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setTooltip(new Tooltip(messages.text("editor.export")));
        export.setId("editor-export");
        export.setOnAction(event -> viewModel.withSavedPost(post -> new app.herold.ui.export.ExportDialog(
                getScene().getWindow(), viewModel.export(post), messages).showAndWait()));
        VBox box = (VBox) field;
        Node label = box.getChildren().get(0);
        Node content = box.getChildren().get(1);
        box.getChildren().clear();
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, label, gap, export);
        header.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().setAll(header, content);
        return field;
    }

    private ChannelReviewPane reviewPane() {
        reviewPane = new ChannelReviewPane(viewModel, messages, thumbnails, this::openHandPosting);
        return reviewPane;
    }

    /** Puts the cursor where a user starts typing: the text of a new post, else the title. */
    public void focusFirstField() {
        if (viewModel.textProperty().get().isEmpty()) {
            textArea.requestFocus();
        } else {
            titleField.requestFocus();
        }
    }

    public VBox sections() {
        return sections;
    }

    private Node header() {
        Label heading = new Label();
        heading.getStyleClass().add("editor-heading");
        heading.textProperty().bind(viewModel.headingProperty());
        Label state = new Label();
        state.setId("editor-save-state");
        state.getStyleClass().add(Styles.SAVE_STATE);
        state.textProperty().bind(viewModel.saveMessageProperty());
        state.setWrapText(true);
        viewModel.saveStateProperty().addListener((observable, old, current) ->
                state.pseudoClassStateChanged(FAILED, current == EditorViewModel.SaveState.FAILED));
        Button close = new Button(null, Icons.icon(MaterialDesignC.CLOSE, 16));
        close.getStyleClass().add("flat");
        close.setTooltip(new Tooltip(messages.text("editor.close")));
        close.setAccessibleText(messages.text("editor.close"));
        close.setOnAction(event -> viewModel.close());
        VBox titles = new VBox(2, heading, state);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox header = new HBox(8, titles, close);
        header.setAlignment(Pos.TOP_LEFT);
        header.setPadding(new Insets(10, 10, 8, 14));
        header.getStyleClass().add("editor-header");
        return header;
    }

    private Node titleField() {
        titleField.setId("editor-title-field");
        titleField.setPromptText(messages.text("editor.title.prompt"));
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        titleField.setAccessibleText(messages.text("editor.title"));
        LengthLimit.install(titleField, PostLimits.TITLE,
                wouldBe -> viewModel.refuseTooLong("editor.refused.title", wouldBe, PostLimits.TITLE));
        return titleField;
    }

    private Node textArea() {
        textArea.setId("editor-text-field");
        textArea.setWrapText(true);
        textArea.setPrefRowCount(7);
        textArea.setPromptText(messages.text("editor.text.prompt"));
        textArea.textProperty().bindBidirectional(viewModel.textProperty());
        textArea.setAccessibleText(messages.text("editor.text"));
        LengthLimit.install(textArea, PostLimits.TEXT,
                wouldBe -> viewModel.refuseTooLong("editor.refused.text", wouldBe, PostLimits.TEXT));
        Label count = new Label();
        count.getStyleClass().add(Styles.HINT);
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.format("editor.text.count",
                viewModel.textProperty().get().codePointCount(0, viewModel.textProperty().get().length())),
                viewModel.textProperty()));
        HBox countRow = new HBox(count);
        countRow.setAlignment(Pos.CENTER_RIGHT);
        textArea.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::formatShortcut);
        MarkedTextArea marked = new MarkedTextArea(textArea);
        RuleFindingsPane.markFindings(marked, viewModel.rules().findings(), null);
        return new VBox(2, formatBar(), marked, countRow);
    }

    /** Bold, italic, list and link for the master text; each channel renders them in its own way. */
    private Node formatBar() {
        Button bold = formatButton(MaterialDesignF.FORMAT_BOLD, "editor.format.bold", "format-bold");
        bold.setOnAction(event -> reselect(viewModel.toggleBold(textArea.getSelection().getStart(),
                textArea.getSelection().getEnd())));
        Button italic = formatButton(MaterialDesignF.FORMAT_ITALIC, "editor.format.italic", "format-italic");
        italic.setOnAction(event -> reselect(viewModel.toggleItalic(textArea.getSelection().getStart(),
                textArea.getSelection().getEnd())));
        Button list = formatButton(MaterialDesignF.FORMAT_LIST_BULLETED, "editor.format.list", "format-list");
        list.setOnAction(event -> reselect(viewModel.toggleBullets(textArea.getSelection().getStart(),
                textArea.getSelection().getEnd())));
        Button link = formatButton(MaterialDesignL.LINK_VARIANT, "editor.format.link", "format-link");
        link.setOnAction(event -> insertLink());
        Label hint = new Label(messages.text("editor.format.hint"));
        hint.getStyleClass().add(Styles.HINT);
        HBox bar = new HBox(2, bold, italic, list, link, hint);
        HBox.setMargin(hint, new Insets(0, 0, 0, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("format-bar");
        return bar;
    }

    private Button formatButton(org.kordamp.ikonli.Ikon ikon, String key, String id) {
        Button button = new Button(null, Icons.icon(ikon, 16));
        button.getStyleClass().add("flat");
        button.setId(id);
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(messages.text(key)));
        button.setAccessibleText(messages.text(key));
        return button;
    }

    private void formatShortcut(javafx.scene.input.KeyEvent event) {
        if (!event.isShortcutDown()) {
            return;
        }
        int start = textArea.getSelection().getStart();
        int end = textArea.getSelection().getEnd();
        switch (event.getCode()) {
            case B -> reselect(viewModel.toggleBold(start, end));
            case I -> reselect(viewModel.toggleItalic(start, end));
            case K -> insertLink();
            case L -> {
                if (!event.isShiftDown()) {
                    return;
                }
                reselect(viewModel.toggleBullets(start, end));
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void insertLink() {
        viewModel.insertLink(textArea.getSelection().getStart(), textArea.getSelection().getEnd())
                .ifPresent(this::reselect);
    }

    private void reselect(MarkupEdits.Edit edit) {
        textArea.requestFocus();
        textArea.selectRange(edit.selectionStart(), edit.selectionEnd());
    }

    private Node schedule() {
        CheckBox withDate = new CheckBox(messages.text("editor.schedule.withDate"));
        withDate.selectedProperty().bindBidirectional(viewModel.scheduledProperty());
        DatePicker datePicker = new DatePicker();
        datePicker.valueProperty().bindBidirectional(viewModel.dateProperty());
        datePicker.setShowWeekNumbers(true);
        datePicker.setPromptText(messages.text("editor.schedule.datePrompt"));
        datePicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate date) {
                return date == null ? "" : messages.day(date);
            }

            @Override
            public java.time.LocalDate fromString(String text) {
                return DateInput.parse(text, messages.locale()).orElse(viewModel.dateProperty().get());
            }
        });
        datePicker.setPrefWidth(195);
        datePicker.setMinWidth(160);
        datePicker.setAccessibleText(messages.text("editor.schedule.date"));
        TextField timeField = new TextField();
        timeField.setId("editor-time-field");
        timeField.setPrefColumnCount(4);
        timeField.textProperty().bindBidirectional(viewModel.timeProperty());
        timeField.setPromptText("09:00");
        timeField.setAccessibleText(messages.text("editor.schedule.time"));
        Label clock = new Label(messages.text("editor.schedule.oClock"));
        datePicker.disableProperty().bind(viewModel.scheduledProperty().not());
        timeField.disableProperty().bind(viewModel.scheduledProperty().not());
        HBox row = new HBox(6, datePicker, timeField, clock);
        row.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.textProperty().bind(viewModel.timeErrorProperty());
        error.visibleProperty().bind(viewModel.timeErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label ideaHint = new Label(messages.text("editor.schedule.ideaHint"));
        ideaHint.getStyleClass().add(Styles.HINT);
        ideaHint.visibleProperty().bind(viewModel.scheduledProperty().not());
        ideaHint.managedProperty().bind(ideaHint.visibleProperty());
        return new VBox(6, withDate, row, error, ideaHint);
    }

    private Node statusBox() {
        ComboBox<PostStatus> status = new ComboBox<>();
        status.setId("editor-status-box");
        status.getItems().setAll(PostStatus.values());
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        status.setButtonCell(statusCell());
        status.setCellFactory(list -> statusCell());
        status.setAccessibleText(messages.text("editor.status"));
        return status;
    }

    private ListCell<PostStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(PostStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.text("status." + item.id()));
                setGraphic(empty || item == null ? null : Icons.statusIcon(item, 14));
            }
        };
    }

    /**
     * A toggle per channel account, or per channel where the town has no account on it yet: a post
     * goes to accounts ("Stadt Meerane – WhatsApp-Kanal"), and choosing one chooses its channel.
     */
    private Node channels() {
        FlowPane toggles = new FlowPane(6, 6);
        toggles.setId("editor-channel-toggles");
        Runnable fill = () -> fillChannelToggles(toggles);
        viewModel.accounts().addListener((javafx.beans.Observable observable) -> fill.run());
        fill.run();
        return toggles;
    }

    private void fillChannelToggles(FlowPane toggles) {
        for (Node old : toggles.getChildren()) {
            if (old instanceof ToggleButton button && button.getUserData() instanceof ChannelKind kind) {
                button.selectedProperty().unbindBidirectional(viewModel.channelProperty(kind));
            }
        }
        toggles.getChildren().clear();
        detachOnRefill.forEach(Runnable::run);
        detachOnRefill.clear();
        for (ChannelKind kind : ChannelKind.values()) {
            List<ChannelAccount> onKind = viewModel.accounts().stream().filter(account -> account.kind() == kind).toList();
            ToggleButton kindToggle = new ToggleButton(onKind.isEmpty() ? kind.brandName()
                    : messages.format("editor.channels.withoutAccount", kind.brandName()), Icons.channelIcon(kind, 14));
            kindToggle.getStyleClass().add(Styles.CHANNEL_TOGGLE);
            kindToggle.setUserData(kind);
            kindToggle.selectedProperty().bindBidirectional(viewModel.channelProperty(kind));
            kindToggle.setAccessibleText(kind.brandName());
            kindToggle.setId("channel-" + kind.id());
            toggles.getChildren().add(kindToggle);
            if (onKind.isEmpty()) {
                continue;
            }
            // With accounts on the channel, the channel alone shows only for a post that still targets it
            // without one (planned before the accounts were set up), so it can be seen and taken off.
            Runnable showKindToggle = () -> {
                boolean withoutAccount = viewModel.channelProperty(kind).get() && onKind.stream()
                        .noneMatch(account -> viewModel.chosenAccounts().contains(account.id()));
                kindToggle.setVisible(withoutAccount);
                kindToggle.setManaged(withoutAccount);
            };
            javafx.beans.InvalidationListener follow = observable -> showKindToggle.run();
            viewModel.channelProperty(kind).addListener(follow);
            viewModel.chosenAccounts().addListener(follow);
            detachOnRefill.add(() -> {
                viewModel.channelProperty(kind).removeListener(follow);
                viewModel.chosenAccounts().removeListener(follow);
            });
            showKindToggle.run();
            for (ChannelAccount account : onKind) {
                ToggleButton toggle = new ToggleButton(account.name(), Icons.channelIcon(kind, 14));
                toggle.getStyleClass().add(Styles.CHANNEL_TOGGLE);
                toggle.setSelected(viewModel.chosenAccounts().contains(account.id()));
                toggle.setId("account-" + account.id());
                toggle.setAccessibleText(account.name() + ", " + kind.brandName());
                toggle.selectedProperty().addListener((observable, was, chosen) -> viewModel.chooseAccount(account, chosen));
                javafx.beans.InvalidationListener mirror = observable ->
                        toggle.setSelected(viewModel.chosenAccounts().contains(account.id()));
                viewModel.chosenAccounts().addListener(mirror);
                detachOnRefill.add(() -> viewModel.chosenAccounts().removeListener(mirror));
                toggles.getChildren().add(toggle);
            }
        }
    }

    /** What went out where: posted by hand or sent by Herold, when, and the link to the live post. */
    private Node deliveries() {
        VBox list = new VBox(4);
        list.setId("editor-deliveries");
        Runnable fill = () -> {
            list.getChildren().clear();
            if (viewModel.deliveries().isEmpty()) {
                Label none = new Label(messages.text("editor.deliveries.none"));
                none.getStyleClass().add(Styles.HINT);
                list.getChildren().add(none);
            }
            for (Delivery delivery : viewModel.deliveries()) {
                java.time.ZonedDateTime at = delivery.publishedAt().atZone(java.time.ZoneId.systemDefault());
                String where = delivery.accountName().isBlank() ? delivery.channel().brandName()
                        : delivery.accountName();
                Label line = new Label(messages.format("editor.deliveries.line", where, messages.day(at.toLocalDate()),
                        messages.timeFormat().format(at.toLocalTime()),
                        messages.text("editor.deliveries.method." + delivery.method().id())),
                        Icons.channelIcon(delivery.channel(), 14));
                line.setWrapText(true);
                VBox entry = new VBox(2, line);
                if (!delivery.link().isBlank()) {
                    javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(delivery.link());
                    link.setOnAction(event -> viewModel.openLink(delivery.link()));
                    entry.getChildren().add(link);
                }
                list.getChildren().add(entry);
            }
        };
        viewModel.deliveries().addListener((javafx.beans.Observable observable) -> fill.run());
        fill.run();
        return list;
    }

    private Node tags() {
        TextField input = new TextField();
        input.setPromptText(messages.text("editor.tags.prompt"));
        input.setAccessibleText(messages.text("editor.tags"));
        input.setOnAction(event -> {
            viewModel.addTags(input.getText());
            input.clear();
        });
        input.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused && !input.getText().isBlank()) {
                viewModel.addTags(input.getText());
                input.clear();
            }
        });
        input.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !viewModel.tags().isEmpty()) {
                viewModel.removeTag(viewModel.tags().get(viewModel.tags().size() - 1));
            }
        });
        CheckBox acute = new CheckBox(messages.text("editor.acute"));
        acute.setId("editor-acute");
        acute.setWrapText(true);
        acute.setOnAction(event -> viewModel.setAcuteOccasion(acute.isSelected()));
        Label acuteHint = new Label(messages.text("editor.acute.hint"));
        acuteHint.getStyleClass().add(Styles.HINT);
        acuteHint.setWrapText(true);
        acuteHint.setMinHeight(Region.USE_PREF_SIZE);
        viewModel.tags().addListener((javafx.beans.Observable observable) -> {
            showTags();
            acute.setSelected(viewModel.isAcuteOccasion());
        });
        showTags();
        acute.setSelected(viewModel.isAcuteOccasion());
        return new VBox(6, tagChips, input, acute, acuteHint);
    }

    private void showTags() {
        tagChips.getChildren().clear();
        for (String tag : viewModel.tags()) {
            Label name = new Label("#" + tag);
            Button remove = new Button(null, Icons.icon(MaterialDesignC.CLOSE, 10));
            remove.getStyleClass().add("flat");
            remove.setAccessibleText(messages.format("editor.tags.remove", tag));
            remove.setFocusTraversable(false);
            remove.setOnAction(event -> viewModel.removeTag(tag));
            HBox chip = new HBox(2, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add(Styles.TAG_CHIP);
            tagChips.getChildren().add(chip);
        }
        tagChips.setVisible(!viewModel.tags().isEmpty());
        tagChips.setManaged(!viewModel.tags().isEmpty());
    }

    private Node images() {
        Button add = new Button(messages.text("editor.images.add"), Icons.icon(MaterialDesignI.IMAGE_PLUS, 16));
        add.setId("editor-add-images");
        add.setOnAction(event -> viewModel.chooseImages());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(viewModel.importingProperty());
        // The button keeps its whole name; the hint wraps beside it in a narrow editor.
        add.setMinWidth(Region.USE_PREF_SIZE);
        Label dropHint = new Label(messages.text("editor.images.dropHint"));
        dropHint.getStyleClass().add(Styles.HINT);
        dropHint.setWrapText(true);
        dropHint.setMinWidth(60);
        HBox buttons = new HBox(8, add, progress, dropHint);
        buttons.setAlignment(Pos.CENTER_LEFT);
        viewModel.images().addListener((javafx.collections.ListChangeListener<ImageItem>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated() || change.wasReplaced();
            }
            if (structural) {
                showImages();
            }
        });
        showImages();
        VBox box = new VBox(8, imageTiles, buttons);
        box.getStyleClass().add("image-drop-zone");
        box.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        box.setOnDragDropped(this::dropFiles);
        return box;
    }

    private void dropFiles(DragEvent event) {
        List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
        viewModel.addImages(files.stream().map(File::toPath).toList());
        event.setDropCompleted(!files.isEmpty());
        event.consume();
    }

    private void showImages() {
        imageTiles.getChildren().clear();
        List<ImageItem> items = List.copyOf(viewModel.images());
        for (int index = 0; index < items.size(); index++) {
            imageTiles.getChildren().add(imageTile(items.get(index), index, items.size()));
        }
        imageTiles.setVisible(!items.isEmpty());
        imageTiles.setManaged(!items.isEmpty());
    }

    private Node imageTile(ImageItem item, int index, int count) {
        ImageView picture = new ImageView(thumbnails.get(item.mediaFile(), 88));
        picture.setFitWidth(88);
        picture.setFitHeight(88);
        picture.setPreserveRatio(true);
        Node focusable = focusPicker(item, picture, index);
        Label number = new Label(Integer.toString(index + 1));
        number.getStyleClass().add(Styles.HINT);
        Button left = smallButton(MaterialDesignA.ARROW_LEFT, messages.text("editor.images.earlier"));
        left.setDisable(index == 0);
        left.setOnAction(event -> viewModel.moveImage(item, -1));
        Button right = smallButton(MaterialDesignA.ARROW_RIGHT, messages.text("editor.images.later"));
        right.setDisable(index == count - 1);
        right.setOnAction(event -> viewModel.moveImage(item, 1));
        Button remove = smallButton(MaterialDesignD.DELETE_OUTLINE, messages.text("editor.images.remove"));
        remove.setOnAction(event -> viewModel.removeImage(item));
        VBox tools = new VBox(2, number, left, right, remove);
        TextArea alt = new TextArea();
        alt.setWrapText(true);
        alt.setPrefRowCount(3);
        alt.setPromptText(messages.text("editor.images.altPrompt"));
        alt.setAccessibleText(messages.format("editor.images.altAccessible", index + 1));
        alt.textProperty().bindBidirectional(item.altTextProperty());
        HBox.setHgrow(alt, Priority.ALWAYS);
        ComboBox<app.herold.domain.post.PostImage.Fit> fit = new ComboBox<>();
        fit.getItems().setAll(app.herold.domain.post.PostImage.Fit.values());
        fit.valueProperty().bindBidirectional(item.fitProperty());
        fit.setConverter(new StringConverter<>() {
            @Override
            public String toString(app.herold.domain.post.PostImage.Fit value) {
                return value == null ? "" : messages.text("editor.images.fit." + value.id());
            }

            @Override
            public app.herold.domain.post.PostImage.Fit fromString(String text) {
                return null;
            }
        });
        fit.setAccessibleText(messages.format("editor.images.fitAccessible", index + 1));
        fit.setTooltip(new Tooltip(messages.text("editor.images.fitHint")));
        fit.setMaxWidth(Double.MAX_VALUE);
        CheckBox decorative = new CheckBox(messages.text("editor.images.decorative"));
        decorative.selectedProperty().bindBidirectional(item.decorativeProperty());
        decorative.setTooltip(new Tooltip(messages.text("editor.images.decorativeHint")));
        alt.disableProperty().bind(item.decorativeProperty());
        VBox altAndFit = new VBox(4, alt, fit, decorative);
        HBox.setHgrow(altAndFit, Priority.ALWAYS);
        HBox tile = new HBox(8, focusable, altAndFit, tools);
        tile.getStyleClass().add(Styles.IMAGE_TILE);
        tile.prefWidthProperty().bind(imageTiles.widthProperty());
        return tile;
    }

    /**
     * The picture with a mark where its subject is: a click moves the mark, and every channel that
     * needs another shape crops around it.
     */
    private Node focusPicker(ImageItem item, ImageView picture, int index) {
        javafx.scene.shape.Circle mark = new javafx.scene.shape.Circle(6);
        mark.getStyleClass().add("focus-mark");
        mark.setMouseTransparent(true);
        javafx.scene.layout.Pane overlay = new javafx.scene.layout.Pane(picture, mark);
        overlay.setId("focus-picker-" + (index + 1));
        overlay.getStyleClass().add("focus-picker");
        Runnable place = () -> {
            javafx.geometry.Bounds shown = picture.getBoundsInParent();
            mark.setCenterX(shown.getMinX() + shown.getWidth() * item.focusXProperty().get());
            mark.setCenterY(shown.getMinY() + shown.getHeight() * item.focusYProperty().get());
        };
        picture.boundsInParentProperty().addListener(observable -> place.run());
        item.focusXProperty().addListener(observable -> place.run());
        item.focusYProperty().addListener(observable -> place.run());
        place.run();
        overlay.setOnMouseClicked(event -> {
            javafx.geometry.Bounds shown = picture.getBoundsInParent();
            if (shown.getWidth() > 0 && shown.getHeight() > 0) {
                item.focusXProperty().set(Math.max(0, Math.min(1, (event.getX() - shown.getMinX()) / shown.getWidth())));
                item.focusYProperty().set(Math.max(0, Math.min(1, (event.getY() - shown.getMinY()) / shown.getHeight())));
            }
        });
        overlay.setCursor(javafx.scene.Cursor.CROSSHAIR);
        Tooltip.install(overlay, new Tooltip(messages.text("editor.images.focusHint")));
        overlay.setAccessibleText(messages.format("editor.images.focusAccessible", index + 1));
        overlay.setMinSize(88, 88);
        overlay.setPrefSize(88, 88);
        return overlay;
    }

    private Button smallButton(org.kordamp.ikonli.Ikon ikon, String label) {
        Button button = new Button(null, Icons.icon(ikon, 14));
        button.getStyleClass().add("flat");
        button.setTooltip(new Tooltip(label));
        button.setAccessibleText(label);
        return button;
    }

    private Node notes() {
        TextArea notes = new TextArea();
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.setPromptText(messages.text("editor.notes.prompt"));
        notes.textProperty().bindBidirectional(viewModel.notesProperty());
        notes.setAccessibleText(messages.text("editor.notes"));
        LengthLimit.install(notes, PostLimits.NOTES,
                wouldBe -> viewModel.refuseTooLong("editor.refused.notes", wouldBe, PostLimits.NOTES));
        return notes;
    }

    private Node actions() {
        Button save = new Button(messages.text("editor.save"), Icons.icon(org.kordamp.ikonli.materialdesign2.MaterialDesignC.CONTENT_SAVE_OUTLINE, 16));
        save.setId("editor-save");
        save.setOnAction(event -> viewModel.save());
        save.setTooltip(new Tooltip(messages.text("editor.save.tooltip")));
        Button duplicate = new Button(null, Icons.icon(MaterialDesignC.CONTENT_COPY, 16));
        duplicate.setTooltip(new Tooltip(messages.text("editor.duplicate")));
        duplicate.setAccessibleText(messages.text("editor.duplicate"));
        duplicate.setId("editor-duplicate");
        duplicate.setOnAction(event -> viewModel.duplicate());
        Button delete = new Button(messages.text("editor.delete"), Icons.icon(MaterialDesignD.DELETE_OUTLINE, 16));
        delete.setId("editor-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(event -> viewModel.delete());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, save, duplicate, spacer, delete);
        for (Button button : List.of(save, duplicate, delete)) {
            // The spacer gives way first; a button cut to "Speich…" helps nobody.
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        row.setPadding(new Insets(10, 14, 12, 14));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("editor-actions");
        return row;
    }

    /** Posting by hand, starting on the channel whose review is open. */
    private void openHandPosting(ChannelKind preferred) {
        viewModel.withSavedPost(post -> {
            new app.herold.ui.handposting.HandPostingDialog(getScene().getWindow(), viewModel.handPosting(post, preferred),
                    messages).showAndWait();
            viewModel.reloadDeliveries();
        });
    }

    private Node field(String key, Node content) {
        Label label = new Label(messages.text(key));
        label.getStyleClass().add(Styles.FIELD_LABEL);
        label.setLabelFor(content);
        VBox box = new VBox(5, label, content);
        box.getStyleClass().add(Styles.EDITOR_SECTION);
        box.setId("editor-" + key.substring(key.indexOf('.') + 1).toLowerCase(Locale.ROOT));
        return box;
    }
}
