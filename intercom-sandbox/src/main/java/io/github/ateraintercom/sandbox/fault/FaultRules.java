package io.github.ateraintercom.sandbox.fault;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.state.Resettable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** The fault rules in force, in the order they were added; the first rule matching a request applies. */
@Singleton
public class FaultRules implements Resettable {

    // Read on every request, written rarely: copy-on-write keeps reads lock-free.
    private final CopyOnWriteArrayList<ActiveRule> rules = new CopyOnWriteArrayList<>();
    private final AtomicLong lastId = new AtomicLong();

    /** Validates the rule, puts it last and returns it with its id. */
    public FaultRule add(FaultRule rule) {
        FaultRule added = rule.validated(Long.toString(lastId.incrementAndGet()));
        rules.add(new ActiveRule(added));
        return added;
    }

    public List<FaultRule> list() {
        return rules.stream().map(ActiveRule::rule).toList();
    }

    public void remove(String id) {
        if (!rules.removeIf(active -> active.rule().id().equals(id))) {
            throw ApiException.notFound("not_found", "Fault rule Not Found");
        }
    }

    Optional<ActiveRule> firstMatching(String method, String path) {
        for (ActiveRule rule : rules) {
            if (rule.matches(method, path)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** Removes every rule, running bursts with them. */
    @Override
    public void reset() {
        rules.clear();
    }
}
