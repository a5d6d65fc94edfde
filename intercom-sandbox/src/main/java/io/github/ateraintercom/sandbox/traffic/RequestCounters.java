package io.github.ateraintercom.sandbox.traffic;

import io.github.ateraintercom.sandbox.state.Resettable;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts the requests made to the simulated API by method, path template and status. */
@Singleton
public class RequestCounters implements Resettable {

    /** Routing-context flag of a request whose connection was dropped on purpose: counted with no status. */
    public static final String UNANSWERED = RequestCounters.class.getName() + ".unanswered";

    private static final Comparator<RequestCount> ORDER = Comparator.comparing(RequestCount::path)
            .thenComparing(RequestCount::method)
            .thenComparing(RequestCount::status, Comparator.nullsLast(Comparator.naturalOrder()));

    private final ConcurrentHashMap<Key, LongAdder> counts = new ConcurrentHashMap<>();

    void record(String method, String path, Integer status) {
        counts.computeIfAbsent(new Key(method, path, status), key -> new LongAdder()).increment();
    }

    /** Every non-zero count, by path, then method, then status. */
    public List<RequestCount> snapshot() {
        return counts.entrySet().stream()
                .map(entry -> new RequestCount(entry.getKey().method(), entry.getKey().path(),
                        entry.getKey().status(), entry.getValue().sum()))
                .filter(count -> count.count() > 0)
                .sorted(ORDER)
                .toList();
    }

    @Override
    public void reset() {
        counts.clear();
    }

    private record Key(String method, String path, Integer status) {

        Key {
            Objects.requireNonNull(method);
            Objects.requireNonNull(path);
        }
    }
}
