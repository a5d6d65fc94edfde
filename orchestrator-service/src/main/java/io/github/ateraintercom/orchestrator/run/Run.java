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

    @Column(name = "source_directory", nullable = false)
    public String sourceDirectory;

    @Column(name = "target_base_url", nullable = false)
    public String targetBaseUrl;

    /** The name of the secret that holds the Intercom token, never the token. */
    @Column(name = "token_secret", nullable = false)
    public String tokenSecret;

    @Column(name = "account_time_zone", nullable = false)
    public String accountTimeZone;

    public String failure;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static List<Run> inProgress() {
        return list("state in ?1", List.of(RunState.EXTRACTING, RunState.LOADING));
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
