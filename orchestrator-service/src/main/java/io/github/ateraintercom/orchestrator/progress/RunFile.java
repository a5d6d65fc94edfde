package io.github.ateraintercom.orchestrator.progress;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** An export file as the extractor read it. */
@Entity
@Table(name = "run_file")
@IdClass(RunFile.Key.class)
public class RunFile extends PanacheEntityBase {

    @Id
    @Column(name = "run_id")
    public String runId;

    @Id
    public String file;

    @Column(name = "object_type", nullable = false)
    public String objectType;

    @Column(name = "rows_read", nullable = false)
    public long rowsRead;

    @Column(name = "rows_published", nullable = false)
    public long rowsPublished;

    @Column(name = "rows_rejected", nullable = false)
    public long rowsRejected;

    @Column(nullable = false)
    public String checksum;

    public static List<RunFile> ofRun(String runId) {
        return list("runId", runId);
    }

    /** The composite key: a file is read once per run. */
    public static class Key implements Serializable {
        public String runId;
        public String file;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(runId, key.runId) && Objects.equals(file, key.file);
        }

        @Override
        public int hashCode() {
            return Objects.hash(runId, file);
        }
    }
}
