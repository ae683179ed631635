package org.hrcities.platform.application.port.in.moderation;

/**
 * Anyone may read how many comments arrived each month, and how many decisions (by the rules on
 * arrival or by moderators) approved them, marked them as spam or trashed them.
 */
public interface ReadTransparencyReportUseCase {

    TransparencyReport readTransparencyReport(TransparencyReportQuery query);
}
