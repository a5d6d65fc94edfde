package io.github.ateraintercom.loader.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class WindowGuardTest {

    private static final QuotaRules RULES = new QuotaRules(0, 10, Duration.ofMillis(250), QuotaRules.INTERCOM_WINDOW);
    private static final long MS = Duration.ofMillis(1).toNanos();

    @Test
    void senderDelaysWidenTheGuardToTwiceTheLongestUntilTwoWindowsPassWithoutThem() {
        WindowGuard guard = new WindowGuard(RULES, 0);
        assertThat(guard.nanos(0)).as("nothing measured: the configured guard").isEqualTo(250 * MS);

        guard.delayed(100 * MS, 1_000 * MS);
        assertThat(guard.nanos(1_000 * MS)).as("a short delay fits in the configured guard").isEqualTo(250 * MS);

        guard.delayed(400 * MS, 2_000 * MS);
        assertThat(guard.nanos(2_000 * MS)).as("twice the longest delay").isEqualTo(800 * MS);
        assertThat(guard.nanos(12_000 * MS)).as("the previous window's delays still count").isEqualTo(800 * MS);
        assertThat(guard.nanos(22_500 * MS)).as("two windows without delays: back to the configured guard").isEqualTo(250 * MS);
    }

    @Test
    void theGuardIsAtMostAQuarterOfAWindow() {
        WindowGuard guard = new WindowGuard(RULES, 0);

        guard.delayed(9_000 * MS, 0);

        assertThat(guard.nanos(0)).isEqualTo(2_500 * MS);
    }
}
