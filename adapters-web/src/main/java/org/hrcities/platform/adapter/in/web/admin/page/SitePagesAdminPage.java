package org.hrcities.platform.adapter.in.web.admin.page;

import java.util.List;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.domain.page.SitePage;

/** Every page, drafts included, by title, for editors, with a notice after a change. */
public record SitePagesAdminPage(AdminNav nav, List<SitePage> pages, String notice) {
}
