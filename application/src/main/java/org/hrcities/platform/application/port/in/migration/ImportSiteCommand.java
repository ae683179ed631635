package org.hrcities.platform.application.port.in.migration;

import java.util.Map;
import java.util.Objects;
import org.hrcities.platform.domain.city.PartnerCityId;

/**
 * Import this export; posts filed under one of the topics in {@code partnerCitiesByTopic} (by their
 * keys in the export, "category:vienna") are tagged with that partner city instead, and no topic is
 * made of it. With {@code openStaffAccounts}, each author with an email address no account has gets a
 * disabled editor's account (an administrator enables it and gives it a password); without, authors are
 * only the names shown on their posts. {@code progress} hears how far the import has come after every item.
 */
public record ImportSiteCommand(SiteExport export, Map<String, PartnerCityId> partnerCitiesByTopic,
                                boolean openStaffAccounts, ImportProgress progress) {

    public ImportSiteCommand {
        Objects.requireNonNull(export, "export");
        partnerCitiesByTopic = Map.copyOf(partnerCitiesByTopic);
        progress = progress != null ? progress : report -> { };
    }
}
