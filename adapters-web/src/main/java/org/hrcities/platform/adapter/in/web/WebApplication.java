package org.hrcities.platform.adapter.in.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.hrcities.platform.adapter.in.web.admin.AdminResponseFilter;
import org.hrcities.platform.adapter.in.web.admin.DashboardResource;
import org.hrcities.platform.adapter.in.web.admin.account.AccountPagesResource;
import org.hrcities.platform.adapter.in.web.admin.account.SignInResource;
import org.hrcities.platform.adapter.in.web.admin.city.CityAdminPagesResource;
import org.hrcities.platform.adapter.in.web.admin.event.EventAdminPagesResource;
import org.hrcities.platform.adapter.in.web.admin.comment.CommentPagesResource;
import org.hrcities.platform.adapter.in.web.admin.media.MediaLibraryPagesResource;
import org.hrcities.platform.adapter.in.web.admin.migration.ImportPagesResource;
import org.hrcities.platform.adapter.in.web.admin.post.DeletePostPagesResource;
import org.hrcities.platform.adapter.in.web.admin.post.PostEditorPagesResource;
import org.hrcities.platform.adapter.in.web.admin.post.PostListPagesResource;
import org.hrcities.platform.adapter.in.web.admin.page.SitePageAdminPagesResource;
import org.hrcities.platform.adapter.in.web.admin.topic.TopicAdminPagesResource;
import org.hrcities.platform.adapter.in.web.admin.setting.SettingsPagesResource;
import org.hrcities.platform.adapter.in.web.api.account.AdminAccountsResource;
import org.hrcities.platform.adapter.in.web.api.comment.CommentReportsResource;
import org.hrcities.platform.adapter.in.web.site.post.CommentReportPagesResource;
import org.hrcities.platform.adapter.in.web.api.backup.AdminBackupsResource;
import org.hrcities.platform.adapter.in.web.api.city.AdminPartnerCitiesResource;
import org.hrcities.platform.adapter.in.web.api.migration.AdminImportsResource;
import org.hrcities.platform.adapter.in.web.api.media.AdminMediaResource;
import org.hrcities.platform.adapter.in.web.site.media.MediaFilesResource;
import org.hrcities.platform.adapter.in.web.api.city.PartnerCitiesResource;
import org.hrcities.platform.adapter.in.web.api.comment.AdminCommentsResource;
import org.hrcities.platform.adapter.in.web.api.comment.PostCommentsResource;
import org.hrcities.platform.adapter.in.web.api.event.AdminEventsResource;
import org.hrcities.platform.adapter.in.web.api.moderation.TransparencyResource;
import org.hrcities.platform.adapter.in.web.api.post.AdminPostsResource;
import org.hrcities.platform.adapter.in.web.api.post.PostsResource;
import org.hrcities.platform.adapter.in.web.api.setting.AdminSettingsResource;
import org.hrcities.platform.adapter.in.web.api.page.AdminPagesResource;
import org.hrcities.platform.adapter.in.web.api.page.PagesResource;
import org.hrcities.platform.adapter.in.web.api.topic.AdminTopicsResource;
import org.hrcities.platform.adapter.in.web.api.topic.TopicsResource;
import org.hrcities.platform.adapter.in.web.cache.PageCacheFeature;
import org.hrcities.platform.adapter.in.web.error.ConstraintViolationMapper;
import org.hrcities.platform.adapter.in.web.error.ProblemMapper;
import org.hrcities.platform.adapter.in.web.filter.CorsFilter;
import org.hrcities.platform.adapter.in.web.filter.RequestBodyFilter;
import org.hrcities.platform.adapter.in.web.filter.SiteAddressFilter;
import org.hrcities.platform.adapter.in.web.filter.LanguagePrefixFilter;
import org.hrcities.platform.adapter.in.web.api.event.EventsResource;
import org.hrcities.platform.adapter.in.web.site.event.EventPagesResource;
import org.hrcities.platform.adapter.in.web.filter.SecurityHeadersFilter;
import org.hrcities.platform.adapter.in.web.input.JsonRecordReader;
import org.hrcities.platform.adapter.in.web.render.JsonConfiguration;
import org.hrcities.platform.adapter.in.web.security.StaffAccessFeature;
import org.hrcities.platform.adapter.in.web.site.AssetsResource;
import org.hrcities.platform.adapter.in.web.site.city.CityPagesResource;
import org.hrcities.platform.adapter.in.web.site.feed.FeedsResource;
import org.hrcities.platform.adapter.in.web.site.migration.OldAddressesFilter;
import org.hrcities.platform.adapter.in.web.site.feed.SitemapResource;
import org.hrcities.platform.adapter.in.web.site.moderation.TransparencyPagesResource;
import org.hrcities.platform.adapter.in.web.site.privacy.PrivacyPagesResource;
import org.hrcities.platform.adapter.in.web.admin.privacy.PrivacyRequestPagesResource;
import org.hrcities.platform.adapter.in.web.api.privacy.AdminPrivacyRequestsResource;
import org.hrcities.platform.adapter.in.web.site.post.PostPagesResource;
import org.hrcities.platform.adapter.in.web.site.topic.TopicPagesResource;
import org.hrcities.platform.adapter.in.web.site.page.SitePagesResource;
import org.hrcities.platform.adapter.in.web.admin.mail.MailPagesResource;
import org.hrcities.platform.adapter.in.web.api.mail.AdminMailResource;
import org.hrcities.platform.adapter.in.web.site.mail.MailLinksResource;

