package io.github.ateraintercom.sandbox.search;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.paging.CursorRequest;
import io.github.ateraintercom.sandbox.paging.CursorSlice;
import io.github.ateraintercom.sandbox.request.JsonBody;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Intercom's search request ({@code query}, {@code pagination}, {@code sort}), as contacts and
 * conversations share it, with its limits: groups nest at most two deep and hold at most 15
 * filters, and each field type allows only its own operators. Which fields exist is up to each
 * resource.
 */
public final class SearchParser<T> {

    private static final Set<String> BODY_FIELDS = Set.of("query", "pagination", "sort");
    private static final int MAX_GROUP_DEPTH = 2;
    private static final int MAX_FILTERS_PER_GROUP = 15;

    private final Function<String, SearchField<T>> fields;
    private final Comparator<T> creationOrder;
    private final int defaultPerPage;
    private final int maxPerPage;
    private final ZoneId zone;

    /**
     * @param fields        the field of a name, refusing unknown names with {@link #invalid}
     * @param creationOrder the order without {@code sort}, and between equal values
     * @param zone          the workspace's time zone, in which dates match by calendar day
     */
    public SearchParser(Function<String, SearchField<T>> fields, Comparator<T> creationOrder,
                        int defaultPerPage, int maxPerPage, ZoneId zone) {
        this.fields = fields;
        this.creationOrder = creationOrder;
        this.defaultPerPage = defaultPerPage;
        this.maxPerPage = maxPerPage;
        this.zone = zone;
    }

    /** A parsed search: which objects match, in which order, and which page of them to answer. */
    public record Search<T>(Predicate<T> filter, Comparator<T> order, CursorRequest page) {

        /** The requested page of the matching {@code candidates}, in the requested order. */
        public CursorSlice<T> run(List<T> candidates) {
            return page.slice(candidates.stream().filter(filter).sorted(order).toList());
        }
    }

    public Search<T> parse(JsonBody body) {
        body.allowOnly(BODY_FIELDS);
        JsonBody query = body.object("query");
        if (query == null) {
            throw ApiException.badRequest("parameter_not_found", "query not specified");
        }
        JsonBody pagination = body.object("pagination");
        CursorRequest page = pagination == null
                ? CursorRequest.of(null, null, defaultPerPage, maxPerPage)
                : CursorRequest.of(pagination.integer("per_page"), pagination.text("starting_after"),
                        defaultPerPage, maxPerPage);
        return new Search<>(criterion(query, 0), order(body.object("sort")), page);
    }

    /** The refusal of a malformed search. */
    public static ApiException invalid(String message) {
        return ApiException.badRequest("parameter_invalid", message);
    }

    /** A filter ({@code field}, {@code operator}, {@code value}) or a group ({@code operator} AND/OR, {@code value}). */
    private Predicate<T> criterion(JsonBody node, int depth) {
        if (node.has("field")) {
            return filter(node);
        }
        if (depth == MAX_GROUP_DEPTH) {
            throw invalid("Search queries can nest filters at most " + MAX_GROUP_DEPTH + " levels deep");
        }
        String operator = node.requiredText("operator");
        List<JsonBody> members = node.objects("value");
        if (members == null || members.isEmpty()) {
            throw invalid("A search group needs a value holding its filters");
        }
        if (members.size() > MAX_FILTERS_PER_GROUP) {
            throw invalid("A search group can hold at most " + MAX_FILTERS_PER_GROUP + " filters");
        }
        List<Predicate<T>> parts = members.stream().map(member -> criterion(member, depth + 1)).toList();
        return switch (operator) {
            case "AND" -> item -> parts.stream().allMatch(part -> part.test(item));
            case "OR" -> item -> parts.stream().anyMatch(part -> part.test(item));
            default -> throw invalid("Group operator must be AND or OR, not '" + operator + "'");
        };
    }

    private Predicate<T> filter(JsonBody node) {
        String name = node.requiredText("field");
        String operator = node.requiredText("operator");
        SearchField<T> field = fields.apply(name);
        if (!field.kind().allows(operator)) {
            throw invalid("Operator '" + operator + "' is not supported on field '" + name + "'");
        }
        return SearchFilters.of(field, operator, node.scalarOrList("value"), zone);
    }

    /** Sorting defaults to descending; objects without a value come last either way. */
    private Comparator<T> order(JsonBody sort) {
        if (sort == null) {
            return creationOrder;
        }
        SearchField<T> field = fields.apply(sort.requiredText("field"));
        if (!field.sortable()) {
            throw invalid("Results cannot be sorted by '" + field.name() + "'");
        }
        String order = sort.text("order");
        boolean ascending = switch (order == null ? "descending" : order) {
            case "ascending" -> true;
            case "descending" -> false;
            default -> throw ApiException.badRequest("invalid_sort_order",
                    "Invalid sort order '" + order + "'. Must be one of: ascending, descending");
        };
        Comparator<Object> values = ascending ? SearchFilters.VALUE_ORDER : SearchFilters.VALUE_ORDER.reversed();
        return Comparator.comparing(field::read, Comparator.nullsLast(values)).thenComparing(creationOrder);
    }
}
