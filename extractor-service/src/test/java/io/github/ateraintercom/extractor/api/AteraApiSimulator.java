package io.github.ateraintercom.extractor.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.ateraintercom.common.envelope.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Atera's API v3 on a random loopback port: it checks the key in the header Atera
 * expects for it, serves each list it is given in pages with Atera's envelope (and the
 * {@code /customvalues} lists as bare arrays), an empty list for any other path, filters customers
 * and contacts on {@code FromLastModifiedDate} and tickets on {@code /tickets/lastmodified?date=}
 * (UTC), refuses pages larger than 50, can fail a page a few times or refuse a path on request, and
 * records what it was asked.
 */
final class AteraApiSimulator implements AutoCloseable {

    private static final String BASE_PATH = "/api/v3";

    /** The header a key is accepted in. */
    enum KeyHeader { X_API_KEY, BEARER }

    private record Fault(int status, String retryAfter) {
    }

    /** One request received: its path below the base URL and its raw query. */
    record Request(String path, String query) {
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final String key;
    private final KeyHeader keyHeader;
    private final Duration latency;
    private final Map<String, List<Map<String, Object>>> lists = new ConcurrentHashMap<>();
    /** TicketID → when the ticket was last modified, in UTC, for {@code /tickets/lastmodified}. */
    private final Map<Long, Instant> ticketsModifiedAt = new ConcurrentHashMap<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<String> authHeaders = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    private AteraApiSimulator(String key, KeyHeader keyHeader, List<Map<String, Object>> customers, Duration latency)
            throws IOException {
        this.key = key;
        this.keyHeader = keyHeader;
        this.latency = latency;
        serve("/customers", customers);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(BASE_PATH + "/", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    /** Serves {@code customers} (CustomerDto field maps) to callers that send {@code key} in {@code keyHeader}. */
    static AteraApiSimulator start(String key, KeyHeader keyHeader, List<Map<String, Object>> customers, Duration latency)
            throws IOException {
        return new AteraApiSimulator(key, keyHeader, customers, latency);
    }

    /** Serves {@code items} at {@code path} (below the base URL), e.g. {@code /tickets/7/comments}. */
    AteraApiSimulator serve(String path, List<Map<String, Object>> items) {
        lists.put(path, List.copyOf(items));
        return this;
    }

    /**
     * Ticket {@code ticketId} of {@code /tickets} was last modified at {@code utc}: {@code /tickets/lastmodified}
     * lists it from that instant on (a ticket never modified is listed for no date after the epoch).
     */
    AteraApiSimulator ticketModified(long ticketId, String utc) {
        ticketsModifiedAt.put(ticketId, Instant.parse(utc));
        return this;
    }

    /** A CustomerDto as Atera writes it: every field present, null when not set. */
    static Map<String, Object> customer(Long id, String name, String lastModified) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("CustomerID", id);
        customer.put("CustomerName", name);
        customer.put("CreatedOn", "2021-03-14T09:30:00");
        customer.put("LastModified", lastModified);
        customer.put("BusinessNumber", null);
        customer.put("Domain", name == null ? null : name.toLowerCase().replace(' ', '-') + ".example");
        customer.put("Address", "1 Harbor Blvd");
        customer.put("City", "Portland");
        customer.put("State", "OR");
        customer.put("Country", "United States");
        customer.put("Phone", "+1 503 555 0142");
        customer.put("Fax", null);
        customer.put("Notes", null);
        customer.put("Logo", "https://app.atera.com/logo/" + id);
        customer.put("Links", null);
        customer.put("Longitude", -122.6765);
        customer.put("Latitude", 45.5231);
        customer.put("ZipCodeStr", "97201");
        return customer;
    }

    /** A ContactDto as Atera writes it. */
    static Map<String, Object> contact(Long id, long customerId, String firstName, String lastName, String lastModified) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("EndUserID", id);
        contact.put("CustomerID", customerId);
        contact.put("CustomerName", "Acme");
        contact.put("Firstname", firstName);
        contact.put("Lastname", lastName);
        contact.put("JobTitle", null);
        contact.put("Email", firstName.toLowerCase() + "@acme.example");
        contact.put("Phone", null);
        contact.put("MobilePhone", "+1 503 555 0100");
        contact.put("IsContactPerson", true);
        contact.put("InIgnoreMode", false);
        contact.put("CreatedOn", "2022-01-05T08:00:00");
        contact.put("LastModified", lastModified);
        contact.put("Archived", false);
        contact.put("DepartmentID", null);
        contact.put("DepartmentName", null);
        contact.put("DefaultAgentId", 9001);
        return contact;
    }

