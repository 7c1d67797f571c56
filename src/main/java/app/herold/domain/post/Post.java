package app.herold.domain.post;

import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        Instant updatedAt,
        Map<ChannelKind, String> variants,
        List<AccountId> accounts) {

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
        variants = normalizeVariants(variants);
        accounts = accounts == null ? List.of() : List.copyOf(new LinkedHashSet<>(accounts));
    }

    /** A post without channel-specific texts or named accounts. */
    public Post(PostId id, String title, String text, Schedule schedule, PostStatus status, Set<ChannelKind> channels,
                List<String> tags, String notes, List<PostImage> images, Instant createdAt, Instant updatedAt) {
        this(id, title, text, schedule, status, channels, tags, notes, images, createdAt, updatedAt, Map.of(), List.of());
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
        return new Post(newId, title, text, schedule, status, channels, tags, notes, images,
                createdAt, updatedAt, variants, accounts);
    }

    public Post withTitle(String newTitle) {
        return new Post(id, newTitle, text, schedule, status, channels, tags, notes, images,
                createdAt, updatedAt, variants, accounts);
    }

    public Post withText(String newText) {
        return new Post(id, title, newText, schedule, status, channels, tags, notes, images,
                createdAt, updatedAt, variants, accounts);
    }

    public Post withSchedule(Schedule newSchedule) {
        return new Post(id, title, text, newSchedule, status, channels, tags, notes, images,
                createdAt, updatedAt, variants, accounts);
    }

    public Post withStatus(PostStatus newStatus) {
        return new Post(id, title, text, schedule, newStatus, channels, tags, notes, images,
                createdAt, updatedAt, variants, accounts);
    }

    public Post withChannels(Collection<ChannelKind> newChannels) {
        return new Post(id, title, text, schedule, status, Set.copyOf(newChannels), tags, notes, images, createdAt,
                updatedAt, variants, accounts);
    }

    public Post withTags(List<String> newTags) {
        return new Post(id, title, text, schedule, status, channels, newTags, notes, images,
                createdAt, updatedAt, variants, accounts);
    }

    public Post withNotes(String newNotes) {
        return new Post(id, title, text, schedule, status, channels, tags, newNotes, images,
                createdAt, updatedAt, variants, accounts);
    }

    public Post withImages(List<PostImage> newImages) {
        return new Post(id, title, text, schedule, status, channels, tags, notes, newImages,
                createdAt, updatedAt, variants, accounts);
    }

    /** The text for one channel instead of the master text; a blank text removes it. */
    public Post withVariant(ChannelKind channel, String variantText) {
        Map<ChannelKind, String> changed = new EnumMap<>(ChannelKind.class);
        changed.putAll(variants);
        if (variantText == null || variantText.isBlank()) {
            changed.remove(channel);
        } else {
            changed.put(channel, variantText);
        }
        return new Post(id, title, text, schedule, status, channels, tags, notes, images, createdAt, updatedAt, changed,
                accounts);
    }

    /** The text a channel gets: its own when the user wrote one, the master text otherwise. */
    public String textFor(ChannelKind channel) {
        return variants.getOrDefault(channel, text);
    }

    public Post withAccounts(List<AccountId> newAccounts) {
        return new Post(id, title, text, schedule, status, channels, tags, notes, images, createdAt, updatedAt, variants,
                newAccounts);
    }

    public Post withTimestamps(Instant newCreatedAt, Instant newUpdatedAt) {
        return new Post(id, title, text, schedule, status, channels, tags, notes, images,
                newCreatedAt, newUpdatedAt, variants, accounts);
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
                && images.equals(other.images)
                && variants.equals(other.variants)
                && accounts.equals(other.accounts);
    }

    private static Map<ChannelKind, String> normalizeVariants(Map<ChannelKind, String> raw) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        Map<ChannelKind, String> clean = new EnumMap<>(ChannelKind.class);
        raw.forEach((channel, variant) -> {
            if (channel != null && variant != null && !variant.isBlank()) {
                clean.put(channel, variant);
            }
        });
        return Collections.unmodifiableMap(clean);
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
