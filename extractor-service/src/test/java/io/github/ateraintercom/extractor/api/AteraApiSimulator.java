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
import java.util.ArrayDeque;
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
 * A stand-in for Atera's {@code GET /customers} on a random loopback port: it checks the key in the
 * header Atera expects for it, serves the list in pages with Atera's envelope, filters on
 * {@code FromLastModifiedDate}, refuses pages larger than 50, can fail a page a few times on
 * request, and counts what it was asked.
 */
final class AteraApiSimulator implements AutoCloseable {

    /** The header a key is accepted in. */
    enum KeyHeader { X_API_KEY, BEARER }

    private record Fault(int status, String retryAfter) {
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final String key;
    private final KeyHeader keyHeader;
    private final List<Map<String, Object>> customers;
    private final Duration latency;
    private final Map<Integer, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final List<String> authHeaders = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    private AteraApiSimulator(String key, KeyHeader keyHeader, List<Map<String, Object>> customers, Duration latency)
            throws IOException {
        this.key = key;
        this.keyHeader = keyHeader;
        this.customers = List.copyOf(customers);
        this.latency = latency;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v3/customers", this::customers);
        server.setExecutor(handlers);
        server.start();
    }

    /** Serves {@code customers} (CustomerDto field maps) to callers that send {@code key} in {@code keyHeader}. */
    static AteraApiSimulator start(String key, KeyHeader keyHeader, List<Map<String, Object>> customers, Duration latency)
            throws IOException {
        return new AteraApiSimulator(key, keyHeader, customers, latency);
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

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v3");
    }

    /** The next {@code times} requests for {@code page} answer {@code status}, with a Retry-After when not null. */
    void fail(int page, int times, int status, String retryAfter) {
        Deque<Fault> queue = faults.computeIfAbsent(page, p -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) {
                queue.add(new Fault(status, retryAfter));
            }
        }
    }

    int requests() {
        return queries.size();
    }

    /** The query string of every request, in the order they arrived. */
    List<String> queries() {
        return List.copyOf(queries);
    }

    /** The name of the header each request authenticated with, or "none". */
    List<String> authHeaders() {
        return List.copyOf(authHeaders);
    }

    int mostRequestsAtOnce() {
        return mostInFlight.get();
    }

    private void customers(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            String rawQuery = exchange.getRequestURI().getRawQuery();
            queries.add(rawQuery == null ? "" : rawQuery);
            authHeaders.add(exchange.getRequestHeaders().containsKey("Authorization") ? "Authorization"
                    : exchange.getRequestHeaders().containsKey("X-API-KEY") ? "X-API-KEY" : "none");
            if (!authorized(exchange)) {
                // Atera answers 401 with an empty body
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            Map<String, String> query = parse(rawQuery);
            int page = Integer.parseInt(query.getOrDefault("page", "1"));
            int itemsInPage = Integer.parseInt(query.getOrDefault("itemsInPage", "20"));
            if (itemsInPage > 50) {
                send(exchange, 400, Map.of("type", "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                        "title", "Bad Request", "status", 400, "detail", "itemsInPage must be at most 50"));
                return;
            }
            Fault fault = nextFault(page);
            if (fault != null) {
                if (fault.retryAfter() != null) {
                    exchange.getResponseHeaders().add("Retry-After", fault.retryAfter());
                }
                exchange.sendResponseHeaders(fault.status(), -1);
                return;
            }
            Thread.sleep(latency.toMillis());
            send(exchange, 200, page(page, itemsInPage, query.get("FromLastModifiedDate")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private boolean authorized(HttpExchange exchange) {
        return switch (keyHeader) {
            case X_API_KEY -> key.equals(exchange.getRequestHeaders().getFirst("X-API-KEY"));
            case BEARER -> ("Bearer " + key).equals(exchange.getRequestHeaders().getFirst("Authorization"));
        };
    }

    private Fault nextFault(int page) {
        Deque<Fault> queue = faults.get(page);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.poll();
        }
    }

    private Map<String, Object> page(int page, int itemsInPage, String modifiedSince) {
        // offset-less ISO values of one shape compare correctly as text
        List<Map<String, Object>> matching = customers.stream()
                .filter(customer -> modifiedSince == null || String.valueOf(customer.get("LastModified")).compareTo(modifiedSince) >= 0)
                .toList();
        int totalPages = (matching.size() + itemsInPage - 1) / itemsInPage;
        int from = Math.min(matching.size(), (page - 1) * itemsInPage);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", matching.subList(from, Math.min(matching.size(), from + itemsInPage)));
        body.put("page", page);
        body.put("itemsInPage", itemsInPage);
        body.put("totalItemCount", matching.size());
        body.put("totalPages", totalPages);
        body.put("prevLink", page > 1 ? link(page - 1, itemsInPage) : null);
        body.put("nextLink", page < totalPages ? link(page + 1, itemsInPage) : null);
        return body;
    }

    private String link(int page, int itemsInPage) {
        return baseUrl() + "/customers?page=" + page + "&itemsInPage=" + itemsInPage;
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

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] json = Json.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