    /** A TicketDto as Atera writes it, assigned to the technician given (or to none). */
    static Map<String, Object> ticket(Long id, String title, Long technicianId, String technicianName) {
        Map<String, Object> ticket = new LinkedHashMap<>();
        ticket.put("TicketID", id);
        ticket.put("TicketTitle", title);
        ticket.put("TicketNumber", id == null ? null : String.valueOf(id));
        ticket.put("TicketPriority", "High");
        ticket.put("TicketImpact", "Minor");
        ticket.put("TicketStatus", "Open");
        ticket.put("TicketSource", "Email");
        ticket.put("TicketType", "Incident");
        ticket.put("EndUserID", 501);
        ticket.put("EndUserEmail", "ann@acme.example");
        ticket.put("EndUserFirstName", "Ann");
        ticket.put("EndUserLastName", "Lee");
        ticket.put("EndUserPhone", null);
        ticket.put("TicketResolvedDate", null);
        ticket.put("TicketCreatedDate", "2025-03-01T09:00:00");
        ticket.put("FirstComment", "It is down");
        ticket.put("OnSiteDurationSeconds", 0);
        ticket.put("CustomerID", 31);
        ticket.put("CustomerName", "Acme");
        ticket.put("TechnicianContactID", technicianId);
        ticket.put("TechnicianFullName", technicianName);
        ticket.put("TechnicianEmail", technicianName == null ? null : technicianName.split(" ")[0].toLowerCase() + "@msp.example");
        ticket.put("ContractID", null);
        ticket.put("RelationType", "None");
        ticket.put("RelatedTicketId", null);
        return ticket;
    }

    /** A TicketCommentDto: no id, no ticket id; written by a contact or a technician (or by neither). */
    static Map<String, Object> comment(String date, String text, Long endUserId, Long technicianId, String firstName,
                                       boolean internal) {
        Map<String, Object> comment = new LinkedHashMap<>();
        comment.put("Date", date);
        comment.put("Comment", text);
        comment.put("CommentHtml", text == null ? null : "<p>" + text + "</p>");
        comment.put("EndUserID", endUserId);
        comment.put("TechnicianContactID", technicianId);
        comment.put("Email", firstName == null ? null : firstName.toLowerCase() + "@example.com");
        comment.put("FirstName", firstName);
        comment.put("LastName", firstName == null ? null : "Smith");
        comment.put("IsInternal", internal);
        return comment;
    }

    /** A WorkhourRecordDto, with Atera's spelling of Billiable. */
    static Map<String, Object> workHour(Long id, long ticketId, long technicianId, String technicianName, boolean billable) {
        Map<String, Object> hours = new LinkedHashMap<>();
        hours.put("WorkHoursID", id);
        hours.put("TicketID", ticketId);
        hours.put("CustomerID", 31);
        hours.put("EndUserID", 501);
        hours.put("StartWorkHour", "2025-03-01T09:30:00");
        hours.put("EndWorkHour", "2025-03-01T10:15:00");
        hours.put("TechnicianContactID", technicianId);
        hours.put("Billiable", billable);
        hours.put("OnCustomerSite", false);
        hours.put("Description", "Replaced the toner");
        hours.put("TechnicianFullName", technicianName);
        hours.put("TechnicianEmail", technicianName.split(" ")[0].toLowerCase() + "@msp.example");
        hours.put("RateID", 3);
        hours.put("RateAmount", 95.5);
        return hours;
    }

    /** A CustomFieldDto of the catalogue; options as Atera lists them, each value with its text. */
    static Map<String, Object> customField(String target, String name, String dataType, String... options) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("Name", name);
        field.put("DataType", dataType);
        field.put("Target", target);
        field.put("PossibleValues", options.length == 0 ? null
                : Arrays.stream(options).map(option -> Map.of("Value", option, "Text", option)).toList());
        field.put("ParentAttributeName", null);
        return field;
    }

