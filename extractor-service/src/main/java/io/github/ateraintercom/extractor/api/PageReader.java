package io.github.ateraintercom.extractor.api;

import io.github.ateraintercom.extractor.source.FatalSourceError;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * Reads every page of a sequence of lists: one list, or one per ticket for comments. Pages are
 * fetched several at a time but handed over in order (list by list, each list's pages in page
 * order), and never more than {@code concurrency} are asked for or held at once, so the requests
 * in flight and the memory stay bounded however long the lists. A list's first page tells how many
 * it has; while it is handled, the next lists' first pages are already on their way.
 */
final class PageReader {

    private final AteraClient client;
    private final int concurrency;

    PageReader(AteraClient client, int concurrency) {
        if (concurrency < 1) {
            throw new FatalSourceError("extractor.atera.concurrency is " + concurrency
                    + ": at least one page must be fetched at a time");
        }
        this.client = client;
        this.concurrency = concurrency;
    }

    /** One page to hand over, fetched once a place among those in flight is free. */
    private static final class Fetch {
        final ApiList list;
        final int page;
        Future<AteraPage> answer;

        Fetch(ApiList list, int page) {
            this.list = list;
            this.page = page;
        }
    }

    void readEach(Iterator<ApiList> lists, BiConsumer<ApiList, AteraPage> pages) {
        ExecutorService fetchers = Executors.newFixedThreadPool(concurrency);
        try {
            Deque<Fetch> ahead = new ArrayDeque<>();
            int inFlight = 0;
            while (true) {
                for (Fetch fetch : ahead) {
                    if (inFlight == concurrency) {
                        break;
                    }
                    if (fetch.answer == null) {
                        fetch.answer = fetchers.submit(() -> client.page(fetch.list, fetch.page));
                        inFlight++;
                    }
                }
                while (inFlight < concurrency && lists.hasNext()) {
                    Fetch first = new Fetch(lists.next(), 1);
                    first.answer = fetchers.submit(() -> client.page(first.list, 1));
                    ahead.add(first);
                    inFlight++;
                }
                Fetch next = ahead.poll();
                if (next == null) {
                    return;
                }
                AteraPage page = await(next.answer);
                inFlight--;
                if (next.page == 1 && next.list.paged()) {
                    // the list's other pages come before any later list's
                    for (int later = page.totalPages(); later > 1; later--) {
                        ahead.addFirst(new Fetch(next.list, later));
                    }
                }
                pages.accept(next.list, page);
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
