package org.hrcities.platform.bench;

import java.util.Arrays;

/**
 * Entry point of the benchmarks (bench/run): the web benchmark ({@code [small|large|growth] [h2|postgresql] ...},
 * see {@link WebBench}), {@code cluster [--members N] ...}, one instance against a cluster on PostgreSQL
 * (see {@link ClusterBench}), {@code import [posts] [comments-per-post] [h2|postgresql]}, the import of a large
 * WordPress export (see {@link ImportBench}), {@code storage-growth [posts] [adapters]}, the storage adapters alone,
 * or {@code search [databases] ...}, searches of the 100,000-post site (see {@link SearchBench}).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("storage-growth")) {
            StorageGrowth.run(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("search")) {
            SearchBench.run(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("import")) {
            ImportBench.run(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("cluster")) {
            ClusterBench.run(Arrays.copyOfRange(args, 1, args.length));
        } else {
            WebBench.run(args);
        }
    }
}
