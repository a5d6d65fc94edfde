package io.github.ateraintercom.loader.rollback;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.rollback.EntryRolledBack.Outcome;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The ledger as a rollback reads and writes it: the run's created objects still to remove, newest
 * first; the entries it leaves alone; and each removal, recorded so a resumed or repeated rollback
 * never takes it again.
 */
@ApplicationScoped
public class RollbackLedger {

    /** Object types whose adopted or merged entries name Intercom objects the run found there. */
    private static final List<String> ADOPTING = List.of(ObjectType.CUSTOMER.wireName(), ObjectType.CONTACT.wireName(),
            ObjectType.SCHEMA.wireName(), ObjectType.TECHNICIAN.wireName());

    /** Object types of the Intercom objects a delta updates or finds unchanged. */
    private static final List<String> DELTA_KINDS = Arrays.stream(RemovableKind.values()).map(kind -> kind.objectType().wireName())
            .distinct().toList();

    /**
     * Up to {@code limit} entries of the kind the run created and no rollback has removed or archived,
     * newest first; one that failed is taken again only by a later order than the one it failed under.
     */
    List<LedgerEntry> pending(String runId, RemovableKind kind, int order, int limit) {
        String sql = "SELECT * FROM ledger_entry WHERE " + ofKind(kind)
                + " AND (rollback_outcome IS NULL OR (rollback_outcome = 'FAILED' AND rollback_order < :order))"
                + " ORDER BY id DESC LIMIT :limit";
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<LedgerEntry> entries = bind(LedgerEntry.getEntityManager().createNativeQuery(sql, LedgerEntry.class), runId, kind)
                    .setParameter("order", order).setParameter("limit", limit).getResultList();
            return entries;
        });
    }

    /** Every object the run created that a rollback removes or archives, whether it did already or not. */
    long created(String runId) {
        return QuarkusTransaction.requiringNew().call(() -> Arrays.stream(RemovableKind.values())
                .mapToLong(kind -> ((Number) bind(LedgerEntry.getEntityManager().createNativeQuery(
                        "SELECT count(*) FROM ledger_entry WHERE " + ofKind(kind)), runId, kind).getSingleResult()).longValue())
                .sum());
    }

    /** The run's written, created entries of the kind: its object type and, for schema items, a prefix of the source id. */
    private static String ofKind(RemovableKind kind) {
        StringBuilder clause = new StringBuilder(
                "run_id = :run AND object_type = :type AND origin = 'CREATED' AND intercom_id IS NOT NULL");
        List<String> prefixes = kind.sourcePrefixes();
        if (!prefixes.isEmpty()) {
            clause.append(" AND (").append(String.join(" OR ", IntStream.range(0, prefixes.size())
                    .mapToObj(i -> "starts_with(source_id, :prefix" + i + ")").toList())).append(')');
        }
        return clause.toString();
    }

    private static Query bind(Query query, String runId, RemovableKind kind) {
        query.setParameter("run", runId).setParameter("type", kind.objectType().wireName());
        List<String> prefixes = kind.sourcePrefixes();
        for (int i = 0; i < prefixes.size(); i++) {
            query.setParameter("prefix" + i, prefixes.get(i));
        }
        return query;
    }

    /**
     * The entries naming what the run found in Intercom (adopted) or shares with another of its entries
     * (merged), and, of a delta, the base runs' objects it updated or found unchanged.
     */
    List<LedgerEntry> leftAlone(String runId) {
        return QuarkusTransaction.requiringNew().call(() -> LedgerEntry.<LedgerEntry>list(
                "runId = ?1 and intercomId is not null and (origin in ?2 and objectType in ?3 or origin in ?4 and objectType in ?5) order by id",
                runId, List.of(LedgerEntry.Origin.ADOPTED, LedgerEntry.Origin.MERGED), ADOPTING,
                List.of(LedgerEntry.Origin.UPDATED, LedgerEntry.Origin.UNCHANGED), DELTA_KINDS));
    }

    /** Records what the rollback did with each of these entries, in one transaction. */
    void record(Map<LedgerEntry, Removal> removals, int order) {
        QuarkusTransaction.requiringNew().run(() -> removals.forEach((entry, removal) -> LedgerEntry.update(
                "rollbackOutcome = ?1, rollbackReason = ?2, rollbackOrder = ?3, rolledBackAt = ?4 where id = ?5",
                removal.outcome().name(), removal.reason(), order, OffsetDateTime.now(), entry.id)));
    }

    /** The outcome of one entry's removal, with the reason unless it was simply removed. */
    record Removal(Outcome outcome, String reason) {
    }
}
