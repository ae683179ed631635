package org.hrcities.platform.application.port.in.migration;

/** Hears how far a running import has come. */
@FunctionalInterface
public interface ImportProgress {

    /** Called after each item with the counts so far. */
    void advanced(ImportReport soFar);
}
