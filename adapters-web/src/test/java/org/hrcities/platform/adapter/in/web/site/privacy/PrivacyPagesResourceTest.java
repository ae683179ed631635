package org.hrcities.platform.adapter.in.web.site.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hrcities.platform.adapter.in.web.cache.LocalRevisions;
import org.hrcities.platform.adapter.in.web.cache.PageCache;
import org.hrcities.platform.adapter.in.web.cache.Representation;
import org.hrcities.platform.adapter.in.web.cache.Representations.Conditions;
import org.hrcities.platform.adapter.in.web.input.ClientAddresses;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.application.port.in.page.ReadSitePageUseCase;
import org.hrcities.platform.application.port.in.page.SitePageNotFoundException;
import org.hrcities.platform.application.port.in.privacy.ConfirmPersonalDataRequestUseCase;
import org.hrcities.platform.application.port.in.privacy.DataRequestLimitException;
import org.hrcities.platform.application.port.in.privacy.DataRequestLinkException;
import org.hrcities.platform.application.port.in.privacy.DataRequestLinkException.Problem;
import org.hrcities.platform.application.port.in.privacy.DownloadPersonalDataUseCase;
import org.hrcities.platform.application.port.in.privacy.RequestPersonalDataCommand;
import org.hrcities.platform.application.port.in.privacy.RequestPersonalDataUseCase;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.page.SitePageFixtures;
import org.hrcities.platform.domain.privacy.DataRequestKind;
import org.hrcities.platform.domain.privacy.DataRequestOrigin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The visitors' privacy pages, with the use cases mocked. */
@ExtendWith(MockitoExtension.class)
class PrivacyPagesResourceTest {

    private static final String SAME_SITE = "same-origin";

    @Mock
    private RequestPersonalDataUseCase requestData;
    @Mock
    private ConfirmPersonalDataRequestUseCase confirmRequest;
    @Mock
    private DownloadPersonalDataUseCase downloadData;
    @Mock
    private ReadSitePageUseCase readPage;
    private final HttpServletRequest http = mock(HttpServletRequest.class);
    private PrivacyPagesResource resource;

    @BeforeEach
    void setUp() {
        resource = new PrivacyPagesResource(requestData, confirmRequest, downloadData, readPage,
                new ClientAddresses(Set.of()), new VisitorTemplates(language -> List.of()), new SenderDataRetention(21));
        lenient().when(http.getRemoteAddr()).thenReturn("198.51.100.7");
        lenient().when(http.getHeaders(any())).thenAnswer(call -> java.util.Collections.emptyEnumeration());
        lenient().when(requestData.requestsByMailAvailable()).thenReturn(true);
    }

    private static MultivaluedMap<String, String> form(String... pairs) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static String html(Response response) {
        Object entity = response.getEntity();
        if (entity instanceof Representation representation) {
            return new String(new PageCache(new LocalRevisions()).answer(representation, Set.of(),
                    new Conditions(null, null, false)).body(), StandardCharsets.UTF_8);
        }
        return new String((byte[]) entity, StandardCharsets.UTF_8);
    }

    private static UriInfo site() {
        UriInfo request = mock(UriInfo.class);
        lenient().when(request.getBaseUri()).thenReturn(URI.create("https://news.example.org/"));
        return request;
    }

    @Test
    void the_answer_is_the_same_for_a_known_and_an_unknown_address() {
        Response known = resource.request(form("email", "commenter@example.org", "kind", "export"), SAME_SITE, null,
                "news.example.org", http, site());
        Response unknown = resource.request(form("email", "nobody-ever@example.org", "kind", "export"), SAME_SITE, null,
                "news.example.org", http, site());

        assertEquals(303, known.getStatus());
        assertEquals(known.getStatus(), unknown.getStatus());
        assertEquals(known.getLocation(), unknown.getLocation());
        assertEquals(known.getHeaders(), unknown.getHeaders());
        assertEquals(known.getEntity(), unknown.getEntity());
        ArgumentCaptor<RequestPersonalDataCommand> commands = ArgumentCaptor.forClass(RequestPersonalDataCommand.class);
        verify(requestData, times(2)).requestPersonalData(commands.capture());
        assertEquals(EmailAddress.parse("nobody-ever@example.org"), commands.getValue().email());
        assertEquals(DataRequestOrigin.VISITOR, commands.getValue().origin());
        assertEquals("198.51.100.7", commands.getValue().senderAddress());

        String notice = html(resource.requestForm("1", site()));
        assertTrue(notice.contains("Check your mailbox"), notice);
        assertFalse(notice.contains("example.org\""), "the page names no address");
    }

    @Test
    void an_invalid_address_gives_the_form_again_with_a_message() {
        Response answer = resource.request(form("email", "not an address", "kind", "erasure"), SAME_SITE, null,
                "news.example.org", http, site());
        assertEquals(400, answer.getStatus());
        String page = html(answer);
        assertTrue(page.contains("Enter an email address such as name@example.org."), page);
        assertTrue(page.contains("value=\"not an address\""), page);
        assertTrue(page.contains("aria-invalid=\"true\""), page);
        verify(requestData, never()).requestPersonalData(any());
    }

    @Test
    void a_form_from_another_site_is_refused() {
        Response answer = resource.request(form("email", "a@example.org", "kind", "export"), "cross-site", null,
                "news.example.org", http, site());
        assertEquals(403, answer.getStatus());
        verify(requestData, never()).requestPersonalData(any());
    }

    @Test
    void too_many_requests_are_told_with_retry_after() {
        when(requestData.requestPersonalData(any())).thenThrow(new DataRequestLimitException("Too many requests.",
                Duration.ofHours(24)));
        Response answer = resource.request(form("email", "a@example.org", "kind", "export"), SAME_SITE, null,
                "news.example.org", http, site());
        assertEquals(429, answer.getStatus());
        assertEquals("86400", answer.getHeaderString("Retry-After"));
        assertTrue(html(answer).contains("Too many requests."));
    }

