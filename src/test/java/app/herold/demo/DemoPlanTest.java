package app.herold.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostImage;
import app.herold.domain.post.PostStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoPlanTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    private static final List<DemoImage> PICTURES = DemoImages.all().stream()
            .map(picture -> new DemoImage(fileName(picture.resourcePath()), picture.altText()))
            .toList();
    private static final Set<String> TAG_VOCABULARY = Set.of("Stadtrat", "Verwaltung", "Baustelle", "Verkehr",
            "Veranstaltung", "Kultur", "Müll", "Umwelt", "Bürgerbüro", "Service", "Warnung", "Wetter", "Wasser",
            "Amtsblatt", "Feuerwehr", "Ehrenamt", "Kita", "Familie", "Stellen", "Feiertag", "Gedenken");

    @Test
    void theSameSeedGivesTheSamePlan() {
        assertThat(plan(80, 42)).isEqualTo(plan(80, 42));
    }

    @Test
    void anotherSeedGivesAnotherPlan() {
        assertThat(plan(80, 1)).isNotEqualTo(plan(80, 2));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 80})
    void makesExactlyTheRequestedNumberOfPosts(int count) {
        assertThat(plan(count, 7)).hasSize(count);
    }

    @Test
    void aHundredThousandPostsKeepToTheSameRules() {
        List<Post> posts = plan(100_000, 3);

        assertThat(posts).hasSize(100_000);
        assertThat(posts.stream().filter(Post::isIdea).count()).isEqualTo(6_000);
        assertThat(posts).allSatisfy(post -> {
            assertThat(post.title()).isNotBlank().hasSizeLessThanOrEqualTo(60);
            assertThat(post.text()).isNotBlank().doesNotContain("{", "}");
            assertThat(post.channels()).hasSizeBetween(1, 4);
            assertThat(post.tags()).hasSizeBetween(1, 3);
        });
        assertThat(posts.stream().filter(post -> !post.isIdea()))
                .allSatisfy(post -> assertThat(post.schedule().localDate())
                        .isBetween(TODAY.minusDays(182), TODAY.plusDays(182)));
    }

    @Test
    void refusesANegativeCount() {
        assertThatThrownBy(() -> plan(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scheduledPostsLieWithinHalfAYearAroundToday() {
        for (long seed = 1; seed <= 20; seed++) {
            assertThat(plan(80, seed).stream().filter(post -> !post.isIdea()))
                    .allSatisfy(post -> assertThat(post.schedule().localDate())
                            .isBetween(TODAY.minusDays(182), TODAY.plusDays(182)));
        }
    }

    @Test
    void postsSpreadOverTheWholeYearBeforeAndAfterToday() {
        List<LocalDate> days = plan(2_000, 5).stream().filter(post -> !post.isIdea())
                .map(post -> post.schedule().localDate()).toList();

        assertThat(days).anyMatch(day -> day.isBefore(TODAY.minusDays(150)));
        assertThat(days).anyMatch(day -> day.isAfter(TODAY.plusDays(150)));
    }

    @Test
    void aboutSixPercentOfPostsAreUndatedIdeas() {
        List<Post> ideas = plan(80, 9).stream().filter(Post::isIdea).toList();

        assertThat(ideas).hasSizeBetween(3, 8);
        assertThat(ideas).allSatisfy(idea -> assertThat(idea.status()).isEqualTo(PostStatus.IDEA));
    }

    @Test
    void everyPostIsNewAndHasTitleTextChannelsAndTags() {
        assertThat(plan(500, 11)).allSatisfy(post -> {
            assertThat(post.id()).isNull();
            assertThat(post.createdAt()).isNull();
            assertThat(post.updatedAt()).isNull();
            assertThat(post.title()).isNotBlank().hasSizeLessThanOrEqualTo(60);
            assertThat(post.text()).isNotBlank();
            assertThat(post.channels()).hasSizeBetween(1, 4);
            assertThat(post.tags()).hasSizeBetween(1, 3).allSatisfy(tag -> assertThat(TAG_VOCABULARY).contains(tag));
        });
    }

    @Test
    void textsContainNoLeftoverPlaceholders() {
        assertThat(plan(3_000, 13)).allSatisfy(post -> {
            for (String written : List.of(post.title(), post.text(), post.notes())) {
                assertThat(written).doesNotContain("{", "}", "TODO", "null", "  ", " ,", " .");
            }
        });
    }

    @Test
    void pastPostsWentOutAndFuturePostsAreStillPlanned() {
        List<Post> posts = plan(1_000, 17);

        assertThat(posts).allSatisfy(post -> {
            if (post.isIdea()) {
                assertThat(post.status()).isEqualTo(PostStatus.IDEA);
            } else if (post.schedule().localDate().isBefore(TODAY)) {
                assertThat(post.status()).isIn(PostStatus.PUBLISHED, PostStatus.ARCHIVED);
            } else {
                assertThat(post.status()).isIn(PostStatus.DRAFT, PostStatus.READY);
            }
        });
        Map<PostStatus, Long> byStatus = posts.stream()
                .collect(Collectors.groupingBy(Post::status, Collectors.counting()));
        assertThat(byStatus.get(PostStatus.PUBLISHED)).isGreaterThan(byStatus.get(PostStatus.ARCHIVED));
        assertThat(byStatus).containsKeys(PostStatus.DRAFT, PostStatus.READY);
    }

    @Test
    void schedulesArePlannedInTheGivenZone() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");

        assertThat(DemoPlan.generate(80, 1, TODAY, tokyo, List.of()).stream().filter(post -> !post.isIdea()))
                .allSatisfy(post -> assertThat(post.schedule().zone()).isEqualTo(tokyo));
    }

    @Test
    void mostPostsGoOutInOfficeHoursOnTheQuarterHour() {
        List<LocalTime> times = plan(2_000, 19).stream().filter(post -> !post.isIdea())
                .map(post -> post.schedule().localTime()).toList();

        long officeHours = times.stream()
                .filter(time -> time.getMinute() % 15 == 0 && !time.isBefore(LocalTime.of(7, 0))
                        && !time.isAfter(LocalTime.of(19, 0)))
                .count();
        assertThat(officeHours).isGreaterThan(times.size() * 8L / 10);
    }

    @Test
    void noPicturesWithoutAMediaLibrary() {
        assertThat(plan(2_000, 23)).allSatisfy(post -> assertThat(post.images()).isEmpty());
    }

    @Test
    void aboutAQuarterOfPostsShowPicturesFromTheLibraryWithTheirAltText() {
        Map<String, String> altTexts = PICTURES.stream()
                .collect(Collectors.toMap(DemoImage::mediaFile, DemoImage::altText));

        List<Post> posts = DemoPlan.generate(2_000, 29, TODAY, BERLIN, PICTURES);

        List<Post> illustrated = posts.stream().filter(post -> !post.images().isEmpty()).toList();
        assertThat(illustrated.size()).isBetween(posts.size() / 7, posts.size() * 35 / 100);
        assertThat(illustrated).allSatisfy(post -> {
            assertThat(post.images()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
            for (PostImage image : post.images()) {
                assertThat(altTexts).containsEntry(image.mediaFile(), image.altText());
            }
        });
    }

    @Test
    void picturesSuitWhatThePostIsAbout() {
        List<Post> posts = DemoPlan.generate(2_000, 31, TODAY, BERLIN, PICTURES);

        assertThat(posts.stream().filter(post -> post.title().contains("Weihnachtsmarkt"))
                .flatMap(post -> post.images().stream()))
                .isNotEmpty()
                .allSatisfy(image -> assertThat(image.mediaFile()).isEqualTo("weihnachtsmarkt.jpg"));
    }

    @Test
    void warningsGoToTheMessengersAndFacebook() {
        List<Post> warnings = plan(2_000, 37).stream().filter(post -> post.tags().get(0).equals("Warnung")).toList();

        assertThat(warnings).isNotEmpty().allSatisfy(warning -> assertThat(warning.channels())
                .contains(ChannelKind.WHATSAPP, ChannelKind.TELEGRAM, ChannelKind.FACEBOOK));
    }

    @Test
    void someTextsCarryListsLinksHashtagsAndNotes() {
        List<Post> posts = plan(80, 1);

        assertThat(posts).anyMatch(post -> post.text().contains("\n• "));
        assertThat(posts).anyMatch(post -> post.text().contains("https://www.meerane.de/"));
        assertThat(posts).anyMatch(post -> post.text().contains("#Meerane"));
        assertThat(posts).anyMatch(post -> !post.notes().isBlank());
        assertThat(posts).anyMatch(post -> !post.text().contains("\n"));
    }

    @Test
    void hashtagsStandTogetherAtTheEnd() {
        assertThat(plan(1_000, 41).stream().filter(post -> post.text().contains("#"))).allSatisfy(post -> {
            String lastParagraph = post.text().substring(post.text().lastIndexOf("\n\n") + 2);
            assertThat(lastParagraph).startsWith("#Meerane");
            assertThat(post.text().indexOf('#')).isEqualTo(post.text().lastIndexOf("\n\n") + 2);
        });
    }

    @Test
    void aSmallPlanDoesNotRepeatAPostForTheSameOccasion() {
        Map<String, Long> greetings = plan(500, 43).stream()
                .filter(post -> post.title().startsWith("Frohe"))
                .collect(Collectors.groupingBy(post -> post.title() + post.schedule().localDate(),
                        Collectors.counting()));

        assertThat(greetings.values()).allSatisfy(count -> assertThat(count).isEqualTo(1L));
    }

    @Test
    void postsAboutBussUndBettagNameItsDateInTheWeekBefore() {
        LocalDate bussUndBettag = LocalDate.of(2025, 11, 19);

        List<Post> posts = plan(2_000, 47).stream()
                .filter(post -> !post.isIdea() && post.text().contains("Buß- und Bettag")).toList();

        assertThat(posts).isNotEmpty().allSatisfy(post -> {
            assertThat(post.text()).contains("19. November");
            assertThat(post.schedule().localDate()).isBetween(bussUndBettag.minusDays(7), bussUndBettag);
        });
    }

    @Test
    void christmasMarketPostsFallInAdvent() {
        List<Post> posts = plan(2_000, 53).stream().filter(post -> post.title().contains("Weihnachtsmarkt")).toList();

        assertThat(posts).isNotEmpty().allSatisfy(post -> assertThat(post.schedule().localDate())
                .isBetween(LocalDate.of(2025, 11, 20), LocalDate.of(2025, 12, 7)));
    }

    @Test
    void warntagPostsGoOutOnTheMondayBeforeOrOnTheDay() {
        List<Post> posts = plan(2_000, 59).stream().filter(post -> post.text().contains("Warntag")).toList();

        assertThat(posts).isNotEmpty().allSatisfy(post -> assertThat(post.schedule().localDate())
                .isIn(LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 11)));
    }

    @Test
    void movableFeastsMatchThePublishedDates() {
        Map<Integer, List<LocalDate>> expected = Map.of(
                2025, List.of(LocalDate.of(2025, 4, 20), LocalDate.of(2025, 11, 19), LocalDate.of(2025, 9, 11)),
                2026, List.of(LocalDate.of(2026, 4, 5), LocalDate.of(2026, 11, 18), LocalDate.of(2026, 9, 10)),
                2027, List.of(LocalDate.of(2027, 3, 28), LocalDate.of(2027, 11, 17), LocalDate.of(2027, 9, 9)),
                2028, List.of(LocalDate.of(2028, 4, 16), LocalDate.of(2028, 11, 22), LocalDate.of(2028, 9, 14)),
                2029, List.of(LocalDate.of(2029, 4, 1), LocalDate.of(2029, 11, 21), LocalDate.of(2029, 9, 13)),
                2030, List.of(LocalDate.of(2030, 4, 21), LocalDate.of(2030, 11, 20), LocalDate.of(2030, 9, 12)));

        expected.forEach((year, dates) -> assertThat(List.of(FeastDays.easterSunday(year),
                FeastDays.bussUndBettag(year), FeastDays.warntag(year))).isEqualTo(dates));
        assertThat(FeastDays.bussUndBettag(2016)).isEqualTo(LocalDate.of(2016, 11, 16));
        assertThat(FeastDays.bussUndBettag(2017)).isEqualTo(LocalDate.of(2017, 11, 22));
    }

    @Test
    void everyTemplateWritesCompleteTextsWithAnyValues() {
        SplittableRandom random = new SplittableRandom(61);
        SlotValues values = new SlotValues(random);
        PostWriter writer = new PostWriter(random);
        List<PostTemplate> templates = Stream.concat(TemplateCatalog.get().planned().stream(),
                TemplateCatalog.get().ideas().stream()).toList();

        for (PostTemplate template : templates) {
            for (int round = 0; round < 40; round++) {
                Occasion occasion = template.isIdea() ? null : new Occasion(LocalDate.of(2025, 10, 3), "Feiertag");
                values.reset(occasion, template.isIdea() ? null : LocalDate.of(2025, 10, 20));
                String title = writer.title(template, values);
                String text = writer.text(template, values);
                if (template.bullets() != null) {
                    text += "\n\n" + template.bullets().render(values);
                }
                assertThat(title).as(template.titles().toString()).hasSizeLessThanOrEqualTo(60)
                        .doesNotContain("{", "}");
                assertThat(text).as(template.bodies().toString()).doesNotContain("{", "}");
            }
        }
    }

    @Test
    void everyShippedPictureIsOnTheClasspathWithAnAltText() {
        assertThat(DemoImages.all()).hasSizeBetween(6, 8).allSatisfy(picture -> {
            assertThat(DemoImages.class.getResource(picture.resourcePath())).as(picture.resourcePath()).isNotNull();
            assertThat(picture.altText()).startsWith("Zeichnung: ").endsWith(".");
        });
        assertThat(DemoImages.all().stream().map(DemoImageResource::resourcePath).map(DemoPlanTest::fileName)
                .collect(Collectors.toMap(Function.identity(), name -> 1))).hasSize(DemoImages.all().size());
    }

    private static List<Post> plan(int count, long seed) {
        return DemoPlan.generate(count, seed, TODAY, BERLIN, List.of());
    }

    private static String fileName(String resourcePath) {
        return resourcePath.substring(resourcePath.lastIndexOf('/') + 1);
    }
}
