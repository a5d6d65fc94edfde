package io.github.ateraintercom.orchestrator.mapping;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.ateraintercom.common.envelope.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's mapping document: read the latest version, edit it (a new version), confirm it, and read
 * the custom-attribute manifest that follows from it. A run that confirms its mapping starts only
 * once its latest version is confirmed ({@code POST /api/runs/{id}/start}).
 */
@Path("/api/runs/{id}/mapping")
@Produces(MediaType.APPLICATION_JSON)
public class MappingResource {

    /** An edit leaves out what it does not change: a confidence, a ticket count. */
    private static final ObjectReader EDITS = Json.MAPPER.readerFor(MappingDocument.class)
            .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final MappingVersions versions;

    MappingResource(MappingVersions versions) {
        this.versions = versions;
    }

    /** 200 with the latest version; 404 before the run's source is discovered. */
    @GET
    public MappingDocument get(@PathParam("id") String id) {
        return versions.latest(id);
    }

    /**
     * Stores the edited document as the next version, unconfirmed: 200 with it; 400 naming the file,
     * column and reason when it cannot be; 409 for an edit of an older version or a run that is not
     * awaiting confirmation.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public MappingDocument edit(@PathParam("id") String id, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidMapping(null, null, "the body must be the mapping document, as GET returns it, edited");
        }
        MappingDocument edit;
        try {
            edit = EDITS.readValue(body);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidMapping(null, null, "the body is not a mapping document: " + e.getMessage().split("\n")[0]);
        }
        return versions.edit(id, edit);
    }

    /**
     * Confirms the latest version, {@code {"version": n}} optionally naming it (409 when it is not
     * the latest any more). Choices are edited with PUT, never here.
     */
    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public MappingDocument confirm(@PathParam("id") String id, JsonNode body) {
        Integer version = null;
        if (body != null && body.isObject()) {
            List<String> others = new ArrayList<>();
            body.fieldNames().forEachRemaining(field -> {
                if (!field.equals("version")) {
                    others.add(field);
                }
            });
            if (!others.isEmpty()) {
                throw new InvalidMapping(null, null, others + " cannot be confirmed as such: edit the mapping with "
                        + "PUT /api/runs/" + id + "/mapping, then confirm the version it makes");
            }
            if (body.hasNonNull("version")) {
                if (!body.get("version").canConvertToInt()) {
                    throw new InvalidMapping(null, null, "version must be a version number");
                }
                version = body.get("version").asInt();
            }
        }
        return versions.confirm(id, version);
    }

    /** The custom attributes the confirmed version creates (else the latest, flagged unconfirmed). */
    @GET
    @Path("/manifest")
    public AttributeManifest manifest(@PathParam("id") String id) {
        return versions.manifest(id);
    }
}
