package io.github.ateraintercom.orchestrator.run;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;

/** A migration run, persisted so an orchestrator restart continues where it was. */
@Entity
@Table(name = "run")
public class Run extends PanacheEntityBase {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RunState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RunKind kind = RunKind.FULL;

    /** A sample's run awaiting confirmation, or a delta's base run; null for a full run. */
    @Column(name = "parent_run_id")
    public String parentRunId;

    /** How many records of each object a sample migrates; null unless a sample. */
    @Column(name = "sample_size")
    public Integer sampleSize;

    /** A dry run writes nothing to Intercom: its loaders only tell what they would do. */
    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    /** export-directory or atera-api, as {@link io.github.ateraintercom.common.control.SourceKind} spells it. */
    @Column(name = "source_kind", nullable = false)
    public String sourceKind;

    /** Set when the run reads an export directory. */
    @Column(name = "source_directory")
    public String sourceDirectory;

    /** Set when the run reads Atera's API. */
    @Column(name = "atera_base_url")
    public String ateraBaseUrl;

    /** The name of the extractor's secret that holds the Atera API key, never the key. */
    @Column(name = "atera_key_secret")
    public String ateraKeySecret;

    /** Only records modified since this account-local ISO date or date-time are read, when set. */
    @Column(name = "modified_since")
    public String modifiedSince;

    @Column(name = "target_base_url", nullable = false)
    public String targetBaseUrl;

    /** The name of the secret that holds the Intercom token, never the token. */
    @Column(name = "token_secret", nullable = false)
    public String tokenSecret;

    @Column(name = "account_time_zone", nullable = false)
    public String accountTimeZone;

    /** The email of the teammate who takes tickets no teammate matches; null: such tickets are held. */
    @Column(name = "fallback_teammate")
    public String fallbackTeammate;

    /** True when nothing moves before an operator confirms the proposed mapping. */
    @Column(name = "confirm_mapping", nullable = false)
    public boolean confirmMapping;

    /** What the operator confirmed (JSON of {@code MappingChoices}); null until then, or when not asked. */
    @Column(name = "confirmed_mapping")
    public String confirmedMapping;

    /** The RMM files the extraction counted and left out of scope (JSON of file → rows); null until it ends. */
    @Column(name = "excluded_rows")
    public String excludedRows;

    /** While true, loaders write nothing more of the run. */
    @Column(nullable = false)
    public boolean paused;

    /** How many times the operator ordered the run's failed records retried. */
    @Column(name = "retry_generation")
    public int retryGeneration;

    /** How many times the operator ordered the run's rollback. */
    @Column(name = "rollback_order")
    public int rollbackOrder;

    /** How many ledger entries the rollback accounts for, as the loaders said; null until they did. */
    @Column(name = "rollback_planned")
    public Long rollbackPlanned;

    /** How many times the operator ordered the run's verification. */
    @Column(name = "verification_order")
    public int verificationOrder;

    /** How many records the latest verification order reads back; null: every one. */
    @Column(name = "verification_sample")
    public Long verificationSample;

    /** How many records the latest verification reads back, as the loaders said; null until they did. */
    @Column(name = "verification_planned")
    public Long verificationPlanned;

    /** Of how many records the run wrote, as the loaders said; null until they did. */
    @Column(name = "verification_total")
    public Long verificationTotal;

    public String failure;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static List<Run> inProgress() {
        return list("state in ?1", List.of(RunState.EXTRACTING, RunState.LOADING));
    }

    /**
     * A new run of {@code kind} that follows {@code earlier} (a sample its parent, a delta its base):
     * into the same workspace, with the same token secret, time zone and fallback teammate, from the
     * same kind of source.
     */
    public static Run following(Run earlier, RunKind kind) {
        Run run = new Run();
        run.kind = kind;
        run.parentRunId = earlier.id;
        run.sourceKind = earlier.sourceKind;
        run.targetBaseUrl = earlier.targetBaseUrl;
        run.tokenSecret = earlier.tokenSecret;
        run.accountTimeZone = earlier.accountTimeZone;
        run.fallbackTeammate = earlier.fallbackTeammate;
        return run;
    }

    public void moveTo(RunState next) {
        state = next;
        updatedAt = OffsetDateTime.now();
    }

    public void fail(String reason) {
        failure = reason;
        moveTo(RunState.FAILED);
    }
}
