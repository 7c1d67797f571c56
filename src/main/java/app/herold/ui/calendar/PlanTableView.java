package app.herold.ui.calendar;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.PostSummary;
import app.herold.i18n.Messages;
import app.herold.ui.common.Icons;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The month as a sortable table with a filter over title, text, tags, channels and status. */
public final class PlanTableView extends VBox {

    private final TextField filter = new TextField();
    private final TableView<PostSummary> table = new TableView<>();

    public PlanTableView(CalendarViewModel viewModel, Messages messages) {
        getStyleClass().add("plan-table");
        setSpacing(6);
        filter.setPromptText(messages.text("list.filter.prompt"));
        filter.setAccessibleText(messages.text("list.filter.prompt"));

        TableColumn<PostSummary, LocalDate> date = new TableColumn<>(messages.text("list.column.date"));
        date.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().schedule().localDate()));
        date.setCellFactory(column -> textCell(messages::day));
        date.setPrefWidth(130);

        TableColumn<PostSummary, LocalTime> time = new TableColumn<>(messages.text("list.column.time"));
        time.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().schedule().localTime()));
        time.setCellFactory(column -> textCell(value -> messages.timeFormat().format(value)));
        time.setPrefWidth(60);

        TableColumn<PostSummary, String> title = new TableColumn<>(messages.text("list.column.title"));
        title.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().headline()));
        title.setPrefWidth(320);

        TableColumn<PostSummary, String> channels = new TableColumn<>(messages.text("list.column.channels"));
        channels.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().channels().stream()
                .map(ChannelKind::brandName).collect(Collectors.joining(", "))));
        channels.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                PostSummary post = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (post == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                HBox icons = new HBox(3);
                post.channels().forEach(kind -> icons.getChildren().add(Icons.channelIcon(kind, 14)));
                setGraphic(icons);
                setAccessibleText(item);
            }
        });
        channels.setPrefWidth(120);

        TableColumn<PostSummary, PostStatus> status = new TableColumn<>(messages.text("list.column.status"));
        status.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().status()));
        status.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(PostStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.text("status." + item.id()));
                setGraphic(empty || item == null ? null : Icons.statusIcon(item, 14));
            }
        });
        status.setPrefWidth(130);

        TableColumn<PostSummary, String> tags = new TableColumn<>(messages.text("list.column.tags"));
        tags.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.join(", ", cell.getValue().tags())));
        tags.setPrefWidth(180);

        table.getColumns().add(date);
        table.getColumns().add(time);
        table.getColumns().add(title);
        table.getColumns().add(channels);
        table.getColumns().add(status);
        table.getColumns().add(tags);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.text("list.empty")));

        FilteredList<PostSummary> filtered = new FilteredList<>(viewModel.listPosts());
        filter.textProperty().addListener((observable, old, text) -> filtered.setPredicate(matching(text, messages)));
        SortedList<PostSummary> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(date);

        table.setRowFactory(view -> {
            TableRow<PostSummary> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (!row.isEmpty() && event.getClickCount() == 2) {
                    viewModel.openPost(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            PostSummary selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                viewModel.openPost(selected.id());
                event.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filter, table);
    }

    /** Puts the cursor into the filter field (Ctrl+F). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public TableView<PostSummary> table() {
        return table;
    }

    private static java.util.function.Predicate<PostSummary> matching(String text, Messages messages) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] words = text.toLowerCase(Locale.ROOT).strip().split("\\s+");
        return post -> {
            String haystack = (post.title() + " " + post.snippet() + " " + String.join(" ", post.tags()) + " "
                    + post.channels().stream().map(ChannelKind::brandName).collect(Collectors.joining(" ")) + " "
                    + messages.text("status." + post.status().id())).toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (!haystack.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static <T> TableCell<PostSummary, T> textCell(java.util.function.Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }
}
