package io.github.ateraintercom.sandbox.attribute;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.request.JsonBodyParser;
import io.github.ateraintercom.sandbox.request.QueryParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.stream.Stream;

/** Intercom's contact and company attribute endpoints ({@code /data_attributes…}); there is no delete, only archiving. */
@Path("/data_attributes")
@Produces(MediaType.APPLICATION_JSON)
public class DataAttributeResource {

    private final DataAttributeCatalog catalog;
    private final JsonBodyParser bodies;

    public DataAttributeResource(DataAttributeCatalog catalog, JsonBodyParser bodies) {
        this.catalog = catalog;
        this.bodies = bodies;
    }

    /** Without {@code model}, both models; the built-in attributes come before the custom ones. */
    @GET
    public DataAttributeList list(@QueryParam("model") String model,
                                  @QueryParam("include_archived") String includeArchived) {
        boolean archivedToo = QueryParams.bool("include_archived", includeArchived);
        List<AttributeModel> models = model == null
                ? List.of(AttributeModel.CONTACT, AttributeModel.COMPANY)
                : List.of(listable(model));
        List<DataAttributeJson> data = models.stream()
                .flatMap(each -> Stream.concat(
                        StandardAttributes.of(each).stream(),
                        catalog.dataAttributes(each, archivedToo).stream().map(DataAttributeJson::of)))
                .toList();
        return new DataAttributeList("list", data);
    }

    @POST
    public DataAttributeJson create(String body) {
        return DataAttributeJson.of(catalog.create(DataAttributeBodies.create(bodies.parse(body))));
    }

    @PUT
    @Path("/{id}")
    public DataAttributeJson update(@PathParam("id") String id, String body) {
        DataAttributeChanges changes = DataAttributeBodies.update(bodies.parse(body));
        return DataAttributeJson.of(AttributeIds.parse(id).flatMap(known -> catalog.update(known, changes))
                .orElseThrow(() -> ApiException.notFound("field_not_found", "We couldn't find that data attribute to update")));
    }

    /** 2.16 moved conversation attributes to their own endpoint and refuses them here. */
    private static AttributeModel listable(String model) {
        if (model.equals(AttributeModel.CONVERSATION.apiName())) {
            throw new ApiException(422, "parameter_invalid",
                    "model=conversation is no longer supported. Use GET /conversations/attributes instead");
        }
        return AttributeModel.named(model).orElseThrow(() ->
                ApiException.badRequest("parameter_invalid", "model must be contact or company"));
    }
}
