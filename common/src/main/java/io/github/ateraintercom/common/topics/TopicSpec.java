package io.github.ateraintercom.common.topics;

import java.util.Map;

/** How a topic is laid out: partitions and the topic-level configuration it is created with. */
public record TopicSpec(String name, int partitions, Map<String, String> config) {

    static TopicSpec records(String name, int partitions) {
        return new TopicSpec(name, partitions, Map.of());
    }

    /** Control messages are state (the latest per key wins), so the topic is compacted, one partition, ordered. */
    static TopicSpec compacted(String name) {
        return new TopicSpec(name, 1, Map.of("cleanup.policy", "compact"));
    }
}
