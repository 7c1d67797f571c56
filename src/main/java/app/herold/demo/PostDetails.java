package app.herold.demo;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.PostImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Chooses what surrounds a post's text: channels, tags, an internal note and pictures. */
final class PostDetails {

    private static final int MAX_CHANNELS = 4;
    private static final int EXTRA_CHANNEL_SHARE = 35;
    private static final int EXTRA_TAG_SHARE = 75;
    private static final int NOTE_SHARE = 30;
    private static final int IMAGE_SHARE = 30;
    private static final String[] NOTES = {
        "Foto von Herrn Krause anfragen",
        "Text mit Frau Lehmann im Hauptamt abstimmen",
        "Freigabe durch den Bürgermeister einholen",
        "Auch im nächsten Amtsblatt bringen",
        "Link auf der Website vor dem Posten prüfen",
        "Alternativtext fürs Bild noch einmal lesen",
        "Rückfragen bitte an das Bürgerbüro weiterleiten",
        "Zahlen vom Bauhof bestätigen lassen",
        "Plakat als Bild anhängen",
        "Kommentare am nächsten Morgen durchsehen",
    };

    private final SplittableRandom random;
    private final List<DemoImage> images;
    private final Map<PostTemplate, int[]> fittingImages = new IdentityHashMap<>();

    PostDetails(SplittableRandom random, List<DemoImage> images) {
        this.random = random;
        this.images = List.copyOf(images);
    }

    Set<ChannelKind> channels(Topic topic) {
        EnumSet<ChannelKind> channels = EnumSet.copyOf(topic.usualChannels());
        for (ChannelKind extra : topic.extraChannels()) {
            if (channels.size() < MAX_CHANNELS && random.nextInt(100) < EXTRA_CHANNEL_SHARE) {
                channels.add(extra);
            }
        }
        return channels;
    }

    List<String> tags(PostTemplate template) {
        List<String> all = template.tags();
        if (all.size() == 1) {
            return all;
        }
        List<String> chosen = new ArrayList<>(all.size());
        chosen.add(all.get(0));
        for (int i = 1; i < all.size(); i++) {
            if (random.nextInt(100) < EXTRA_TAG_SHARE) {
                chosen.add(all.get(i));
            }
        }
        return chosen;
    }

    String note(PostTemplate template, int share) {
        if (random.nextInt(100) >= share) {
            return "";
        }
        if (template.note() != null && random.nextBoolean()) {
            return template.note();
        }
        return NOTES[random.nextInt(NOTES.length)];
    }

    String note(PostTemplate template) {
        return note(template, NOTE_SHARE);
    }

    /** None for most posts; for some one to three pictures that suit the template, with their alt text. */
    List<PostImage> images(PostTemplate template) {
        if (images.isEmpty() || template.quiet()) {
            return List.of();
        }
        int[] fitting = fittingImages.computeIfAbsent(template, this::fittingImages);
        if (fitting.length == 0 || random.nextInt(100) >= IMAGE_SHARE) {
            return List.of();
        }
        int roll = random.nextInt(100);
        int wanted = Math.min(fitting.length, roll < 65 ? 1 : roll < 90 ? 2 : 3);
        int[] order = fitting.clone();
        List<PostImage> chosen = new ArrayList<>(wanted);
        for (int i = 0; i < wanted; i++) {
            int swap = i + random.nextInt(order.length - i);
            int picked = order[swap];
            order[swap] = order[i];
            DemoImage image = images.get(picked);
            chosen.add(new PostImage(image.mediaFile(), image.altText()));
        }
        return chosen;
    }

    /**
     * The pictures whose alternative text names one of the template's hints. A library whose texts
     * name none of them (other pictures than the shipped ones) may serve any post that wants a picture.
     */
    private int[] fittingImages(PostTemplate template) {
        List<String> hints = template.imageHints();
        if (hints.isEmpty()) {
            return new int[0];
        }
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            String alt = images.get(i).altText().toLowerCase(Locale.GERMAN);
            if (hints.stream().anyMatch(hint -> alt.contains(hint.toLowerCase(Locale.GERMAN)))) {
                matches.add(i);
            }
        }
        if (matches.isEmpty()) {
            for (int i = 0; i < images.size(); i++) {
                matches.add(i);
            }
        }
        return matches.stream().mapToInt(Integer::intValue).toArray();
    }
}
