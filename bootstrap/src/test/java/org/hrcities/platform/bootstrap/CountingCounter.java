package org.hrcities.platform.bootstrap;

import org.eclipse.microprofile.metrics.Counter;

/** A counter of MicroProfile Metrics' API without a registry, for the tests of what counts. */
final class CountingCounter implements Counter {

    private long count;

    static Counter[] array(int length) {
        Counter[] counters = new Counter[length];
        for (int i = 0; i < length; i++) {
            counters[i] = new CountingCounter();
        }
        return counters;
    }

    static long[] counts(Counter[] counters) {
        long[] counts = new long[counters.length];
        for (int i = 0; i < counters.length; i++) {
            counts[i] = counters[i].getCount();
        }
        return counts;
    }

    @Override
    public void inc() {
        count++;
    }

    @Override
    public void inc(long n) {
        count += n;
    }

    @Override
    public long getCount() {
        return count;
    }
}
