package io.github.ateraintercom.sandbox.helpcenter;

import io.github.ateraintercom.sandbox.paging.PageRequest;
import io.github.ateraintercom.sandbox.request.JsonBodyParser;
import io.github.ateraintercom.sandbox.request.QueryParams;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.util.Comparator;

/** Intercom's article endpoints ({@code /articles…}); drafts, versions, tags and search are not simulated. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private static final int DEFAULT_PER_PAGE = 25;
    /** Most recently updated first, as Intercom lists them; the newest settles ties. */
    private static final Comparator<Article> RECENTLY_UPDATED_FIRST = Comparator
            .comparingLong(Article::updatedAt)
            .thenComparingLong(article -> Long.parseLong(article.id()))
            .reversed();

    private final HelpCenterContent content;
    private final HelpCenterRenderer renderer;
    private final ArticleBodies articleBodies;
    private final JsonBodyParser bodies;

    public ArticleResource(HelpCenterContent content, HelpCenterRenderer renderer, ArticleBodies articleBodies,
                           JsonBodyParser bodies) {
        this.content = content;
        this.renderer = renderer;
        this.articleBodies = articleBodies;
        this.bodies = bodies;
    }

    @POST
    public ArticleJson create(String body) {
        return renderer.render(content.createArticle(articleBodies.create(bodies.parse(body))), true);
    }

    @GET
    public ArticleList list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(QueryParams.integer("page", page), QueryParams.integer("per_page", perPage),
                DEFAULT_PER_PAGE);
        return ArticleList.of(request.slice(content.articles().stream()
                .sorted(RECENTLY_UPDATED_FIRST)
                .map(article -> renderer.render(article, false))
                .toList(), Integer.MAX_VALUE, uri.getRequestUriBuilder()));
    }

    @GET
    @Path("/{id}")
    public ArticleJson find(@PathParam("id") String id) {
        return renderer.render(content.article(id).orElseThrow(HelpCenterContent::notFound), true);
    }

    @PUT
    @Path("/{id}")
    public ArticleJson update(@PathParam("id") String id, String body) {
        ArticleChanges changes = articleBodies.update(bodies.parse(body));
        return renderer.render(content.updateArticle(id, changes).orElseThrow(HelpCenterContent::notFound), true);
    }

    @DELETE
    @Path("/{id}")
    public DeletedObject delete(@PathParam("id") String id) {
        return DeletedObject.of(content.deleteArticle(id).orElseThrow(HelpCenterContent::notFound).id(), "article");
    }
}
