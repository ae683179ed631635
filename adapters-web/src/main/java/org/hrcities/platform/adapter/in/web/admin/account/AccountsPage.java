package org.hrcities.platform.adapter.in.web.admin.account;

import java.util.List;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.application.port.in.account.StaffAccount;

/** Every staff account, for administrators. */
public record AccountsPage(AdminNav nav, List<StaffAccount> accounts, String notice) {
}
