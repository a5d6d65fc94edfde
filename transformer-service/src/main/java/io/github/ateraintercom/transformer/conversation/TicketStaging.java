package io.github.ateraintercom.transformer.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.transformer.pipeline.RecordPipeline;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a run's records wait, in PostgreSQL, until its extraction has ended: a ticket's history
 * arrives on several topics in any order, and a conversation is written once, whole; a customer's
 * custom values, tags and contracts likewise join it. Each staged row names the record it belongs to
 * ({@link StagedOwner}). Every write is idempotent, so a redelivered record or event changes nothing.
 */
@ApplicationScoped
public class TicketStaging {

    /** What is staged; the assembly waits until every record of these the extractor published is here. */
    static final List<ObjectType> STAGED = List.of(ObjectType.TICKET, ObjectType.TICKET_COMMENT, ObjectType.WORK_HOUR,
            ObjectType.CUSTOMER, ObjectType.CONTACT, ObjectType.CUSTOM_FIELD, ObjectType.CUSTOM_VALUE, ObjectType.CONTRACT,
            ObjectType.SLA_POLICY, ObjectType.TAG);
    private static final String COLUMNS = "object_type, source_id, owner_id, source_file, source_line, fields";

    private final DataSource database;

    TicketStaging(DataSource database) {
        this.database = database;
    }

    /** Stages one run's records in one statement: a batch costs one round trip and one commit. */
    public void stage(String runId, List<Envelope<AteraRow>> records) {
        int size = records.size();
        String[] types = new String[size];
        String[] ids = new String[size];
        String[] ownerTypes = new String[size];
        String[] ownerIds = new String[size];
        String[] files = new String[size];
        Long[] lines = new Long[size];
        String[] fields = new String[size];
        for (int i = 0; i < size; i++) {
            Envelope<AteraRow> record = records.get(i);
            StagedOwner owner = StagedOwner.of(record.objectType(), record.sourceId(), record.payload());
            types[i] = record.objectType().wireName();
            ids[i] = record.sourceId();
            ownerTypes[i] = owner.type();
            ownerIds[i] = owner.id();
            files[i] = record.sourceRow().file();
            lines[i] = record.sourceRow().line();
            fields[i] = json(record.payload());
        }
        // counted as they are staged, a redelivered record (which inserts nothing) not twice
        update("""
                WITH inserted AS (
                    INSERT INTO staged_record (run_id, object_type, source_id, owner_type, owner_id, source_file, source_line, fields)
                    SELECT ?, * FROM unnest(?, ?, ?, ?, ?, ?::bigint[], ?) ON CONFLICT DO NOTHING
                    RETURNING object_type)
                INSERT INTO staging_count (run_id, object_type, staged)
                SELECT ?, object_type, count(*) FROM inserted GROUP BY object_type ORDER BY object_type
                ON CONFLICT (run_id, object_type) DO UPDATE SET staged = staging_count.staged + excluded.staged
                """, runId, types, ids, ownerTypes, ownerIds, files, lines, fields, runId);
    }

    /**
     * Stages the ids of the records (customers, contacts) before {@code step} maps them, so custom
     * data can tell a record of the export from a stray one; their fields are not needed for that.
     */
    public RecordPipeline.Step knownFirst(RecordPipeline.Step step) {
        return (rows, run) -> {
            stage(run.runId(), rows.stream().map(row -> row.withPayload(new AteraRow(Map.of()))).toList());
            return step.apply(rows, run);
        };
    }

    /** The extractor published {@code published} records of a staged object from {@code file}. */
    void expect(String runId, String file, ObjectType type, long published) {
        update("""
                INSERT INTO staging_expectation (run_id, source_file, object_type, published) VALUES (?, ?, ?, ?)
                ON CONFLICT (run_id, source_file) DO UPDATE SET published = excluded.published
                """, runId, file, type.wireName(), published);
    }

    void finished(String runId) {
        update("INSERT INTO staging_run (run_id, finished_at) VALUES (?, now()) ON CONFLICT DO NOTHING", runId);
    }

    boolean assembled(String runId) {
        return !query("SELECT 1 FROM staging_run WHERE run_id = ? AND assembled_at IS NOT NULL", rs -> 1, runId).isEmpty();
    }

    void markAssembled(String runId) {
        update("UPDATE staging_run SET assembled_at = now() WHERE run_id = ?", runId);
    }

    /** Per staged object, how many records the extractor published that are not staged yet. */
    Map<ObjectType, Long> missing(String runId) {
        Map<ObjectType, Long> missing = new HashMap<>();
        query("SELECT object_type, sum(published) FROM staging_expectation WHERE run_id = ? GROUP BY object_type",
                rs -> missing.put(ObjectType.fromWireName(rs.getString(1)), rs.getLong(2)), runId);
        query("SELECT object_type, staged FROM staging_count WHERE run_id = ?",
                rs -> missing.merge(ObjectType.fromWireName(rs.getString(1)), -rs.getLong(2), Long::sum), runId);
        missing.values().removeIf(count -> count <= 0);
        return missing;
    }

