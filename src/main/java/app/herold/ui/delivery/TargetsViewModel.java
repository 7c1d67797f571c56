package app.herold.ui.delivery;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelAccountStore;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.publishing.MissedTargets;
import app.herold.domain.publishing.Outbox;
import app.herold.domain.publishing.PublishAttempt;
import app.herold.domain.publishing.PublishTarget;
import app.herold.i18n.Messages;
import app.herold.ui.common.DialogService;
import app.herold.ui.common.PublishingServices;
import app.herold.ui.common.TaskExecutor;
import app.herold.ui.delivery.TargetStateTexts.Tone;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor's "Versand": where the open post goes through the platforms' APIs, how far each account has
 * got, and what the user can do about it. It shows the post as saved, which is what the outbox sends; the
 * editor saves within seconds of a change and tells this model when it has.
 */
public final class TargetsViewModel {

    /** What the user may do with a target, by its state. */
    public enum Action {
        /** "Erneut senden": a refusal or lost access the user has mended. */
        RETRY,
        /** "Ist erschienen": the user looked, the post is there. */
        ARRIVED,
        /** "Nicht erschienen": the user looked, it is not there; it may go again. */
        MISSING,
        /** "Überspringen": not on this account. */
        SKIP,
        /** "Jetzt senden": a missed post goes out late after all. */
        SEND_LATE
    }

    /** One attempt at a target, as the expanded row lists it. */
    public record AttemptLine(String when, String kind, String outcome, Tone tone, String remoteId, String link,
                              String problem) {
    }

    /**
     * One account of the post.
     *
     * @param targetId 0 while the outbox has not taken the account up yet (it does at its next pass)
     * @param link the live post's address, or empty
     * @param attempts empty unless {@code expanded}
     */
    public record Row(long targetId, AccountId account, String accountName, ChannelKind kind, String state, Tone tone,
                      String problem, String link, List<Action> actions, boolean busy, boolean expanded,
                      List<AttemptLine> attempts) {

        public Row {
            actions = List.copyOf(actions);
            attempts = List.copyOf(attempts);
        }

        public boolean hasTarget() {
            return targetId > 0;
        }
    }

    /**
     * A channel of the post that nobody sends through an API: it is posted by hand.
     *
     * @param name the post's accounts on the channel, or the channel's name when none is chosen
     */
    public record ByHand(ChannelKind kind, String name, String text) {
    }

    /** What one background load found; rows are made from it on the UI thread. */
    private record Snapshot(Post post, List<ChannelAccount> accounts, List<PublishTarget> targets,
                            Map<Long, List<PublishAttempt>> attempts, Set<ChannelKind> sentByApi, Outbox outbox) {
    }

    private final ContentPlan plan;
    private final ChannelAccountStore accountStore;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final TargetStateTexts texts;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ByHand> byHand = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    private Supplier<PublishingServices> publishing;
    private Supplier<MissedTargets> missedRule = () -> MissedTargets.DEFAULT;
    private Runnable afterOutboxEvent = () -> { };

    private PostId shown;
    /** The post the outbox listener reports; read on the outbox's thread. */
    private volatile PostId watched;
    private Outbox listeningTo;
    private Snapshot last;
    private boolean loadInFlight;
    private boolean loadAgain;
    private final Set<Long> expanded = new HashSet<>();
    private final Set<Long> busy = new HashSet<>();
    private final Map<Long, List<PublishAttempt>> attempts = new HashMap<>();

    private final Consumer<Outbox.Event> listener;

    public TargetsViewModel(ContentPlan plan, ChannelAccountStore accounts, TaskExecutor executor,
                            DialogService dialogs, Messages messages, Clock clock) {
        this.plan = plan;
        this.accountStore = accounts;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.texts = new TargetStateTexts(messages, plan.zone());
        // Events come on the outbox's thread, for every post: only the open one's hop to the UI thread.
        this.listener = event -> {
            PostId post = watched;
            if (post != null && post.equals(event.target().post())) {
                executor.onUiThread(this::outboxReported);
            }
        };
    }

    /**
     * Lets the section show: sending exists in this window. The supplier's first call is slow (it loads the
     * networks' adapters) and is only made in the background.
     */
    public void connect(Supplier<PublishingServices> services, Supplier<MissedTargets> missed) {
        this.publishing = services;
        this.missedRule = missed;
        available.set(true);
        reload();
    }

