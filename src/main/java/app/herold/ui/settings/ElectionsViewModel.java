package app.herold.ui.settings;

import app.herold.domain.UserFacingException;
import app.herold.domain.rules.Election;
import app.herold.domain.rules.ElectionStore;
import app.herold.domain.rules.ElectionType;
import app.herold.domain.rules.ElectionWindows;
import app.herold.i18n.Messages;
import app.herold.ui.common.DialogService;
import app.herold.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The election calendar and the party list in the settings, saved at once like the accounts: an
 * election's kind, day, announcement, name, local candidates and voter groups, and its warning
 * window (6 to 26 weeks) and hot phase.
 */
public final class ElectionsViewModel {

    static final int SHORTEST_WARNING_WEEKS = 6;
    static final int LONGEST_WARNING_WEEKS = 26;

    private final ElectionStore store;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<Election> elections = FXCollections.observableArrayList();
    private final ObjectProperty<Election> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ElectionType> type = new SimpleObjectProperty<>(ElectionType.KOMMUNE);
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty announced = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty candidates = new SimpleStringProperty("");
    private final StringProperty groups = new SimpleStringProperty("");
    private final IntegerProperty warningWeeks = new SimpleIntegerProperty(13);
    private final IntegerProperty hotWeeks = new SimpleIntegerProperty(6);
    private final StringProperty parties = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private Runnable onChanged = () -> { };

    public ElectionsViewModel(ElectionStore store, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        selected.addListener((observable, old, election) -> fill(election));
    }

    public void setOnChanged(Runnable listener) {
        onChanged = listener;
    }

    public ObservableList<Election> elections() {
        return elections;
    }

    public ObjectProperty<Election> selectedProperty() {
        return selected;
    }

    public ObjectProperty<ElectionType> typeProperty() {
        return type;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty announcedProperty() {
        return announced;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty candidatesProperty() {
        return candidates;
    }

    public StringProperty groupsProperty() {
        return groups;
    }

    public IntegerProperty warningWeeksProperty() {
        return warningWeeks;
    }

    public IntegerProperty hotWeeksProperty() {
        return hotWeeks;
    }

    public StringProperty partiesProperty() {
        return parties;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void load() {
        executor.submit(() -> new Loaded(store.elections(), store.parties()), loaded -> {
            elections.setAll(loaded.elections());
            parties.set(String.join("\n", loaded.parties()));
        }, this::failed);
    }

    private record Loaded(List<Election> elections, List<String> parties) {
    }

    public void startNew() {
        selected.set(null);
        fill(null);
    }

    public void save() {
        LocalDate day = parse(date.get());
        if (day == null) {
            problem.set(messages.text("elections.error.date"));
            return;
        }
        LocalDate announcedOn = announced.get().isBlank() ? null : parse(announced.get());
        if (!announced.get().isBlank() && announcedOn == null || announcedOn != null && announcedOn.isAfter(day)) {
            problem.set(messages.text("elections.error.announced"));
            return;
        }
        int warning = Math.max(SHORTEST_WARNING_WEEKS, Math.min(LONGEST_WARNING_WEEKS, warningWeeks.get()));
        int hot = Math.max(1, Math.min(warning, hotWeeks.get()));
        ElectionWindows windows = warning == 13 && hot == 6 ? ElectionWindows.DEFAULT
                : new ElectionWindows(Period.ofWeeks(warning), Period.ofWeeks(hot));
        Election current = selected.get();
        Election election = new Election(current == null ? 0 : current.id(), type.get(), day, announcedOn, name.get(),
                lines(candidates.get()), lines(groups.get()), false, windows);
        problem.set("");
        executor.submit(() -> {
            Election saved = store.save(election);
            return new Saved(saved, store.elections());
        }, result -> {
            elections.setAll(result.all());
            selected.set(result.all().stream().filter(each -> each.id() == result.saved().id()).findFirst().orElse(null));
            notice.set(messages.format("elections.saved", result.saved().label()));
            onChanged.run();
        }, this::failed);
    }

    private record Saved(Election saved, List<Election> all) {
    }

    public void removeSelected() {
        Election election = selected.get();
        if (election == null || !dialogs.confirm(messages.text("elections.remove.title"),
                messages.format("elections.remove.question", election.label()), messages.text("accounts.remove.confirm"))) {
            return;
        }
        executor.submit(() -> {
            store.remove(election.id());
            return store.elections();
        }, all -> {
            elections.setAll(all);
            startNew();
            notice.set(messages.format("elections.removed", election.label()));
            onChanged.run();
        }, this::failed);
    }

    public void saveParties() {
        List<String> list = lines(parties.get());
        executor.submit(() -> {
            store.replaceParties(list);
            return list.size();
        }, count -> {
            notice.set(messages.format("elections.partiesSaved", count));
            onChanged.run();
        }, this::failed);
    }

    private void fill(Election election) {
        type.set(election == null ? ElectionType.KOMMUNE : election.type());
        date.set(election == null ? "" : messages.dateFormat().format(election.date()));
        announced.set(election == null || election.announcedOn() == null ? ""
                : messages.dateFormat().format(election.announcedOn()));
        name.set(election == null ? "" : election.name());
        candidates.set(election == null ? "" : String.join("\n", election.candidates()));
        groups.set(election == null ? "" : String.join("\n", election.groups()));
        ElectionWindows windows = election == null ? ElectionWindows.DEFAULT : election.windows();
        warningWeeks.set(weeks(windows.warning()));
        hotWeeks.set(weeks(windows.hotPhase()));
        problem.set("");
    }

    /** Three months read as 13 weeks; a stored period in weeks or days as its weeks. */
    private static int weeks(Period period) {
        return (int) Math.round((period.toTotalMonths() * 30.44 + period.getDays()) / 7.0);
    }

    private LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip(), messages.dateFormat());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private void failed(Throwable failure) {
        problem.set(failure instanceof UserFacingException userFacing ? messages.describe(userFacing)
                : messages.format("error.unexpected", String.valueOf(failure.getMessage())));
    }
}
