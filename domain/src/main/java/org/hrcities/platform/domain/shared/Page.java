package org.hrcities.platform.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the size of the whole list. */
public record Page<T>(List<T> items, PageRequest request, long totalItems) {

    public Page {
        items = List.copyOf(items);
        if (request == null) {
            throw new IllegalArgumentException("a page needs its request");
        }
        if (totalItems < items.size()) {
            throw new IllegalArgumentException("the list cannot be shorter than one of its pages");
        }
    }

    public static <T> Page<T> empty(PageRequest request) {
        return new Page<>(List.of(), request, 0);
    }

    /** Cuts the page that {@code request} asks for out of a complete list. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return new Page<>(all.subList(from, to), request, all.size());
    }

    public long totalPages() {
        return totalItems == 0 ? 0 : (totalItems + request.size() - 1) / request.size();
    }

    public boolean hasNext() {
        return request.page() < totalPages();
    }

    public boolean hasPrevious() {
        return request.page() > 1;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        return new Page<>(items.stream().<R>map(mapping).toList(), request, totalItems);
    }
}
