package app.herold.domain.post;

import app.herold.domain.channel.ChannelKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One post of the content plan. Immutable: every change makes a new value, which is what lets the
 * plan keep the previous state for undo and the editor compare against what was saved.
 *
 * <p>A post without a schedule is an idea and lives in the ideas tray.
 */
public record Post(
        PostId id,
        String title,
        String text,
        Schedule schedule,
        PostStatus status,
        Set<ChannelKind> channels,
        List<String> tags,
        String notes,
        List<PostImage> images,
        Instant createdAt,
        Instant updatedAt) {

    public Post {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        Objects.requireNonNull(status, "status");
        channels = channels == null || channels.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(ChannelKind.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(channels));
        tags = normalizeTags(tags);
        notes = notes == null ? "" : notes;
        images = images == null ? List.of() : List.copyOf(images);
    }

    /** A new, unsaved post: an idea without a schedule, a draft with one. */
    public static Post newPost(Schedule schedule) {
        PostStatus status = schedule == null ? PostStatus.IDEA : PostStatus.DRAFT;
        return new Post(null, "", "", schedule, status, Set.of(), List.of(), "", List.of(), null, null);
    }

    public boolean isIdea() {
        return schedule == null;
    }

    public boolean isSaved() {
        return id != null;
    }

    public Optional<Schedule> scheduleIfAny() {
        return Optional.ofNullable(schedule);
    }

    /** What a card shows: the title, or else the first line of the text. */
    public String headline() {
        return PostText.headline(title, text);
    }

    /** True when the user has put nothing into the post yet, so closing it loses nothing. */
    public boolean isBlank() {
        return title.isBlank() && text.isBlank() && notes.isBlank() && images.isEmpty() && tags.isEmpty();
    }

    public Post withId(PostId newId) {
        return new Post(newId, title, text, schedule, status, channels, tags, notes, images, createdAt, updatedAt);
    }

    public Post withTitle(String newTitle) {
        return new Post(id, newTitle, text, schedule, status, channels, tags, notes, images, createdAt, updatedAt);
    }

    public Post withText(String newText) {
        return new Post(id, title, newText, schedule, status, channels, tags, notes, images, createdAt, updatedAt);
    }

    public Post withSchedule(Schedule newSchedule) {
        return new Post(id, title, text, newSchedule, status, channels, tags, notes, images, createdAt, updatedAt);
    }

    public Post withStatus(PostStatus newStatus) {
        return new Post(id, title, text, schedule, newStatus, channels, tags, notes, images, createdAt, updatedAt);
    }

    public Post withChannels(Collection<ChannelKind> newChannels) {
        return new Post(id, title, text, schedule, status, Set.copyOf(newChannels), tags, notes, images, createdAt,
                updatedAt);
    }

    public Post withTags(List<String> newTags) {
        return new Post(id, title, text, schedule, status, channels, newTags, notes, images, createdAt, updatedAt);
    }

    public Post withNotes(String newNotes) {
        return new Post(id, title, text, schedule, status, channels, tags, newNotes, images, createdAt, updatedAt);
    }

    public Post withImages(List<PostImage> newImages) {
        return new Post(id, title, text, schedule, status, channels, tags, notes, newImages, createdAt, updatedAt);
    }

    public Post withTimestamps(Instant newCreatedAt, Instant newUpdatedAt) {
        return new Post(id, title, text, schedule, status, channels, tags, notes, images, newCreatedAt, newUpdatedAt);
    }

    /** The same content, compared without the database's bookkeeping (id and timestamps). */
    public boolean sameContentAs(Post other) {
        return other != null
                && title.equals(other.title)
                && text.equals(other.text)
                && Objects.equals(schedule, other.schedule)
                && status == other.status
                && channels.equals(other.channels)
                && tags.equals(other.tags)
                && notes.equals(other.notes)
                && images.equals(other.images);
    }

    /** Tags are trimmed, a leading '#' dropped, empty ones removed and duplicates kept once. */
    static List<String> normalizeTags(List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String tag : raw) {
            if (tag == null) {
                continue;
            }
            String clean = tag.strip();
            while (clean.startsWith("#")) {
                clean = clean.substring(1).strip();
            }
            if (!clean.isEmpty()) {
                seen.add(clean);
            }
        }
        return List.copyOf(new ArrayList<>(seen));
    }
}
