package io.github.ateraintercom.loader.verify;

import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The ledger as a verification reads and writes it: the run's written records it reads back (all, or
 * an even spread of a sample), those an order has still to read, and each one read, so a resumed
 * order repeats nothing and a finished one is not carried out again.
 */
@ApplicationScoped
public class VerificationLedger {

    /**
     * The ids of the entries to read back, in ledger order by object type: every written company,
     * contact, conversation, article and schema item (attribute, tag, collection) of the run, or {@code sample} of them taken at even steps
     * over that order, so every kind is represented in proportion, the same ones every time.
     */
    List<Long> selection(String runId, Long sample) {
        List<Long> all = QuarkusTransaction.requiringNew().call(() -> LedgerEntry.getEntityManager().createQuery(
                        "select e.id from LedgerEntry e where e.runId = ?1 and e.objectType in ?2 and e.intercomId is not null"
                                + " order by e.objectType, e.id", Long.class)
                .setParameter(1, runId).setParameter(2, VerifiableKind.objectTypes()).getResultList());
        if (sample == null || sample >= all.size()) {
            return all;
        }
        List<Long> spread = new ArrayList<>();
        for (long i = 0; i < sample; i++) {
            spread.add(all.get((int) (i * all.size() / sample)));
        }
        return spread;
    }

    /** Of these entries, those no order from {@code order} on has read back yet. */
    List<LedgerEntry> pending(List<Long> ids, int order) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> LedgerEntry.<LedgerEntry>list(
                "id in ?1 and (verifiedOrder is null or verifiedOrder < ?2) order by objectType, id", ids, order));
    }

    /** Records that order {@code order} read these entries back, in one transaction. */
    void record(Collection<LedgerEntry> entries, int order) {
        List<Long> ids = entries.stream().map(entry -> entry.id).toList();
        QuarkusTransaction.requiringNew().run(() -> LedgerEntry.update("verifiedOrder = ?1 where id in ?2", order, ids));
    }
}
