package io.github.ateraintercom.sandbox.state;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.TreeMap;

/** The whole sandbox seen as one: every {@link StateSection} to export, every {@link Resettable} to reset. */
@Singleton
public class SandboxState {

    private final Instance<StateSection> sections;
    private final Instance<Resettable> resettables;

    public SandboxState(Instance<StateSection> sections, Instance<Resettable> resettables) {
        this.sections = sections;
        this.resettables = resettables;
    }

    /**
     * Each section's snapshot under its name, sorted by name. Sections are read one after the other,
     * so writes running meanwhile may show in one section and not yet in another.
     */
    public Map<String, Object> snapshot() {
        Map<String, Object> state = new TreeMap<>();
        for (StateSection section : sections) {
            if (state.put(section.name(), section.snapshot()) != null) {
                throw new IllegalStateException("two state sections are named " + section.name());
            }
        }
        return state;
    }

    /** Resets the stores, and everything else that remembers past requests (sections are resettables too). */
    public void reset() {
        resettables.forEach(Resettable::reset);
    }
}
