package org.hrcities.platform.bootstrap;

import org.hrcities.platform.application.port.in.setup.InitialMedia;
import org.hrcities.platform.domain.media.FeaturedImage;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;
import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hrcities.platform.application.port.in.setup.InitialContent;
import org.hrcities.platform.domain.city.CityTranslation;
import org.hrcities.platform.domain.city.CountryCode;
import org.hrcities.platform.domain.city.GeoPoint;
import org.hrcities.platform.domain.city.MembershipKind;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventDetails;
import org.hrcities.platform.domain.event.EventId;
import org.hrcities.platform.domain.event.EventPlace;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.page.SitePageStatus;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostContent;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.WebsiteUrl;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * The demo site: the network's partner cities (public facts: country, approximate coordinates,
 * official web site; the membership kinds and years are illustrative) and posts written for this
 * project, the first modelled on the network's New Year post of 2021, filed under three topics. One
 * post is a draft, one has its comments closed, and the comments include replies and some still
 * waiting for moderation. Two published pages, "About the network" and "Privacy policy", make up the
 * navigation menu. Five published events: the roundtable with the UN Special Rapporteur of 20 January
 * 2021, which two posts announce and report on, and four dated from the moment the demo is built, so
 * that they stay ahead of it: an online webinar, a meeting in Vienna that partner cities may follow
 * online, an all-day conference in York, and a study visit to Nuremberg, cancelled. The New Year post,
 * "About the network" and every city are also in French and German, the report on the roundtable in
 * French ({@link DemoTranslations}).
 */
final class DemoContent {

    private static final String TEAM = "The Human Rights Cities Network Team";
    /** The language the demonstration posts are written in. */
    private static final Language ENGLISH = new Language("en");
    private static final Language FRENCH = new Language("fr");
    private static final Language GERMAN = new Language("de");

    private final List<PartnerCity> cities = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<SitePage> pages = new ArrayList<>();
    private final List<InitialMedia> media = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    private DemoContent() {
    }

    /** The demo site, its events to come dated from now. */
    static InitialContent build() {
        return build(Services.SYSTEM_CLOCK.now());
    }

    /** The demo site as built at {@code now}: its events to come are dated from then. */
    static InitialContent build(Instant now) {
        DemoContent demo = new DemoContent();
        demo.addCities();
        demo.addTopics();
        demo.addPosts();
        demo.addPages();
        demo.addTranslations();
        demo.addEvents(now);
        return new InitialContent(demo.cities, demo.topics, demo.posts, demo.comments, demo.pages, demo.media,
                demo.events);
    }

