package org.hrcities.platform.bootstrap;

import java.util.Map;

/**
 * The demo's French and German: the New Year post in both (the post every language shows), the report
 * on the roundtable in French, the "About the network" page in both, and each partner city's name and
 * description in both.
 */
final class DemoTranslations {

    private DemoTranslations() {
    }

    /** A post's or page's text in another language. */
    record Text(String slug, String title, String excerpt, String body) {
    }

    static final Text NEW_YEAR_FR = new Text("bonne-annee-2021", "Bonne année 2021 !",
            "Merci aux villes et aux organisations qui ont travaillé avec le réseau en 2020, et un regard sur 2021.",
            """
            Nous vous souhaitons une belle et fructueuse année 2021 !

            Nous remercions chaleureusement les villes et les organisations partenaires pour leur confiance, \
            leur participation et leur collaboration avec notre réseau en 2020. Apprendre de leur expérience, \
            partager des pratiques créatives et rester en lien tout au long de cette période difficile a été \
            une grande source d'inspiration. En 2020, de nombreuses initiatives, en particulier celles des \
            villes des droits humains, ont montré les principes et les valeurs des droits humains à l'œuvre \
            sous leur meilleur jour.

            L'année 2020 s'achève, mais la pandémie de Covid-19 façonne encore notre manière de nous \
            rencontrer, de vivre et de travailler. Les villes d'Europe connaissent des situations \
            épidémiques différentes et font face à des risques différents. La pandémie exige des efforts \
            inlassables à l'échelle locale et des **mesures fondées sur les droits humains** qui protègent \
            chacune et chacun dans nos villes.

            Une leçon de l'année écoulée s'impose : le rôle essentiel que jouent les **autorités locales** \
            pour faire des droits humains une réalité. Des réseaux de villes, des organisations régionales \
            et des institutions internationales l'ont salué, et l'Union européenne cherche comment soutenir \
            les villes dans leurs efforts.

            2021 s'annonce comme une année passionnante pour le réseau. Nous commençons par une table ronde \
            entre des acteurs des villes et le Rapporteur spécial des Nations unies sur l'extrême pauvreté \
            et les droits de l'homme, le 20 janvier 2021. Partager les savoirs et nous appuyer sur votre \
            expertise pour que l'Europe compte toujours plus de villes des droits humains reste notre mission.

            Merci de nous suivre et de soutenir notre action.

            *L'équipe du Réseau des villes des droits humains*
            """);

    static final Text NEW_YEAR_DE = new Text("frohes-neues-jahr-2021", "Frohes neues Jahr 2021!",
            "Unser Dank an die Städte und Organisationen, die 2020 mit dem Netzwerk gearbeitet haben, und ein Blick auf 2021.",
            """
            Wir wünschen Ihnen ein erfolgreiches neues Jahr 2021!

            Wir danken den Städten und Partnerorganisationen herzlich für ihr Vertrauen, ihre Teilnahme und \
            ihre Zusammenarbeit mit unserem Netzwerk im Jahr 2020. Es war inspirierend, von ihren Erfahrungen \
            zu lernen, kreative Ansätze zu teilen und in dieser schwierigen Zeit in Verbindung zu bleiben. \
            2020 haben viele Initiativen, besonders die der Menschenrechtsstädte, gezeigt, wie die Grundsätze \
            und Werte der Menschenrechte in der Praxis wirken.

            Das Jahr 2020 ist zu Ende, doch die Covid-19-Pandemie prägt noch immer, wie wir uns begegnen, \
            leben und arbeiten. Die Städte Europas erleben die Epidemie unterschiedlich und stehen vor \
            unterschiedlichen Risiken. Die Pandemie verlangt unermüdlichen Einsatz vor Ort und \
            **menschenrechtsbasierte Maßnahmen**, die alle Menschen in unseren Städten schützen.

            Eine Lehre des vergangenen Jahres sticht hervor: die tragende Rolle der **Kommunen**, wenn es \
            darum geht, Menschenrechte Wirklichkeit werden zu lassen. Städtenetzwerke, regionale \
            Organisationen und internationale Institutionen haben sie gewürdigt, und die Europäische Union \
            sucht nach Wegen, die Städte in ihren Bemühungen zu unterstützen.

            2021 verspricht ein spannendes Jahr für das Netzwerk zu werden. Wir beginnen am 20. Januar 2021 \
            mit einem Rundtischgespräch zwischen Akteurinnen und Akteuren der Städte und dem \
            UN-Sonderberichterstatter für extreme Armut und Menschenrechte. Wissen zu teilen und auf Ihrer \
            Erfahrung aufzubauen, damit es in Europa immer mehr Menschenrechtsstädte gibt, bleibt unsere Aufgabe.

            Danke, dass Sie uns folgen und unsere Arbeit unterstützen.

            *Das Team des Netzwerks der Menschenrechtsstädte*
            """);

    static final Text ROUNDTABLE_FR = new Text("les-villes-rencontrent-le-rapporteur-special-sur-la-pauvrete",
            "Les villes rencontrent le Rapporteur spécial de l'ONU sur la pauvreté",
            "Ce que les collectivités locales ont dit au Rapporteur spécial sur l'extrême pauvreté et les droits de l'homme.",
            """
            Le 20 janvier, des représentantes et représentants des villes partenaires ont rencontré en ligne le \
            **Rapporteur spécial des Nations unies sur l'extrême pauvreté et les droits de l'homme** pour une \
            table ronde de consultation.

            Les villes ont décrit comment la pandémie a aggravé la pauvreté dans leurs quartiers, et ce \
            qu'elles ont fait pour y répondre :

            - un hébergement d'urgence qui traite le logement comme un droit, non comme une faveur ;
            - des services sociaux qui atteignent des personnes qui n'avaient jamais demandé d'aide ;
            - des données sur les personnes laissées pour compte, recueillies avec les personnes concernées.

            La consultation nourrira les travaux du Rapporteur spécial sur le rôle des collectivités locales. \
            Une synthèse des échanges sera transmise à toutes les villes partenaires.
            """);

