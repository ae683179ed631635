package org.hrcities.platform.adapter.in.web.admin.topic;

import java.util.List;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.domain.topic.Topic;

/** Every topic, by name, for editors, with a notice after a change. */
public record TopicsAdminPage(AdminNav nav, List<Topic> topics, String notice) {
}
