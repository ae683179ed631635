package org.hrcities.platform.domain.archfixture;

import org.hrcities.platform.domain.post.PostId;

/**
 * COMPLIANT CONTROL (architecture test fixture, breaks no rule): a domain class that uses only
 * primitives, arrays of primitives, arrays of JDK types and arrays of domain types. It proves that
 * such dependencies are not reported as false positives by rule 1, whose allowed packages are only
 * {@code java..} and the domain.
 */
public class DomainClassUsingPrimitivesAndArrays {

    private int count;
    private long[] totals = new long[2];
    private byte[][] blocks = new byte[1][1];
    private char letter;
    private boolean flag;
    private double ratio;
    private String[] names = new String[0];
    private PostId[] ids = new PostId[0];

    public int[] counts(short first, float second, PostId... more) {
        PostId[][] grid = {more};
        return new int[] {count, first, (int) second, grid.length, totals.length, blocks.length, letter,
                flag ? 1 : 0, (int) ratio, names.length, ids.length};
    }
}
