package org.hrcities.platform.adapter.in.web.admin.migration;

import java.util.List;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.wordpress.ImportStatus;

/**
 * The admin's import page: the form that sends a WordPress export (with the mapping of categories to
 * partner cities as typed), the latest imports, and what was wrong with the last file sent, if anything.
 */
public record ImportsPage(AdminNav nav, List<ImportStatus> imports, String mapping, String error) {

    public ImportsPage {
        imports = List.copyOf(imports);
    }
}
