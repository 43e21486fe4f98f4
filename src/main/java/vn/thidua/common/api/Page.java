package vn.thidua.common.api;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, where the page is, and how many items the whole list holds. */
public record Page<T>(@Schema(required = true) List<T> items, @Schema(required = true) int page,
        @Schema(required = true) int size, @Schema(required = true) long total,
        @Schema(required = true) int totalPages) {

    public static <T> Page<T> of(List<T> items, Paging paging, long total) {
        int totalPages = (int) Math.min(Integer.MAX_VALUE, (total + paging.size() - 1) / paging.size());
        return new Page<>(List.copyOf(items), paging.page(), paging.size(), total, totalPages);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, totalPages);
    }
}
