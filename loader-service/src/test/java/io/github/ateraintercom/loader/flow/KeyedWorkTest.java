package io.github.ateraintercom.loader.flow;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyedWorkTest {

    @Test
    void workOfOneKeyRunsInSubmissionOrder() throws Exception {
        List<Integer> order = new CopyOnWriteArrayList<>();
        try (KeyedWork work = new KeyedWork(8)) {
            CompletableFuture<?>[] all = new CompletableFuture<?>[200];
            for (int i = 0; i < all.length; i++) {
                int step = i;
                all[i] = work.submit("company-1", () -> {
                    // uneven durations would reorder the steps if they ran side by side
                    if (step % 3 == 0) {
                        Thread.onSpinWait();
                    }
                    order.add(step);
                });
            }
            CompletableFuture.allOf(all).get(10, TimeUnit.SECONDS);
        }
        assertThat(order).containsExactlyElementsOf(IntStream.range(0, 200).boxed().toList());
    }

    @Test
    void workOfDifferentKeysRunsSideBySide() throws Exception {
        CountDownLatch bothStarted = new CountDownLatch(2);
        try (KeyedWork work = new KeyedWork(4)) {
            Runnable waitForTheOther = () -> {
                bothStarted.countDown();
                try {
                    assertThat(bothStarted.await(5, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            CompletableFuture<Void> a = work.submit("a", waitForTheOther);
            CompletableFuture<Void> b = work.submit("b", waitForTheOther);
            CompletableFuture.allOf(a, b).get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void submitWaitsWhileTheCapacityIsUsedUp() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (KeyedWork work = new KeyedWork(2)) {
            Runnable blocked = () -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            work.submit("a", blocked);
            work.submit("b", blocked);
            CompletableFuture<CompletableFuture<Void>> third = CompletableFuture.supplyAsync(() -> {
                try {
                    return work.submit("c", () -> { });
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThatThrownBy(() -> third.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            release.countDown();
            third.get(5, TimeUnit.SECONDS).get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFailedPieceDoesNotStopTheNextOfItsKey() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        try (KeyedWork work = new KeyedWork(2)) {
            CompletableFuture<Void> failing = work.submit("k", () -> {
                throw new IllegalStateException("boom");
            });
            CompletableFuture<Void> next = work.submit("k", () -> ran.add("next"));

            next.get(5, TimeUnit.SECONDS);
            assertThat(failing).isCompletedExceptionally();
            assertThat(ran).containsExactly("next");
        }
    }
}
