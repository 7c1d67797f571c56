package app.herold.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnFirstUseTest {

    @Test
    void makesNothingUntilAskedAndThenOnceForEveryCaller() {
        AtomicInteger made = new AtomicInteger();
        OnFirstUse<StringBuilder> value = new OnFirstUse<>(() -> new StringBuilder("Nr. " + made.incrementAndGet()));

        assertThat(made).hasValue(0);
        StringBuilder first = value.get();
        assertThat(value.get()).isSameAs(first);
        assertThat(first).hasToString("Nr. 1");
        assertThat(made).hasValue(1);
    }

    @Test
    void threadsAskingAtOnceGetTheSameValue() throws Exception {
        AtomicInteger made = new AtomicInteger();
        OnFirstUse<Object> value = new OnFirstUse<>(() -> {
            made.incrementAndGet();
            return new Object();
        });
        CountDownLatch start = new CountDownLatch(1);
        Set<Object> seen = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int index = 0; index < 8; index++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen.add(value.get());
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(seen).hasSize(1);
        assertThat(made).hasValue(1);
    }

    @Test
    void aFailedMakingIsTriedAgainAtTheNextUse() {
        AtomicInteger attempts = new AtomicInteger();
        OnFirstUse<String> value = new OnFirstUse<>(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("Schlüsselbund gesperrt");
            }
            return "bereit";
        });

        assertThatThrownBy(value::get).hasMessage("Schlüsselbund gesperrt");
        assertThat(value.get()).isEqualTo("bereit");
        assertThat(attempts).hasValue(2);
    }
}
