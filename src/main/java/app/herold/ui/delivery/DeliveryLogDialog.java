package app.herold.ui.delivery;

import app.herold.domain.channel.ChannelAccountStore;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.PostId;
import app.herold.i18n.Messages;
import app.herold.ui.common.DialogService;
import app.herold.ui.common.Icons;
import app.herold.ui.common.PublishingServices;
import app.herold.ui.common.Styles;
import app.herold.ui.common.TaskExecutor;
import app.herold.ui.delivery.DeliveryLogViewModel.Entry;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * "Zustellprotokoll": every recent attempt of every target in one table. It stays open beside the window
 * (not modal), so a double-click can open the post in the editor while the log stays in view; it follows
 * the outbox while it is open.
 */
public final class DeliveryLogDialog {

    private final Dialog<Void> dialog = new Dialog<>();
    private final DeliveryLogViewModel viewModel;
    private final Messages messages;
    private final TableView<Entry> table = new TableView<>();

    /**
     * @param publishing sending; its first call is slow and is made in the background
     * @param accounts the town's accounts, for the names
     * @param plan the posts, for the titles and the time zone the times are shown in
     * @param openPost opens a post in the editor
     */
    public DeliveryLogDialog(Window owner, Messages messages, TaskExecutor executor, DialogService dialogs,
                             Supplier<PublishingServices> publishing, ChannelAccountStore accounts, ContentPlan plan,
                             Consumer<PostId> openPost) {
        this.messages = messages;
        this.viewModel = new DeliveryLogViewModel(publishing, accounts, plan, executor, dialogs, messages, openPost);
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(messages.text("delivery.log.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        VBox content = new VBox(10, filterBar(), table(), footer());
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(new Insets(14));
        dialog.getDialogPane().setContent(content);
        // Wide enough for every column at once beside a 1280-pixel window; the user can make it larger. The
        // theme's stylesheet caps a dialog at 600 pixels, which suits a question, not a table; a bound width is
        // one the stylesheet leaves alone.
        dialog.getDialogPane().setPrefSize(1240, 640);
        dialog.getDialogPane().maxWidthProperty().bind(new javafx.beans.property.SimpleDoubleProperty(Double.MAX_VALUE));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.text("delivery.log.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("delivery-log");
        dialog.setOnHidden(event -> viewModel.close());
        viewModel.load();
    }

    /** Shows the log beside the window and returns at once. */
    public void show() {
        dialog.show();
        table.requestFocus();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }

    public DeliveryLogViewModel viewModel() {
        return viewModel;
    }

    private Node filterBar() {
        TextField filter = new TextField();
        filter.setId("delivery-log-filter");
        filter.setPromptText(messages.text("delivery.log.filter.prompt"));
        filter.setAccessibleText(messages.text("delivery.log.filter.prompt"));
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        filter.setPrefColumnCount(30);
        HBox.setHgrow(filter, Priority.SOMETIMES);
        ToggleButton problems = new ToggleButton(messages.text("delivery.log.onlyProblems"),
                Icons.icon(MaterialDesignA.ALERT_CIRCLE_OUTLINE, 16));
        problems.setId("delivery-log-only-problems");
        problems.selectedProperty().bindBidirectional(viewModel.onlyProblemsProperty());
        problems.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button refresh = new Button(messages.text("delivery.log.refresh"), Icons.icon(MaterialDesignR.REFRESH, 16));
        refresh.setId("delivery-log-refresh");
        refresh.setOnAction(event -> viewModel.load());
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, filter, problems, gap, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node table() {
        table.setId("delivery-log-table");
        SortedList<Entry> sorted = new SortedList<>(viewModel.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.EMPTY_STATE);
        table.setPlaceholder(placeholder);
        // The columns share the table's width; only the title and the message give way, since their tooltips
        // show them whole.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(
                textColumn("delivery.log.column.time", Entry::time, 145, 145,
                        Comparator.comparing(Entry::at)),
                textColumn("delivery.log.column.post", Entry::postTitle, 190, 120,
                        Comparator.comparing(Entry::postTitle, String.CASE_INSENSITIVE_ORDER)),
                column("delivery.log.column.account", this::accountCell, 240, 240,
                        Comparator.comparing(Entry::accountName, String.CASE_INSENSITIVE_ORDER)),
                textColumn("delivery.log.column.kind", Entry::action, 100, 100,
                        Comparator.comparing(Entry::action)),
                column("delivery.log.column.outcome", this::outcomeCell, 220, 220,
                        Comparator.comparing(Entry::outcome)),
                textColumn("delivery.log.column.message", Entry::message, 180, 120,
                        Comparator.comparing(Entry::message)),
                column("delivery.log.column.link", this::linkCell, 110, 110,
                        Comparator.comparing(Entry::link)));
        table.setRowFactory(view -> {
            TableRow<Entry> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        return table;
    }

    private Node footer() {
        Label summary = new Label();
        summary.setId("delivery-log-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label(messages.text("delivery.log.openHint"));
        hint.getStyleClass().add(Styles.HINT);
        HBox footer = new HBox(14, summary, hint);
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    private Node accountCell(Entry entry) {
        Label name = new Label(entry.accountName());
        if (entry.kind() != null) {
            name.setGraphic(Icons.channelIcon(entry.kind(), 14));
            name.setGraphicTextGap(6);
        }
        return name;
    }

    private Node outcomeCell(Entry entry) {
        Label outcome = new Label(entry.outcome(), Icons.icon(TargetsPane.iconOf(entry.tone()), 14));
        outcome.getStyleClass().add(entry.tone().styleClass());
        return outcome;
    }

    private Node linkCell(Entry entry) {
        if (entry.link().isEmpty()) {
            return null;
        }
        Hyperlink link = new Hyperlink(messages.text("delivery.log.view"), Icons.icon(MaterialDesignO.OPEN_IN_NEW, 14));
        link.setTooltip(new Tooltip(entry.link()));
        link.setOnAction(event -> viewModel.openLink(entry));
        link.setPadding(Insets.EMPTY);
        return link;
    }

    private TableColumn<Entry, Entry> textColumn(String key, Function<Entry, String> text, double width,
                                                 double least, Comparator<Entry> order) {
        return column(key, entry -> {
            String value = text.apply(entry);
            Label label = new Label(value);
            if (!value.isEmpty()) {
                label.setTooltip(new Tooltip(value));
            }
            return label;
        }, width, least, order);
    }

    private TableColumn<Entry, Entry> column(String key, Function<Entry, Node> cell, double width, double least,
                                             Comparator<Entry> order) {
        TableColumn<Entry, Entry> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(entry -> new ReadOnlyObjectWrapper<>(entry.getValue()));
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(Entry item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : cell.apply(item));
            }
        });
        column.setComparator(order);
        column.setPrefWidth(width);
        column.setMinWidth(least);
        return column;
    }
}
