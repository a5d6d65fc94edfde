package io.github.ateraintercom.loader.verify;

import io.github.ateraintercom.common.verification.RecordVerified.Difference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The fields in which Intercom's answer differs from what the run wrote: every field written, and
 * every reply or note Intercom holds beyond those written. Fields the run never wrote (other
 * attributes, what Intercom adds) are not its to verify.
 */
final class Comparison {

    private Comparison() {
    }

    static List<Difference> of(Expectation expected, Expectation actual) {
        Set<String> fields = new LinkedHashSet<>(expected.fields().keySet());
        if (expected.fields().containsKey(Expectation.PARTS)) {
            actual.fields().keySet().stream().filter(field -> field.startsWith(Expectation.PART)).forEach(fields::add);
        }
        List<Difference> differences = new ArrayList<>();
        for (String field : fields) {
            String wanted = expected.fields().get(field);
            String found = actual.fields().get(field);
            if (!Objects.equals(wanted, found)) {
                differences.add(new Difference(field, wanted, found));
            }
        }
        return differences;
    }
}
