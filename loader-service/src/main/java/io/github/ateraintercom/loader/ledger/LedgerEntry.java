package io.github.ateraintercom.loader.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One Intercom object a run wrote for one Atera record, with a hash of what was written. */
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

    @Column(name = "intercom_id", nullable = false)
    public String intercomId;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "recorded_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime recordedAt;
}
