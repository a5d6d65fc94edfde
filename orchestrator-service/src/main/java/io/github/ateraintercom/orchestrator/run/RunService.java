package io.github.ateraintercom.orchestrator.run;

import io.github.ateraintercom.common.control.ControlMessage;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.control.RetryFailed;
import io.github.ateraintercom.common.control.RunCancelled;
import io.github.ateraintercom.common.control.RunPaused;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.orchestrator.control.ControlPublisher;
import io.github.ateraintercom.orchestrator.discovery.Discoveries;
import io.github.ateraintercom.orchestrator.mapping.MappingVersions;
import io.github.ateraintercom.orchestrator.progress.OutcomeStore;
import io.github.ateraintercom.orchestrator.schema.RunSchema;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.NotFoundException;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Creates runs and starts their extraction: at once, or once their mapping is confirmed. */
@ApplicationScoped
public class RunService {

    private final ControlPublisher control;
    private final RunRequestValidator validator;
    private final Discoveries discoveries;
    private final MappingVersions mappings;
    private final OutcomeStore outcomes;
    private final RunSchema schema;

    RunService(ControlPublisher control, RunRequestValidator validator, Discoveries discoveries, MappingVersions mappings,
               OutcomeStore outcomes, RunSchema schema) {
        this.control = control;
        this.validator = validator;
        this.discoveries = discoveries;
        this.mappings = mappings;
        this.outcomes = outcomes;
        this.schema = schema;
    }

    /**
     * Persists the run, then orders its extraction; the run is EXTRACTING once the order is durable.
     * A run that confirms its mapping orders a discovery instead and is DISCOVERING. Refused while
     * another run of the same workspace is unfinished (a unique index settles races).
     */
    public Run start(NewRun request) {
        NewRun valid = validator.validated(request);
        Run run;
        try {
            run = QuarkusTransaction.requiringNew().call(() -> {
                refuseIfBusy(valid);
                return persist(valid);
            });
        } catch (WorkspaceBusy e) {
            throw e;
        } catch (RuntimeException e) {
            // a run of the same workspace started meanwhile and the unique index refused this one
            refuseIfBusy(valid);
            throw e;
        }
        return begin(run.id);
    }

    /**
     * Orders what a created run does first, its discovery or its extraction, unless it has begun
     * already: also what {@link StalledStarts} calls for a run an orchestrator stopped before it began.
     */
    public Run begin(String id) {
        Run run = QuarkusTransaction.requiringNew().call(() -> Run.<Run>findById(id));
        if (run.state != RunState.CREATED) {
            return run;
        }
        if (run.kind == RunKind.SAMPLE) {
            return startSample(run.id);
        }
        if (run.confirmMapping) {
            discoveries.request(run);
            return moveTo(run.id, RunState.DISCOVERING);
        }
        return extract(run.id);
    }