    @Test
    void without_mail_the_page_says_whom_to_ask_and_shows_no_form() {
        when(requestData.requestsByMailAvailable()).thenReturn(false);
        String page = html(resource.requestForm(null, site()));
        assertTrue(page.contains("not available at the moment"), page);
        assertTrue(page.contains("site's operators"), page);
        assertFalse(page.contains("<form method=\"post\" action=\"/privacy/requests\""), page);
        assertEquals(409, resource.request(form("email", "a@example.org", "kind", "export"), SAME_SITE, null,
                "news.example.org", http, site()).getStatus(), "a 4xx: the visitor's request cannot be served as things are");
        assertEquals(400, resource.request(form("email", "not an address", "kind", "export"), SAME_SITE, null,
                "news.example.org", http, site()).getStatus(), "bad input is told first");
    }

    @Test
    void a_confirmation_link_shows_one_button_and_changes_nothing() {
        when(confirmRequest.readConfirmation("tok")).thenReturn(DataRequestKind.ERASURE);
        Response answer = resource.confirmation("tok", site());
        assertEquals(200, answer.getStatus());
        String page = html(answer);
        assertTrue(page.contains("<input type=\"hidden\" name=\"token\" value=\"tok\">"), page);
        assertTrue(page.contains("Erase my data"), page);
        assertEquals("no-store", answer.getHeaderString("Cache-Control"));
        verify(confirmRequest, never()).confirm(any());
    }

    @Test
    void bad_expired_and_used_links_give_a_clear_page_never_an_error() {
        when(confirmRequest.readConfirmation("bad")).thenThrow(new DataRequestLinkException(Problem.INVALID, "Not ours."));
        when(confirmRequest.readConfirmation("old")).thenThrow(new DataRequestLinkException(Problem.EXPIRED, "Ran out."));
        when(confirmRequest.confirm("used")).thenThrow(new DataRequestLinkException(Problem.USED, "Done already."));
        when(downloadData.download("gone")).thenThrow(new DataRequestLinkException(Problem.USED, "Downloaded already."));

        Response bad = resource.confirmation("bad", site());
        assertEquals(400, bad.getStatus());
        assertTrue(html(bad).contains("Not ours."));
        assertTrue(html(bad).contains("href=\"/privacy/requests\">Ask again</a>"));
        Response old = resource.confirmation("old", site());
        assertEquals(410, old.getStatus());
        assertTrue(html(old).contains("Ran out."));
        Response used = resource.confirm(form("token", "used"), SAME_SITE, null, "news.example.org", site());
        assertEquals(410, used.getStatus());
        Response gone = resource.downloadNow(form("token", "gone"), SAME_SITE, null, "news.example.org", site());
        assertEquals(410, gone.getStatus());
        assertTrue(html(gone).contains("Downloaded already."));
    }

    @Test
    void confirming_an_export_offers_the_download_and_the_download_is_a_zip() {
        when(confirmRequest.confirm("tok")).thenReturn(new ConfirmPersonalDataRequestUseCase.ExportReady(
                URI.create("https://news.example.org/privacy/export?token=dl.sig"), Instant.parse("2026-12-13T10:00:00Z")));
        String page = html(resource.confirm(form("token", "tok"), SAME_SITE, null, "news.example.org", site()));
        assertTrue(page.contains("action=\"/privacy/export\""), page);
        assertTrue(page.contains("value=\"dl.sig\""), page);

        byte[] zip = {'P', 'K', 3, 4};
        when(downloadData.download("dl.sig")).thenReturn(new DownloadPersonalDataUseCase.PersonalDataCopy("data.zip", zip));
        Response download = resource.downloadNow(form("token", "dl.sig"), SAME_SITE, null, "news.example.org", site());
        assertEquals(200, download.getStatus());
        assertEquals("application/zip", download.getMediaType().toString());
        assertEquals("attachment; filename=\"data.zip\"", download.getHeaderString("Content-Disposition"));
        assertArrayEquals(zip, (byte[]) download.getEntity());
    }

    @Test
    void confirming_an_erasure_tells_the_counts() {
        when(confirmRequest.confirm("tok")).thenReturn(new ConfirmPersonalDataRequestUseCase.Erased(3, 1));
        String page = html(resource.confirm(form("token", "tok"), SAME_SITE, null, "news.example.org", site()));
        assertTrue(page.contains("Comments anonymised: 3."), page);
        assertTrue(page.contains("Comments deleted: 1."), page);
    }

    @Test
    void the_policy_is_the_sites_own_page_when_published_else_the_built_in_one() {
        when(readPage.readPublishedPage(new org.hrcities.platform.domain.shared.Language("en"), PrivacyPagesResource.POLICY_PAGE))
                .thenThrow(new SitePageNotFoundException(PrivacyPagesResource.POLICY_PAGE));
        String builtIn = html(resource.policy(site()));
        assertTrue(builtIn.contains("erased after 21 days"), builtIn);
        assertTrue(builtIn.contains("href=\"/privacy/requests\""), builtIn);

        PrivacyPagesResource withPage = new PrivacyPagesResource(requestData, confirmRequest, downloadData,
                mock(ReadSitePageUseCase.class), new ClientAddresses(Set.of()), new VisitorTemplates(language -> List.of()),
                new SenderDataRetention(21));
        Response redirect = withPage.policy(site());
        assertEquals(302, redirect.getStatus());
        assertEquals("https://news.example.org/pages/privacy-policy", redirect.getLocation().toString());
    }
}
