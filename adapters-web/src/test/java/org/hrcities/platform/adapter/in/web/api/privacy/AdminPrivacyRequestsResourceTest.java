package org.hrcities.platform.adapter.in.web.api.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.application.port.in.privacy.DataRequestSummary;
import org.hrcities.platform.application.port.in.privacy.ListPersonalDataRequestsUseCase;
import org.hrcities.platform.application.port.in.privacy.RequestPersonalDataCommand;
import org.hrcities.platform.application.port.in.privacy.RequestPersonalDataUseCase;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.privacy.DataRequestId;
import org.hrcities.platform.domain.privacy.DataRequestKind;
import org.hrcities.platform.domain.privacy.DataRequestOrigin;
import org.hrcities.platform.domain.privacy.DataRequestState;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class AdminPrivacyRequestsResourceTest {

    @Mock
    private ListPersonalDataRequestsUseCase listRequests;
    @Mock
    private RequestPersonalDataUseCase requestData;

    @Test
    void staff_start_a_request_for_a_person_who_is_mailed_the_link() {
        DataRequestSummary started = new DataRequestSummary(DataRequestId.generate(), DataRequestKind.ERASURE,
                EmailAddress.parse("karin@example.org"), DataRequestOrigin.STAFF, DataRequestState.AWAITING_CONFIRMATION,
                Instant.parse("2026-12-06T07:00:00Z"), null, null, 0, 0);
        when(requestData.requestPersonalData(any())).thenReturn(started);

        Response answer = new AdminPrivacyRequestsResource(listRequests, requestData)
                .start(new PrivacyRequestRequest("karin@example.org", "erasure"));

        assertEquals(201, answer.getStatus());
        PrivacyRequestResponse body = (PrivacyRequestResponse) answer.getEntity();
        assertEquals("erasure", body.kind());
        assertEquals("staff", body.origin());
        assertEquals("awaiting-confirmation", body.state());
        ArgumentCaptor<RequestPersonalDataCommand> command = ArgumentCaptor.forClass(RequestPersonalDataCommand.class);
        verify(requestData).requestPersonalData(command.capture());
        assertEquals(DataRequestOrigin.STAFF, command.getValue().origin());
        assertEquals(DataRequestKind.ERASURE, command.getValue().kind());
    }

    @Test
    void a_wrong_email_or_kind_is_a_400_naming_both_and_nothing_is_started() {
        AdminPrivacyRequestsResource resource = new AdminPrivacyRequestsResource(listRequests, requestData);
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> resource.start(new PrivacyRequestRequest("not an address", "delete")));
        assertEquals(2, refused.errors().size());
        assertThrows(InvalidValueException.class, () -> resource.start(null));
        verify(requestData, never()).requestPersonalData(any());
    }
}
