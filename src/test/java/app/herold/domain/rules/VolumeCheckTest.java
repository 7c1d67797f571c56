package app.herold.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.Finding;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VolumeCheckTest {

    private static final Election LANDTAG = new Election(1, ElectionType.LAND, LocalDate.of(2029, 9, 2), null,
            "Landtagswahl", List.of(), List.of(), false);

    /** Two posts every week from January, and {@code inWindow} posts in the week of 6 August 2029. */
    private static Map<LocalDate, Integer> counts(int inWindow) {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (LocalDate monday = LocalDate.of(2029, 1, 1); monday.isBefore(LocalDate.of(2029, 9, 30));
                monday = monday.plusWeeks(1)) {
            perDay.put(monday, 1);
            perDay.put(monday.plusDays(3), 1);
        }
        perDay.put(LocalDate.of(2029, 8, 6), 0);
        perDay.put(LocalDate.of(2029, 8, 9), 0);
        perDay.put(LocalDate.of(2029, 8, 8), inWindow);
        return perDay;
    }

    @Test
    void aWeekWithTwiceAsManyPostsAsUsualInTheWindowIsFlagged() {
        List<Finding> findings = VolumeCheck.check(LocalDate.of(2029, 8, 8), List.of(LANDTAG), counts(4));

        assertThat(findings).extracting(Finding::rule).containsExactly(VolumeCheck.VOLUME);
        assertThat(findings.get(0).arguments()).containsExactly(4, "2", "Landtagswahl");
    }

    @Test
    void aUsualWeekAndAWeekOutsideTheWindowAreNot() {
        assertThat(VolumeCheck.check(LocalDate.of(2029, 8, 8), List.of(LANDTAG), counts(3))).isEmpty();
        assertThat(VolumeCheck.check(LocalDate.of(2029, 5, 9), List.of(LANDTAG), counts(9))).isEmpty();
    }

    @Test
    void postsWithAnAcuteOccasionAreRecognisedByTheirTags() {
        assertThat(VolumeCheck.isAcute(List.of("Stadtrat", "Baustelle"))).isTrue();
        assertThat(VolumeCheck.isAcute(List.of("Akuter Anlass"))).isTrue();
        assertThat(VolumeCheck.isAcute(List.of("Stadtfest"))).isFalse();
    }

    @Test
    void theCountsAreNeededFromThirteenWeeksBeforeTheWindow() {
        assertThat(VolumeCheck.countsFrom(LocalDate.of(2029, 8, 8), List.of(LANDTAG))).isEqualTo(LocalDate.of(2029, 2, 26));
    }
}
