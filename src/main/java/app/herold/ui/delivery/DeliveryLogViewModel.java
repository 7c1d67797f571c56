package app.herold.ui.delivery;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelAccountStore;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.publishing.Outbox;
import app.herold.domain.publishing.OutboxStore;
import app.herold.domain.publishing.PublishAttempt;
import app.herold.domain.publishing.PublishTarget;
import app.herold.i18n.Messages;
import app.herold.ui.common.DialogService;
import app.herold.ui.common.PublishingServices;
import app.herold.ui.common.TaskExecutor;
import app.herold.ui.delivery.TargetStateTexts.Tone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The "Zustellprotokoll": the newest attempts of every target, each with its post, account, outcome and
 * link, filtered by words or to the problems, and kept current while the outbox works.
 */
public final class DeliveryLogViewModel {

    /** How many attempts the log shows: weeks of a town's posts, and still quick to read. */
    static final int LIMIT = 500;

    /**
     * One attempt as a row of the log.
     *
     * @param post null when the post was deleted since
     * @param kind null when the account was removed since
     * @param link the live post's address, or empty
     */
    public record Entry(long attemptId, Instant at, String time, PostId post, String postTitle, String accountName,
                        ChannelKind kind, String action, String outcome, Tone tone, String message, String link) {

        /** Whether "Nur Probleme" keeps the row: Herold or the user has something to mend, or there is a message. */
        public boolean isProblem() {
            return tone == Tone.WAITING || tone == Tone.NEEDS_USER || !message.isEmpty();
        }

        boolean matches(String words) {
            String haystack = String.join(" ", postTitle, accountName, kind == null ? "" : kind.brandName(), action,
                    outcome, message, link).toLowerCase(Locale.ROOT);
            for (String word : words.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isEmpty() && !haystack.contains(word)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Supplier<PublishingServices> publishing;
    private final ChannelAccountStore accounts;
    private final ContentPlan plan;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<PostId> openPost;
    private final TargetStateTexts texts;

    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final FilteredList<Entry> shown = new FilteredList<>(entries, entry -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty onlyProblems = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    private boolean loaded;
    private boolean loadInFlight;
    private boolean loadAgain;
    private boolean closed;
    private Outbox listeningTo;
    private final Consumer<Outbox.Event> listener;

    public DeliveryLogViewModel(Supplier<PublishingServices> publishing, ChannelAccountStore accounts, ContentPlan plan,
                                TaskExecutor executor, DialogService dialogs, Messages messages,
                                Consumer<PostId> openPost) {
        this.publishing = publishing;
        this.accounts = accounts;
        this.plan = plan;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.openPost = openPost;
        this.texts = new TargetStateTexts(messages, plan.zone());
        this.listener = event -> executor.onUiThread(this::load);
        filter.addListener(observable -> applyFilter());
        onlyProblems.addListener(observable -> applyFilter());
        placeholder.set(messages.text("delivery.loading"));
    }

    /** The rows the filter lets through, newest first. */
    public ObservableList<Entry> shown() {
        return shown;
    }

    /** Every row read, before the filter. */
    public ObservableList<Entry> entries() {
        return entries;
    }

    /** Words that must all appear in the post's title, the account, the outcome or the message. */
    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty onlyProblemsProperty() {
        return onlyProblems;
    }

    /** What the empty table says: loading, nothing sent yet, or nothing matches. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** "12 Einträge", or "3 von 12 Einträgen" while filtered. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Reads the log (again), in the background; begins following the outbox after the first read. */
    public void load() {
        if (closed) {
            return;
        }
        if (loadInFlight) {
            loadAgain = true;
            return;
        }
        loadInFlight = true;
        executor.submit(this::read, read -> {
            loadInFlight = false;
            if (closed) {
                return;
            }
            loaded = true;
            entries.setAll(read.entries());
            follow(read.outbox());
            applyFilter();
            if (loadAgain) {
                loadAgain = false;
                load();
            }
        }, problem -> {
            loadInFlight = false;
            loadAgain = false;
            if (!closed) {
                placeholder.set(messages.format("delivery.error.unavailable", sentence(problem)));
            }
        });
    }

    /** A double-click: the post opens in the editor. */
    public void open(Entry entry) {
        if (entry != null && entry.post() != null) {
            openPost.accept(entry.post());
        }
    }

    public void openLink(Entry entry) {
        if (entry != null && !entry.link().isEmpty()) {
            dialogs.openExternally(entry.link());
        }
    }

    /** The log closed: it stops following the outbox. */
    public void close() {
        closed = true;
        if (listeningTo != null) {
            listeningTo.removeListener(listener);
            listeningTo = null;
        }
    }

    private void follow(Outbox outbox) {
        if (listeningTo == null) {
            outbox.addListener(listener);
            listeningTo = outbox;
        }
    }

    private record Read(List<Entry> entries, Outbox outbox) {
    }

    private Read read() {
        PublishingServices services = publishing.get();
        OutboxStore store = services.store();
        Map<AccountId, ChannelAccount> accountsById = new HashMap<>();
        accounts.accounts().forEach(account -> accountsById.put(account.id(), account));
        Map<Long, Optional<PublishTarget>> targets = new HashMap<>();
        Map<PostId, Optional<String>> titles = new HashMap<>();
        List<Entry> read = new ArrayList<>();
        for (PublishAttempt attempt : store.recentAttempts(LIMIT)) {
            PublishTarget target = targets.computeIfAbsent(attempt.target(), store::find).orElse(null);
            if (target == null) {
                continue;
            }
            Optional<String> title = target.post() == null ? Optional.empty()
                    : titles.computeIfAbsent(target.post(), this::titleOf);
            ChannelAccount account = accountsById.get(target.account());
            read.add(new Entry(attempt.id(), attempt.startedAt(), texts.stamp(attempt.startedAt()),
                    title.isPresent() ? target.post() : null, title.orElse(messages.text("delivery.log.postGone")),
                    account == null ? messages.text("delivery.log.accountGone") : account.name(),
                    account == null ? null : account.kind(), texts.kind(attempt.kind()),
                    texts.outcome(attempt, target.state()), texts.outcomeTone(attempt, target.state()),
                    texts.problem(attempt.problem()), attempt.remoteUrl()));
        }
        return new Read(read, services.outbox());
    }

    /** The post's headline; empty when the post was deleted since. */
    private Optional<String> titleOf(PostId id) {
        return plan.find(id).map(Post::headline)
                .map(headline -> headline.isBlank() ? messages.text("card.untitled") : headline);
    }

    private void applyFilter() {
        String words = filter.get() == null ? "" : filter.get().strip();
        boolean problems = onlyProblems.get();
        shown.setPredicate(entry -> (!problems || entry.isProblem()) && (words.isEmpty() || entry.matches(words)));
        if (!loaded) {
            return;
        }
        placeholder.set(messages.text(entries.isEmpty() ? "delivery.log.empty" : "delivery.log.noMatch"));
        summary.set(shown.size() == entries.size() ? messages.format("delivery.log.count", entries.size())
                : messages.format("delivery.log.countFiltered", shown.size(), entries.size()));
    }

    private String sentence(Throwable problem) {
        if (problem instanceof UserFacingException userFacing) {
            return messages.describe(userFacing);
        }
        return messages.format("error.unexpected", String.valueOf(problem.getMessage()));
    }
}
