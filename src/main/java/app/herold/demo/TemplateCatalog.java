package app.herold.demo;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Every template, loaded and parsed once, and a weighted draw among them. */
final class TemplateCatalog {

    private static final TemplateCatalog INSTANCE = new TemplateCatalog();

    private final List<PostTemplate> planned;
    private final int[] cumulativeWeights;
    private final List<PostTemplate> ideas;
    private final List<PostTemplate> fallbacks;
    private final Map<PostTemplate, Integer> numbers = new IdentityHashMap<>();

    private TemplateCatalog() {
        List<PostTemplate> all = new ArrayList<>();
        all.addAll(TownHallTemplates.all());
        all.addAll(CitizenServiceTemplates.all());
        all.addAll(StreetTemplates.all());
        all.addAll(EventTemplates.all());
        all.addAll(SafetyTemplates.all());
        planned = List.copyOf(all);
        cumulativeWeights = new int[planned.size()];
        int sum = 0;
        for (int i = 0; i < planned.size(); i++) {
            sum += planned.get(i).weight();
            cumulativeWeights[i] = sum;
            numbers.put(planned.get(i), i);
        }
        ideas = IdeaTemplates.all();
        fallbacks = planned.stream()
                .filter(template -> template.anchor() == Anchor.WORKDAYS && !template.pastOnly())
                .toList();
    }

    static TemplateCatalog get() {
        return INSTANCE;
    }

    List<PostTemplate> planned() {
        return planned;
    }

    /** A planned template's position in the catalogue, stable for the life of the program. */
    int numberOf(PostTemplate template) {
        return numbers.get(template);
    }

    List<PostTemplate> ideas() {
        return ideas;
    }

    /** A planned template, the more likely the higher its weight. */
    PostTemplate drawPlanned(SplittableRandom random) {
        int ticket = random.nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
        int low = 0;
        int high = cumulativeWeights.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulativeWeights[middle] > ticket) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return planned.get(low);
    }

    PostTemplate drawIdea(SplittableRandom random) {
        return ideas.get(random.nextInt(ideas.size()));
    }

    /** Templates that fit almost any day, for when a drawn template's day lies outside the window. */
    PostTemplate drawFallback(SplittableRandom random) {
        return fallbacks.get(random.nextInt(fallbacks.size()));
    }
}
