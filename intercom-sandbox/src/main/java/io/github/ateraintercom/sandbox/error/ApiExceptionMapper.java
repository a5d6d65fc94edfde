package io.github.ateraintercom.sandbox.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Renders refusals, whether raised by a filter or an endpoint, as Intercom's error list. */
public class ApiExceptionMapper {

    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    @ServerExceptionMapper
    public Response toResponse(ApiException exception) {
        return Response.status(exception.status())
                .type(JSON)
                .entity(ErrorList.of(exception.code(), exception.getMessage()))
                .build();
    }
}