    /**
     * Up to {@code limit} tickets of the run after {@code afterTicketId} (null: from the first), in
     * ticket order: a ticket's id is its source id, so the primary key reads them in order.
     */
    List<StagedRecord> tickets(String runId, String afterTicketId, int limit) {
        return query("SELECT " + COLUMNS + """
                 FROM staged_record
                WHERE run_id = ? AND object_type = 'ticket' AND source_id > ? ORDER BY source_id LIMIT ?
                """, rs -> staged(runId, rs), runId, afterTicketId == null ? "" : afterTicketId, limit);
    }

    /** The comments, work hours, custom values and tags of the given tickets. */
    List<StagedRecord> histories(String runId, List<String> ticketIds) {
        return query("SELECT " + COLUMNS + """
                 FROM staged_record
                WHERE run_id = ? AND owner_type = 'ticket' AND object_type <> 'ticket' AND owner_id = ANY (?)
                """, rs -> staged(runId, rs), runId, ticketIds.toArray(String[]::new));
    }

    /** Comments, work hours, custom values and tags whose ticket is not in the run's export. */
    List<StagedRecord> orphans(String runId) {
        return query("SELECT " + COLUMNS + """
                 FROM staged_record history
                WHERE run_id = ? AND owner_type = 'ticket' AND object_type <> 'ticket' AND NOT EXISTS (
                    SELECT 1 FROM staged_record ticket WHERE ticket.run_id = history.run_id
                    AND ticket.object_type = 'ticket' AND ticket.owner_id = history.owner_id)
                ORDER BY source_file, source_line
                """, rs -> staged(runId, rs), runId);
    }

    /** Every staged record of {@code type} in the run, in file order (definitions, SLA policies: small files). */
    public List<StagedRecord> all(String runId, ObjectType type) {
        return query("SELECT " + COLUMNS + " FROM staged_record WHERE run_id = ? AND object_type = ? ORDER BY source_file, source_line",
                rs -> staged(runId, rs), runId, type.wireName());
    }

    /** The values the run's custom values give the field {@code fieldName} of records of {@code ownerType}. */
    public List<String> valuesOf(String runId, String ownerType, String fieldName) {
        return query("""
                SELECT fields::jsonb -> 'fields' ->> 'Value' FROM staged_record
                WHERE run_id = ? AND object_type = 'custom_value' AND owner_type = ?
                AND lower(btrim(fields::jsonb -> 'fields' ->> 'FieldName')) = lower(?)
                """, rs -> rs.getString(1), runId, ownerType, fieldName);
    }

    /**
     * Up to {@code limit} customers and contacts (owner keys, {@link StagedOwner#key()}) after
     * {@code afterKey} that own custom values, tags or contracts, in key order.
     */
    public List<String> detailOwners(String runId, String afterKey, int limit) {
        return query("""
                SELECT DISTINCT owner_type || '/' || owner_id AS owner FROM staged_record
                WHERE run_id = ? AND object_type IN ('custom_value', 'tag', 'contract') AND owner_type IN ('customer', 'contact')
                AND owner_type || '/' || owner_id > ? ORDER BY owner LIMIT ?
                """, rs -> rs.getString(1), runId, afterKey == null ? "" : afterKey, limit);
    }

    /** The custom values, tags and contracts of the given owners. */
    public List<StagedRecord> details(String runId, List<String> ownerKeys) {
        return query("SELECT " + COLUMNS + """
                 FROM staged_record
                WHERE run_id = ? AND object_type IN ('custom_value', 'tag', 'contract') AND owner_type || '/' || owner_id = ANY (?)
                """, rs -> staged(runId, rs), runId, ownerKeys.toArray(String[]::new));
    }

    /** Which of the given owners are customers or contacts of the export. */
    public List<String> existing(String runId, List<String> ownerKeys) {
        return query("""
                SELECT owner_type || '/' || owner_id FROM staged_record
                WHERE run_id = ? AND object_type IN ('customer', 'contact') AND owner_type || '/' || owner_id = ANY (?)
                """, rs -> rs.getString(1), runId, ownerKeys.toArray(String[]::new));
    }

    /** Custom values and tags of records that are not tickets, customers or contacts (technicians, contracts). */
    public List<StagedRecord> ofOtherRecords(String runId) {
        return query("SELECT " + COLUMNS + """
                 FROM staged_record
                WHERE run_id = ? AND object_type IN ('custom_value', 'tag') AND owner_type NOT IN ('ticket', 'customer', 'contact')
                ORDER BY source_file, source_line
                """, rs -> staged(runId, rs), runId);
    }

    private static StagedRecord staged(String runId, ResultSet rs) throws SQLException {
        try {
            return new StagedRecord(runId, ObjectType.fromWireName(rs.getString(1)), rs.getString(2), rs.getString(3),
                    new SourceRow(rs.getString(4), rs.getLong(5)), Json.MAPPER.readValue(rs.getString(6), AteraRow.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("staged record " + rs.getString(2) + " cannot be read back", e);
        }
    }

    private static String json(AteraRow row) {
        try {
            return Json.MAPPER.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a raw row cannot be written as JSON", e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("staging database refused: " + e.getMessage(), e);
        }
    }

    private <T> List<T> query(String sql, Row<T> mapper, Object... parameters) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("staging database refused: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            if (parameter instanceof String[] array) {
                statement.setArray(i + 1, connection.createArrayOf("varchar", array));
            } else if (parameter instanceof Long[] array) {
                statement.setArray(i + 1, connection.createArrayOf("bigint", array));
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
        return statement;
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
