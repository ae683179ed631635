package org.hrcities.platform.adapter.in.web.site.privacy;

import java.util.List;

/**
 * One page of a data request, from the form to its outcome. Every value is printed escaped.
 *
 * @param title the page's heading
 * @param paragraphs what the page says, one entry a paragraph
 * @param alert whether the paragraphs report a problem (announced to screen readers)
 * @param form the request form, when the page shows it; null otherwise
 * @param button the single button that does the work, when the page shows one; null otherwise
 * @param askAgain whether to offer a link to the request form
 */
public record PrivacyRequestPage(String title, List<String> paragraphs, boolean alert, RequestForm form, Button button,
                                 boolean askAgain) {

    /** The request form, as typed. */
    public record RequestForm(String email, String kind, String emailError, boolean mailAvailable) {

        public boolean hasEmailError() {
            return emailError != null;
        }

        public boolean isErasure() {
            return "erasure".equals(kind);
        }
    }

    /** A form holding only the link's token and one button. */
    public record Button(String action, String token, String label) {
    }

    public String href() {
        return "/privacy/requests";
    }
}
