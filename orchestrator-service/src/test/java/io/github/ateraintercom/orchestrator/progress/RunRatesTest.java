package io.github.ateraintercom.orchestrator.progress;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RunRatesTest {

    private Instant now = Instant.parse("2026-11-29T10:00:00Z");
    private final RunRates rates = new RunRates(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void paceIsTheRowsSettledOverTheLastMinute() {
        assertThat(rates.perSecond("r")).as("nothing seen yet").isEmpty();
        rates.sample("r", 0);
        assertThat(rates.perSecond("r")).as("one sample is no pace").isEmpty();

        advance(Duration.ofSeconds(30));
        rates.sample("r", 300);
        assertThat(rates.perSecond("r")).contains(10.0);

        advance(Duration.ofSeconds(60));
        rates.sample("r", 1500);
        // the first sample left the minute: the pace is the last 60 seconds'
        assertThat(rates.perSecond("r")).contains(20.0);
    }

    private void advance(Duration duration) {
        now = now.plus(duration);
    }
}
