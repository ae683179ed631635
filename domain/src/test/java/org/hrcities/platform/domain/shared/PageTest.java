package org.hrcities.platform.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {

    private final List<Integer> twentyThree = IntStream.rangeClosed(1, 23).boxed().toList();

    @Test
    void cuts_the_requested_page_out_of_a_list() {
        Page<Integer> third = Page.of(twentyThree, new PageRequest(3, 10));
        assertEquals(List.of(21, 22, 23), third.items());
        assertEquals(23, third.totalItems());
        assertEquals(3, third.totalPages());
        assertFalse(third.hasNext());
        assertTrue(third.hasPrevious());
    }

    @Test
    void a_page_beyond_the_end_is_empty_but_knows_the_total() {
        Page<Integer> page = Page.of(twentyThree, new PageRequest(9, 10));
        assertEquals(List.of(), page.items());
        assertEquals(23, page.totalItems());
    }

    @Test
    void refuses_page_sizes_outside_one_to_a_hundred_and_pages_below_one() {
        assertThrows(InvalidValueException.class, () -> new PageRequest(1, 0));
        assertThrows(InvalidValueException.class, () -> new PageRequest(1, 101));
        assertThrows(InvalidValueException.class, () -> new PageRequest(0, 10));
        assertThrows(InvalidValueException.class, () -> new PageRequest(Integer.MAX_VALUE, 100));
    }
}