    /**
     * Starts the extraction of a run whose mapping's latest version is confirmed, with what it says,
     * after declaring its schema (the attributes, tags and collections its data will use); 409 unless the run awaits confirmation and its latest version is confirmed. The run's row stays
     * locked until the order is durable, so no edit slips in between.
     */
    public Run startConfirmed(String id) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Run run = Run.findById(id, LockModeType.PESSIMISTIC_WRITE);
                if (run == null) {
                    throw new NotFoundException("no run " + id);
                }
                if (run.state != RunState.AWAITING_CONFIRMATION) {
                    throw new RunNotAwaitingConfirmation(id, run.state);
                }
                Samples.unfinished(id).ifPresent(sample -> {
                    throw new SampleUnfinished(id, sample);
                });
                MappingChoices confirmed = mappings.confirmedChoices(id);
                run.confirmedMapping = Json.write(confirmed);
                schema.declare(id, mappings.attributes(id), confirmed);
                control.publish(started(run, confirmed, Samples.kept(id)));
                run.moveTo(RunState.EXTRACTING);
                return run;
            });
        } catch (IllegalStateException e) {
            QuarkusTransaction.requiringNew().run(() -> Run.<Run>findById(id).fail(e.getMessage()));
            throw e;
        }
    }

    /** Orders the extraction and records it in one transaction, the run's row locked, so it is ordered once. */
    private Run extract(String id) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Run run = Run.findById(id, LockModeType.PESSIMISTIC_WRITE);
                if (run.state == RunState.CREATED) {
                    control.publish(started(run, null, List.of()));
                    run.moveTo(RunState.EXTRACTING);
                }
                return run;
            });
        } catch (IllegalStateException e) {
            QuarkusTransaction.requiringNew().run(() -> Run.<Run>findById(id).fail(e.getMessage()));
            throw e;
        }
    }

    /**
     * Creates a sample of a run awaiting confirmation and orders it like a run: {@code size} records
     * of each object (null: {@link Samples#DEFAULT_SIZE}), from the same source into the same workspace,
     * with the parent's latest mapping version, confirmed or not. 404 unknown; 409 unless the parent
     * awaits confirmation and nothing but it is unfinished in its workspace; 400 for a size below 1
     * or a source a sample cannot be chosen from.
     */
    public Run sample(String parentId, Integer size) {
        int records = size == null ? Samples.DEFAULT_SIZE : size;
        if (records < 1) {
            throw new InvalidRunRequest("size " + records + " is not a number of records: a sample holds at least 1 of each object");
        }
        Run sample;
        try {
            sample = QuarkusTransaction.requiringNew().call(() -> {
                Run parent = Run.findById(parentId, LockModeType.PESSIMISTIC_WRITE);
                if (parent == null) {
                    throw new NotFoundException("no run " + parentId);
                }
                if (parent.state != RunState.AWAITING_CONFIRMATION) {
                    throw new RunNotAwaitingConfirmation(parentId, parent.state);
                }
                if (SourceKind.fromWireName(parent.sourceKind) == SourceKind.ATERA_API) {
                    throw new InvalidRunRequest("run " + parentId + " reads Atera's API: a sample is chosen from an export directory, "
                            + "since choosing it from the API would read the whole account first; discover an export of the account to sample it");
                }
                mappings.latestChoices(parentId);
                refuseIfBusy(parent.targetBaseUrl, parent.tokenSecret, parent.id);
                return persist(Samples.of(parent, records));
            });
        } catch (WorkspaceBusy | InvalidRunRequest | RunNotAwaitingConfirmation | NotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            // another sample of the workspace was created meanwhile and the unique index refused this one
            Run parent = QuarkusTransaction.requiringNew().call(() -> Run.<Run>findById(parentId));
            refuseIfBusy(parent.targetBaseUrl, parent.tokenSecret, parent.id);
            throw e;
        }
        return begin(sample.id);
    }

    /** Orders a sample's extraction with its parent's latest mapping, after declaring its schema as for a run. */
    private Run startSample(String id) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Run run = Run.findById(id, LockModeType.PESSIMISTIC_WRITE);
                if (run.state != RunState.CREATED) {
                    return run;
                }
                MappingChoices mapping = mappings.latestChoices(run.parentRunId);
                run.confirmedMapping = Json.write(mapping);
                schema.declare(id, run.parentRunId, mappings.attributes(run.parentRunId), mapping);
                control.publish(started(run, mapping, List.of()));
                run.moveTo(RunState.EXTRACTING);
                return run;
            });
        } catch (IllegalStateException e) {
            QuarkusTransaction.requiringNew().run(() -> Run.<Run>findById(id).fail(e.getMessage()));
            throw e;
        }
    }

    private static RunStarted started(Run run, MappingChoices mapping, List<String> baseRuns) {
        return new RunStarted(run.id, run.sourceDirectory, run.accountTimeZone, run.targetBaseUrl, run.tokenSecret,
                SourceKind.fromWireName(run.sourceKind), run.ateraBaseUrl, run.ateraKeySecret, run.modifiedSince,
                run.fallbackTeammate, mapping, run.sampleSize, baseRuns, run.dryRun);
    }

    private static Run moveTo(String id, RunState state) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Run run = Run.findById(id);
            run.moveTo(state);
            return run;
        });
    }

    /**
     * Stops a run for good: loaders write nothing more of it, and its workspace is free for another
     * run. What was already written stays (rollback removes it).
     */
    public Run cancel(String id) {
        return order(id, new RunCancelled(id), run -> run.moveTo(RunState.CANCELLED));
    }

    /**
     * Pauses or resumes a run's writes to Intercom. The order is published first and recorded after:
     * publishing it again is harmless, a recorded pause that never reached the loaders is not.
     */
    public Run pause(String id, boolean paused) {
        return order(id, new RunPaused(id, paused), run -> {
            run.paused = paused;
            run.updatedAt = OffsetDateTime.now();
        });
    }

    /** Publishes an order about an unfinished run, then records what it changed; 404 unknown, 409 ended or rolling back. */
    private Run order(String id, ControlMessage order, Consumer<Run> change) {
        Run run = QuarkusTransaction.requiringNew().call(() -> Run.<Run>findById(id));
        if (run == null) {
            throw new NotFoundException("no run " + id);
        }
        if (run.state.canRollBack()) {
            throw new RunAlreadyEnded(id, run.state);
        }
        control.publish(order);
        return QuarkusTransaction.requiringNew().call(() -> {
            Run changed = Run.findById(id);
            change.accept(changed);
            return changed;
        });
    }

    /**
     * Has the run's failed records written again: they are put back in flight (a completed run is
     * loading again until they settle), then the numbered order is published for the loaders, which
     * publish each failed command again. 404 unknown; 409 unless the run is loading or completed.
     * Without failed rows the latest order, if any, is published again.
     */
    public RetryOrdered retryFailed(String id) {
        RetryOrdered ordered = QuarkusTransaction.requiringNew().call(() -> {
            Run run = Run.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (run == null) {
                throw new NotFoundException("no run " + id);
            }
            if (run.state != RunState.LOADING && run.state != RunState.COMPLETED) {
                throw new RunNotRetryable(id, run.state);
            }
            int records = outcomes.reopenFailed(id);
            if (records == 0) {
                return new RetryOrdered(id, run.retryGeneration, 0);
            }
            run.retryGeneration++;
            run.moveTo(RunState.LOADING);
            return new RetryOrdered(id, run.retryGeneration, records);
        });
        if (ordered.generation() > 0) {
            // After the commit: an order published for a number never recorded would make the next
            // order carry a number loaders have heard already. Publishing the latest order again is
            // harmless (what it covers is gone from the loaders' tables), and mends one whose
            // publishing failed after its commit.
            control.publish(new RetryFailed(id, ordered.generation()));
        }
        return ordered;
    }

    /** The answer to a retry order: its number and how many failed rows it put back in flight. */
    public record RetryOrdered(String runId, int generation, int records) {
    }

    private static void refuseIfBusy(NewRun request) {
        refuseIfBusy(request.targetBaseUrl(), request.tokenSecret());
    }

    /**
     * 409 when another run of the run's workspace is unfinished; a sample and its parent may both be:
     * the one does not keep the other out.
     */
    public static void refuseIfBusy(Run run) {
        if (run.kind == RunKind.SAMPLE) {
            refuseIfBusy(run.targetBaseUrl, run.tokenSecret, run.id, run.parentRunId);
        } else {
            refuseIfBusy(run.targetBaseUrl, run.tokenSecret, run.id);
        }
    }

    /** 409 when another run than those {@code except} of the workspace is unfinished. */
    public static void refuseIfBusy(String targetBaseUrl, String tokenSecret, String... except) {
        QuarkusTransaction.joiningExisting().run(() -> Run.<Run>find(
                        "targetBaseUrl = ?1 and tokenSecret = ?2 and state not in ?3",
                        targetBaseUrl, tokenSecret,
                        Arrays.stream(RunState.values()).filter(state -> !state.holdsWorkspace()).toList())
                .stream().filter(active -> !List.of(except).contains(active.id)).findFirst()
                .ifPresent(active -> {
                    throw new WorkspaceBusy(targetBaseUrl, active.id);
                }));
    }

    private static Run persist(Run run) {
        run.id = UUID.randomUUID().toString();
        run.createdAt = OffsetDateTime.now();
        run.moveTo(RunState.CREATED);
        run.persist();
        return run;
    }

    private static Run persist(NewRun request) {
        Run run = new Run();
        run.sourceKind = request.sourceKind();
        run.sourceDirectory = request.sourceDirectory();
        run.ateraBaseUrl = request.ateraBaseUrl();
        run.ateraKeySecret = request.ateraKeySecret();
        run.modifiedSince = request.modifiedSince();
        run.targetBaseUrl = request.targetBaseUrl();
        run.tokenSecret = request.tokenSecret();
        run.accountTimeZone = request.accountTimeZone();
        run.fallbackTeammate = request.fallbackTeammate();
        run.confirmMapping = request.confirms();
        return persist(run);
    }
}
