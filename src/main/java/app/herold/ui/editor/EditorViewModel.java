package app.herold.ui.editor;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.MediaLibrary;
import app.herold.domain.post.PlanChange;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import app.herold.domain.rules.VolumeCheck;
import app.herold.domain.text.MarkupEdits;
import app.herold.i18n.Messages;
import app.herold.ui.common.ChannelServices;
import app.herold.ui.common.DialogService;
import app.herold.ui.common.PlanCommands;
import app.herold.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The post being edited. Every change is saved by itself within {@link #AUTOSAVE_DELAY} of the
 * first keystroke, on Ctrl+S, when another post is opened and when the editor or the window
 * closes. A save that fails keeps the text in the editor and says so; nothing typed is dropped.
 */
public final class EditorViewModel {

    /** Saves come at most this long after the first unsaved change, even while the user keeps typing. */
    public static final Duration AUTOSAVE_DELAY = Duration.ofSeconds(2);

    public enum SaveState { SAVED, UNSAVED, SAVING, FAILED }

    private final ContentPlan plan;
    private final PlanCommands commands;
    private final MediaLibrary media;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final Supplier<LocalTime> defaultTime;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty scheduled = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final ObjectProperty<PostStatus> status = new SimpleObjectProperty<>(PostStatus.DRAFT);
    private final Map<ChannelKind, BooleanProperty> channels = new EnumMap<>(ChannelKind.class);
    /** A channel's own text; empty when it takes the master text. */
    private final Map<ChannelKind, StringProperty> variants = new EnumMap<>(ChannelKind.class);
    /** Whether a channel's own text is being edited; stays open while the user empties it to start over. */
    private final Map<ChannelKind, BooleanProperty> ownTextOpen = new EnumMap<>(ChannelKind.class);
    private final ChannelReviewViewModel review;
    private final RuleReviewViewModel rules;
    private final ChannelServices channelServices;
    /** The "Versand" section: where the saved post goes through the platforms' APIs. */
    private final app.herold.ui.delivery.TargetsViewModel targets;
    /** Every channel account of the town, for choosing where the post goes. */
    private final ObservableList<ChannelAccount> accounts = FXCollections.observableArrayList();
    /** The accounts the post goes to, in the order they were chosen. */
    private final ObservableList<AccountId> chosenAccounts = FXCollections.observableArrayList();
    private final ObservableList<Delivery> deliveries = FXCollections.observableArrayList();
    private Path lastExportFolder;
    /** While "Bereit" waits for the rules (and maybe a confirmation), the status saved is the one before. */
    private PostStatus gatedFrom;
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<ImageItem> images =
            FXCollections.observableArrayList(ImageItem::editable);

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<PostId> postId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyStringWrapper saveMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);

    /** The post as last saved (or as opened, for a new one): what "unsaved changes" compare against. */
    private Post baseline;
    private boolean filling;
    private boolean saveInFlight;
    private boolean saveAgain;
    private final List<Runnable> afterSave = new ArrayList<>();
    private TaskExecutor.Cancellable autosave;
    private Consumer<PostId> openedListener = id -> { };

    public EditorViewModel(ContentPlan plan, PlanCommands commands, MediaLibrary media, TaskExecutor executor,
                           DialogService dialogs, Messages messages, Clock clock, Supplier<LocalTime> defaultTime,
                           ChannelServices channelServices) {
        this.plan = plan;
        this.commands = commands;
        this.media = media;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.defaultTime = defaultTime;
        this.channelServices = channelServices;
        this.review = new ChannelReviewViewModel(channelServices.catalog(), channelServices.imageFacts(), executor);
        this.rules = new RuleReviewViewModel(channelServices.elections(), plan, channelServices.textFacts(), executor);
        this.targets = new app.herold.ui.delivery.TargetsViewModel(plan, channelServices.accounts(), executor, dialogs,
                messages, clock);
        // The section shows the post as saved, which is what the outbox sends: it follows the saves.
        postId.addListener((observable, before, now) -> targets.show(now));
        saveState.addListener((observable, before, now) -> {
            if (now == SaveState.SAVED) {
                targets.reload();
            }
        });
        targets.setAfterOutboxEvent(this::reloadDeliveries);
        for (ChannelKind kind : ChannelKind.values()) {
            BooleanProperty selected = new SimpleBooleanProperty(false);
            selected.addListener(observable -> {
                changed();
                requestReview();
            });
            channels.put(kind, selected);
            StringProperty variant = new SimpleStringProperty("");
            variant.addListener(observable -> {
                changed();
                requestReview();
            });
            variants.put(kind, variant);
            ownTextOpen.put(kind, new SimpleBooleanProperty(false));
        }
        // Change listeners, not invalidation listeners: an invalidated text nobody read since (no view
        // bound, no channel chosen) would not report the next edit.
        title.addListener((observable, before, now) -> {
            changed();
            requestReview();
        });
        text.addListener((observable, before, now) -> {
            changed();
            requestReview();
        });
        notes.addListener((observable, before, now) -> changed());
        scheduled.addListener(observable -> {
            changed();
            requestReview();
        });
        date.addListener(observable -> {
            changed();
            requestReview();
        });
        time.addListener(observable -> {
            validateTime();
            changed();
        });
        status.addListener((observable, previous, chosen) -> {
            if (!filling && chosen == PostStatus.READY && previous != PostStatus.READY && gatedFrom == null) {
                gateReady(previous);
            }
            changed();
        });
        tags.addListener((Observable observable) -> {
            changed();
            requestReview();
        });
        chosenAccounts.addListener((Observable observable) -> changed());
        images.addListener((Observable observable) -> {
            changed();
            requestReview();
        });
    }

    // --- what the view binds to ----------------------------------------------------------------

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty scheduledProperty() {
        return scheduled;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<PostStatus> statusProperty() {
        return status;
    }

    public BooleanProperty channelProperty(ChannelKind kind) {
        return channels.get(kind);
    }

    /** A channel's own text instead of the master text; empty when it takes the master text. */
    public StringProperty variantProperty(ChannelKind kind) {
        return variants.get(kind);
    }

    public ReadOnlyBooleanProperty ownTextOpenProperty(ChannelKind kind) {
        return ownTextOpen.get(kind);
    }

    /** Starts a channel's own text from what it gets now, the master text. */
    public void startVariant(ChannelKind kind) {
        if (variants.get(kind).get().isBlank()) {
            variants.get(kind).set(text.get());
        }
        ownTextOpen.get(kind).set(true);
    }

    /** The channel takes the master text again. */
    public void resetVariant(ChannelKind kind) {
        ownTextOpen.get(kind).set(false);
        variants.get(kind).set("");
    }

    /** The "Versand" section; the window connects it to sending with {@code targets().connect(...)}. */
    public app.herold.ui.delivery.TargetsViewModel targets() {
        return targets;
    }

    public ChannelReviewViewModel review() {
        return review;
    }

    public RuleReviewViewModel rules() {
        return rules;
    }

    public ObservableList<ChannelAccount> accounts() {
        return accounts;
    }

    public ObservableList<AccountId> chosenAccounts() {
        return chosenAccounts;
    }

    /** What went out where, oldest first; posting by hand adds to it. */
    public ObservableList<Delivery> deliveries() {
        return deliveries;
    }

    /** Reads the town's accounts again, after they were changed in the settings. */
    public void reloadAccounts() {
        executor.submit(() -> channelServices.accounts().accounts(), accounts::setAll, this::reportFailure);
    }

    /** Chooses or drops an account; its channel follows, so the post goes to a channel with an account. */
    public void chooseAccount(ChannelAccount account, boolean chosen) {
        if (chosen && !chosenAccounts.contains(account.id())) {
            chosenAccounts.add(account.id());
            channels.get(account.kind()).set(true);
        } else if (!chosen && chosenAccounts.remove(account.id())) {
            boolean anotherOnKind = accounts.stream().anyMatch(other -> other.kind() == account.kind()
                    && chosenAccounts.contains(other.id()));
            if (!anotherOnKind) {
                channels.get(account.kind()).set(false);
            }
        }
    }

    /**
     * Saves the post and hands the saved version to {@code next}: exporting and posting by hand work on
     * what is stored, so the bundle and the record show the same post.
     */
    public void withSavedPost(Consumer<Post> next) {
        flushThen(() -> {
            if (baseline != null && baseline.isSaved() && !isDirty()) {
                next.accept(baseline);
            }
        });
    }

    public app.herold.ui.handposting.HandPostingViewModel handPosting(Post saved, ChannelKind preferred) {
        return new app.herold.ui.handposting.HandPostingViewModel(saved, channelServices.exports(),
                channelServices.deliveries(), plan, executor, dialogs, messages, clock, preferred);
    }

    /** The export of a saved post, into the folder used last in this session or the data directory's exports. */
    public app.herold.ui.export.ExportViewModel export(Post saved) {
        app.herold.ui.export.ExportViewModel export = new app.herold.ui.export.ExportViewModel(saved,
                channelServices.exports(), executor, dialogs, messages,
                lastExportFolder != null ? lastExportFolder : channelServices.exportFolder());
        export.folderProperty().addListener((observable, old, folder) -> lastExportFolder = folder);
        return export;
    }

    public void openLink(String link) {
        dialogs.openExternally(link);
    }

    /** Reads the deliveries of the open post again, after posting by hand. */
    public void reloadDeliveries() {
        PostId id = postId.get();
        if (id == null) {
            deliveries.clear();
            return;
        }
        executor.submit(() -> channelServices.deliveries().deliveriesOf(id), found -> {
            if (id.equals(postId.get())) {
                deliveries.setAll(found);
            }
        }, this::reportFailure);
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObservableList<ImageItem> images() {
        return images;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return open.get();
    }

    public ReadOnlyObjectProperty<PostId> postIdProperty() {
        return postId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** "Saved 14:32", "Not saved yet" or why saving failed. */
    public ReadOnlyStringProperty saveMessageProperty() {
        return saveMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeErrorProperty() {
        return timeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public Path imagePath(ImageItem item) {
        return media.pathOf(item.mediaFile());
    }

    /** Told whenever the editor shows another post, so the calendar can follow. */
    public void setOpenedListener(Consumer<PostId> listener) {
        this.openedListener = listener;
    }

    // --- commands ------------------------------------------------------------------------------

    /** Saves the post shown now, then loads and shows another. */
    public void open(PostId id) {
        if (isOpen() && id.equals(postId.get())) {
            return;
        }
        flushThen(() -> executor.submit(() -> plan.find(id).orElseThrow(
                        () -> new UserFacingException("error.postNotFound", id.value())),
                this::show, this::reportFailure));
    }

    /** A new post on {@code day} at the default time, or a new idea when {@code day} is null. */
    public void openNew(LocalDate day) {
        flushThen(() -> show(Post.newPost(day == null ? null : Schedule.of(day, defaultTime.get(), plan.zone()))));
    }

    /**
     * A field refused an edit that would have made it longer than the plan keeps: says so where the
     * save state shows, without a dialog; what the field held stays as it was.
     *
     * @param messageKey the sentence for the field ("editor.refused.text", ".ownText", ".title", ".notes")
     */
    public void refuseTooLong(String messageKey, int wouldBe, int maximum, Object... about) {
        Object[] arguments = new Object[about.length + 2];
        System.arraycopy(about, 0, arguments, 0, about.length);
        arguments[about.length] = wouldBe;
        arguments[about.length + 1] = maximum;
        saveState.set(SaveState.FAILED);
        saveMessage.set(messages.format(messageKey, arguments));
    }

    /** Ctrl+S: saves now instead of waiting for the autosave. */
    public void save() {
        cancelAutosave();
        saveNow(() -> { });
    }

    /** Saves what is unsaved, then runs {@code next}; asks before dropping text that cannot be saved. */
    public void flushThen(Runnable next) {
        if (!isOpen()) {
            next.run();
            return;
        }
        cancelAutosave();
        saveNow(() -> {
            if (saveState.get() == SaveState.FAILED && isDirty()) {
                boolean discard = dialogs.confirm(messages.text("editor.unsaved.title"),
                        messages.format("editor.unsaved.question", saveMessage.get()),
                        messages.text("editor.unsaved.discard"));
                if (!discard) {
                    return;
                }
            }
            next.run();
        });
    }

    /** Esc or the close button: saves, then closes the editor. */
    public void close() {
        flushThen(this::clear);
    }

    /** Asks, then deletes the post; Ctrl+Z brings it back. */
    public void delete() {
        PostId id = postId.get();
        if (!isOpen()) {
            return;
        }
        if (id == null) {
            // Never saved: nothing to delete from the plan, only the empty form to close.
            clear();
            return;
        }
        String name = currentPost().headline();
        boolean confirmed = dialogs.confirm(messages.text("editor.delete.title"),
                messages.format("editor.delete.question", name.isBlank() ? messages.text("card.untitled") : name),
                messages.text("editor.delete.confirm"));
        if (!confirmed) {
            return;
        }
        cancelAutosave();
        saveNow(() -> commands.delete(id, () -> {
            if (id.equals(postId.get())) {
                clear();
            }
        }));
    }

    /** Saves, copies the post and opens the copy. */
    public void duplicate() {
        if (!isOpen()) {
            return;
        }
        cancelAutosave();
        saveNow(() -> {
            PostId id = postId.get();
            if (id != null) {
                commands.duplicate(id, this::show);
            }
        });
    }

    /**
     * Checks each chosen file, copies the good ones into the data directory and adds them with empty
     * alt texts. A file that cannot be used is left out with one sentence naming it; the others, the
     * text and the pictures already there stay.
     */
    public void addImages(List<Path> files) {
        if (files.isEmpty() || !isOpen()) {
            return;
        }
        importing.set(true);
        executor.submit(() -> {
            List<String> stored = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (Path file : files) {
                try {
                    channelServices.imageFacts().checkAttachable(file);
                    stored.add(media.importImage(file));
                } catch (UserFacingException problem) {
                    refused.add(messages.describe(problem));
                }
            }
            return new AddedImages(stored, refused);
        }, added -> {
            importing.set(false);
            added.stored().forEach(name -> images.add(new ImageItem(name, "")));
            if (!added.refused().isEmpty()) {
                dialogs.showError(String.join("\n", added.refused()));
            }
        }, problem -> {
            importing.set(false);
            reportFailure(problem);
        });
    }

    private record AddedImages(List<String> stored, List<String> refused) {
    }

    public void chooseImages() {
        addImages(dialogs.chooseImages());
    }

    public void removeImage(ImageItem item) {
        images.remove(item);
    }

    public void moveImage(ImageItem item, int offset) {
        int from = images.indexOf(item);
        int to = from + offset;
        if (from < 0 || to < 0 || to >= images.size()) {
            return;
        }
        Collections.swap(images, from, to);
    }

    /** Adds a tag typed by the user; several may be separated by commas. */
    // --- formatting of the master text ----------------------------------------------------------

    public MarkupEdits.Edit toggleBold(int start, int end) {
        return apply(MarkupEdits.toggleBold(text.get(), start, end));
    }

    public MarkupEdits.Edit toggleItalic(int start, int end) {
        return apply(MarkupEdits.toggleItalic(text.get(), start, end));
    }

    public MarkupEdits.Edit toggleBullets(int start, int end) {
        return apply(MarkupEdits.toggleBullets(text.get(), start, end));
    }

    /** Asks for the address and links the selected words to it; empty when the user cancels. */
    public java.util.Optional<MarkupEdits.Edit> insertLink(int start, int end) {
        return dialogs.askText(messages.text("editor.format.link.title"), messages.text("editor.format.link.question"),
                        "https://")
                .map(EditorViewModel::withScheme)
                .filter(address -> !address.equals("https://"))
                .map(address -> apply(MarkupEdits.insertLink(text.get(), start, end, address)));
    }

    /** "www.meerane.de" is meant as a web address; platforms only link addresses with a scheme. */
    static String withScheme(String address) {
        String lower = address.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")
                ? address : "https://" + address;
    }

    private MarkupEdits.Edit apply(MarkupEdits.Edit edit) {
        text.set(edit.text());
        return edit;
    }

    public void addTags(String typed) {
        if (typed == null) {
            return;
        }
        for (String part : typed.split("[,;]")) {
            String tag = part.strip();
            while (tag.startsWith("#")) {
                tag = tag.substring(1).strip();
            }
            if (!tag.isEmpty() && !tags.contains(tag)) {
                tags.add(tag);
            }
        }
    }

    public void removeTag(String tag) {
        tags.remove(tag);
    }

    /**
     * Whether the post answers an acute occasion (a warning, road works, a crisis), which keeps it out of
     * the volume check before elections. It is a tag, so lists, exports and the command line see it too;
     * any of the tags the check knows counts.
     */
    public boolean isAcuteOccasion() {
        return VolumeCheck.isAcute(tags);
    }

    /** Sets the "Akuter Anlass" tag, or takes away every tag that marks an acute occasion. */
    public void setAcuteOccasion(boolean acute) {
        if (acute == isAcuteOccasion()) {
            return;
        }
        if (acute) {
            tags.add(VolumeCheck.ACUTE_TAG);
        } else {
            tags.removeIf(VolumeCheck::isAcuteTag);
        }
    }

    /** Keeps the form in step when the open post is moved in the calendar or deleted there. */
    public void planChanged(PlanChange change) {
        PostId open = postId.get();
        if (!isOpen() || open == null || !open.equals(change.postId())) {
            return;
        }
        if (change.kind() == PlanChange.Kind.DELETED) {
            clear();
            return;
        }
        if (change.kind() == PlanChange.Kind.MOVED && change.after() != null && baseline != null) {
            Post moved = change.after();
            boolean scheduleUntouched = Objects.equals(scheduleFromFields(), baseline.schedule());
            boolean statusUntouched = status.get() == baseline.status();
            baseline = baseline.withSchedule(moved.schedule()).withStatus(moved.status());
            filling = true;
            try {
                if (scheduleUntouched) {
                    fillSchedule(moved.schedule());
                }
                if (statusUntouched) {
                    status.set(moved.status());
                }
            } finally {
                filling = false;
            }
            changed();
        }
    }

    public boolean isDirty() {
        return isOpen() && baseline != null && !currentPost().sameContentAs(baseline);
    }

    // --- internals -----------------------------------------------------------------------------

    private void show(Post post) {
        cancelAutosave();
        baseline = post;
        filling = true;
        try {
            title.set(post.title());
            text.set(post.text());
            notes.set(post.notes());
            fillSchedule(post.schedule());
            status.set(post.status());
            for (ChannelKind kind : ChannelKind.values()) {
                channels.get(kind).set(post.channels().contains(kind));
            }
            tags.setAll(post.tags());
            images.setAll(post.images().stream().map(ImageItem::of).toList());
            for (ChannelKind kind : ChannelKind.values()) {
                variants.get(kind).set(post.variants().getOrDefault(kind, ""));
                ownTextOpen.get(kind).set(post.variants().containsKey(kind));
            }
            chosenAccounts.setAll(post.accounts());
        } finally {
            filling = false;
        }
        review.reviewNow(reviewRequest());
        rules.reviewNow(post);
        postId.set(post.id());
        heading.set(messages.text(post.isSaved() ? "editor.heading.edit"
                : post.isIdea() ? "editor.heading.newIdea" : "editor.heading.new"));
        saveState.set(SaveState.SAVED);
        saveMessage.set(post.isSaved() ? savedAt(post) : messages.text("editor.state.new"));
        open.set(true);
        openedListener.accept(post.id());
        reloadDeliveries();
        if (accounts.isEmpty()) {
            reloadAccounts();
        }
    }

    private void fillSchedule(Schedule schedule) {
        scheduled.set(schedule != null);
        if (schedule != null) {
            date.set(schedule.localDate());
            time.set(messages.timeFormat().format(schedule.localTime()));
        } else {
            date.set(null);
            time.set(messages.timeFormat().format(defaultTime.get()));
        }
        validateTime();
    }

    private void clear() {
        cancelAutosave();
        review.clear();
        rules.clear();
        open.set(false);
        postId.set(null);
        baseline = null;
        openedListener.accept(null);
    }

    private void changed() {
        if (filling || !isOpen()) {
            return;
        }
        if (isDirty()) {
            if (saveState.get() != SaveState.SAVING) {
                saveState.set(SaveState.UNSAVED);
                saveMessage.set(messages.text("editor.state.unsaved"));
            }
            if (autosave == null) {
                autosave = executor.schedule(AUTOSAVE_DELAY, () -> {
                    autosave = null;
                    saveNow(() -> { });
                });
            }
        }
    }

    private void saveNow(Runnable then) {
        if (!isOpen()) {
            then.run();
            return;
        }
        afterSave.add(then);
        if (saveInFlight) {
            saveAgain = true;
            return;
        }
        Post candidate = currentPost();
        boolean nothingToSave = baseline != null && candidate.sameContentAs(baseline)
                && (candidate.isSaved() || candidate.isBlank());
        if (nothingToSave || (!candidate.isSaved() && candidate.isBlank())) {
            if (saveState.get() != SaveState.FAILED || !isDirty()) {
                saveState.set(SaveState.SAVED);
            }
            runAfterSave();
            return;
        }
        saveInFlight = true;
        saveState.set(SaveState.SAVING);
        executor.submit(() -> plan.save(candidate), saved -> {
            saveInFlight = false;
            if (isOpen() && Objects.equals(postId.get(), candidate.id())) {
                baseline = saved;
                postId.set(saved.id());
                heading.set(messages.text("editor.heading.edit"));
                boolean stillDirty = isDirty();
                saveState.set(stillDirty ? SaveState.UNSAVED : SaveState.SAVED);
                saveMessage.set(stillDirty ? messages.text("editor.state.unsaved") : savedAt(saved));
                if (candidate.id() == null) {
                    openedListener.accept(saved.id());
                }
            }
            continueAfterSave();
        }, problem -> {
            saveInFlight = false;
            saveState.set(SaveState.FAILED);
            saveMessage.set(describe(problem));
            continueAfterSave();
        });
    }

    private void continueAfterSave() {
        if (saveAgain) {
            saveAgain = false;
            saveNow(() -> { });
            return;
        }
        if (saveState.get() == SaveState.UNSAVED && autosave == null && isOpen()) {
            changed();
        }
        runAfterSave();
    }

    private void runAfterSave() {
        List<Runnable> pending = new ArrayList<>(afterSave);
        afterSave.clear();
        pending.forEach(Runnable::run);
    }

    private Post currentPost() {
        Post base = baseline != null ? baseline : Post.newPost(null);
        Set<ChannelKind> selected = EnumSet.noneOf(ChannelKind.class);
        channels.forEach((kind, property) -> {
            if (property.get()) {
                selected.add(kind);
            }
        });
        Post withVariants = base;
        for (ChannelKind kind : ChannelKind.values()) {
            withVariants = withVariants.withVariant(kind, variants.get(kind).get());
        }
        return withVariants.withAccounts(List.copyOf(chosenAccounts)).withTitle(title.get())
                .withText(text.get())
                .withNotes(notes.get())
                .withSchedule(scheduleFromFields())
                .withStatus(gatedFrom != null ? gatedFrom : status.get())
                .withChannels(selected)
                .withTags(List.copyOf(tags))
                .withImages(images.stream().map(ImageItem::toPostImage).toList());
    }

    /**
     * The gate to "Bereit": a blocker (a picture without alt text) keeps the post from it; neutrality
     * findings before an election let it through only with a typed reason, which goes into the
     * append-only audit log with the post's fingerprint. Until decided, the post is saved with its
     * previous status.
     */
    private void gateReady(PostStatus previous) {
        gatedFrom = previous == null ? PostStatus.DRAFT : previous;
        flushThen(() -> {
            Post candidate = currentPost().withStatus(PostStatus.READY);
            executor.submit(() -> rules.checkNow(candidate), findings -> decideReady(candidate, findings), problem -> {
                reportFailure(problem);
                revertStatus();
            });
        });
    }

    private void decideReady(Post candidate, List<app.herold.domain.rules.PostRules.PostFinding> findings) {
        if (status.get() != PostStatus.READY) {
            gatedFrom = null;
            return;
        }
        var blocker = findings.stream().filter(found -> found.finding().severity()
                == app.herold.domain.channel.Severity.BLOCKER).findFirst();
        if (blocker.isPresent()) {
            var finding = blocker.get().finding();
            dialogs.showError(messages.format("editor.ready.blocked",
                    messages.format(finding.messageKey(), finding.arguments().toArray())));
            revertStatus();
            return;
        }
        List<app.herold.domain.channel.Finding> neutrality = findings.stream().map(found -> found.finding())
                .filter(finding -> finding.rule().startsWith("neutrality.")).toList();
        if (neutrality.isEmpty()) {
            gatedFrom = null;
            changed();
            return;
        }
        app.herold.domain.channel.Finding first = neutrality.get(0);
        String election = String.valueOf(first.arguments().get(first.rule().equals("neutrality.volume") ? 2 : 1));
        var reason = dialogs.askText(messages.text("editor.ready.confirmTitle"),
                messages.format("editor.ready.confirmQuestion", election, neutrality.size()), "");
        if (reason.isEmpty() || candidate.id() == null) {
            revertStatus();
            return;
        }
        List<String> ruleIds = neutrality.stream().map(app.herold.domain.channel.Finding::rule).distinct().toList();
        app.herold.domain.rules.Confirmation confirmation = new app.herold.domain.rules.Confirmation(clock.instant(),
                election, ruleIds, candidate.id(), app.herold.domain.rules.PostFingerprint.sha256(candidate), reason.get());
        executor.submit(() -> channelServices.audit().append(confirmation), entry -> {
            gatedFrom = null;
            saveMessage.set(messages.text("editor.ready.recorded"));
            changed();
        }, problem -> {
            reportFailure(problem);
            revertStatus();
        });
    }

    private void revertStatus() {
        PostStatus before = gatedFrom == null ? PostStatus.DRAFT : gatedFrom;
        gatedFrom = null;
        filling = true;
        try {
            status.set(before);
        } finally {
            filling = false;
        }
        changed();
    }

    /** Reviews the open post again after something the rules read changed: the elections, the Land, "!B". */
    public void rulesChanged() {
        rules.electionsChanged();
        requestReview();
    }

    private void requestReview() {
        if (!filling && open.get()) {
            review.review(reviewRequest());
            rules.review(currentPost());
        }
    }

    private ChannelReviewViewModel.Request reviewRequest() {
        Map<ChannelKind, String> texts = new EnumMap<>(ChannelKind.class);
        Map<ChannelKind, Boolean> own = new EnumMap<>(ChannelKind.class);
        channels.forEach((kind, selected) -> {
            if (selected.get()) {
                String variant = variants.get(kind).get();
                boolean hasOwn = !variant.isBlank();
                texts.put(kind, hasOwn ? variant : text.get());
                own.put(kind, hasOwn);
            }
        });
        return new ChannelReviewViewModel.Request(texts, own, images.stream()
                .map(item -> new ChannelReviewViewModel.ImageRef(item.mediaFile(), item.altTextProperty().get())).toList());
    }

    /** The schedule the fields describe; an unreadable time keeps the last good one. */
    private Schedule scheduleFromFields() {
        if (!scheduled.get() || date.get() == null) {
            return null;
        }
        Schedule previous = baseline == null ? null : baseline.schedule();
        LocalTime fallback = previous != null ? previous.localTime() : defaultTime.get();
        LocalTime chosen = TimeInput.parse(time.get()).orElse(fallback);
        ZoneId zone = previous != null ? previous.zone() : plan.zone();
        if (previous != null && previous.localDate().equals(date.get()) && previous.localTime().equals(chosen)) {
            return previous;
        }
        return Schedule.of(date.get(), chosen, zone);
    }

    private void validateTime() {
        boolean valid = !scheduled.get() || TimeInput.parse(time.get()).isPresent();
        timeError.set(valid ? "" : messages.text("editor.time.invalid"));
    }

    private void cancelAutosave() {
        if (autosave != null) {
            autosave.cancel();
            autosave = null;
        }
    }

    private String savedAt(Post post) {
        LocalTime at = post.updatedAt() == null ? LocalTime.now(clock)
                : post.updatedAt().atZone(clock.getZone()).toLocalTime();
        return messages.format("editor.state.saved", messages.timeFormat().format(at));
    }

    private String describe(Throwable problem) {
        if (problem instanceof UserFacingException userFacing) {
            return messages.describe(userFacing);
        }
        return messages.format("error.unexpected", String.valueOf(problem.getMessage()));
    }

    private void reportFailure(Throwable problem) {
        dialogs.showError(describe(problem));
    }
}
