package vn.thidua.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.panache.common.Sort;

import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ProblemType;

class PagingTest {

    private static final Map<String, String> ALLOWED = Map.of("name", "name", "createdAt", "createdAt");

    private static PageParams params(String page, String size, String sort) {
        PageParams params = new PageParams();
        params.page = page;
        params.size = size;
        params.sort = sort;
        return params;
    }

    private static String describe(Sort sort) {
        return sort.getColumns().stream()
                .map(c -> (c.getDirection() == Sort.Direction.Descending ? "-" : "") + c.getName())
                .reduce((a, b) -> a + "," + b).orElse("");
    }

    @Test
    void defaultsAndAlwaysEndsWithTheIdForAStableOrder() {
        Paging paging = Paging.of(params(null, null, null), ALLOWED, "name");
        assertEquals(0, paging.page());
        assertEquals(Paging.DEFAULT_SIZE, paging.size());
        assertEquals("name,id", describe(paging.sort()));
    }

    @Test
    void readsDescendingKeysAndIgnoresRepeats() {
        Paging paging = Paging.of(params("3", "50", "-createdAt,name,-createdAt"), ALLOWED, "name");
        assertEquals(3, paging.page());
        assertEquals(50, paging.size());
        assertEquals("-createdAt,name,id", describe(paging.sort()));
    }

    @Test
    void refusesOutOfRangeNonNumericAndUnknownSortWithOneErrorPerParameter() {
        ApiException e = assertThrows(ApiException.class,
                () -> Paging.of(params("-1", "abc", "salary"), ALLOWED, "name"));
        assertEquals(ProblemType.VALIDATION_FAILED, e.problemType());
        assertEquals(3, e.violations().size());
        assertEquals("page", e.violations().get(0).field());
        assertEquals("size", e.violations().get(1).field());
        assertEquals("sort", e.violations().get(2).field());
        assertThrows(ApiException.class, () -> Paging.of(params(null, "201", null), ALLOWED, "name"));
        assertThrows(ApiException.class, () -> Paging.of(params(null, "0", null), ALLOWED, "name"));
    }

    @Test
    void totalPagesRoundsUp() {
        Paging paging = Paging.of(params("0", "20", null), ALLOWED, "name");
        assertEquals(3, Page.of(java.util.List.of(), paging, 41).totalPages());
        assertEquals(0, Page.of(java.util.List.of(), paging, 0).totalPages());
    }
}
