package org.hrcities.platform.adapter.in.web.admin.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.admin.AdminTexts;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.application.port.in.account.ChangeAccountUseCase;
import org.hrcities.platform.application.port.in.account.ChangeOwnAdminLanguageUseCase;
import org.hrcities.platform.application.port.in.account.ChangeOwnPasswordUseCase;
import org.hrcities.platform.application.port.in.account.ListAccountsUseCase;
import org.hrcities.platform.application.port.in.account.OpenAccountUseCase;
import org.hrcities.platform.application.port.in.account.ReadAccountUseCase;
import org.hrcities.platform.application.port.in.account.StaffMember;
import org.hrcities.platform.application.port.in.notification.ChooseModerationDigestUseCase;
import org.hrcities.platform.application.port.in.notification.ReadMailOptionsUseCase;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** A member chooses the language of their admin on their profile: one use-case call, then back to the profile. */
@ExtendWith(MockitoExtension.class)
class ProfileLanguageResourceTest {

    private static final AccountId ANA = AccountId.generate();
    private static final AdminNav NAV = new AdminNav("Ana", "editor", "profile", "A".repeat(43), true, true, false,
            false, false, false, true, true);

    @Mock
    private ListAccountsUseCase listAccounts;
    @Mock
    private ReadAccountUseCase readAccount;
    @Mock
    private OpenAccountUseCase openAccount;
    @Mock
    private ChangeAccountUseCase changeAccount;
    @Mock
    private ChangeOwnPasswordUseCase changeOwnPassword;
    @Mock
    private ChangeOwnAdminLanguageUseCase changeOwnAdminLanguage;
    @Mock
    private ChooseModerationDigestUseCase digest;
    @Mock
    private ReadMailOptionsUseCase mailOptions;

    private AccountPagesResource resource() {
        return new AccountPagesResource(listAccounts, readAccount, openAccount, changeAccount, changeOwnPassword,
                changeOwnAdminLanguage, digest, mailOptions);
    }

    private static MultivaluedMap<String, String> form(String language) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("language", language);
        return form;
    }

    @Test
    void saves_the_language_chosen_and_shows_the_profile_again() {
        Response response = resource().changeAdminLanguage(form("de"), new Member(true));

        assertEquals(303, response.getStatus());
        assertTrue(response.getLocation().toString().endsWith("/admin/profile?notice=language-changed"),
                response.getLocation().toString());
        verify(changeOwnAdminLanguage).changeOwnAdminLanguage(ANA, Optional.of(Language.parse("de")));
    }

    @Test
    void the_site_default_is_no_language_of_ones_own() {
        resource().changeAdminLanguage(form(""), new Member(true));

        verify(changeOwnAdminLanguage).changeOwnAdminLanguage(ANA, Optional.empty());
    }

    @Test
    void refuses_a_language_the_admin_does_not_speak_and_a_form_without_its_token() {
        Response unknown = resource().changeAdminLanguage(form("es"), new Member(true));
        assertEquals(400, unknown.getStatus());
        assertTrue(assertInstanceOf(ProfilePage.class, unknown.getEntity()).hasError("language"));

        Response expired = resource().changeAdminLanguage(form("fr"), new Member(false));
        assertEquals(303, expired.getStatus());
        verifyNoInteractions(changeOwnAdminLanguage);
    }

    @Test
    void the_profile_offers_each_language_in_its_own_name_and_marks_the_choice() {
        ProfilePage page = new ProfilePage(NAV, Map.of(), null, null, false, false, 10,
                Optional.of(Language.parse("fr")), Language.parse("en"));

        String html = new String(Templates.render("admin/profile.jte", page,
                Map.of("t", AdminTexts.of(Language.parse("fr")))), StandardCharsets.UTF_8);

        assertTrue(html.contains("<html lang=\"fr\">"), html);
        assertTrue(html.contains("<option value=\"\">Langue du site (English)</option>"), html);
        assertTrue(html.contains("<option value=\"fr\" lang=\"fr\" selected>Français</option>"), html);
        assertTrue(html.contains("<option value=\"de\" lang=\"de\">Deutsch</option>"), html);
        assertTrue(html.contains(">Changer le mot de passe</button>"), html);
        assertFalse(html.contains("Your password"), html);
    }

    /** A signed-in editor whose form token matches or not; pages come back unrendered. */
    private static final class Member extends AdminRequest {

        private final boolean tokenMatches;

        Member(boolean tokenMatches) {
            this.tokenMatches = tokenMatches;
        }

        @Override
        public boolean acceptsForm(MultivaluedMap<String, String> form) {
            return tokenMatches;
        }

        @Override
        public StaffMember member() {
            return new StaffMember(ANA, "Ana", Role.EDITOR);
        }

        @Override
        public AdminNav nav(String section) {
            return NAV;
        }

        @Override
        public Response page(int status, String template, Object model) {
            return Response.status(status).entity(model).build();
        }
    }
}
