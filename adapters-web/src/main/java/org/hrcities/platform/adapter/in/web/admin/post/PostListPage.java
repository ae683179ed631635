package org.hrcities.platform.adapter.in.web.admin.post;

import java.util.List;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;

/**
 * The editors' list of posts: filter tabs with counts, the search, one page of rows and the links around it;
 * {@code languages} are the site's languages to filter by (none on a site in one language).
 */
public record PostListPage(AdminNav nav, List<Tab> tabs, String q, String statusLabel, List<Row> rows, long total,
                           int page, long totalPages, String previousHref, String nextHref, String notice,
                           String searchError, List<LanguageChoice> languages) {

    /** The list without a language filter. */
    public PostListPage(AdminNav nav, List<Tab> tabs, String q, String statusLabel, List<Row> rows, long total,
                        int page, long totalPages, String previousHref, String nextHref, String notice,
                        String searchError) {
        this(nav, tabs, q, statusLabel, rows, total, page, totalPages, previousHref, nextHref, notice, searchError,
                List.of());
    }

    /** A language to show the posts of, named in itself. */
    public record LanguageChoice(String code, String name, boolean selected) {
    }

    /** The code of the language filtered by, or "" for every language. */
    public String language() {
        return languages.stream().filter(LanguageChoice::selected).map(LanguageChoice::code).findFirst().orElse("");
    }

    public boolean hasLanguages() {
        return !languages.isEmpty();
    }

    /** A filter: "Drafts (2)". */
    public record Tab(String label, String value, long count, String href, boolean current) {
        public String ariaCurrent() {
            return current ? "page" : null;
        }
    }

    /**
     * A post in the list. {@code when} is its publication or scheduled time, empty for a draft; {@code language}
     * its language's code, {@code languageName} its name in itself.
     */
    public record Row(String id, String title, String status, String when, String whenIso, String changed,
                      String changedIso, String publicHref, String language, String languageName) {

        /** A post of the site's only language. */
        public Row(String id, String title, String status, String when, String whenIso, String changed,
                   String changedIso, String publicHref) {
            this(id, title, status, when, whenIso, changed, changedIso, publicHref, "", "");
        }
    }

    public boolean isPaged() {
        return previousHref != null || nextHref != null;
    }
}