    /**
     * The roundtable of 20 January 2021, which the New Year post announces and a later post reports on,
     * and four events to come, dated from {@code now} in the zone each is held in.
     */
    private void addEvents(Instant now) {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        events.add(event("roundtable-with-the-un-special-rapporteur-on-extreme-poverty",
                "Roundtable with the UN Special Rapporteur on extreme poverty and human rights",
                """
                A roundtable consultation between city actors and the **UN Special Rapporteur on extreme poverty \
                and human rights**, organised by the network. Partner cities share how the pandemic has deepened \
                poverty locally and what they do about it, as input to the Special Rapporteur's work on the role \
                of local government.
                """,
                EventTiming.at(LocalDateTime.parse("2021-01-20T14:00"), LocalDateTime.parse("2021-01-20T16:00"), brussels),
                EventPlace.online(new WebsiteUrl("https://meet.example/hrc-roundtable-2021")), null, List.of(),
                List.of(postId("happy-new-year-2021"), postId("cities-meet-the-un-special-rapporteur-on-poverty")),
                Instant.parse("2021-01-04T09:00:00Z")));

        LocalDate webinarDay = onAWeekday(LocalDate.ofInstant(now, brussels).plusWeeks(3));
        events.add(event("webinar-measuring-human-rights-in-the-city", "Webinar: measuring human rights in the city",
                """
                How do you know whether rights are respected in your city? York and Graz present their yearly \
                human rights reports: which indicators they follow, how residents take part, and what the \
                council does with the findings. Questions from all partner cities are welcome.
                """,
                EventTiming.at(webinarDay.atTime(14, 0), webinarDay.atTime(15, 30), brussels),
                EventPlace.online(new WebsiteUrl("https://meet.example/hrc-webinar-indicators")), null,
                List.of(cityId("york"), cityId("graz")), List.of(postId("york-reports-on-its-human-rights-indicators")),
                now));

        ZoneId vienna = ZoneId.of("Europe/Vienna");
        LocalDate exchangeDay = onAWeekday(LocalDate.ofInstant(now, vienna).plusMonths(2));
        events.add(event("housing-exchange-in-vienna", "Learning exchange on the right to housing in Vienna",
                """
                Utrecht's team visits Vienna to continue the exchange on **housing as a human right**: municipal \
                and subsidised housing, housing first, and how affordability is watched in figures. Partner \
                cities may follow online; please register to take part on site.
                """,
                EventTiming.at(exchangeDay.atTime(9, 30), exchangeDay.atTime(16, 0), vienna),
                new EventPlace(cityId("vienna"), "Rathaus, Friedrich-Schmidt-Platz 1, 1010 Wien",
                        new WebsiteUrl("https://meet.example/hrc-housing-exchange")),
                new WebsiteUrl("https://register.example/hrc-housing-exchange"),
                List.of(cityId("vienna"), cityId("utrecht")), List.of(postId("housing-as-a-human-right-utrecht-and-vienna")),
                now));

        ZoneId london = ZoneId.of("Europe/London");
        LocalDate conferenceDay = onAWeekday(LocalDate.ofInstant(now, london).plusMonths(4));
        events.add(event("annual-conference-of-human-rights-cities-in-york", "Annual conference of human rights cities",
                """
                Two days in York for the partner cities and the organisations working with them: reports from \
                the cities, workshops on monitoring and on housing, and the network's plans for the year ahead.
                """,
                EventTiming.allDay(conferenceDay, conferenceDay.plusDays(1), london),
                EventPlace.at(cityId("york"), "West Offices, Station Rise, York YO1 6GA"),
                new WebsiteUrl("https://register.example/hrc-annual-conference"), List.of(cityId("york")), List.of(),
                now));

        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate visitDay = onAWeekday(LocalDate.ofInstant(now, berlin).plusWeeks(6));
        Event visit = event("study-visit-to-the-way-of-human-rights", "Study visit: the Way of Human Rights in Nuremberg",
                """
                A guided walk along the Way of Human Rights and a meeting with the city's human rights office. \
                The visit is cancelled; the network will announce a new date.
                """,
                EventTiming.at(visitDay.atTime(10, 0), visitDay.atTime(13, 0), berlin),
                EventPlace.at(cityId("nuremberg"), "Kartäusergasse, 90402 Nürnberg"), null,
                List.of(cityId("nuremberg")), List.of(postId("the-way-of-human-rights-in-nuremberg")), now);
        visit.cancel(now);
        events.add(visit);
    }

    /** The two pages of the navigation menu, published. */
    private void addPages() {
        page("about-the-network", "About the network", 0, """
                The Human Rights Cities Network links **European cities** that have committed themselves to \
                respect, protect and fulfil human rights in their policies and services.

                ## What the network does

                - Partner cities share what works: housing first, councils that monitor human rights, yearly reports.
                - The network publishes news from its [partner cities](/cities).
                - Everyone may comment on the news; moderators read every comment before it is published.
                """);
        page("privacy-policy", "Privacy policy", 1, """
                This site collects as little as it can.

                ## Comments

                When you comment, the site stores your name, your email address (never shown), the web site you \
                give and your comment. Moderators see them to decide whether to publish the comment.

                ## Your rights

                Write to the network to see, correct or delete what the site holds about you. (Demo text: a \
                member city publishing this site states here who is responsible and how to reach them.)
                """);
    }

