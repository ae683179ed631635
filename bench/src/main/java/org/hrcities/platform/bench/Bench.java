package org.hrcities.platform.bench;

import java.util.Arrays;

/** Entry point of the benchmarks: {@code storage-growth} (more to come). */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "storage-growth" : args[0];
        switch (which) {
            case "storage-growth" -> StorageGrowth.run(Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
            default -> throw new IllegalArgumentException("unknown benchmark " + which + "; known: storage-growth");
        }
    }
}