/** Every resource, mapper and filter of the web adapter, listed rather than scanned. */
@ApplicationPath("/")
public class WebApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                PostsResource.class,
                PostCommentsResource.class,
                PartnerCitiesResource.class,
                PostPagesResource.class,
                CityPagesResource.class,
                EventPagesResource.class,
                EventsResource.class,
                TopicsResource.class,
                PagesResource.class,
                TopicPagesResource.class,
                SitePagesResource.class,
                FeedsResource.class,
                SitemapResource.class,
                AssetsResource.class,
                SignInResource.class,
                DashboardResource.class,
                AccountPagesResource.class,
                AdminAccountsResource.class,
                AdminBackupsResource.class,
                AdminImportsResource.class,
                MediaFilesResource.class,
                AdminMediaResource.class,
                MediaLibraryPagesResource.class,
                ImportPagesResource.class,
                OldAddressesFilter.class,
                StaffAccessFeature.class,
                AdminResponseFilter.class,
                ProblemMapper.class,
                ConstraintViolationMapper.class,
                JsonConfiguration.class,
                JsonRecordReader.class,
                SecurityHeadersFilter.class,
                CorsFilter.class,
                PageCacheFeature.class,
                RequestBodyFilter.class,
                SiteAddressFilter.class,
                LanguagePrefixFilter.class,
                // editors' posts and topics, administrators' partner cities: admin pages and admin API
                PostListPagesResource.class,
                PostEditorPagesResource.class,
                DeletePostPagesResource.class,
                CityAdminPagesResource.class,
                AdminPostsResource.class,
                AdminPartnerCitiesResource.class,
                TopicAdminPagesResource.class,
                SitePageAdminPagesResource.class,
                AdminTopicsResource.class,
                AdminPagesResource.class,
                // mail: the links in messages, the outbox for administrators
                MailLinksResource.class,
                AdminMailResource.class,
                MailPagesResource.class,
                // comment moderation: the queue, settings and transparency report
                CommentPagesResource.class,
                SettingsPagesResource.class,
                AdminCommentsResource.class,
                AdminSettingsResource.class,
                TransparencyResource.class,
                TransparencyPagesResource.class,
                // readers' reports of comments: the page and form, and the API
                CommentReportPagesResource.class,
                CommentReportsResource.class,
                // commenters' personal data: the privacy pages, their requests, the admin's
                PrivacyPagesResource.class,
                PrivacyRequestPagesResource.class,
                AdminPrivacyRequestsResource.class,
                // editors' events: admin pages and admin API
                EventAdminPagesResource.class,
                AdminEventsResource.class);
    }
}