    /**
     * The New Year post in French and German (a day later, each with a comment of its own), the report on
     * the roundtable in French, "About the network" in both, and every city's name and description in both.
     */
    private void addTranslations() {
        Post newYear = postNamed("happy-new-year-2021");
        Post french = translation(newYear, FRENCH, DemoTranslations.NEW_YEAR_FR,
                "L'équipe du Réseau des villes des droits humains", "2021-01-05T09:00:00Z");
        french.feature(new FeaturedImage(newYear.featuredImage().orElseThrow().media(),
                "Un soleil blanc se lève dans un ciel du bleu à l'or, au-dessus des mots Human Rights Cities"));
        Post german = translation(newYear, GERMAN, DemoTranslations.NEW_YEAR_DE,
                "Das Team des Netzwerks der Menschenrechtsstädte", "2021-01-05T09:30:00Z");
        german.feature(new FeaturedImage(newYear.featuredImage().orElseThrow().media(),
                "Eine weiße Sonne geht an einem Himmel von Blau bis Gold auf, über den Worten Human Rights Cities"));
        comment(french, null, "Claire Martin", "claire.martin@example.fr", null,
                "Bonne année à toutes les villes du réseau ! Au plaisir de vous retrouver le 20 janvier.",
                "2021-01-05T17:20:00Z", true);
        comment(german, null, "Jonas Weber", "jonas.weber@example.de", null,
                "Ein gutes neues Jahr aus Nürnberg! Wir freuen uns auf den Austausch.", "2021-01-06T08:05:00Z", true);
        translation(postNamed("cities-meet-the-un-special-rapporteur-on-poverty"), FRENCH,
                DemoTranslations.ROUNDTABLE_FR, "L'équipe du Réseau des villes des droits humains",
                "2021-01-26T10:00:00Z");

        SitePage about = pages.stream().filter(page -> page.slug().value().equals("about-the-network")).findFirst()
                .orElseThrow();
        for (var text : java.util.Map.of(FRENCH, DemoTranslations.ABOUT_FR, GERMAN, DemoTranslations.ABOUT_DE)
                .entrySet()) {
            Instant at = Instant.parse("2021-01-04T09:00:00Z");
            SitePage translated = about.translate(SitePageId.generate(), text.getKey(), new Slug(text.getValue().slug()),
                    text.getValue().title(), text.getValue().body(), at);
            translated.publish(at);
            translated.placeInMenu(0, at);
            pages.add(translated);
        }

        for (PartnerCity city : cities) {
            DemoTranslations.CITIES.getOrDefault(city.slug().value(), java.util.Map.of()).forEach((code, text) ->
                    city.translate(new Language(code), new CityTranslation(text.name(), text.description())));
        }
    }

    /** {@code original} translated into {@code language} and published at {@code publishedAt}. */
    private Post translation(Post original, Language language, DemoTranslations.Text text, String author,
                             String publishedAt) {
        Instant at = Instant.parse(publishedAt);
        Post translated = original.translate(PostId.generate(), language, new Slug(text.slug()),
                new PostContent(text.title(), text.body(), text.excerpt()), author, at);
        translated.publish(at);
        posts.add(translated);
        return translated;
    }

    private Post postNamed(String slug) {
        return posts.stream().filter(post -> post.slug().value().equals(slug)).findFirst().orElseThrow();
    }

    private void page(String slug, String title, int menuPosition, String body) {
        pages.add(SitePage.migrated(SitePageId.generate(), ENGLISH, null, new Slug(slug), title, body,
                SitePageStatus.PUBLISHED, menuPosition, Instant.parse("2021-01-04T09:00:00Z")));
    }

    private void addTopics() {
        topic("housing", "Housing", """
                A home is where rights begin: **housing first**, affordable rents watched in figures, and services \
                designed with the people who lived without a home.
                """);
        topic("human-rights-monitoring", "Human rights monitoring", """
                How cities measure and report on human rights: councils, yearly reports and indicators.
                """);
        topic("network-news", "Network news", "What the network and its partner cities are up to.");
    }

