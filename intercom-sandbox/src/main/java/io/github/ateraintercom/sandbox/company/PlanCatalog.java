package io.github.ateraintercom.sandbox.company;

import jakarta.inject.Singleton;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The workspace's plans. Requests name a plan; Intercom keeps one plan per name with its own numeric
 * string id, shared by every company on it.
 */
@Singleton
public class PlanCatalog {

    private final ConcurrentHashMap<String, Plan> byName = new ConcurrentHashMap<>();
    private final AtomicLong lastId = new AtomicLong();

    Plan named(String name) {
        return byName.computeIfAbsent(name, key -> Plan.named(Long.toString(lastId.incrementAndGet()), key));
    }
}
