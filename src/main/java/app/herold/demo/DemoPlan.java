package app.herold.demo;

import app.herold.domain.post.Post;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A believable content plan of a small Saxon town (Meerane) around a given day: council
 * sessions, waste collection, road works, festivals, warnings and more, half a year back and half
 * a year ahead, plus a few undated ideas.
 *
 * <p>The same arguments always give the same posts: everything is drawn from one random stream
 * seeded with {@code seed}, and nothing reads the clock.
 */
public final class DemoPlan {

    public static final int DEFAULT_POSTS = 80;

    /** How far the plan reaches before and after today, in days. */
    private static final int REACH_DAYS = 182;
    private static final double IDEA_SHARE = 0.06;
    private static final int IDEA_NOTE_SHARE = 50;
    /** Margin around the window for occasions, so posts made days before or after them still fit. */
    private static final int OCCASION_MARGIN_DAYS = 45;
    private static final int PLACEMENT_ATTEMPTS = 8;
    /**
     * Up to this many posts, no template is used twice for the same occasion: a plan of 80 posts
     * with two "Frohe Ostern!" on one morning looks broken. Larger plans exist to test how the app
     * copes with volume, and a year has too few occasions to keep them all distinct.
     */
    private static final int DISTINCT_POSTS = 2_000;
    private static final int DISTINCT_FALLBACK_ROUNDS = 20;

    private final SplittableRandom random;
    private final LocalDate today;
    private final LocalDate first;
    private final LocalDate last;
    private final ZoneId zone;
    private final Map<Anchor, Occasion[]> occasions = new EnumMap<>(Anchor.class);
    private final TemplateCatalog catalog = TemplateCatalog.get();
    private final SlotValues values;
    private final PostWriter writer;
    private final PostDetails details;
    private final Set<Long> usedOccasions = new HashSet<>();
    private int scheduledCount;

    private DemoPlan(long seed, LocalDate today, ZoneId zone, List<DemoImage> images) {
        this.random = new SplittableRandom(seed);
        this.today = today;
        this.first = today.minusDays(REACH_DAYS);
        this.last = today.plusDays(REACH_DAYS);
        this.zone = zone;
        this.values = new SlotValues(random);
        this.writer = new PostWriter(random);
        this.details = new PostDetails(random, images);
        LocalDate from = first.minusDays(OCCASION_MARGIN_DAYS);
        LocalDate to = last.plusDays(OCCASION_MARGIN_DAYS);
        for (Anchor anchor : Anchor.values()) {
            occasions.put(anchor, anchor.occasionsBetween(from, to).toArray(new Occasion[0]));
        }
    }

    /**
     * Makes {@code count} new, unsaved posts: the scheduled ones in time order, then about 6 % ideas.
     *
     * @param today the day the plan is centred on; posts before it are published, after it planned
     * @param zone the zone every schedule is planned in
     * @param images pictures already in the media library, with their alt texts; may be empty
     */
    public static List<Post> generate(int count, long seed, LocalDate today, ZoneId zone, List<DemoImage> images) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(images, "images");
        return new DemoPlan(seed, today, zone, images).posts(count);
    }

    private List<Post> posts(int count) {
        int ideaCount = (int) Math.round(count * IDEA_SHARE);
        List<Post> posts = new ArrayList<>(count);
        for (int i = 0; i < count - ideaCount; i++) {
            posts.add(scheduledPost());
        }
        posts.sort(Comparator.comparing((Post post) -> post.schedule().at()));
        for (int i = 0; i < ideaCount; i++) {
            posts.add(idea());
        }
        return posts;
    }

    private Post scheduledPost() {
        boolean distinct = scheduledCount++ < DISTINCT_POSTS;
        PostTemplate template = catalog.drawPlanned(random);
        Placement placement = place(template, distinct);
        int fallbackRounds = 0;
        while (placement == null) {
            template = catalog.drawFallback(random);
            placement = place(template, distinct && ++fallbackRounds < DISTINCT_FALLBACK_ROUNDS);
        }
        LocalDate secondDay = template.usesSecondDay()
                ? placement.occasion().date().plusDays(between(template.secondDayMin(), template.secondDayMax()))
                : null;
        values.reset(placement.occasion(), secondDay);
        Schedule schedule = Schedule.of(placement.day(), template.time().pick(random), zone);
        return new Post(null, writer.title(template, values), writer.text(template, values), schedule,
                status(placement.day()), details.channels(template.topic()), details.tags(template),
                details.note(template), details.images(template), null, null);
    }

    private Post idea() {
        PostTemplate template = catalog.drawIdea(random);
        values.reset(null, null);
        return new Post(null, writer.title(template, values), writer.text(template, values), null, PostStatus.IDEA,
                details.channels(template.topic()), details.tags(template), details.note(template, IDEA_NOTE_SHARE),
                details.images(template), null, null);
    }

    /**
     * A day inside the window for a post of this template, or null when its occasions lie outside
     * it (or, with {@code distinct}, already have such a post).
     */
    private Placement place(PostTemplate template, boolean distinct) {
        Occasion[] options = occasions.get(template.anchor());
        if (options.length == 0) {
            return null;
        }
        for (int attempt = 0; attempt < PLACEMENT_ATTEMPTS; attempt++) {
            Occasion occasion = options[random.nextInt(options.length)];
            LocalDate day = occasion.date().minusDays(between(template.leadMin(), template.leadMax()));
            boolean inWindow = !day.isBefore(first) && !day.isAfter(last);
            if (!inWindow || (template.pastOnly() && !day.isBefore(today))) {
                continue;
            }
            long key = ((long) catalog.numberOf(template) << 32) | (occasion.date().toEpochDay() & 0xFFFF_FFFFL);
            if (!distinct || usedOccasions.add(key)) {
                return new Placement(day, occasion);
            }
        }
        return null;
    }

    /** Past posts went out (older ones are often archived); planned ones are ready more often the closer they are. */
    private PostStatus status(LocalDate day) {
        if (day.isBefore(today)) {
            int archivedShare = ChronoUnit.DAYS.between(day, today) > 120 ? 30 : 5;
            return random.nextInt(100) < archivedShare ? PostStatus.ARCHIVED : PostStatus.PUBLISHED;
        }
        int readyShare = ChronoUnit.DAYS.between(today, day) <= 14 ? 65 : 20;
        return random.nextInt(100) < readyShare ? PostStatus.READY : PostStatus.DRAFT;
    }

    private int between(int min, int max) {
        return min == max ? min : min + random.nextInt(max - min + 1);
    }

    private record Placement(LocalDate day, Occasion occasion) {
    }
}
