package io.github.ateraintercom.loader.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * One Intercom object a run wrote for one Atera record, with a hash of what was written; without an
 * Intercom id yet it is the intent to create one.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "run_id", nullable = false)
    public String runId;

    @Column(name = "object_type", nullable = false)
    public String objectType;

    @Column(name = "source_id", nullable = false)
    public String sourceId;

    @Column(name = "intercom_id")
    public String intercomId;

    @Column(name = "content_hash")
    public String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin = Origin.CREATED;

    /** Steps of a many-step object already written; its content hash is set only when all are. */
    @Column(nullable = false)
    public int step;

    /** What the operator is told about how the object came about, e.g. "same email as EndUserID 2001"; null: nothing. */
    @Column
    public String detail;

    @Column(name = "recorded_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime recordedAt;

    /** What a rollback did with the object (REMOVED, ARCHIVED or FAILED); null: no rollback took it yet. */
    @Column(name = "rollback_outcome")
    public String rollbackOutcome;

    /** Why it was archived rather than removed, or Intercom's reason for refusing. */
    @Column(name = "rollback_reason")
    public String rollbackReason;

    /** The rollback order under which it had that outcome. */
    @Column(name = "rollback_order")
    public Integer rollbackOrder;

    @Column(name = "rolled_back_at")
    public OffsetDateTime rolledBackAt;

    /** What the object should hold in Intercom (JSON: field → normalised value); null: written before this was kept. */
    @Column
    public String expected;

    /** The latest verification order that read the object back; null: none yet. */
    @Column(name = "verified_order")
    public Integer verifiedOrder;

    /** The source ids of the parts of a conversation written so far (JSON array), so a delta writes only new ones; null: none kept. */
    @Column(name = "written_parts")
    public String writtenParts;

    public boolean written() {
        return intercomId != null;
    }

    /**
     * Created by the run (a rollback removes it); adopted because it already existed in Intercom
     * (never removed); or merged: the record shares its email with another contact of the run and is
     * that contact's Intercom object, which the other's entry accounts for (never removed on its own).
     * In a delta run: updated, a base run's object the delta changed, or unchanged, one it found as
     * the base left it; neither is removed by the delta's rollback (the base's earlier values are not
     * kept to restore).
     */
    public enum Origin { CREATED, ADOPTED, MERGED, UPDATED, UNCHANGED }
}
