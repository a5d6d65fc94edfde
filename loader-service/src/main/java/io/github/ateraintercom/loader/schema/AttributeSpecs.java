package io.github.ateraintercom.loader.schema;

import io.github.ateraintercom.common.mapping.AttributeSpec;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The spec of each attribute a command writes: the one it carries, else the given default. */
final class AttributeSpecs {

    private AttributeSpecs() {
    }

    static List<AttributeSpec> of(Collection<String> names, List<AttributeSpec> specs) {
        return of(names, specs, AttributeSpec::text);
    }

    static List<AttributeSpec> of(Collection<String> names, List<AttributeSpec> specs, Function<String, AttributeSpec> otherwise) {
        Map<String, AttributeSpec> byName = (specs == null ? List.<AttributeSpec>of() : specs).stream()
                .collect(Collectors.toMap(AttributeSpec::name, spec -> spec, (first, second) -> second));
        return names.stream().map(name -> byName.getOrDefault(name, otherwise.apply(name))).toList();
    }
}