    private void addCities() {
        city("graz", "Graz", "AT", MembershipKind.ASSOCIATE_MEMBER, 2020, "https://www.graz.at", 47.0707, 15.4395,
                "In 2001 Graz became the first human rights city in Europe. A Human Rights Council advises the city "
                        + "and reports every year on how human rights fare in Graz.");
        city("lund", "Lund", "SE", MembershipKind.ASSOCIATE_MEMBER, 2021, "https://lund.se", 55.7047, 13.1910,
                "The university city of southern Sweden builds human rights into the way it plans and follows up "
                        + "its municipal services.");
        city("middelburg", "Middelburg", "NL", MembershipKind.GUEST, 2022, "https://www.middelburg.nl", 51.4988, 3.6136,
                "The capital of Zeeland, where the Four Freedoms Awards named after Franklin D. Roosevelt's speech "
                        + "are presented every other year.");
        city("nuremberg", "Nuremberg", "DE", MembershipKind.ASSOCIATE_MEMBER, 2021, "https://www.nuernberg.de",
                49.4521, 11.0767,
                "Home of the Way of Human Rights, a street of 30 columns carrying the articles of the Universal "
                        + "Declaration, and of the International Nuremberg Human Rights Award.");
        city("utrecht", "Utrecht", "NL", MembershipKind.ASSOCIATE_MEMBER, 2020, "https://www.utrecht.nl", 52.0907, 5.1214,
                "Utrecht works with its residents and civil society to make human rights part of local policy, "
                        + "from housing to inclusion.");
        city("vienna", "Vienna", "AT", MembershipKind.ASSOCIATE_MEMBER, 2020, "https://www.wien.gv.at", 48.2082, 16.3738,
                "Vienna declared itself a city of human rights in 2014 and keeps an office for human rights within "
                        + "its administration.");
        city("york", "York", "GB", MembershipKind.GUEST, 2021, "https://www.york.gov.uk", 53.9600, -1.0873,
                "In 2017 York became the first human rights city of the United Kingdom; a local network publishes "
                        + "a yearly report on its human rights indicators.");
    }

