package io.github.ateraintercom.loader.ratelimit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Leases from the shared quota against a real PostgreSQL, as replicas take them. */
class QuotaStoreTest {

    private static final QuotaRules RULES = new QuotaRules(0.1, 10, Duration.ofMillis(250), QuotaRules.INTERCOM_WINDOW);
    private static final int LIMIT = 100;
    /** 100 less 10 % headroom. */
    private static final int ALLOWANCE = 90;

    private static DataSource database;

    @BeforeAll
    static void migrate() {
        database = MigratedSchema.create();
    }

    @Test
    void twoReplicasLeasingAtOnceNeverGetMoreThanTheAllowanceOfAWindow() throws Exception {
        String app = app();
        long windowEnd = System.currentTimeMillis() + 5_000;
        Observation learnt = new Observation(windowEnd, LIMIT, 1);
        List<QuotaStore> replicas = List.of(new QuotaStore(database, RULES), new QuotaStore(database, RULES));
        List<Callable<List<Lease>>> leasers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            QuotaStore replica = replicas.get(i % 2);
            leasers.add(() -> leaseUntilSpent(replica, app, learnt));
        }
        ExecutorService threads = Executors.newFixedThreadPool(leasers.size());
        List<Lease> leases = new ArrayList<>();
        try {
            for (Future<List<Lease>> leased : threads.invokeAll(leasers)) {
                leases.addAll(leased.get());
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(leases).allSatisfy(lease -> {
            assertThat(lease.windowEndMillis()).isEqualTo(windowEnd);
            assertThat(lease.allowance()).isEqualTo(ALLOWANCE);
            assertThat(lease.calls()).isBetween(0, RULES.chunk());
        });
        assertThat(leases.stream().mapToInt(Lease::calls).sum())
                .as("calls granted besides the one the answer counted").isEqualTo(ALLOWANCE - 1);
        assertThat(leases.stream().filter(lease -> lease.calls() > 0).count())
                .as("leases, each one statement: far fewer than calls").isLessThan(ALLOWANCE / 3);
    }

    @Test
    void theLastCallsOfAWindowAreLeasedFewAtATime() {
        String app = app();
        Observation learnt = new Observation(System.currentTimeMillis() + 5_000, LIMIT, 0);
        QuotaStore replica = new QuotaStore(database, RULES);

        List<Integer> sizes = leaseUntilSpent(replica, app, learnt).stream().map(Lease::calls).toList();

        assertThat(sizes).startsWith(10, 10, 10, 10, 10).endsWith(1, 1, 0);
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(ALLOWANCE);
    }

    @Test
    void theNextWindowRefillsOnceTheServersWindowHasEnded() {
        String app = app();
        long windowEnd = System.currentTimeMillis() + 500;
        QuotaStore replica = new QuotaStore(database, RULES);
        Observation learnt = new Observation(windowEnd, LIMIT, LIMIT);
        assertThat(replica.lease(app, learnt).calls()).as("the answer said the window is spent").isZero();

        Lease refilled = await().atMost(Duration.ofSeconds(5)).until(() -> replica.lease(app, learnt), lease -> lease.calls() > 0);

        assertThat(refilled.windowEndMillis()).as("the server's next window").isEqualTo(windowEnd + 10_000);
        assertThat(refilled.granted()).isEqualTo(refilled.calls());
        assertThat(refilled.databaseNowMillis()).as("not before the guard has passed").isGreaterThanOrEqualTo(windowEnd + 250);
    }

    @Test
    void noCallIsLeasedInTheLastGuardOfAWindow() {
        String app = app();
        long windowEnd = System.currentTimeMillis() + 150;

        Lease lease = new QuotaStore(database, RULES).lease(app, new Observation(windowEnd, LIMIT, 0));

        assertThat(lease.calls()).isZero();
        assertThat(lease.granted()).isZero();
    }

    @Test
    void oneCallAtATimeGoesToLearnTheLimitAndItsAnswerCountsWhatWasSpent() {
        String app = app();
        QuotaStore first = new QuotaStore(database, RULES);
        QuotaStore second = new QuotaStore(database, RULES);

        Lease learning = first.lease(app, Observation.NONE);
        assertThat(learning.limitKnown()).isFalse();
        assertThat(learning.calls()).isEqualTo(1);
        assertThat(second.lease(app, Observation.NONE).calls()).as("each replica sends one of its own").isEqualTo(1);

        long windowEnd = System.currentTimeMillis() + 5_000;
        Lease learnt = first.lease(app, new Observation(windowEnd, LIMIT, 1));
        assertThat(learnt.limit()).isEqualTo(LIMIT);
        assertThat(learnt.windowEndMillis()).isEqualTo(windowEnd);
        assertThat(learnt.granted()).as("both learning calls count, though one answer told of one").isEqualTo(2 + learnt.calls());
        assertThat(second.lease(app, Observation.NONE).limit()).as("the other replica learns it from the quota").isEqualTo(LIMIT);
    }

    @Test
    void answersOfTheCurrentWindowRaiseWhatWasSpentAndLateAnswersChangeNothing() {
        String app = app();
        long windowEnd = System.currentTimeMillis() + 5_000;
        QuotaStore replica = new QuotaStore(database, RULES);
        replica.lease(app, new Observation(windowEnd, LIMIT, 0));

        Lease afterOthers = replica.lease(app, new Observation(windowEnd, LIMIT, 60));
        assertThat(afterOthers.granted()).as("another client of the app spent 60").isEqualTo(60 + afterOthers.calls());

        Lease afterLate = replica.lease(app, new Observation(windowEnd - 10_000, LIMIT, LIMIT));
        assertThat(afterLate.windowEndMillis()).isEqualTo(windowEnd);
        assertThat(afterLate.granted()).as("an answer of the previous window").isEqualTo(afterOthers.granted() + afterLate.calls());
        assertThat(afterLate.calls()).isPositive();
    }

    private static List<Lease> leaseUntilSpent(QuotaStore replica, String app, Observation learnt) {
        List<Lease> leases = new ArrayList<>();
        Lease lease;
        do {
            lease = replica.lease(app, learnt);
            leases.add(lease);
        } while (lease.calls() > 0);
        return leases;
    }

    private static String app() {
        return "http://intercom.test#" + UUID.randomUUID();
    }
}
