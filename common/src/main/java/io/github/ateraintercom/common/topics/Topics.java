package io.github.ateraintercom.common.topics;

import io.github.ateraintercom.common.atera.ObjectType;

import java.util.ArrayList;
import java.util.List;

/** Every topic of the platform, named once. Channel names equal topic names, so no mapping is needed. */
public final class Topics {

    public static final String ATERA_CUSTOMERS = "atera.customers";
    public static final String ATERA_CONTACTS = "atera.contacts";
    public static final String INTERCOM_COMPANIES = "intercom.companies";
    public static final String INTERCOM_CONTACTS = "intercom.contacts";
    public static final String INTERCOM_TEAMMATES = "intercom.teammates";
    public static final String INTERCOM_CONVERSATIONS = "intercom.conversations";
    public static final String INTERCOM_ARTICLES = "intercom.articles";
    public static final String INTERCOM_CUSTOM_DATA = "intercom.custom_data";
    public static final String INTERCOM_SCHEMA = "intercom.schema";
    public static final String REJECTS = "migration.rejects";
    public static final String EVENTS = "migration.events";
    public static final String RESULTS = "migration.results";
    public static final String CONTROL = "migration.control";
    /** What the loaders removed, archived, left alone or failed to remove for a run's rollback. */
    public static final String ROLLBACK = "migration.rollback";
    /** What the loaders read back from Intercom for a run's verification, record by record. */
    public static final String VERIFICATION = "migration.verification";

    private Topics() {
    }

    /** Every topic with its layout; record topics get {@code recordPartitions} partitions. */
    public static List<TopicSpec> all(int recordPartitions) {
        List<TopicSpec> specs = new ArrayList<>();
        for (ObjectType type : ObjectType.values()) {
            if (type.extracted()) {
                specs.add(TopicSpec.records(type.topic(), recordPartitions));
            }
        }
        specs.add(TopicSpec.records(INTERCOM_COMPANIES, recordPartitions));
        specs.add(TopicSpec.records(INTERCOM_CONTACTS, recordPartitions));
        specs.add(TopicSpec.records(INTERCOM_TEAMMATES, recordPartitions));
        specs.add(TopicSpec.records(INTERCOM_CONVERSATIONS, recordPartitions));
        specs.add(TopicSpec.records(INTERCOM_ARTICLES, recordPartitions));
        specs.add(TopicSpec.records(INTERCOM_CUSTOM_DATA, recordPartitions));
        specs.add(TopicSpec.records(INTERCOM_SCHEMA, recordPartitions));
        specs.add(TopicSpec.records(REJECTS, recordPartitions));
        specs.add(TopicSpec.records(EVENTS, recordPartitions));
        specs.add(TopicSpec.records(RESULTS, recordPartitions));
        specs.add(TopicSpec.records(ROLLBACK, recordPartitions));
        specs.add(TopicSpec.records(VERIFICATION, recordPartitions));
        specs.add(TopicSpec.compacted(CONTROL));
        return specs;
    }
}