    private void addPosts() {
        Post newYear = post("happy-new-year-2021", "Happy New Year 2021!", "2021-01-04T09:00:00Z",
                "Our thanks to the cities and organisations that worked with the network in 2020, and a look at 2021.",
                """
                We wish you a fruitful New Year 2021!

                We warmly thank the cities and the organisations partnering with us for their trust, for taking \
                part in and collaborating with our network in 2020. It has been inspiring to learn from their \
                experience, to share creative practices and to stay connected throughout this challenging time. \
                In 2020 many initiatives, those of human rights cities in particular, showed human rights \
                principles and values at work at their finest.

                2020 has come to an end but the Covid-19 pandemic still shapes the way we meet, live and work. \
                The cities of Europe see different patterns of the epidemic and face different risks. The \
                pandemic calls for tireless efforts at the local level and for **human rights-based measures** \
                that keep everyone in our cities safe.

                One lesson of the past year stands out: the prominent role that **local authorities** play in \
                making human rights real. Cities networks, regional organisations and international \
                institutions have praised it, and the European Union has been looking for ways to support \
                cities in their efforts.

                2021 promises to be an exciting year for the network. We begin with a roundtable consultation \
                between city actors and the UN Special Rapporteur on extreme poverty and human rights on \
                20 January 2021. Sharing knowledge and building on your expertise to grow the number of human \
                rights cities in Europe remains our mission.

                Thank you for following us and supporting what we do.

                *The Human Rights Cities Network Team*
                """, List.of());
        newYear.feature(new FeaturedImage(image("hrc-banner.png", "2021-01-04T08:00:00Z").id(),
                "A white sun rising on a sky from blue to gold, above the words Human Rights Cities"));
        Comment lund = comment(newYear, null, "Karin Lindqvist", "karin.lindqvist@example.org", "https://example.org/karin",
                "Happy New Year from Lund! Looking forward to the roundtable on the 20th.", "2021-01-04T11:12:00Z", true);
        comment(newYear, lund, "The Human Rights Cities Network Team", "team@example.org", null,
                "Thank you, Karin! The invitation with the agenda follows this week.", "2021-01-04T14:30:00Z", true);
        comment(newYear, null, "Pieter de Vries", "pieter@example.net", null,
                "A good year to all the partner cities.\nMay 2021 bring us together in person again.",
                "2021-01-05T08:45:00Z", true);
        comment(newYear, null, "Anonymous visitor", "visitor@example.com", "https://example.com",
                "Where can I read the 2020 activity report?", "2021-01-06T19:03:00Z", false);

        Post roundtable = post("cities-meet-the-un-special-rapporteur-on-poverty",
                "Cities meet the UN Special Rapporteur on poverty", "2021-01-25T10:00:00Z",
                "What local governments told the UN Special Rapporteur on extreme poverty and human rights.",
                """
                On 20 January, representatives of partner cities met online with the **UN Special Rapporteur on \
                extreme poverty and human rights** for a roundtable consultation.

                The cities described how the pandemic has deepened poverty in their neighbourhoods, and what \
                they have done about it:

                - emergency housing that treats shelter as a right, not a favour;
                - social services that reach people who never asked for help before;
                - data on who is left behind, collected with the people concerned.

                The consultation will feed into the Special Rapporteur's work on the role of local government. \
                A summary of the discussion will be shared with all partner cities.
                """, List.of("graz", "utrecht", "vienna"));
        comment(roundtable, null, "Maria Hofer", "m.hofer@example.at", null,
                "Thank you for organising this. The point about collecting data with the people concerned "
                        + "deserves a session of its own.", "2021-01-26T07:50:00Z", true);

        Post graz = post("twenty-years-of-graz-as-a-human-rights-city", "Twenty years of Graz as a human rights city",
                "2021-03-10T09:30:00Z",
                "In 2001 Graz became Europe's first human rights city. What has twenty years of practice taught it?",
                """
                In 2001 the city council of Graz declared the city a **human rights city**, the first in Europe. \
                Twenty years on, the declaration has become a practice.

                ## What changed

                A Human Rights Council advises the city and publishes a yearly report on the state of human \
                rights in Graz. Departments check new measures against human rights standards, and an \
                anti-discrimination office takes complaints from residents.

                ## What others can take from it

                A declaration is a start, not an end. What made the difference in Graz was a body that keeps \
                watching, reports in public and can be asked for advice before a decision is taken.
                """, List.of("graz"));
        Comment utrecht = comment(graz, null, "Sanne Bakker", "sanne.bakker@example.nl", "https://example.nl",
                "Congratulations to Graz! The yearly report is a model for us in Utrecht.", "2021-03-10T12:00:00Z", true);
        comment(graz, utrecht, "Maria Hofer", "m.hofer@example.at", null,
                "Thank you, Sanne. We are happy to share how the report is put together.", "2021-03-11T08:15:00Z", true);

        Post york = post("york-reports-on-its-human-rights-indicators", "York reports on its human rights indicators",
                "2021-06-15T08:00:00Z",
                "The UK's first human rights city measures its progress every year. This year's report in brief.",
                """
                Since 2017 York has been the first human rights city of the United Kingdom. Every year its \
                human rights city network publishes an **indicator report** that follows a set of rights \
                chosen by residents: education, housing, health and social care, an adequate standard of \
                living, and freedom from discrimination.

                The report does not only count; it asks residents how they experience their rights. That \
                combination of figures and voices is what makes it useful to the council and to civil society \
                alike.
                """, List.of("york"));
        comment(york, null, "Sam Okafor", "sam.okafor@example.org", null,
                "Is the report's data open? I would like to chart it on our site with something like "
                        + "<script src=\"chart.js\"></script> and <img src=x onerror=alert(1)> as a placeholder. "
                        + "Details: https://www.york.gov.uk and www.example.org/york-data",
                "2021-06-16T10:30:00Z", true);

        Post nuremberg = post("the-way-of-human-rights-in-nuremberg", "The Way of Human Rights in Nuremberg",
                "2021-09-21T09:00:00Z",
                "A street of thirty columns that carry the articles of the Universal Declaration of Human Rights.",
                """
                Between the old city wall and the Germanisches Nationalmuseum runs the **Way of Human Rights**: \
                thirty white columns, each carrying one article of the Universal Declaration of Human Rights \
                in German and in another language.

                The street was opened in 1993. Since 1995 the city has also given the **International \
                Nuremberg Human Rights Award** every other year, to people who defend human rights at great \
                personal risk.

                Comments on this post are closed.
                """, List.of("nuremberg"));
        nuremberg.closeComments();

        Post housing = post("housing-as-a-human-right-utrecht-and-vienna", "Housing as a human right: Utrecht and Vienna",
                "2022-02-08T10:00:00Z",
                "Two cities, two housing traditions, one question: what does the right to housing ask of a city?",
                """
                Vienna is known for its large stock of municipal and subsidised housing; Utrecht for its work \
                with residents on homelessness and inclusion. In a learning exchange of the network, both \
                cities compared how they turn the **right to adequate housing** into local policy.

                1. Housing first: a home is where support begins, not its reward.
                2. Affordability is watched in figures and discussed in public.
                3. People who lived without a home help design the services.

                The exchange continues with a visit of Utrecht's team to Vienna later this year.
                """, List.of("utrecht", "vienna"));
        comment(housing, null, "Jonas Berg", "jonas@example.net", null,
                "Is there a recording of the exchange? I would like to share it with our council.", "2022-02-08T16:20:00Z", true);
        comment(housing, null, "Karin Lindqvist", "karin.lindqvist@example.org", null,
                "Lund would like to join the next exchange on housing.", "2022-02-09T09:05:00Z", false);

        fileUnder(newYear, "network-news");
        fileUnder(roundtable, "housing", "network-news");
        fileUnder(graz, "human-rights-monitoring");
        fileUnder(york, "human-rights-monitoring");
        fileUnder(housing, "housing");

        Post draft = Post.draft(PostId.generate(), ENGLISH, new Slug("network-meeting-agenda"),
                new PostContent("Network meeting: agenda", "Agenda items for the next meeting of the partner cities.", ""),
                TEAM, List.of(), true, Instant.parse("2022-03-01T10:00:00Z"));
        posts.add(draft);
    }

