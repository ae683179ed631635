package org.hrcities.platform.adapter.in.web.api.comment;

/**
 * The answer to every report taken: always {@code received}, whether the report was new, repeated, or
 * hid the comment, so that it tells the reader nothing about other readers' reports.
 */
public record ReportReceivedResponse(String status) {

    public static final ReportReceivedResponse RECEIVED = new ReportReceivedResponse("received");
}
