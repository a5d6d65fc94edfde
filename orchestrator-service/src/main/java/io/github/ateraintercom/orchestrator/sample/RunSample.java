package io.github.ateraintercom.orchestrator.sample;

import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.common.event.SampleChosen;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;

/** What a sample run's extraction chose, and why; a re-extraction replaces it. */
@Entity
@Table(name = "run_sample")
public class RunSample extends PanacheEntityBase {

    @Id
    @Column(name = "run_id")
    public String runId;

    /** JSON of {@link SampleChosen}. */
    @Column(nullable = false)
    public String chosen;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Must run inside a transaction. */
    public static void record(String runId, SampleChosen chosen) {
        RunSample sample = RunSample.<RunSample>findByIdOptional(runId).orElseGet(() -> {
            RunSample created = new RunSample();
            created.runId = runId;
            return created;
        });
        sample.chosen = Json.write(chosen);
        sample.updatedAt = OffsetDateTime.now();
        sample.persist();
    }

    /** Must run inside a transaction. */
    static Optional<SampleChosen> of(String runId) {
        return RunSample.<RunSample>findByIdOptional(runId).map(sample -> Json.read(sample.chosen, SampleChosen.class));
    }
}