    /** A published event, planned and published at {@code at}. */
    private static Event event(String slug, String title, String description, EventTiming timing, EventPlace place,
                               WebsiteUrl registration, List<PartnerCityId> organisers, List<PostId> posts, Instant at) {
        Event event = Event.plan(EventId.generate(), new EventDetails(new Slug(slug), title, description, timing, place,
                registration, organisers, posts), at);
        event.publish(at);
        return event;
    }

    private PartnerCityId cityId(String slug) {
        return cities.stream().filter(city -> city.slug().value().equals(slug)).findFirst().orElseThrow().id();
    }

    private PostId postId(String slug) {
        return posts.stream().filter(post -> post.slug().value().equals(slug)).findFirst().orElseThrow().id();
    }

    private void city(String slug, String name, String country, MembershipKind membership, int since, String website,
                      double latitude, double longitude, String description) {
        cities.add(PartnerCity.join(PartnerCityId.generate(), new Slug(slug), name, new CountryCode(country), membership,
                Year.of(since), new WebsiteUrl(website), new GeoPoint(latitude, longitude), description));
    }

    private void topic(String slug, String name, String description) {
        topics.add(Topic.create(TopicId.generate(), new Slug(slug), name, description));
    }

    private void fileUnder(Post post, String... topicSlugs) {
        post.fileUnder(Arrays.stream(topicSlugs).map(topicSlug -> topics.stream()
                .filter(topic -> topic.slug().value().equals(topicSlug)).findFirst().orElseThrow().id()).toList());
    }

    /** A media file from the demo's images, kept as if uploaded at {@code uploadedAt}. */
    private MediaFile image(String name, String uploadedAt) {
        byte[] bytes;
        try (java.io.InputStream in = DemoContent.class.getResourceAsStream("/demo/" + name)) {
            bytes = java.util.Objects.requireNonNull(in, "demo image " + name).readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        MediaFile file = MediaFile.upload(MediaId.generate(), name, bytes, "", Instant.parse(uploadedAt));
        media.add(new InitialMedia(file, bytes));
        return file;
    }

    private Post post(String slug, String title, String publishedAt, String excerpt, String body, List<String> citySlugs) {
        List<PartnerCityId> tagged = citySlugs.stream()
                .map(citySlug -> cities.stream().filter(city -> city.slug().value().equals(citySlug)).findFirst()
                        .orElseThrow().id())
                .toList();
        Post post = Post.draft(PostId.generate(), ENGLISH, new Slug(slug), new PostContent(title, body, excerpt), TEAM, tagged, true,
                Instant.parse(publishedAt));
        post.publish(Instant.parse(publishedAt));
        posts.add(post);
        return post;
    }

    private Comment comment(Post post, Comment parent, String name, String email, String website, String text,
                            String submittedAt, boolean approved) {
        Commenter commenter = new Commenter(name, EmailAddress.parse(email), website == null ? null : new WebsiteUrl(website));
        Comment comment = Comment.submit(post, CommentId.generate(), commenter, new CommentText(text), parent,
                Instant.parse(submittedAt));
        if (approved) {
            comment.approve();
        }
        comments.add(comment);
        return comment;
    }

    /** The first Tuesday on or after {@code day}: the network meets on working days (a two-day conference ends on a Wednesday). */
    private static LocalDate onAWeekday(LocalDate day) {
        return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    }
}
