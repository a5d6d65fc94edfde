package io.github.ateraintercom.extractor.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the records of one object for a sample: the ones it must hold (what chosen records refer
 * to), then, while fewer than the size, the candidate that covers the most cases not yet covered
 * (the earliest offered on a tie), then the earliest offered until the size. Candidates are offered
 * in source order, so the choice is the same every time.
 */
final class CaseCover {

    private final int limit;
    private final Map<String, Set<String>> casesOf = new LinkedHashMap<>();
    private final Map<String, Boolean> inSource = new LinkedHashMap<>();
    private final Map<String, Integer> candidatesOfCase = new LinkedHashMap<>();
    private int plainCandidates;

    /** {@code limit}: how many candidates each case (and the filling) keeps, so memory stays bounded by the sample's size. */
    CaseCover(int limit) {
        this.limit = limit;
    }

    /** Declares a case, so a case no record has is reported as such. */
    void declare(String description) {
        inSource.putIfAbsent(description, false);
    }

    /**
     * A record of the source, in source order, with the cases it shows; kept as a candidate when it
     * must be in the sample, or is among the first {@code limit} of a case or of the source.
     */
    void offer(String id, Set<String> cases, boolean mustHold) {
        cases.forEach(description -> inSource.put(description, true));
        boolean wanted = mustHold || casesOf.containsKey(id) || plainCandidates < limit
                || cases.stream().anyMatch(description -> candidatesOfCase.getOrDefault(description, 0) < limit);
        if (!wanted) {
            return;
        }
        if (!casesOf.containsKey(id)) {
            plainCandidates++;
            cases.forEach(description -> candidatesOfCase.merge(description, 1, Integer::sum));
        }
        casesOf.computeIfAbsent(id, key -> new LinkedHashSet<>()).addAll(cases);
    }

    boolean offered(String id) {
        return casesOf.containsKey(id);
    }

    /** The chosen ids, in the order chosen: {@code forced} first (those offered), whatever their number. */
    Choice choose(int size, Set<String> forced) {
        Set<String> chosen = new LinkedHashSet<>();
        forced.stream().filter(casesOf::containsKey).forEach(chosen::add);
        Set<String> covered = new LinkedHashSet<>();
        chosen.forEach(id -> covered.addAll(casesOf.get(id)));
        while (chosen.size() < size) {
            String best = null;
            long bestGain = 0;
            for (Map.Entry<String, Set<String>> candidate : casesOf.entrySet()) {
                long gain = candidate.getValue().stream().filter(description -> !covered.contains(description)).count();
                if (!chosen.contains(candidate.getKey()) && gain > bestGain) {
                    best = candidate.getKey();
                    bestGain = gain;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            covered.addAll(casesOf.get(best));
        }
        for (String id : casesOf.keySet()) {
            if (chosen.size() >= size) {
                break;
            }
            chosen.add(id);
        }
        return new Choice(chosen, cases(chosen));
    }

    /** Each case declared or seen, with the chosen records that show it. */
    private Map<String, CaseRecords> cases(Set<String> chosen) {
        Map<String, CaseRecords> cases = new LinkedHashMap<>();
        inSource.forEach((description, seen) -> {
            List<String> records = new ArrayList<>();
            chosen.stream().filter(id -> casesOf.get(id).contains(description)).forEach(records::add);
            cases.put(description, new CaseRecords(records, seen));
        });
        return cases;
    }

    /** The chosen ids and, per case, the chosen records that cover it and whether the source has any. */
    record Choice(Set<String> ids, Map<String, CaseRecords> cases) {
    }

    record CaseRecords(List<String> records, boolean inSource) {
    }
}
