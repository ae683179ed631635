package org.hrcities.platform.domain.shared;

/** Which page of a list to read: {@code page} counts from 1, {@code size} items per page. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new InvalidValueException("page", "page must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("per_page", "per_page must be between 1 and " + MAX_SIZE);
        }
        if ((long) (page - 1) * size > Integer.MAX_VALUE) {
            throw new InvalidValueException("page", "page is beyond the end of any list");
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(1, size);
    }

    /** How many items come before this page. */
    public int offset() {
        return (page - 1) * size;
    }
}
