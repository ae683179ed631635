package org.hrcities.platform.adapter.out.persistence;

/**
 * Work that must follow a transaction's commit and never a rollback, such as keeping a search index in
 * step with the rows written: the storage's transactions run it on the committing thread once the
 * transaction has committed, in the order it was handed over, and drop it when the transaction rolls
 * back. Outside a transaction it runs at once.
 */
public interface AfterCommit {

    void afterCommit(Runnable work);
}