    static final Text ABOUT_FR = new Text("a-propos-du-reseau", "À propos du réseau", "", """
            Le Réseau des villes des droits humains relie des **villes européennes** qui se sont engagées à \
            respecter, protéger et mettre en œuvre les droits humains dans leurs politiques et leurs services.

            ## Ce que fait le réseau

            - Les villes partenaires partagent ce qui fonctionne : le logement d'abord, des conseils qui suivent \
            les droits humains, des rapports annuels.
            - Le réseau publie les actualités de ses [villes partenaires](/fr/cities).
            - Chacun peut commenter les actualités ; les modératrices et modérateurs lisent chaque commentaire \
            avant sa publication.
            """);

    static final Text ABOUT_DE = new Text("ueber-das-netzwerk", "Über das Netzwerk", "", """
            Das Netzwerk der Menschenrechtsstädte verbindet **europäische Städte**, die sich verpflichtet haben, \
            die Menschenrechte in ihrer Politik und ihren Diensten zu achten, zu schützen und zu verwirklichen.

            ## Was das Netzwerk tut

            - Die Partnerstädte teilen, was sich bewährt: Housing First, Beiräte, die die Menschenrechte \
            beobachten, Jahresberichte.
            - Das Netzwerk veröffentlicht Neuigkeiten aus seinen [Partnerstädten](/de/cities).
            - Alle können die Neuigkeiten kommentieren; jeder Kommentar wird vor der Veröffentlichung gelesen.
            """);

    /** A city's name and description in one language. */
    record City(String name, String description) {
    }

    /** Each demo city's French and German, by slug. */
    static final Map<String, Map<String, City>> CITIES = Map.of(
            "graz", Map.of(
                    "fr", new City("Graz", "En 2001, Graz est devenue la première ville des droits humains d'Europe. "
                            + "Un conseil des droits humains conseille la ville et rend compte chaque année de la "
                            + "situation des droits humains à Graz."),
                    "de", new City("Graz", "2001 wurde Graz die erste Menschenrechtsstadt Europas. Ein "
                            + "Menschenrechtsbeirat berät die Stadt und berichtet jedes Jahr über die Lage der "
                            + "Menschenrechte in Graz.")),
            "lund", Map.of(
                    "fr", new City("Lund", "La ville universitaire du sud de la Suède intègre les droits humains à "
                            + "la façon dont elle planifie et évalue ses services municipaux."),
                    "de", new City("Lund", "Die Universitätsstadt im Süden Schwedens verankert die Menschenrechte "
                            + "in der Planung und Überprüfung ihrer kommunalen Dienste.")),
            "middelburg", Map.of(
                    "fr", new City("Middelbourg", "Le chef-lieu de la Zélande, où sont remis tous les deux ans les "
                            + "Four Freedoms Awards, nommés d'après le discours de Franklin D. Roosevelt."),
                    "de", new City("Middelburg", "Die Hauptstadt Zeelands, in der alle zwei Jahre die nach Franklin "
                            + "D. Roosevelts Rede benannten Four Freedoms Awards verliehen werden.")),
            "nuremberg", Map.of(
                    "fr", new City("Nuremberg", "La ville de la Voie des droits de l'homme, une rue de 30 colonnes "
                            + "portant les articles de la Déclaration universelle, et du Prix international des "
                            + "droits de l'homme de Nuremberg."),
                    "de", new City("Nürnberg", "Heimat der Straße der Menschenrechte, 30 Säulen mit den Artikeln "
                            + "der Allgemeinen Erklärung, und des Internationalen Nürnberger Menschenrechtspreises.")),
            "utrecht", Map.of(
                    "fr", new City("Utrecht", "Utrecht travaille avec ses habitantes et habitants et la société "
                            + "civile pour inscrire les droits humains dans la politique locale, du logement à "
                            + "l'inclusion."),
                    "de", new City("Utrecht", "Utrecht arbeitet mit seinen Einwohnerinnen und Einwohnern und der "
                            + "Zivilgesellschaft daran, die Menschenrechte in der Kommunalpolitik zu verankern, vom "
                            + "Wohnen bis zur Inklusion.")),
            "vienna", Map.of(
                    "fr", new City("Vienne", "Vienne s'est déclarée ville des droits humains en 2014 et dispose d'un "
                            + "bureau des droits humains au sein de son administration."),
                    "de", new City("Wien", "Wien hat sich 2014 zur Stadt der Menschenrechte erklärt und unterhält "
                            + "in seiner Verwaltung ein Büro für Menschenrechte.")),
            "york", Map.of(
                    "fr", new City("York", "En 2017, York est devenue la première ville des droits humains du "
                            + "Royaume-Uni ; un réseau local publie chaque année un rapport sur ses indicateurs "
                            + "de droits humains."),
                    "de", new City("York", "2017 wurde York die erste Menschenrechtsstadt des Vereinigten "
                            + "Königreichs; ein lokales Netzwerk veröffentlicht jedes Jahr einen Bericht über seine "
                            + "Menschenrechtsindikatoren.")));
}
