package org.hrcities.platform.adapter.in.web.admin.comment;

import java.util.List;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.input.ModerationInputs;
import org.hrcities.platform.adapter.in.web.input.SiteTimeZone;
import org.hrcities.platform.adapter.in.web.render.Dates;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.domain.comment.Actor;
import org.hrcities.platform.domain.comment.ModerationRecord;

/** One comment in full with its history: who or which rule did what, from which status to which, when and why. */
public record CommentPage(AdminNav nav, CommentRow comment, List<Entry> history) {

    /** One entry of the history; {@code who} is a member's name, or the rule's name when {@code byRule}. */
    public record Entry(String when, String whenIso, String who, boolean byRule, String action, String from, String to,
                        String reason) {

        public static Entry of(ModerationRecord record, SiteTimeZone zone, Texts texts) {
            boolean rule = record.actor().kind() == Actor.Kind.RULE;
            return new Entry(zone.human(record.at(), texts), Dates.iso(record.at()),
                    rule ? record.actor().id() : record.actor().displayName(), rule,
                    ModerationInputs.name(record.action()), record.fromStatus() == null ? "–" : ModerationInputs.name(record.fromStatus()),
                    record.toStatus() == null ? "deleted" : ModerationInputs.name(record.toStatus()),
                    record.reason() == null ? "" : record.reason());
        }
    }
}
