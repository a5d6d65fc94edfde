package io.github.ateraintercom.loader.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Works through a run's ledger page by page, for an order carried out on it (a rollback, a
 * verification): the entries of a page are handled side by side, their outcomes told, then recorded,
 * before the next page is read. A page is read only once the previous one is recorded, so an order
 * stopped anywhere resumes from the ledger at the first page not recorded.
 */
public final class LedgerWalk {

    private LedgerWalk() {
    }

    /**
     * @param next    the next page of entries still to handle; empty once none is left
     * @param handle  what is done with one entry, on {@code workers}
     * @param tell    publishes one entry's outcome
     * @param record  records a page's outcomes in the ledger, so they are not taken again
     */
    public static <R> void walk(Supplier<List<LedgerEntry>> next, Function<LedgerEntry, R> handle, Executor workers,
                                BiFunction<LedgerEntry, R, CompletableFuture<Void>> tell, Consumer<Map<LedgerEntry, R>> record) {
        for (List<LedgerEntry> page = next.get(); !page.isEmpty(); page = next.get()) {
            Map<LedgerEntry, CompletableFuture<R>> handling = new LinkedHashMap<>();
            page.forEach(entry -> handling.put(entry, CompletableFuture.supplyAsync(() -> handle.apply(entry), workers)));
            Map<LedgerEntry, R> done = new LinkedHashMap<>();
            handling.forEach((entry, outcome) -> done.put(entry, outcome.join()));
            CompletableFuture.allOf(done.entrySet().stream().map(each -> tell.apply(each.getKey(), each.getValue()))
                    .toArray(CompletableFuture[]::new)).join();
            record.accept(done);
        }
    }
}
