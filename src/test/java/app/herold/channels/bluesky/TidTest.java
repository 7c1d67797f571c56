package app.herold.channels.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The record keys Herold gives its Bluesky posts: the AT Protocol's TID, sortable by time. */
class TidTest {

    private static final Instant MORNING = Instant.parse("2026-03-29T07:30:00.123456Z");

    @Test
    void aKeyIsThirteenCharactersOfTheSortableAlphabet() {
        String key = new TidSequence(5).next(MORNING);

        assertThat(key).hasSize(13).matches("[234567abcdefghij][234567a-z]{12}");
        assertThat(Tid.isValid(key)).isTrue();
    }

    @Test
    void theKeyHoldsTheMicrosecondAndTheClockId() {
        String key = Tid.of(Tid.microsOf(MORNING), 777);

        assertThat(Tid.instantOf(key)).isEqualTo(MORNING);
        assertThat(Tid.clockIdOf(key)).isEqualTo(777);
        assertThat(Tid.valueOf(key)).isPositive();
    }

    @Test
    void theEncodingIsBase32SortableWithTheTimeInFront() {
        // The smallest and largest values with the top bit 0; one microsecond is 1 << 10, i.e. "3" in the 11th place.
        assertThat(Tid.of(0, 0)).isEqualTo("2222222222222");
        assertThat(Tid.of((1L << 53) - 1, 1023)).isEqualTo("bzzzzzzzzzzzz");
        assertThat(Tid.of(1, 0)).isEqualTo("2222222222322");
        assertThat(Tid.of(0, 1)).isEqualTo("2222222222223");
    }

    @Test
    void laterKeysSortLaterAsText() {
        TidSequence sequence = new TidSequence(1000);
        List<String> keys = new ArrayList<>();
        for (int step = 0; step < 200; step++) {
            keys.add(sequence.next(MORNING.plusNanos(step * 997_000L)));
        }
        assertThat(keys).isSorted().doesNotHaveDuplicates();
        // Text order is time order across clock ids, too: the time sits in the leading characters.
        assertThat(Tid.of(Tid.microsOf(MORNING), 1023)).isLessThan(Tid.of(Tid.microsOf(MORNING) + 1, 0));
    }

    @Test
    void targetsMadeInTheSameInstantStillGetDifferentKeys() {
        TidSequence sequence = new TidSequence(3);
        Set<String> keys = new HashSet<>();
        for (int target = 0; target < 50; target++) {
            keys.add(sequence.next(MORNING));
        }
        assertThat(keys).hasSize(50);
    }

    @Test
    void aClockThatGoesBackDoesNotRepeatAKey() {
        TidSequence sequence = new TidSequence(3);
        String later = sequence.next(MORNING);
        String afterTheClockWentBack = sequence.next(MORNING.minusSeconds(3600));

        assertThat(afterTheClockWentBack).isGreaterThan(later);
    }

    @Test
    void otherTextIsNoKey() {
        assertThat(Tid.isValid("3jzfcijpj2z2a")).isTrue();
        assertThat(Tid.isValid("kjzfcijpj2z2a")).as("more than 64 bits").isFalse();
        assertThat(Tid.isValid("3jzfcijpj2z2")).as("too short").isFalse();
        assertThat(Tid.isValid("3jzfcijpj2z21")).as("1 is not in the alphabet").isFalse();
        assertThat(Tid.isValid("3JZFCIJPJ2Z2A")).as("upper case").isFalse();
        assertThat(Tid.isValid(null)).isFalse();
        assertThatThrownBy(() -> Tid.of(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tid.of(0, 1024)).isInstanceOf(IllegalArgumentException.class);
    }
}
