package org.hrcities.platform.adapter.out.persistence.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hrcities.platform.application.port.out.PostSearchContract;
import org.hrcities.platform.application.port.out.PostSearchPort;
import org.hrcities.platform.application.port.out.StorageUnderTest;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;

class InMemoryPostSearchTest extends PostSearchContract {

    private final Map<PostId, String> languages = new ConcurrentHashMap<>();
    private InMemoryStorage opened;

    @Override
    protected StorageUnderTest emptyStorage() {
        opened = new InMemoryStorage(post -> languages.getOrDefault(post, "en"));
        return InMemoryStorageUnderTest.of(opened);
    }

    @Override
    protected PostSearchPort search() {
        return opened.postSearch();
    }

    /** The storage takes a post's language when the post is saved: save it again. */
    @Override
    protected void writtenIn(PostId post, String language) {
        languages.put(post, language);
        opened.transactions().inTransaction(() -> {
            Post stored = opened.posts().findById(post).orElseThrow();
            opened.posts().save(stored);
        });
    }
}
