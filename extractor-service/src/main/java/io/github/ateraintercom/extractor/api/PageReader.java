package io.github.ateraintercom.extractor.api;

import io.github.ateraintercom.extractor.source.FatalSourceError;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads every page of a list. The first page tells how many there are; the others are fetched
 * several at a time but handed over in page order, and at most {@code concurrency} pages are held
 * at once, so memory stays bounded however long the list.
 */
final class PageReader {

    private final AteraClient client;
    private final int concurrency;

    PageReader(AteraClient client, int concurrency) {
        this.client = client;
        this.concurrency = concurrency;
    }

    void readAll(ApiList list, Consumer<AteraPage> pages) {
        AteraPage first = client.page(list, 1);
        pages.accept(first);
        int last = first.totalPages();
        if (last < 2) {
            return;
        }
        ExecutorService fetchers = Executors.newFixedThreadPool(Math.min(concurrency, last - 1));
        try {
            Deque<Future<AteraPage>> inFlight = new ArrayDeque<>();
            int next = 2;
            while (next <= last || !inFlight.isEmpty()) {
                while (next <= last && inFlight.size() < concurrency) {
                    int page = next++;
                    inFlight.add(fetchers.submit(() -> client.page(list, page)));
                }
                pages.accept(await(inFlight.poll()));
            }
        } finally {
            fetchers.shutdownNow();
        }
    }

    private static AteraPage await(Future<AteraPage> page) {
        try {
            return page.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new FatalSourceError("reading a page failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FatalSourceError("interrupted while reading pages", e);
        }
    }
}
