package org.hrcities.platform.adapter.out.persistence;

/**
 * The connection pool of a storage at one moment: connections lent out ({@code active}) and waiting to
 * be lent ({@code idle}), the most it may hold ({@code max}), and the requests waiting for a connection
 * now ({@code waiting}).
 */
public record PoolFigures(int active, int idle, int max, int waiting) {

    public PoolFigures {
        if (active < 0 || idle < 0 || max < 0 || waiting < 0) {
            throw new IllegalArgumentException("pool figures are never negative");
        }
    }

    /** Connections open now, lent out or not. */
    public int total() {
        return active + idle;
    }
}
