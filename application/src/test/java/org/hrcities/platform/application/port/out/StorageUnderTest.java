package org.hrcities.platform.application.port.out;

/**
 * One storage adapter as the contract suites see it: its repositories and its transactions, over
 * storage that is empty when handed out.
 */
public interface StorageUnderTest extends AutoCloseable {

    PostRepository posts();

    CommentRepository comments();

    PartnerCityRepository cities();

    TransactionPort transactions();

    @Override
    default void close() {
    }
}
