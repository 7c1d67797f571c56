package app.herold.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One kind of demo post: what it is about, on which kind of day it is posted, and the titles,
 * texts and optional list it is written from.
 *
 * @param leadMin days the post goes out before its occasion, at least (negative: after it)
 * @param leadMax days the post goes out before its occasion, at most
 * @param secondDayMin first offset of the second day from the occasion ({@code {date2}}), if used
 * @param secondDayMax last offset of the second day from the occasion
 * @param pastOnly for news that cannot be planned ahead (a storm, a burst pipe)
 * @param quiet for mourning and remembrance: no hashtags, no pictures
 * @param tags one to three tags; the first always applies, the others mostly
 * @param bullets a list some posts of this kind end with, or null
 * @param bulletShare how many posts in a hundred carry the list
 * @param imageHints words in an alternative text that make a picture suit the post
 * @param note an internal note typical of this kind of post, or null
 */
record PostTemplate(
        Topic topic,
        Anchor anchor,
        int weight,
        int leadMin,
        int leadMax,
        boolean usesSecondDay,
        int secondDayMin,
        int secondDayMax,
        TimeStyle time,
        boolean pastOnly,
        boolean quiet,
        List<String> tags,
        List<TextPattern> titles,
        List<TextPattern> bodies,
        TextPattern bullets,
        int bulletShare,
        List<String> imageHints,
        String note) {

    /** A post planned for a kind of day. */
    static Builder on(Topic topic, Anchor anchor) {
        return new Builder(topic, anchor);
    }

    /** An idea: no day, so its texts may not name one. */
    static Builder idea(Topic topic) {
        return new Builder(topic, null);
    }

    boolean isIdea() {
        return anchor == null;
    }

    /** Collects a template's parts in the order they read best in the catalogues. */
    static final class Builder {

        private final Topic topic;
        private final Anchor anchor;
        private int weight = 1;
        private int leadMin;
        private int leadMax;
        private boolean usesSecondDay;
        private int secondDayMin;
        private int secondDayMax;
        private TimeStyle time = TimeStyle.DAYTIME;
        private boolean pastOnly;
        private boolean quiet;
        private List<String> tags = List.of();
        private final List<TextPattern> titles = new ArrayList<>();
        private final List<TextPattern> bodies = new ArrayList<>();
        private TextPattern bullets;
        private int bulletShare;
        private List<String> imageHints;
        private String note;

        private Builder(Topic topic, Anchor anchor) {
            this.topic = topic;
            this.anchor = anchor;
        }

        Builder weight(int value) {
            weight = value;
            return this;
        }

        Builder daysBefore(int min, int max) {
            leadMin = min;
            leadMax = max;
            return this;
        }

        Builder secondDay(int min, int max) {
            usesSecondDay = true;
            secondDayMin = min;
            secondDayMax = max;
            return this;
        }

        Builder at(TimeStyle style) {
            time = style;
            return this;
        }

        Builder pastOnly() {
            pastOnly = true;
            return this;
        }

        Builder quiet() {
            quiet = true;
            return this;
        }

        Builder tags(String... values) {
            tags = List.of(values);
            return this;
        }

        Builder titles(String... patterns) {
            Arrays.stream(patterns).map(TextPattern::parse).forEach(titles::add);
            return this;
        }

        Builder bodies(String... patterns) {
            Arrays.stream(patterns).map(TextPattern::parse).forEach(bodies::add);
            return this;
        }

        /** A list (lines starting with "• ") that {@code share} posts in a hundred end with. */
        Builder bullets(int share, String pattern) {
            bullets = TextPattern.parse(pattern);
            bulletShare = share;
            return this;
        }

        Builder images(String... hints) {
            imageHints = List.of(hints);
            return this;
        }

        Builder note(String value) {
            note = value;
            return this;
        }

        PostTemplate build() {
            if (tags.isEmpty() || tags.size() > 3 || titles.isEmpty() || bodies.isEmpty()) {
                throw new IllegalStateException("a template needs 1-3 tags, a title and a text: " + titles);
            }
            if (leadMin > leadMax || secondDayMin > secondDayMax) {
                throw new IllegalStateException("empty day range in " + titles);
            }
            boolean namesADay = titles.stream().anyMatch(TextPattern::usesDates)
                    || bodies.stream().anyMatch(TextPattern::usesDates)
                    || (bullets != null && bullets.usesDates());
            if (anchor == null && namesADay) {
                throw new IllegalStateException("an idea has no day to name: " + titles);
            }
            return new PostTemplate(topic, anchor, weight, leadMin, leadMax, usesSecondDay, secondDayMin,
                    secondDayMax, time, pastOnly, quiet, tags, List.copyOf(titles), List.copyOf(bodies), bullets,
                    bulletShare, imageHints == null ? topic.imageHints() : imageHints, note);
        }
    }
}
