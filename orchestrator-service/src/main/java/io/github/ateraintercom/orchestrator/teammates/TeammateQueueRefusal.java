package io.github.ateraintercom.orchestrator.teammates;

import jakarta.ws.rs.core.Response;

/** A request about a run's teammate queue that cannot be done: its status, problem type and the reason. */
public class TeammateQueueRefusal extends RuntimeException {

    private final Response.Status status;
    private final String type;
    private final String title;

    private TeammateQueueRefusal(Response.Status status, String type, String title, String reason) {
        super(reason);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    static TeammateQueueRefusal notFound(String reason) {
        return new TeammateQueueRefusal(Response.Status.NOT_FOUND, "not-in-teammate-queue", "Not in the teammate queue", reason);
    }

    static TeammateQueueRefusal invalid(String reason) {
        return new TeammateQueueRefusal(Response.Status.BAD_REQUEST, "invalid-teammate-resolution",
                "The resolution of the technician is not valid", reason);
    }

    static TeammateQueueRefusal closed(String reason) {
        return new TeammateQueueRefusal(Response.Status.CONFLICT, "teammate-queue-closed", "The teammate queue is closed", reason);
    }

    Response.Status status() {
        return status;
    }

    String type() {
        return type;
    }

    String title() {
        return title;
    }
}
