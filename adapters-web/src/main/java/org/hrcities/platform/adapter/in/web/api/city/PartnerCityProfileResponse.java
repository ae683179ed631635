package org.hrcities.platform.adapter.in.web.api.city;

import java.util.List;
import org.hrcities.platform.adapter.in.web.api.shared.PostRefResponse;
import org.hrcities.platform.application.port.in.city.PartnerCityProfile;

/** A partner city in one language with its latest published posts. */
public record PartnerCityProfileResponse(PartnerCityResponse city, List<PostRefResponse> posts, long totalPosts) {

    public static PartnerCityProfileResponse from(PartnerCityResponse city, PartnerCityProfile profile) {
        return new PartnerCityProfileResponse(city, profile.posts().items().stream().map(PostRefResponse::from).toList(),
                profile.posts().totalItems());
    }
}