    /** Told after the outbox changed the open post's targets: a send also adds to the post's deliveries. */
    public void setAfterOutboxEvent(Runnable action) {
        this.afterOutboxEvent = action;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The channels of the post that are posted by hand, each with its line. */
    public ObservableList<ByHand> byHand() {
        return byHand;
    }

    /** One line on why nothing is sent (yet): a draft, no date, no account; empty otherwise. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Whether sending is wired into this window at all. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The editor shows another post (null: a new one not saved yet, or none). */
    public void show(PostId id) {
        if (id != null && id.equals(shown)) {
            return;
        }
        stopListening();
        shown = id;
        last = null;
        expanded.clear();
        busy.clear();
        attempts.clear();
        rows.clear();
        byHand.clear();
        note.set(id == null ? messages.text("delivery.note.unsaved") : "");
        reload();
    }

    /** Reads the post and its targets again: the editor saved it, or the user asked. */
    public void reload() {
        PostId id = shown;
        if (publishing == null || id == null) {
            return;
        }
        if (loadInFlight) {
            loadAgain = true;
            return;
        }
        loadInFlight = true;
        loading.set(rows.isEmpty());
        Set<Long> open = Set.copyOf(expanded);
        executor.submit(() -> load(id, open), snapshot -> {
            loadInFlight = false;
            loading.set(false);
            if (id.equals(shown)) {
                last = snapshot;
                attempts.putAll(snapshot.attempts());
                listen(snapshot.outbox());
                showRows();
            }
            loadMoreIfAsked();
        }, problem -> {
            loadInFlight = false;
            loading.set(false);
            if (id.equals(shown)) {
                rows.clear();
                byHand.clear();
                note.set(messages.format("delivery.error.unavailable", sentence(problem)));
            }
            loadMoreIfAsked();
        });
    }

    /** Stops listening to the outbox; the editor closed or the window is going. */
    public void dispose() {
        show(null);
    }

    public void openLink(String link) {
        if (link != null && !link.isBlank()) {
            dialogs.openExternally(link);
        }
    }

    /** Shows or hides a target's attempts, loading them when shown. */
    public void toggleAttempts(Row row) {
        if (!row.hasTarget()) {
            return;
        }
        long id = row.targetId();
        if (!expanded.add(id)) {
            expanded.remove(id);
            showRows();
            return;
        }
        PostId post = shown;
        executor.submit(() -> services().outbox().attemptsOf(id), found -> {
            if (post != null && post.equals(shown)) {
                attempts.put(id, found);
                showRows();
            }
        }, problem -> {
            expanded.remove(id);
            dialogs.showError(sentence(problem));
        });
    }

    /** Runs an action that needs nothing more than the row ("Ist erschienen" goes without a link here). */
    public void act(Row row, Action action) {
        act(row, action, "");
    }

    /**
     * Runs the action in the background; the row shows it busy, then as the outbox left it.
     *
     * @param link for {@link Action#ARRIVED}: the live post's address, if the user has it
     */
    public void act(Row row, Action action, String link) {
        if (!row.hasTarget() || !row.actions().contains(action) || busy.contains(row.targetId())) {
            return;
        }
        long id = row.targetId();
        busy.add(id);
        showRows();
        String address = link == null ? "" : link.strip();
        executor.submit(() -> {
            Outbox outbox = services().outbox();
            return switch (action) {
                case RETRY -> outbox.retry(id);
                case ARRIVED -> outbox.confirmArrived(id, address);
                case MISSING -> outbox.confirmMissing(id);
                case SKIP -> outbox.skip(id);
                case SEND_LATE -> outbox.approveLate(id);
            };
        }, done -> {
            busy.remove(id);
            reload();
        }, problem -> {
            busy.remove(id);
            dialogs.showError(problem instanceof IllegalStateException || problem instanceof NoSuchElementException
                    ? messages.text("delivery.error.changed")
                    : messages.format("delivery.error.action", sentence(problem)));
            reload();
        });
    }

    // --- internals -----------------------------------------------------------------------------

    private PublishingServices services() {
        return publishing.get();
    }

    private Snapshot load(PostId id, Set<Long> open) {
        PublishingServices services = services();
        Outbox outbox = services.outbox();
        Post post = plan.find(id).orElse(null);
        List<ChannelAccount> accounts = accountStore.accounts();
        List<PublishTarget> targets = outbox.targetsOf(id);
        Map<Long, List<PublishAttempt>> openAttempts = new HashMap<>();
        for (PublishTarget target : targets) {
            if (open.contains(target.id())) {
                openAttempts.put(target.id(), outbox.attemptsOf(target.id()));
            }
        }
        Set<ChannelKind> sentByApi = EnumSet.noneOf(ChannelKind.class);
        for (ChannelKind kind : ChannelKind.values()) {
            if (outbox.publishes(kind)) {
                sentByApi.add(kind);
            }
        }
        return new Snapshot(post, accounts, targets, openAttempts, sentByApi, outbox);
    }

    private void loadMoreIfAsked() {
        if (loadAgain) {
            loadAgain = false;
            reload();
        }
    }

    private void outboxReported() {
        reload();
        afterOutboxEvent.run();
    }

    private void listen(Outbox outbox) {
        watched = shown;
        if (listeningTo != outbox) {
            stopListening();
            outbox.addListener(listener);
            listeningTo = outbox;
            watched = shown;
        }
    }

    private void stopListening() {
        watched = null;
        if (listeningTo != null) {
            listeningTo.removeListener(listener);
            listeningTo = null;
        }
    }

    private void showRows() {
        Snapshot snapshot = last;
        if (snapshot == null) {
            return;
        }
        Post post = snapshot.post();
        if (post == null) {
            rows.clear();
            byHand.clear();
            note.set(messages.text("delivery.note.unsaved"));
            return;
        }
        TargetRows.Shown shown = new TargetRows(messages, texts, missedRule.get(), clock.instant(), expanded, busy,
                attempts).of(post, snapshot.accounts(), snapshot.targets(), snapshot.sentByApi());
        rows.setAll(shown.rows());
        byHand.setAll(shown.byHand());
        note.set(shown.note());
    }

    private String sentence(Throwable problem) {
        if (problem instanceof UserFacingException userFacing) {
            return messages.describe(userFacing);
        }
        return messages.format("error.unexpected", String.valueOf(problem.getMessage()));
    }
}
