package app.herold.ui.handposting;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.PostExports;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.DeliveryLog;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostStatus;
import app.herold.i18n.Messages;
import app.herold.ui.common.DialogService;
import app.herold.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Posting by hand with Herold's help, the only way into a WhatsApp channel and a fallback for every
 * other: the text in the channel's own form to copy, the pictures prepared for it to drag or open
 * in their folder, the channel to open, and then "published" recorded with its time and link. When
 * every target of the post has gone out, the post itself is marked published.
 */
public final class HandPostingViewModel {

    private final Post post;
    private final PostExports exports;
    private final DeliveryLog deliveries;
    private final ContentPlan plan;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final List<PostExports.Target> targets;

    private final ObjectProperty<PostExports.Target> target = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PostExports.Prepared> prepared = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper recorded = new ReadOnlyBooleanWrapper(false);
    private final StringProperty publishedDate = new SimpleStringProperty("");
    private final StringProperty publishedTime = new SimpleStringProperty("");
    private final StringProperty link = new SimpleStringProperty("");
    private long requested;

    public HandPostingViewModel(Post post, PostExports exports, DeliveryLog deliveries, ContentPlan plan,
                                TaskExecutor executor, DialogService dialogs, Messages messages, Clock clock,
                                ChannelKind preferred) {
        this.post = post;
        this.exports = exports;
        this.deliveries = deliveries;
        this.plan = plan;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.targets = exports.targetsOf(post);
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        publishedDate.set(messages.dateFormat().format(now.toLocalDate()));
        publishedTime.set(messages.timeFormat().format(now.toLocalTime()));
        target.addListener((observable, old, chosen) -> prepare(chosen));
        target.set(targets.stream().filter(each -> each.channel() == preferred).findFirst()
                .orElse(targets.isEmpty() ? null : targets.get(0)));
    }

    public List<PostExports.Target> targets() {
        return targets;
    }

    public ObjectProperty<PostExports.Target> targetProperty() {
        return target;
    }

    public ReadOnlyObjectProperty<PostExports.Prepared> preparedProperty() {
        return prepared.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty recordedProperty() {
        return recorded.getReadOnlyProperty();
    }

    public StringProperty publishedDateProperty() {
        return publishedDate;
    }

    public StringProperty publishedTimeProperty() {
        return publishedTime;
    }

    public StringProperty linkProperty() {
        return link;
    }

    public String describe(PostExports.Target each) {
        return each.account() == null ? each.channel().brandName()
                : each.account().name() + " (" + each.channel().brandName() + ")";
    }

    /** Where the officer posts: the account's own link, else the platform's web address. */
    public void openChannel() {
        PostExports.Target chosen = target.get();
        if (chosen == null) {
            return;
        }
        String address = chosen.account() != null && !chosen.account().joinLink().isEmpty()
                ? chosen.account().joinLink() : webAddress(chosen.channel());
        dialogs.openExternally(address);
    }

    public void openFolder() {
        PostExports.Prepared ready = prepared.get();
        if (ready != null) {
            dialogs.openExternally(ready.folder().toUri().toString());
        }
    }

    /**
     * Records that the post went out on the chosen target; returns false and says why when the time
     * cannot be read. Marks the post published once every target has a record.
     */
    public boolean markPublished() {
        PostExports.Target chosen = target.get();
        if (chosen == null) {
            return false;
        }
        LocalDateTime at;
        try {
            at = LocalDateTime.of(LocalDate.parse(publishedDate.get().strip(), messages.dateFormat()),
                    LocalTime.parse(publishedTime.get().strip(), messages.timeFormat()));
        } catch (DateTimeParseException e) {
            problem.set(messages.text("handPosting.badTime"));
            return false;
        }
        String liveLink = link.get().strip();
        ZoneId zone = clock.getZone();
        Delivery delivery = new Delivery(0, post.id(), chosen.channel(),
                chosen.account() == null ? null : chosen.account().id(),
                chosen.account() == null ? "" : chosen.account().name(), Delivery.Method.MANUAL,
                at.atZone(zone).toInstant(), liveLink, null);
        problem.set("");
        executor.submit(() -> {
            deliveries.record(delivery);
            return allTargetsDelivered();
        }, everywhere -> {
            recorded.set(true);
            if (everywhere && post.status() != PostStatus.PUBLISHED) {
                executor.submit(() -> plan.save(plan.find(post.id()).orElse(post).withStatus(PostStatus.PUBLISHED)),
                        saved -> { }, this::failed);
            }
        }, this::failed);
        return true;
    }

    private boolean allTargetsDelivered() {
        List<Delivery> done = deliveries.deliveriesOf(post.id());
        return targets.stream().allMatch(each -> done.stream().anyMatch(delivery -> delivery.channel() == each.channel()
                && (each.account() == null || each.account().id().equals(delivery.account()))));
    }

    private void prepare(PostExports.Target chosen) {
        long generation = ++requested;
        prepared.set(null);
        recorded.set(false);
        problem.set("");
        if (chosen == null) {
            return;
        }
        preparing.set(true);
        progress.set(0);
        executor.submit(() -> exports.prepare(post, chosen,
                fraction -> executor.onUiThread(() -> {
                    if (generation == requested) {
                        progress.set(fraction);
                    }
                })), ready -> {
                    if (generation == requested) {
                        preparing.set(false);
                        prepared.set(ready);
                    }
                }, failure -> {
                    if (generation == requested) {
                        preparing.set(false);
                        failed(failure);
                    }
                });
    }

    private void failed(Throwable failure) {
        problem.set(failure instanceof UserFacingException userFacing ? messages.describe(userFacing)
                : messages.format("error.unexpected", String.valueOf(failure.getMessage())));
    }

    private static String webAddress(ChannelKind kind) {
        return switch (kind) {
            case WHATSAPP -> "https://web.whatsapp.com/";
            case INSTAGRAM -> "https://www.instagram.com/";
            case FACEBOOK -> "https://www.facebook.com/";
            case MASTODON -> "https://joinmastodon.org/";
            case TELEGRAM -> "https://web.telegram.org/";
            case BLUESKY -> "https://bsky.app/";
        };
    }

    Path folder() {
        return prepared.get() == null ? null : prepared.get().folder();
    }
}
