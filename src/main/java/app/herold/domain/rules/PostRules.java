package app.herold.domain.rules;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.Finding;
import app.herold.domain.channel.Severity;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every public-body rule on one post: accessibility of its text and pictures, and neutrality before
 * elections, for the master text and for each channel's own text. The findings say which text they
 * are about ({@code channel} null: the master text), so spans can be marked where they belong.
 */
public final class PostRules {

    public static final String ALT_TEXT = "accessibility.alt-text";
    public static final String ALT_MARKER = "accessibility.alt-marker";
    /** Tells readers that the pictures are described (domain.md §2, Staatsanzeiger). */
    public static final String ALT_MARKER_TEXT = "!B";

    /** A finding with the text it was found in: a channel's own text, or the master text (null). */
    public record PostFinding(Finding finding, ChannelKind channel) {
    }

    /**
     * What the rules need besides the post.
     *
     * @param postsPerDay posts without an acute occasion by day, for the volume check (see
     *     {@link VolumeCheck#countsFrom}); empty to leave the check out
     * @param altTextMarker whether to suggest "!B" when every picture is described (a setting)
     */
    public record Context(List<Election> elections, List<String> parties, Map<LocalDate, Integer> postsPerDay,
                          List<Holiday> holidaysThatDay, boolean altTextMarker) {

        public Context {
            elections = List.copyOf(elections);
            parties = List.copyOf(parties);
            postsPerDay = Map.copyOf(postsPerDay);
            holidaysThatDay = List.copyOf(holidaysThatDay);
        }

        /** Without the "!B" suggestion. */
        public Context(List<Election> elections, List<String> parties, Map<LocalDate, Integer> postsPerDay,
                       List<Holiday> holidaysThatDay) {
            this(elections, parties, postsPerDay, holidaysThatDay, false);
        }

        /** Without holidays: for checks that do not know the Land. */
        public Context(List<Election> elections, List<String> parties, Map<LocalDate, Integer> postsPerDay) {
            this(elections, parties, postsPerDay, List.of());
        }
    }

    private final AccessibilityLint accessibility;
    private final HolidayRules holidays = new HolidayRules();

    public PostRules(TextFacts facts) {
        this.accessibility = new AccessibilityLint(facts);
    }

    public List<PostFinding> check(Post post, Context context) {
        List<PostFinding> findings = new ArrayList<>();
        List<PostImage> images = post.images();
        for (int i = 0; i < images.size(); i++) {
            PostImage image = images.get(i);
            if (image.altText().isBlank() && !image.decorative()) {
                findings.add(new PostFinding(Finding.of(ALT_TEXT, Severity.BLOCKER, "rule.accessibility.altText", i + 1),
                        null));
            }
        }
        if (context.altTextMarker() && lacksAltMarker(post)) {
            findings.add(new PostFinding(Finding.of(ALT_MARKER, Severity.INFO, "rule.accessibility.altMarker",
                    ALT_MARKER_TEXT), null));
        }
        LocalDate day = post.schedule() == null ? null : post.schedule().localDate();
        NeutralityRules neutrality = new NeutralityRules(ElectionWindows.DEFAULT, context.parties());
        addAll(findings, accessibility.check(post.text()), null);
        addAll(findings, neutrality.check(post.text(), day, context.elections()), null);
        // The title is not posted on every channel but names the post in the plan: checked too, its
        // findings without a span in the text.
        neutrality.check(post.title(), day, context.elections()).forEach(finding -> findings.add(new PostFinding(
                new Finding(finding.rule(), finding.severity(), finding.messageKey(), finding.arguments(), null), null)));
        for (Map.Entry<ChannelKind, String> variant : post.variants().entrySet()) {
            addAll(findings, accessibility.check(variant.getValue()), variant.getKey());
            addAll(findings, neutrality.check(variant.getValue(), day, context.elections()), variant.getKey());
        }
        if (day != null && !context.holidaysThatDay().isEmpty()) {
            addAll(findings, holidays.check(post.title() + "\n" + post.text(), day, context.holidaysThatDay()).stream()
                    .map(finding -> new Finding(finding.rule(), finding.severity(), finding.messageKey(),
                            finding.arguments(), null)).toList(), null);
        }
        if (!context.postsPerDay().isEmpty() && !VolumeCheck.isAcute(post.tags())) {
            addAll(findings, VolumeCheck.check(day, context.elections(), context.postsPerDay()), null);
        }
        return findings;
    }

    /** Every picture that needs a description has one, at least one does, and the text does not say so yet. */
    static boolean lacksAltMarker(Post post) {
        List<PostImage> described = post.images().stream().filter(image -> !image.decorative()).toList();
        return !described.isEmpty() && described.stream().noneMatch(image -> image.altText().isBlank())
                && !post.text().contains(ALT_MARKER_TEXT);
    }

    /** The master text with the "!B" marker at its end, for the quick fix. */
    public static String withAltMarker(String text) {
        String kept = text.stripTrailing();
        return kept.isEmpty() ? ALT_MARKER_TEXT : kept + " " + ALT_MARKER_TEXT;
    }

    /** Whether the post may become "Bereit" without a confirmation: no neutrality finding, no blocker. */
    public static boolean needsConfirmation(List<PostFinding> findings) {
        return findings.stream().anyMatch(found -> found.finding().rule().startsWith("neutrality."));
    }

    public static boolean blocksReady(List<PostFinding> findings) {
        return findings.stream().anyMatch(found -> found.finding().severity() == Severity.BLOCKER);
    }

    private static void addAll(List<PostFinding> into, List<Finding> findings, ChannelKind channel) {
        findings.forEach(finding -> into.add(new PostFinding(finding, channel)));
    }
}
