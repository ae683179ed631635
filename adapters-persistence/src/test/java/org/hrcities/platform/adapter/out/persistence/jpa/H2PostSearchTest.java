package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.PostSearchContract;
import org.hrcities.platform.application.port.out.PostSearchPort;
import org.hrcities.platform.application.port.out.StorageUnderTest;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;

class H2PostSearchTest extends PostSearchContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        TestDatabases.H2_LANGUAGES.clear();
        return TestDatabases.h2();
    }

    @Override
    protected PostSearchPort search() {
        return TestDatabases.currentH2().postSearch();
    }

    /** The index takes a post's language when the post is saved: save it again. */
    @Override
    protected void writtenIn(PostId post, String language) {
        TestDatabases.H2_LANGUAGES.put(post, language);
        JpaStorage storage = TestDatabases.currentH2();
        storage.transactions().inTransaction(() -> {
            Post stored = storage.posts().findById(post).orElseThrow();
            storage.posts().save(stored);
        });
    }
}