    /** A CustomValueDto: every typed slot present, the ones not used holding defaults as Atera's do. */
    static Map<String, Object> customValue(long itemId, String fieldName, String asString, double asDecimal, boolean asBool) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("ItemId", itemId);
        value.put("Id", "00000000-0000-0000-0000-" + String.format("%012d", itemId));
        value.put("FieldName", fieldName);
        value.put("ValueAsString", asString);
        value.put("ValueAsDecimal", asDecimal);
        value.put("ValueAsDateTime", null);
        value.put("ValueAsBool", asBool);
        value.put("OptionId", null);
        return value;
    }

    /** A ContractDto of an hourly contract: its rate and billing period sit in its HourlyContract block. */
    static Map<String, Object> hourlyContract(long id, long customerId, String name, double rate) {
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("CustomerID", customerId);
        contract.put("CustomerName", "Acme");
        contract.put("ContractID", id);
        contract.put("ContractName", name);
        contract.put("ContractType", "Hourly");
        contract.put("Active", true);
        contract.put("Default", false);
        contract.put("Taxable", true);
        contract.put("StartDate", "2025-01-01T00:00:00");
        contract.put("EndDate", null);
        contract.put("RetainerFlatFeeContract", null);
        contract.put("HourlyContract", Map.of("PrimaryRate", Map.of("RateID", 3, "Amount", rate, "Description", "Standard"),
                "AdditionalRates", List.of(), "BillingPeriod", "Monthly"));
        contract.put("BlockHoursContract", null);
        return contract;
    }

    /** A KnowledgeBaseDto, whose fields Atera does not document. */
    static Map<String, Object> kbArticle(long id, String title, String body) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("KBID", id);
        article.put("KBTimestamp", "2024-02-01T10:00:00");
        article.put("KBContext", body);
        article.put("KBProduct", title);
        article.put("KBRating_Yes", 4);
        article.put("KBRating_No", 0);
        article.put("KBRating_Views", 40);
        article.put("KBLastModified", "2024-06-01T10:00:00");
        article.put("KBIsPrivate", false);
        article.put("KBStatus", 1);
        article.put("KBPriority", 0);
        article.put("KBKeywords", "printer,toner");
        article.put("KBAddress", null);
        article.put("SectionId", "5f1c0000-0000-0000-0000-000000000001");
        article.put("SectionName", "Printers");
        article.put("CategoryId", "5f1c0000-0000-0000-0000-000000000002");
        article.put("CategoryName", "Hardware");
        return article;
    }

    /** An InvoiceDto: a uuid id, no customer id and no status. */
    static Map<String, Object> invoice(String id, int number, double total) {
        Map<String, Object> invoice = new LinkedHashMap<>();
        invoice.put("IsAdhoc", false);
        invoice.put("InvoiceId", id);
        invoice.put("InvoiceNumber", number);
        invoice.put("InvoiceNumberAsString", "INV-" + number);
        invoice.put("Total", total);
        invoice.put("Subtotal", total);
        invoice.put("Tax", 0.0);
        invoice.put("InvoiceDate", "2025-04-30T00:00:00");
        invoice.put("ContractName", "Gold");
        invoice.put("Currency", "USD");
        invoice.put("LineItems", List.of(Map.of("Product", "Support", "Quantity", 1, "Total", total)));
        invoice.put("To", Map.of("CompanyName", "Acme"));
        return invoice;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH);
    }

    /** The next {@code times} requests for {@code page} of the customers answer {@code status}, with a Retry-After when not null. */
    void fail(int page, int times, int status, String retryAfter) {
        fail("/customers", page, times, status, retryAfter);
    }

    /** The next {@code times} requests for {@code page} of {@code path} answer {@code status}, with a Retry-After when not null. */
    void fail(String path, int page, int times, int status, String retryAfter) {
        Deque<Fault> queue = faults.computeIfAbsent(path + "#" + page, p -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) {
                queue.add(new Fault(status, retryAfter));
            }
        }
    }

    /** Every request for {@code path} answers {@code status} with an empty body, as Atera refuses a key. */
    void refuse(String path, int status) {
        refusals.put(path, status);
    }

    int requests() {
        return requests.size();
    }

    int requests(String path) {
        return queries(path).size();
    }

    /** The query string of every request, in the order they arrived. */
    List<String> queries() {
        return requests.stream().map(Request::query).toList();
    }

    /** The query string of every request for {@code path}, in the order they arrived. */
    List<String> queries(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).map(Request::query).toList();
    }

    /** Every request, in the order they arrived. */
    List<Request> requestLog() {
        return List.copyOf(requests);
    }

    /** The name of the header each request authenticated with, or "none". */
    List<String> authHeaders() {
        return List.copyOf(authHeaders);
    }

    int mostRequestsAtOnce() {
        return mostInFlight.get();
    }

    /** What a request is answered with: a status, a JSON body or none, and a Retry-After or none. */
    private record Answer(int status, Object body, String retryAfter) {
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int now = inFlight.incrementAndGet();
            mostInFlight.accumulateAndGet(now, Math::max);
            Answer answer;
            try {
                answer = answer(exchange);
            } finally {
                // before the answer leaves, so a caller that sends its next request on receipt is never counted twice
                inFlight.decrementAndGet();
            }
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            if (answer.body() == null) {
                exchange.sendResponseHeaders(answer.status(), -1);
                return;
            }
            byte[] json = Json.MAPPER.writeValueAsBytes(answer.body());
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(answer.status(), json.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(json);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Answer answer(HttpExchange exchange) throws InterruptedException {
        String path = exchange.getRequestURI().getPath().substring(BASE_PATH.length());
        String rawQuery = exchange.getRequestURI().getRawQuery();
        requests.add(new Request(path, rawQuery == null ? "" : rawQuery));
        authHeaders.add(exchange.getRequestHeaders().containsKey("Authorization") ? "Authorization"
                : exchange.getRequestHeaders().containsKey("X-API-KEY") ? "X-API-KEY" : "none");
        if (!authorized(exchange)) {
            // Atera answers 401 with an empty body
            return new Answer(401, null, null);
        }
        Integer refusal = refusals.get(path);
        if (refusal != null) {
            return new Answer(refusal, null, null);
        }
        Map<String, String> query = parse(rawQuery);
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        int itemsInPage = Integer.parseInt(query.getOrDefault("itemsInPage", "20"));
        if (itemsInPage > 50) {
            return new Answer(400, Map.of("type", "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                    "title", "Bad Request", "status", 400, "detail", "itemsInPage must be at most 50"), null);
        }
        Fault fault = nextFault(path, page);
        if (fault != null) {
            return new Answer(fault.status(), null, fault.retryAfter());
        }
        Thread.sleep(latency.toMillis());
        List<Map<String, Object>> items = items(path, query);
        // the custom value endpoints answer a bare array, not a page
        return new Answer(200, path.startsWith("/customvalues/") ? items : page(path, items, page, itemsInPage), null);
    }

    private List<Map<String, Object>> items(String path, Map<String, String> query) {
        if (path.equals("/tickets/lastmodified")) {
            Instant since = Instant.parse(query.get("date"));
            return lists.getOrDefault("/tickets", List.of()).stream()
                    .filter(ticket -> ticket.get("TicketID") instanceof Long id
                            && !ticketsModifiedAt.getOrDefault(id, Instant.EPOCH).isBefore(since))
                    .toList();
        }
        String modifiedSince = query.get("FromLastModifiedDate");
        // offset-less ISO values of one shape compare correctly as text
        return lists.getOrDefault(path, List.of()).stream()
                .filter(item -> modifiedSince == null || String.valueOf(item.get("LastModified")).compareTo(modifiedSince) >= 0)
                .toList();
    }

    private boolean authorized(HttpExchange exchange) {
        return switch (keyHeader) {
            case X_API_KEY -> key.equals(exchange.getRequestHeaders().getFirst("X-API-KEY"));
            case BEARER -> ("Bearer " + key).equals(exchange.getRequestHeaders().getFirst("Authorization"));
        };
    }

    private Fault nextFault(String path, int page) {
        Deque<Fault> queue = faults.get(path + "#" + page);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.poll();
        }
    }

    private Map<String, Object> page(String path, List<Map<String, Object>> matching, int page, int itemsInPage) {
        int totalPages = (matching.size() + itemsInPage - 1) / itemsInPage;
        int from = Math.min(matching.size(), (page - 1) * itemsInPage);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", matching.subList(from, Math.min(matching.size(), from + itemsInPage)));
        body.put("page", page);
        body.put("itemsInPage", itemsInPage);
        body.put("totalItemCount", matching.size());
        body.put("totalPages", totalPages);
        body.put("prevLink", page > 1 ? link(path, page - 1, itemsInPage) : null);
        body.put("nextLink", page < totalPages ? link(path, page + 1, itemsInPage) : null);
        return body;
    }

    private String link(String path, int page, int itemsInPage) {
        return baseUrl() + path + "?page=" + page + "&itemsInPage=" + itemsInPage;
    }

    private static Map<String, String> parse(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
