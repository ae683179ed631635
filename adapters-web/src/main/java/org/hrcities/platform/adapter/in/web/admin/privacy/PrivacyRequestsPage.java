package org.hrcities.platform.adapter.in.web.admin.privacy;

import java.util.List;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;

/**
 * The administrators' page of privacy requests: the form that starts one for a person, and the
 * requests with their state, the most recent first. Every value is printed escaped.
 *
 * @param mailAvailable whether the site sends mail (without it, requests cannot be confirmed)
 * @param emailError the message for the address typed, or null
 * @param formError the message for the whole form, or null
 */
public record PrivacyRequestsPage(AdminNav nav, List<Row> rows, boolean mailAvailable, String email, String kind,
                                  String emailError, String formError, String notice) {

    /** One request as a row. */
    public record Row(String email, String kind, String origin, String state, String requested, String confirmed,
                      String completed, String outcome) {
    }

    public boolean isErasure() {
        return "erasure".equals(kind);
    }
}
