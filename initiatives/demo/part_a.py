"""Demo initiatives for the Be Digital Together portal (part A: Brussels and federal)."""

INITIATIVES = [
    {
        "slug": "be-digital-together",
        "owner": "fps-economy",
        "promoter": "fps-economy",
        "partners": ["digitaal-vlaanderen", "actiris", "bruxelles-formation", "hub-brussels"],
        "category": "policy",
        "objective": 2,
        "audiences": ["all", "labour_force", "education"],
        "countries": ["BE"],
        "sphere": "national",
        "fields_of_education": [],
        "funding": "federal",
        "technologies": ["digital_skills"],
        "levels": ["foundation", "intermediate"],
        "region": "federal",
        "start": "2021-03-08",
        "end": None,
        "website": "https://economie.fgov.be",
        "title": {
            "nl": "Be Digital Together – nationale strategie Women in Digital",
            "fr": "Be Digital Together – stratégie nationale Women in Digital",
            "de": "Be Digital Together – nationale Strategie Women in Digital",
            "en": "Be Digital Together – national Women in Digital strategy",
        },
        "summary": {
            "nl": (
                "De nationale strategie Women in Digital, gecoördineerd door de FOD Economie, en "
                "het bijbehorende portaal brengen initiatieven samen die meer vrouwen en meisjes "
                "helpen om te studeren, te werken en door te groeien in de digitale sector."
            ),
            "fr": (
                "La stratégie nationale Women in Digital, coordonnée par le SPF Economie, et son "
                "portail rassemblent les initiatives qui aident davantage de femmes et de filles à "
                "se former, à travailler et à évoluer dans le secteur numérique."
            ),
            "de": (
                "Die nationale Strategie Women in Digital, koordiniert vom FÖD Wirtschaft, und das "
                "dazugehörige Portal bündeln Initiativen, die mehr Frauen und Mädchen dabei "
                "unterstützen, im digitalen Sektor zu studieren, zu arbeiten und beruflich "
                "voranzukommen."
            ),
            "en": (
                "The national Women in Digital strategy, coordinated by the FPS Economy, and its "
                "portal bring together initiatives that help more women and girls study, work and "
                "build careers in the digital sector."
            ),
        },
        "background": {
            "nl": (
                "<p>In België is nog altijd maar ongeveer één op de vijf ICT-specialisten een "
                "vrouw. Op 8 maart 2021 lanceerde de federale regering daarom, samen met de "
                "gewesten en gemeenschappen, de strategie Women in Digital, die dat onevenwicht in "
                "elke fase aanpakt: onderwijs, aanwerving, loopbaan en beleid.</p><p>Be Digital "
                "Together is het gemeenschappelijke portaal van die strategie. Het bundelt "
                "initiatieven en goede praktijken van overheidsdiensten, opleidingscentra, "
                "bedrijven en verenigingen en beschrijft ze volgens de categorieën van het "
                "Europese Digital Skills and Jobs Platform.</p>"
            ),
            "fr": (
                "<p>En Belgique, à peine un spécialiste des TIC sur cinq est une femme. Le 8 mars "
                "2021, le gouvernement fédéral a donc lancé, en concertation avec les Régions et "
                "les Communautés, la stratégie Women in Digital pour corriger ce déséquilibre à "
                "chaque étape : études, recrutement, carrière et politiques publiques.</p><p>Be "
                "Digital Together est le portail commun de cette stratégie. Il recense les "
                "initiatives et bonnes pratiques des services publics, des centres de formation, "
                "des entreprises et des associations, et les présente selon les catégories de la "
                "plateforme européenne Digital Skills and Jobs.</p>"
            ),
            "de": (
                "<p>In Belgien ist nach wie vor nur etwa jede fünfte IKT-Fachkraft eine Frau. Am "
                "8. März 2021 hat die Föderalregierung deshalb gemeinsam mit den Regionen und "
                "Gemeinschaften die Strategie Women in Digital vorgestellt, die dieses "
                "Ungleichgewicht auf allen Ebenen angeht: Ausbildung, Einstellung, Laufbahn und "
                "Politik.</p><p>Be Digital Together ist das gemeinsame Portal dieser Strategie. Es "
                "bündelt Initiativen und bewährte Praktiken von öffentlichen Diensten, "
                "Ausbildungszentren, Unternehmen und Vereinigungen und beschreibt sie nach den "
                "Kategorien der europäischen Plattform für digitale Kompetenzen und Arbeitsplätze "
                "(Digital Skills and Jobs Platform).</p>"
            ),
            "en": (
                "<p>Women still make up only about one in five ICT specialists in Belgium. On 8 "
                "March 2021 the federal government, together with the regions and communities, "
                "therefore launched the Women in Digital strategy to tackle this imbalance at "
                "every stage: education, recruitment, careers and policy.</p><p>Be Digital "
                "Together is the shared portal of this strategy. It brings together initiatives "
                "and good practices from public services, training centres, companies and "
                "associations, and describes them using the categories of the EU Digital Skills "
                "and Jobs Platform.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>Eén strategie die gedragen wordt door de federale overheid, de gewesten "
                "en de gemeenschappen, met vijf duidelijke doelstellingen.</li><li>Eén portaal "
                "waarop organisaties zelf hun initiatieven publiceren, zodat goede praktijken "
                "zichtbaar worden en makkelijk over te nemen zijn.</li><li>Een gemeenschappelijk "
                "begrippenkader dat aansluit bij het Europese Digital Skills and Jobs Platform, "
                "waardoor Belgische initiatieven vergelijkbaar zijn met die in andere "
                "lidstaten.</li></ul>"
            ),
            "fr": (
                "<ul><li>Une stratégie unique portée par le fédéral, les Régions et les "
                "Communautés, autour de cinq objectifs clairs.</li><li>Un portail où les "
                "organisations publient elles-mêmes leurs initiatives, ce qui rend les bonnes "
                "pratiques visibles et faciles à reproduire.</li><li>Un vocabulaire commun aligné "
                "sur la plateforme européenne Digital Skills and Jobs, qui permet de comparer les "
                "initiatives belges avec celles des autres États membres.</li></ul>"
            ),
            "de": (
                "<ul><li>Eine gemeinsame Strategie von Föderalstaat, Regionen und Gemeinschaften "
                "mit fünf klaren Zielen.</li><li>Ein Portal, auf dem Organisationen ihre "
                "Initiativen selbst veröffentlichen, sodass bewährte Praktiken sichtbar werden und "
                "sich leicht übernehmen lassen.</li><li>Ein gemeinsames Vokabular in Anlehnung an "
                "die europäische Digital Skills and Jobs Platform, sodass sich belgische "
                "Initiativen mit denen anderer Mitgliedstaaten vergleichen lassen.</li></ul>"
            ),
            "en": (
                "<ul><li>A single strategy shared by the federal level, the regions and the "
                "communities, with five clear objectives.</li><li>One portal where organisations "
                "publish their own initiatives, which makes good practices visible and easy to "
                "reuse.</li><li>A common vocabulary aligned with the EU Digital Skills and Jobs "
                "Platform, so that Belgian initiatives can be compared with those in other Member "
                "States.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>De strategie brengt de federale overheid, de gewesten en gemeenschappen, de "
                "openbare diensten voor arbeidsbemiddeling en opleidingscentra samen rond "
                "gedeelde doelstellingen. Dit portaal maakt hun opleidingen, initiatieven en "
                "rolmodellen zichtbaar in vier talen.</p>"
            ),
            "fr": (
                "<p>La stratégie réunit l'État fédéral, les Régions et Communautés, les services "
                "publics de l'emploi et les centres de formation autour d'objectifs communs. Ce "
                "portail rend visibles leurs formations, leurs initiatives et leurs modèles "
                "féminins, en quatre langues.</p>"
            ),
            "de": (
                "<p>Die Strategie bringt den Föderalstaat, die Regionen und Gemeinschaften, die "
                "öffentlichen Arbeitsvermittlungsdienste und Ausbildungszentren um gemeinsame "
                "Ziele zusammen. Dieses Portal macht ihre Weiterbildungen, Initiativen und "
                "Vorbilder in vier Sprachen sichtbar.</p>"
            ),
            "en": (
                "<p>The strategy brings the federal state, the regions and communities, the public "
                "employment services and training centres together around shared objectives. This "
                "portal makes their trainings, initiatives and role models visible in four "
                "languages.</p>"
            ),
        },
    },
    {
        "slug": "a-women-in-digital-barometer",
        "owner": "fps-economy",
        "promoter": "fps-economy",
        "partners": ["agoria"],
        "category": "research_monitoring",
        "objective": 5,
        "audiences": ["all"],
        "countries": ["BE"],
        "sphere": "national",
        "fields_of_education": ["06"],
        "funding": "federal",
        "technologies": ["data"],
        "levels": ["intermediate"],
        "region": "federal",
        "start": "2021-06-01",
        "end": None,
        "website": "https://economie.fgov.be",
        "title": {
            "nl": "Barometer Women in Digital",
            "fr": "Baromètre Women in Digital",
            "de": "Barometer Women in Digital",
            "en": "Women in Digital Barometer",
        },
        "summary": {
            "nl": (
                "Een jaarlijks statistisch rapport van de FOD Economie dat het aandeel vrouwen "
                "opvolgt bij ICT-studenten, afgestudeerden, ICT-specialisten en oprichters van "
                "digitale bedrijven in België."
            ),
            "fr": (
                "Un rapport statistique annuel du SPF Economie qui suit la part des femmes parmi "
                "les étudiants, les diplômés et les spécialistes des TIC, ainsi que parmi les "
                "fondateurs d'entreprises numériques en Belgique."
            ),
            "de": (
                "Ein jährlicher statistischer Bericht des FÖD Wirtschaft, der den Frauenanteil "
                "unter IKT-Studierenden, -Absolventen und -Fachkräften sowie unter den Gründern "
                "digitaler Unternehmen in Belgien verfolgt."
            ),
            "en": (
                "An annual statistical report by the FPS Economy that tracks the share of women "
                "among ICT students, graduates and specialists, and among founders of digital "
                "companies in Belgium."
            ),
        },
        "background": {
            "nl": (
                "<p>Goed beleid vraagt betrouwbare cijfers. De barometer brengt gegevens samen van "
                "Statbel, Eurostat, de onderwijsadministraties van de gemeenschappen en de "
                "Kruispuntbank van Ondernemingen, zodat er één overzicht ontstaat van de "
                "genderkloof in digitale opleidingen en beroepen.</p><p>Hij dient als "
                "monitoringinstrument van de strategie Women in Digital en toont elk jaar waar er "
                "vooruitgang is en waar die stokt. Agoria levert aanvullende gegevens over "
                "aanwervingen in de technologiesector.</p>"
            ),
            "fr": (
                "<p>Une bonne politique a besoin de chiffres fiables. Le baromètre rassemble des "
                "données de Statbel, d'Eurostat, des administrations de l'enseignement des "
                "Communautés et de la Banque-Carrefour des Entreprises afin d'offrir une vue "
                "d'ensemble de l'écart entre femmes et hommes dans les études et les métiers du "
                "numérique.</p><p>Il sert d'outil de suivi de la stratégie Women in Digital et "
                "montre chaque année où les choses progressent et où elles stagnent. Agoria "
                "fournit des données complémentaires sur les recrutements dans le secteur "
                "technologique.</p>"
            ),
            "de": (
                "<p>Gute Politik braucht verlässliche Zahlen. Das Barometer führt Daten von "
                "Statbel, Eurostat, den Unterrichtsverwaltungen der Gemeinschaften und der "
                "Zentralen Datenbank der Unternehmen zusammen und gibt so einen Gesamtüberblick "
                "über das Geschlechtergefälle in digitalen Ausbildungen und Berufen.</p><p>Es "
                "dient als Monitoring-Instrument der Strategie Women in Digital und zeigt jedes "
                "Jahr, wo es Fortschritte gibt und wo sie ausbleiben. Agoria liefert ergänzende "
                "Daten zu Einstellungen in der Technologiebranche.</p>"
            ),
            "en": (
                "<p>Good policy needs reliable figures. The barometer brings together data from "
                "Statbel, Eurostat, the education administrations of the communities and the "
                "Crossroads Bank for Enterprises to give a single picture of the gender gap in "
                "digital studies and jobs.</p><p>It serves as the monitoring tool of the Women in "
                "Digital strategy and shows each year where progress is being made and where it is "
                "stalling. Agoria contributes additional data on recruitment in the technology "
                "sector.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>Elk jaar worden dezelfde indicatoren gepubliceerd, zodat trends over "
                "langere tijd gevolgd kunnen worden.</li><li>De cijfers worden uitgesplitst per "
                "gewest, onderwijsniveau en leeftijdsgroep.</li><li>De onderliggende tabellen zijn "
                "beschikbaar als open data en kunnen hergebruikt worden door scholen, onderzoekers "
                "en werkgevers.</li></ul>"
            ),
            "fr": (
                "<ul><li>Les mêmes indicateurs sont publiés chaque année, ce qui permet de suivre "
                "les tendances dans la durée.</li><li>Les chiffres sont ventilés par région, "
                "niveau d'enseignement et tranche d'âge.</li><li>Les tableaux de base sont publiés "
                "en données ouvertes et peuvent être réutilisés par les écoles, les chercheurs et "
                "les employeurs.</li></ul>"
            ),
            "de": (
                "<ul><li>Jedes Jahr werden dieselben Indikatoren veröffentlicht, sodass sich "
                "Entwicklungen über längere Zeit verfolgen lassen.</li><li>Die Zahlen sind nach "
                "Region, Bildungsniveau und Altersgruppe aufgeschlüsselt.</li><li>Die zugrunde "
                "liegenden Tabellen stehen als offene Daten zur Verfügung und können von Schulen, "
                "Forschenden und Arbeitgebern weiterverwendet werden.</li></ul>"
            ),
            "en": (
                "<ul><li>The same indicators are published every year, so trends can be followed "
                "over time.</li><li>Figures are broken down by region, level of education and age "
                "group.</li><li>The underlying tables are published as open data and can be reused "
                "by schools, researchers and employers.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Sinds 2021 zijn er vier edities verschenen. De meest recente editie toont dat "
                "vrouwen 19% van de ICT-specialisten in België uitmaken, tegenover 17% in 2020, "
                "terwijl hun aandeel bij de pas afgestudeerden in ICT nauwelijks vooruitgaat. De "
                "bevindingen werden gebruikt om de prioriteiten van het actieplan 2024 vast te "
                "leggen.</p>"
            ),
            "fr": (
                "<p>Quatre éditions ont été publiées depuis 2021. La plus récente montre que les "
                "femmes représentent 19 % des spécialistes des TIC en Belgique, contre 17 % en "
                "2020, alors que leur part parmi les nouveaux diplômés en TIC n'a pratiquement pas "
                "évolué. Ces constats ont servi à fixer les priorités du plan d'action 2024.</p>"
            ),
            "de": (
                "<p>Seit 2021 sind vier Ausgaben erschienen. Die jüngste Ausgabe zeigt, dass "
                "Frauen 19 % der IKT-Fachkräfte in Belgien ausmachen, gegenüber 17 % im Jahr 2020, "
                "während ihr Anteil unter den neuen IKT-Absolventen kaum gestiegen ist. Die "
                "Ergebnisse sind in die Prioritäten des Aktionsplans 2024 eingeflossen.</p>"
            ),
            "en": (
                "<p>Four editions have been published since 2021. The latest shows that women make "
                "up 19% of ICT specialists in Belgium, up from 17% in 2020, while their share "
                "among new ICT graduates has barely moved. Its findings were used to set the "
                "priorities of the 2024 action plan.</p>"
            ),
        },
    },
    {
        "slug": "a-grad-ict-comparative-monitor",
        "owner": "fps-economy",
        "promoter": "fps-economy",
        "partners": [],
        "category": "research_monitoring",
        "objective": 1,
        "audiences": ["education", "ict_professionals"],
        "countries": ["BE", "NL", "LU", "FR", "DE", "AT"],
        "sphere": "european",
        "fields_of_education": ["0611", "0612", "0613"],
        "funding": "eu",
        "technologies": ["data"],
        "levels": ["advanced"],
        "region": "federal",
        "start": "2022-01-01",
        "end": "2024-06-30",
        "website": "https://economie.fgov.be",
        "title": {
            "nl": "GRAD-ICT – Vrouwen bij ICT-afgestudeerden in zes EU-landen",
            "fr": "GRAD-ICT – Les femmes parmi les diplômés en TIC dans six pays de l'UE",
            "de": "GRAD-ICT – Frauen unter den IKT-Absolventen in sechs EU-Ländern",
            "en": "GRAD-ICT – Women among ICT graduates in six EU countries",
        },
        "summary": {
            "nl": (
                "Een tweejarige vergelijkende studie, gecoördineerd vanuit Brussel, die in zes "
                "EU-landen onderzocht hoeveel vrouwen een ICT-opleiding in het hoger onderwijs "
                "starten en afronden, en waarom sommigen afhaken."
            ),
            "fr": (
                "Une étude comparative de deux ans, coordonnée depuis Bruxelles, qui a examiné "
                "dans six pays de l'UE combien de femmes commencent et terminent une formation TIC "
                "dans l'enseignement supérieur, et pourquoi certaines abandonnent."
            ),
            "de": (
                "Eine zweijährige vergleichende Studie, koordiniert von Brüssel aus, die in sechs "
                "EU-Ländern untersucht hat, wie viele Frauen ein IKT-Studium beginnen und "
                "abschließen und warum manche von ihnen abbrechen."
            ),
            "en": (
                "A two-year comparative study, coordinated from Brussels, that looked at how many "
                "women start and complete ICT programmes in higher education in six EU countries, "
                "and why some of them drop out."
            ),
        },
        "background": {
            "nl": (
                "<p>Nationale statistieken over ICT-afgestudeerden zijn zelden vergelijkbaar: "
                "opleidingen worden verschillend ingedeeld en uitval wordt zelden per gender "
                "uitgesplitst. GRAD-ICT bracht statistische diensten en ministeries uit België, "
                "Nederland, Luxemburg, Frankrijk, Duitsland en Oostenrijk samen om een "
                "gemeenschappelijke set indicatoren op te bouwen op basis van de "
                "ISCED-F-classificatie.</p><p>Daarnaast werden studenten bevraagd die in de eerste "
                "twee jaar een ICT-opleiding hadden verlaten, om beter te begrijpen waarom ze die "
                "keuze maakten.</p>"
            ),
            "fr": (
                "<p>Les statistiques nationales sur les diplômés en TIC sont rarement comparables "
                ": les formations sont classées différemment et les abandons sont rarement "
                "ventilés par genre. GRAD-ICT a réuni des offices statistiques et des ministères "
                "de Belgique, des Pays-Bas, du Luxembourg, de France, d'Allemagne et d'Autriche "
                "afin de construire un ensemble commun d'indicateurs basé sur la classification "
                "CITE-F.</p><p>Le projet a également interrogé des étudiantes et des étudiants "
                "ayant quitté une formation TIC au cours des deux premières années, afin de "
                "comprendre les raisons de ce choix.</p>"
            ),
            "de": (
                "<p>Nationale Statistiken zu IKT-Absolventen sind selten vergleichbar: "
                "Studiengänge werden unterschiedlich eingeordnet, und Studienabbrüche werden kaum "
                "nach Geschlecht aufgeschlüsselt. GRAD-ICT brachte Statistikämter und Ministerien "
                "aus Belgien, den Niederlanden, Luxemburg, Frankreich, Deutschland und Österreich "
                "zusammen, um auf Grundlage der ISCED-F-Klassifikation einen gemeinsamen Satz von "
                "Indikatoren zu entwickeln.</p><p>Außerdem wurden Studierende befragt, die ein "
                "IKT-Studium in den ersten beiden Jahren abgebrochen hatten, um die Gründe für "
                "diese Entscheidung besser zu verstehen.</p>"
            ),
            "en": (
                "<p>National statistics on ICT graduates are rarely comparable: programmes are "
                "classified differently and drop-out is seldom broken down by gender. GRAD-ICT "
                "brought together statistical offices and ministries from Belgium, the "
                "Netherlands, Luxembourg, France, Germany and Austria to build a common set of "
                "indicators based on the ISCED-F classification.</p><p>The project also "
                "interviewed students who had left an ICT programme in their first two years, in "
                "order to understand the reasons behind their choice.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>Een gedeelde methodologie die andere lidstaten op hun eigen gegevens "
                "kunnen toepassen.</li><li>Cijfers gecombineerd met interviews, zodat de "
                "resultaten niet alleen beschreven maar ook verklaard "
                "worden.</li><li>Aanbevelingen die zijn opgesteld samen met de instellingen die ze "
                "moeten uitvoeren.</li></ul>"
            ),
            "fr": (
                "<ul><li>Une méthodologie commune que d'autres États membres peuvent appliquer à "
                "leurs propres données.</li><li>Des données chiffrées croisées avec des "
                "entretiens, pour expliquer les résultats et pas seulement les "
                "décrire.</li><li>Des recommandations rédigées avec les institutions chargées de "
                "les mettre en œuvre.</li></ul>"
            ),
            "de": (
                "<ul><li>Eine gemeinsame Methodik, die andere Mitgliedstaaten auf ihre eigenen "
                "Daten anwenden können.</li><li>Zahlen in Verbindung mit Interviews, sodass die "
                "Ergebnisse nicht nur beschrieben, sondern auch erklärt "
                "werden.</li><li>Empfehlungen, die gemeinsam mit den Einrichtungen erarbeitet "
                "wurden, die sie umsetzen sollen.</li></ul>"
            ),
            "en": (
                "<ul><li>A shared methodology that other Member States can apply to their own "
                "data.</li><li>Figures combined with interviews, which explains the results "
                "instead of only describing them.</li><li>Recommendations drawn up together with "
                "the institutions that have to implement them.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Het eindrapport (juni 2024) omvat zo'n 410.000 ICT-studenten in de zes landen. "
                "Het toont dat vrouwen ongeveer anderhalve keer vaker dan mannen een ICT-opleiding "
                "in het eerste jaar verlaten, vooral door een gebrek aan programmeerervaring "
                "vooraf en het gevoel er niet bij te horen. Intussen hebben twaalf "
                "hogeronderwijsinstellingen op basis van de aanbevelingen overbruggingscursussen "
                "uitgetest.</p>"
            ),
            "fr": (
                "<p>Le rapport final (juin 2024) porte sur quelque 410 000 étudiants en TIC dans "
                "les six pays. Il montre que les femmes quittent une formation TIC en première "
                "année environ une fois et demie plus souvent que les hommes, principalement faute "
                "d'expérience préalable en programmation et parce qu'elles ne se sentent pas à "
                "leur place. Douze établissements d'enseignement supérieur ont depuis testé des "
                "cours passerelles inspirés de ses recommandations.</p>"
            ),
            "de": (
                "<p>Der Abschlussbericht (Juni 2024) umfasst rund 410.000 IKT-Studierende in den "
                "sechs Ländern. Demnach brechen Frauen ein IKT-Studium im ersten Jahr etwa "
                "anderthalbmal so häufig ab wie Männer, vor allem wegen fehlender "
                "Programmiervorkenntnisse und des Gefühls, nicht dazuzugehören. Zwölf Hochschulen "
                "haben seither auf Grundlage der Empfehlungen Brückenkurse erprobt.</p>"
            ),
            "en": (
                "<p>The final report (June 2024) covers around 410,000 ICT students in the six "
                "countries. It found that women are about one and a half times more likely than "
                "men to leave an ICT programme in the first year, mainly because of a lack of "
                "prior programming experience and a feeling of not belonging. Twelve higher "
                "education institutions have since piloted bridging courses based on its "
                "recommendations.</p>"
            ),
        },
    },
    {
        "slug": "a-women-founders-track",
        "owner": "hub-brussels",
        "promoter": "hub-brussels",
        "partners": [],
        "category": "entrepreneurship",
        "objective": 2,
        "audiences": ["entrepreneurs"],
        "countries": ["BE"],
        "sphere": "regional",
        "fields_of_education": ["04", "06"],
        "funding": "regional",
        "technologies": ["data", "digital_marketing"],
        "levels": ["intermediate", "advanced"],
        "region": "brussels",
        "start": "2022-03-01",
        "end": None,
        "website": "https://hub.brussels",
        "title": {
            "nl": "Women Founders Track – acceleratieprogramma voor digitale start-ups van vrouwen",
            "fr": (
                "Women Founders Track – programme d'accélération pour start-up numériques fondées "
                "par des femmes"
            ),
            "de": "Women Founders Track – Accelerator für von Frauen geführte digitale Start-ups",
            "en": "Women Founders Track – accelerator for women-led digital start-ups",
        },
        "summary": {
            "nl": (
                "Een programma van zes maanden van hub.brussels voor Brusselse start-ups met "
                "minstens één vrouw onder de oprichters, met groepsworkshops, individuele coaching "
                "en contacten met investeerders."
            ),
            "fr": (
                "Un programme de six mois de hub.brussels destiné aux start-up bruxelloises "
                "comptant au moins une femme parmi leurs fondateurs, qui combine ateliers "
                "collectifs, coaching individuel et mises en relation avec des investisseurs."
            ),
            "de": (
                "Ein sechsmonatiges Programm von hub.brussels für Brüsseler Start-ups mit "
                "mindestens einer Frau im Gründungsteam, das Gruppenworkshops, individuelles "
                "Coaching und Kontakte zu Investoren verbindet."
            ),
            "en": (
                "A six-month programme by hub.brussels for Brussels start-ups with at least one "
                "woman among the founders, combining group workshops, individual coaching and "
                "introductions to investors."
            ),
        },
        "background": {
            "nl": (
                "<p>Start-ups die door vrouwen zijn opgericht, halen in België maar een klein deel "
                "van het durfkapitaal op, en vrouwelijke oprichters zijn ondervertegenwoordigd in "
                "de meeste acceleratieprogramma's. De Women Founders Track wil digitale start-ups "
                "onder leiding van vrouwen dezelfde toegang geven tot expertise en netwerken als "
                "andere jonge bedrijven.</p><p>Elk jaar werken twee groepen van een tiental "
                "bedrijven aan hun businessmodel, prijszetting, fondsenwerving en de aanwerving "
                "van hun eerste medewerkers.</p>"
            ),
            "fr": (
                "<p>En Belgique, les start-up fondées par des femmes ne lèvent qu'une petite part "
                "du capital-risque, et les fondatrices sont sous-représentées dans la plupart des "
                "programmes d'accélération. Le Women Founders Track a été créé pour offrir aux "
                "start-up numériques dirigées par des femmes le même accès à l'expertise et aux "
                "réseaux que les autres jeunes entreprises.</p><p>Chaque année, deux promotions "
                "d'une dizaine d'entreprises travaillent sur leur modèle économique, leur "
                "politique de prix, leur levée de fonds et le recrutement de leurs premiers "
                "collaborateurs.</p>"
            ),
            "de": (
                "<p>Von Frauen gegründete Start-ups erhalten in Belgien nur einen kleinen Teil des "
                "Risikokapitals, und Gründerinnen sind in den meisten Acceleratorprogrammen "
                "unterrepräsentiert. Der Women Founders Track soll digitalen Start-ups unter "
                "weiblicher Führung denselben Zugang zu Fachwissen und Netzwerken verschaffen wie "
                "anderen jungen Unternehmen.</p><p>Jedes Jahr arbeiten zwei Gruppen von rund zehn "
                "Unternehmen an ihrem Geschäftsmodell, ihrer Preisgestaltung, der "
                "Kapitalbeschaffung und der Einstellung ihrer ersten Mitarbeitenden.</p>"
            ),
            "en": (
                "<p>Start-ups founded by women raise only a small share of venture capital in "
                "Belgium, and women founders are under-represented in most acceleration "
                "programmes. The Women Founders Track was set up to give digital start-ups led by "
                "women the same access to expertise and networks as other young "
                "companies.</p><p>Each year two cohorts of about ten companies work on their "
                "business model, pricing, fundraising and the recruitment of their first "
                "employees.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>De coaches en experts zijn ervaren ondernemers, van wie de helft "
                "vrouwen.</li><li>De sessies vinden plaats tijdens de schooluren, en voor de "
                "pitchavonden kan kinderopvang geregeld worden.</li><li>Na het programma kunnen de "
                "bedrijven kosteloos een beroep blijven doen op de adviseurs van "
                "hub.brussels.</li></ul>"
            ),
            "fr": (
                "<ul><li>Les coachs et experts sont des entrepreneurs expérimentés, dont la moitié "
                "sont des femmes.</li><li>Les sessions ont lieu pendant les heures scolaires, et "
                "une garde d'enfants peut être organisée pour les soirées de pitch.</li><li>À "
                "l'issue du programme, les entreprises conservent un accès gratuit aux conseillers "
                "de hub.brussels.</li></ul>"
            ),
            "de": (
                "<ul><li>Die Coaches und Fachleute sind erfahrene Unternehmerinnen und "
                "Unternehmer, zur Hälfte Frauen.</li><li>Die Sitzungen finden während der "
                "Schulzeiten statt, und für die Pitch-Abende kann eine Kinderbetreuung organisiert "
                "werden.</li><li>Nach dem Programm können die Unternehmen weiterhin kostenlos die "
                "Beraterinnen und Berater von hub.brussels in Anspruch nehmen.</li></ul>"
            ),
            "en": (
                "<ul><li>Coaches and experts are experienced entrepreneurs, half of them "
                "women.</li><li>Sessions take place during school hours, and childcare can be "
                "arranged for the evening pitch events.</li><li>After the programme, companies "
                "keep free access to the advisers of hub.brussels.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Sinds 2022 hebben 58 start-ups het programma doorlopen. Samen haalden ze "
                "ongeveer 9 miljoen euro op en creëerden ze 140 banen; 49 van hen zijn vandaag nog "
                "actief.</p>"
            ),
            "fr": (
                "<p>Depuis 2022, 58 start-up ont suivi le programme. Ensemble, elles ont levé "
                "environ 9 millions d'euros et créé 140 emplois ; 49 d'entre elles sont toujours "
                "actives aujourd'hui.</p>"
            ),
            "de": (
                "<p>Seit 2022 haben 58 Start-ups das Programm durchlaufen. Zusammen haben sie rund "
                "9 Millionen Euro eingeworben und 140 Arbeitsplätze geschaffen; 49 von ihnen sind "
                "heute noch aktiv.</p>"
            ),
            "en": (
                "<p>Since 2022, 58 start-ups have completed the programme. Together they have "
                "raised about €9 million and created 140 jobs; 49 of them are still active "
                "today.</p>"
            ),
        },
    },
    {
        "slug": "a-connected-shops-molenbeek",
        "owner": "hub-brussels",
        "promoter": "molengeek",
        "partners": ["hub-brussels"],
        "category": "entrepreneurship",
        "objective": 2,
        "audiences": ["entrepreneurs", "labour_force"],
        "countries": ["BE"],
        "sphere": "local",
        "fields_of_education": ["04"],
        "funding": "public_private",
        "technologies": ["digital_marketing", "digital_skills"],
        "levels": ["foundation"],
        "region": "brussels",
        "start": "2023-01-16",
        "end": None,
        "website": "https://molengeek.com",
        "title": {
            "nl": "",
            "fr": "Commerce connecté : accompagnement numérique des commerçantes et indépendantes",
            "de": "",
            "en": "",
        },
        "summary": {
            "nl": "",
            "fr": (
                "Un accompagnement de dix semaines, organisé à Molenbeek, qui aide les "
                "commerçantes et les indépendantes du quartier à développer leur présence en "
                "ligne, à vendre sur internet et à gérer leur activité avec des outils numériques "
                "simples."
            ),
            "de": "",
            "en": "",
        },
        "background": {
            "nl": "",
            "fr": (
                "<p>Beaucoup de commerçantes et d'indépendantes de Molenbeek et des communes "
                "voisines ont lancé leur activité sans formation au numérique. Pendant la crise "
                "sanitaire, celles qui n'étaient pas présentes en ligne ont été les plus "
                "touchées.</p><p>Avec le soutien de hub.brussels, MolenGeek propose des ateliers "
                "en petits groupes le matin, suivis d'un accompagnement individuel dans le "
                "commerce de chaque participante.</p>"
            ),
            "de": "",
            "en": "",
        },
        "good_practice": {
            "nl": "",
            "fr": (
                "<ul><li>Les ateliers partent des besoins concrets de chaque commerce : fiche "
                "d'établissement en ligne, réseaux sociaux, boutique en ligne, "
                "facturation.</li><li>Les séances se donnent en français, avec un soutien possible "
                "en arabe et en turc.</li><li>Un suivi est proposé trois mois après la fin du "
                "parcours.</li></ul>"
            ),
            "de": "",
            "en": "",
        },
        "results": {
            "nl": "",
            "fr": (
                "<p>Depuis 2023, 86 commerçantes et indépendantes ont suivi le parcours. Trois "
                "mois après la fin, 71 % d'entre elles utilisent au moins un nouvel outil "
                "numérique au quotidien, et une sur trois a lancé la vente ou la réservation en "
                "ligne.</p>"
            ),
            "de": "",
            "en": "",
        },
    },
    {
        "slug": "a-deeptech-women-founders-eu",
        "owner": "hub-brussels",
        "promoter": "hub-brussels",
        "partners": ["agoria"],
        "category": "entrepreneurship",
        "objective": 2,
        "audiences": ["entrepreneurs", "ict_professionals"],
        "countries": ["BE", "FR", "NL", "ES", "IT", "PT"],
        "sphere": "european",
        "fields_of_education": ["06", "07"],
        "funding": "eu",
        "technologies": ["ai", "iot"],
        "levels": ["advanced", "highly_specialised"],
        "region": "brussels",
        "start": "2023-02-01",
        "end": "2025-01-31",
        "website": "https://hub.brussels",
        "title": {
            "nl": (
                "DeepTech Women Founders – Europees netwerk voor vrouwelijke oprichters in deeptech"
            ),
            "fr": "DeepTech Women Founders – réseau européen de fondatrices dans les deep tech",
            "de": (
                "DeepTech Women Founders – europäisches Netzwerk für Gründerinnen im "
                "Deep-Tech-Bereich"
            ),
            "en": "DeepTech Women Founders – a European network for women founders in deep tech",
        },
        "summary": {
            "nl": (
                "Een tweejarig project met Europese financiering, gecoördineerd door hub.brussels, "
                "dat vrouwelijke onderzoekers en ingenieurs in zes landen hielp om "
                "onderzoeksresultaten in AI en geconnecteerde toestellen om te zetten in een "
                "bedrijf."
            ),
            "fr": (
                "Un projet européen de deux ans, coordonné par hub.brussels, qui a aidé des "
                "chercheuses et des ingénieures de six pays à transformer des résultats de "
                "recherche en intelligence artificielle et en objets connectés en entreprises."
            ),
            "de": (
                "Ein zweijähriges EU-gefördertes Projekt unter der Koordination von hub.brussels, "
                "das Forscherinnen und Ingenieurinnen in sechs Ländern dabei unterstützt hat, "
                "Forschungsergebnisse aus den Bereichen KI und vernetzte Geräte in "
                "Unternehmensgründungen umzusetzen."
            ),
            "en": (
                "A two-year EU-funded project, coordinated by hub.brussels, that helped women "
                "researchers and engineers in six countries turn research results in AI and "
                "connected devices into companies."
            ),
        },
        "background": {
            "nl": (
                "<p>Vrouwen zijn in verschillende technische disciplines goed vertegenwoordigd bij "
                "de onderzoekers, maar richten zelden een bedrijf op rond hun werk. Begeleiding "
                "voor spin-offs wordt vaak per universiteit georganiseerd en bereikt vrouwen in "
                "kleinere labo's maar zelden.</p><p>Het project bracht regionale "
                "innovatieagentschappen uit België, Frankrijk, Nederland, Spanje, Italië en "
                "Portugal samen. Samen organiseerden ze een gemeenschappelijk opleidingsprogramma, "
                "grensoverschrijdende mentoring en twee bootcamps voor oprichters. Agoria bracht "
                "de deelneemsters in contact met industriële partners.</p>"
            ),
            "fr": (
                "<p>Les femmes sont bien représentées parmi les chercheurs de plusieurs "
                "disciplines techniques, mais elles créent rarement une entreprise à partir de "
                "leurs travaux. L'accompagnement des spin-off est souvent organisé université par "
                "université et touche peu les chercheuses des petits laboratoires.</p><p>Le projet "
                "a réuni des agences régionales d'innovation de Belgique, de France, des Pays-Bas, "
                "d'Espagne, d'Italie et du Portugal. Ensemble, elles ont mis sur pied un programme "
                "de formation commun, un mentorat transfrontalier et deux bootcamps pour "
                "fondatrices. Agoria a mis les participantes en relation avec des partenaires "
                "industriels.</p>"
            ),
            "de": (
                "<p>In mehreren technischen Disziplinen sind Frauen in der Forschung gut "
                "vertreten, gründen aber nur selten ein Unternehmen auf Grundlage ihrer Arbeit. "
                "Die Begleitung von Spin-offs ist oft pro Universität organisiert und erreicht "
                "Forscherinnen in kleineren Laboren kaum.</p><p>Das Projekt verband regionale "
                "Innovationsagenturen aus Belgien, Frankreich, den Niederlanden, Spanien, Italien "
                "und Portugal. Gemeinsam boten sie ein Schulungsprogramm, ein "
                "grenzüberschreitendes Mentoring und zwei Bootcamps für Gründerinnen an. Agoria "
                "stellte Kontakte zu Industriepartnern her.</p>"
            ),
            "en": (
                "<p>Women are well represented among researchers in several technical fields, but "
                "rarely set up companies based on their work. Spin-off support is often organised "
                "university by university and seldom reaches women in smaller labs.</p><p>The "
                "project brought together regional innovation agencies from Belgium, France, the "
                "Netherlands, Spain, Italy and Portugal. Together they ran a joint training "
                "programme, a cross-border mentoring scheme and two founders' bootcamps. Agoria "
                "put participants in touch with industrial partners.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<p>Het project bundelde expertise die geen enkele regio alleen kon aanbieden: "
                "elke deelneemster kon gekoppeld worden aan een mentor uit een ander land die een "
                "vergelijkbare technologie al op de markt had gebracht. De opleidingsmodules en de "
                "mentoringgids zijn vrij beschikbaar en worden intussen door twee "
                "partneragentschappen in hun vaste aanbod gebruikt.</p>"
            ),
            "fr": (
                "<p>Le projet a mis en commun une expertise qu'aucune région n'aurait pu offrir "
                "seule : chaque participante pouvait être associée à un mentor d'un autre pays "
                "ayant déjà mis sur le marché une technologie comparable. Les modules de formation "
                "et le guide de mentorat sont librement accessibles et font désormais partie de "
                "l'offre régulière de deux agences partenaires.</p>"
            ),
            "de": (
                "<p>Das Projekt bündelte Fachwissen, das keine Region allein hätte anbieten "
                "können: Jede Teilnehmerin konnte mit einer Mentorin oder einem Mentor aus einem "
                "anderen Land zusammengebracht werden, die oder der bereits eine vergleichbare "
                "Technologie auf den Markt gebracht hatte. Die Schulungsmodule und der "
                "Mentoring-Leitfaden sind frei zugänglich und gehören inzwischen bei zwei "
                "Partneragenturen zum regulären Angebot.</p>"
            ),
            "en": (
                "<p>The project pooled expertise that no region could have offered on its own: "
                "each participant could be matched with a mentor from another country who had "
                "already brought a comparable technology to market. The training modules and the "
                "mentoring guide are freely available and are now part of the regular offer of two "
                "partner agencies.</p>"
            ),
        },
        "results": {
            "nl": (
                "<p>Tussen 2023 en 2025 namen 74 vrouwelijke onderzoekers en ingenieurs deel, van "
                "wie 31 uit België. Tijdens of kort na het project werden achttien bedrijven "
                "opgericht; elf daarvan hadden eind 2024 startkapitaal opgehaald.</p>"
            ),
            "fr": (
                "<p>Entre 2023 et 2025, 74 chercheuses et ingénieures ont participé, dont 31 en "
                "Belgique. Dix-huit entreprises ont été créées pendant le projet ou peu après, et "
                "onze d'entre elles avaient obtenu un financement d'amorçage fin 2024.</p>"
            ),
            "de": (
                "<p>Zwischen 2023 und 2025 nahmen 74 Forscherinnen und Ingenieurinnen teil, davon "
                "31 aus Belgien. Während oder kurz nach dem Projekt wurden achtzehn Unternehmen "
                "gegründet; elf von ihnen hatten bis Ende 2024 eine Seed-Finanzierung "
                "erhalten.</p>"
            ),
            "en": (
                "<p>Between 2023 and 2025, 74 women researchers and engineers took part, 31 of "
                "them from Belgium. Eighteen companies were founded during or shortly after the "
                "project, and eleven of them had secured seed funding by the end of 2024.</p>"
            ),
        },
    },
    {
        "slug": "a-girls-code-summer-camps",
        "owner": "interface3",
        "promoter": "interface3",
        "partners": ["bruxelles-formation"],
        "category": "education",
        "objective": 1,
        "audiences": ["students_girls", "education"],
        "countries": ["BE"],
        "sphere": "regional",
        "fields_of_education": ["0613"],
        "funding": "regional",
        "technologies": ["programming"],
        "levels": ["foundation"],
        "region": "brussels",
        "start": "2022-07-04",
        "end": None,
        "website": "https://www.interface3.be",
        "title": {
            "nl": "Girls Code-zomerkampen",
            "fr": "Stages d'été Girls Code",
            "de": "Girls Code – Sommercamps",
            "en": "Girls Code Summer Camps",
        },
        "summary": {
            "nl": (
                "Zomerkampen van een week in Brussel waar meisjes van 12 tot 16 jaar onder "
                "begeleiding van vrouwelijke lesgevers hun eerste website, game of kleine robot "
                "leren programmeren."
            ),
            "fr": (
                "Des stages d'une semaine à Bruxelles pendant les vacances d'été, où des filles de "
                "12 à 16 ans apprennent à programmer leur premier site web, jeu ou petit robot, "
                "encadrées par des formatrices."
            ),
            "de": (
                "Einwöchige Sommercamps in Brüssel, in denen Mädchen von 12 bis 16 Jahren unter "
                "Anleitung von Trainerinnen ihre erste Website, ihr erstes Spiel oder einen "
                "kleinen Roboter programmieren."
            ),
            "en": (
                "One-week summer camps in Brussels where girls aged 12 to 16 learn to program "
                "their first website, game or small robot, supervised by women trainers."
            ),
        },
        "background": {
            "nl": (
                "<p>De interesse van meisjes voor technologie daalt sterk in de eerste jaren van "
                "het secundair onderwijs, net voor ze een studierichting kiezen. Interface3, een "
                "Brussels opleidingscentrum voor vrouwen in de tech, organiseert zomerkampen waar "
                "meisjes in een ontspannen sfeer, zonder punten en onder meisjes, kunnen "
                "kennismaken met programmeren.</p><p>De kampen vinden in juli en augustus plaats "
                "bij Interface3 en in partnerscholen, met een verminderd tarief voor gezinnen met "
                "een laag inkomen.</p>"
            ),
            "fr": (
                "<p>L'intérêt des filles pour les technologies chute fortement au cours des "
                "premières années du secondaire, juste avant le choix d'une option. Interface3, "
                "centre de formation bruxellois pour les femmes dans la tech, organise des stages "
                "d'été pour leur permettre de découvrir la programmation dans un cadre détendu, "
                "sans points et entre filles.</p><p>Les stages ont lieu en juillet et en août chez "
                "Interface3 et dans des écoles partenaires, avec un tarif réduit pour les familles "
                "à faibles revenus.</p>"
            ),
            "de": (
                "<p>Das Interesse von Mädchen an Technik lässt in den ersten Jahren der "
                "Sekundarschule stark nach – genau dann, wenn sie sich für eine Studienrichtung "
                "entscheiden. Interface3, ein Brüsseler Ausbildungszentrum für Frauen in der "
                "Tech-Branche, bietet Sommercamps an, in denen Mädchen das Programmieren in "
                "entspannter Atmosphäre, ohne Noten und unter sich ausprobieren können.</p><p>Die "
                "Camps finden im Juli und August bei Interface3 und in Partnerschulen statt; für "
                "Familien mit geringem Einkommen gilt ein ermäßigter Tarif.</p>"
            ),
            "en": (
                "<p>Girls' interest in technology drops sharply in the first years of secondary "
                "school, just before they choose a study option. Interface3, a Brussels training "
                "centre for women in tech, organises summer camps where girls can try programming "
                "in a relaxed setting, without marks and among other girls.</p><p>The camps run in "
                "July and August at Interface3 and in partner schools, with a reduced fee for "
                "families on a low income.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>Alle lesgevers zijn vrouwen, van wie velen zelf een opleiding bij "
                "Interface3 volgden en nu in de IT werken.</li><li>Elk kamp sluit af met een korte "
                "voorstelling voor de ouders, zodat ook gezinnen een digitale loopbaan als een "
                "mogelijkheid voor hun dochter gaan zien.</li><li>De deelneemsters krijgen "
                "materiaal mee om thuis verder te werken en een uitnodiging voor de codeerclubs op "
                "woensdagnamiddag.</li></ul>"
            ),
            "fr": (
                "<ul><li>Toutes les formatrices sont des femmes, dont beaucoup sont d'anciennes "
                "stagiaires d'Interface3 qui travaillent aujourd'hui dans "
                "l'informatique.</li><li>Chaque stage se termine par une petite présentation aux "
                "parents, ce qui aide les familles à envisager un métier du numérique pour leur "
                "fille.</li><li>Les participantes reçoivent du matériel pour continuer à la maison "
                "et une invitation aux clubs de code du mercredi après-midi.</li></ul>"
            ),
            "de": (
                "<ul><li>Alle Trainerinnen sind Frauen, viele von ihnen ehemalige Teilnehmerinnen "
                "von Interface3, die heute in der IT arbeiten.</li><li>Jedes Camp endet mit einer "
                "kleinen Präsentation für die Eltern, damit auch die Familien einen digitalen "
                "Beruf als Möglichkeit für ihre Tochter wahrnehmen.</li><li>Die Teilnehmerinnen "
                "erhalten Material, um zu Hause weiterzumachen, sowie eine Einladung zu den "
                "Programmierclubs am Mittwochnachmittag.</li></ul>"
            ),
            "en": (
                "<ul><li>All trainers are women, many of them former Interface3 trainees who now "
                "work in IT.</li><li>Each camp ends with a short presentation for parents, which "
                "helps families see a digital career as an option for their "
                "daughter.</li><li>Participants take home material to continue on their own and an "
                "invitation to the Wednesday afternoon coding clubs.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Sinds 2022 namen 410 meisjes deel aan 34 kampen; 38% van hen maakte gebruik "
                "van het verminderde tarief. In een opvolgbevraging zei 61% een studierichting met "
                "informatica of wetenschappen te overwegen, tegenover 35% voor het kamp.</p>"
            ),
            "fr": (
                "<p>Depuis 2022, 410 filles ont participé à 34 stages ; 38 % d'entre elles ont "
                "bénéficié du tarif réduit. Lors d'une enquête de suivi, 61 % déclaraient "
                "envisager une option en informatique ou en sciences, contre 35 % avant le "
                "stage.</p>"
            ),
            "de": (
                "<p>Seit 2022 haben 410 Mädchen an 34 Camps teilgenommen; 38 % von ihnen nutzten "
                "den ermäßigten Tarif. In einer Nachbefragung gaben 61 % an, eine Studienrichtung "
                "mit Informatik oder Naturwissenschaften in Betracht zu ziehen, gegenüber 35 % vor "
                "dem Camp.</p>"
            ),
            "en": (
                "<p>Since 2022, 410 girls have taken part in 34 camps; 38% of them used the "
                "reduced fee. In a follow-up survey, 61% said they were considering a study option "
                "with IT or science, compared with 35% before the camp.</p>"
            ),
        },
    },
    {
        "slug": "a-geekgirls-wednesday-club",
        "owner": "molengeek",
        "promoter": "molengeek",
        "partners": ["proximus"],
        "category": "education",
        "objective": 1,
        "audiences": ["students_girls"],
        "countries": ["BE"],
        "sphere": "local",
        "fields_of_education": ["06"],
        "funding": "private",
        "technologies": ["programming", "iot"],
        "levels": ["foundation"],
        "region": "brussels",
        "start": "2021-10-06",
        "end": None,
        "website": "https://molengeek.com",
        "title": {
            "nl": "GeekGirls Club – programmeren op woensdagnamiddag",
            "fr": "GeekGirls Club – le code le mercredi après-midi",
            "de": "GeekGirls Club – Programmieren am Mittwochnachmittag",
            "en": "GeekGirls Club – coding on Wednesday afternoons",
        },
        "summary": {
            "nl": (
                "Een gratis wekelijkse codeerclub bij MolenGeek in Molenbeek voor meisjes van 10 "
                "tot 14 jaar, die in de loop van een schooljaar werken met Scratch, micro:bit en "
                "de basis van webontwikkeling."
            ),
            "fr": (
                "Un club de code hebdomadaire et gratuit chez MolenGeek à Molenbeek pour les "
                "filles de 10 à 14 ans, qui découvrent Scratch, le micro:bit et les bases du "
                "développement web au fil de l'année scolaire."
            ),
            "de": (
                "Ein kostenloser wöchentlicher Programmierclub bei MolenGeek in Molenbeek für "
                "Mädchen von 10 bis 14 Jahren, die im Laufe eines Schuljahres mit Scratch, dem "
                "micro:bit und den Grundlagen der Webentwicklung arbeiten."
            ),
            "en": (
                "A free weekly coding club at MolenGeek in Molenbeek for girls aged 10 to 14, who "
                "work with Scratch, micro:bit and the basics of web development over the school "
                "year."
            ),
        },
        "background": {
            "nl": (
                "<p>In de wijken rond MolenGeek hebben weinig meisjes thuis een computer of "
                "toegang tot naschoolse activiteiten rond technologie. De bestaande codeerclubs "
                "werden vooral door jongens bezocht.</p><p>MolenGeek startte daarom een club die "
                "voorbehouden is aan meisjes, met de steun van Proximus, dat laptops ter "
                "beschikking stelt en vrijwilligers uit zijn personeel inzet. De sessies vinden "
                "elke woensdag plaats van 14 tot 16.30 uur, behalve tijdens de "
                "schoolvakanties.</p>"
            ),
            "fr": (
                "<p>Dans les quartiers autour de MolenGeek, peu de filles ont un ordinateur à la "
                "maison ou accès à des activités extrascolaires liées aux technologies. Les clubs "
                "de code existants étaient surtout fréquentés par des garçons.</p><p>MolenGeek a "
                "donc ouvert un club réservé aux filles, avec le soutien de Proximus, qui met à "
                "disposition des ordinateurs portables et des bénévoles issus de son personnel. "
                "Les séances ont lieu chaque mercredi de 14 h à 16 h 30, hors vacances "
                "scolaires.</p>"
            ),
            "de": (
                "<p>In den Vierteln rund um MolenGeek haben nur wenige Mädchen zu Hause einen "
                "Computer oder Zugang zu außerschulischen Technikangeboten. Die bestehenden "
                "Programmierclubs wurden vor allem von Jungen besucht.</p><p>MolenGeek hat deshalb "
                "einen Club nur für Mädchen eröffnet, unterstützt von Proximus, das Laptops "
                "bereitstellt und ehrenamtliche Helferinnen und Helfer aus der eigenen Belegschaft "
                "entsendet. Die Treffen finden außerhalb der Schulferien jeden Mittwoch von 14 bis "
                "16.30 Uhr statt.</p>"
            ),
            "en": (
                "<p>In the neighbourhoods around MolenGeek, few girls have a computer at home or "
                "access to after-school technology activities. The existing coding clubs were "
                "attended mainly by boys.</p><p>MolenGeek therefore opened a club for girls only, "
                "with the support of Proximus, which provides laptops and volunteers from its "
                "staff. Sessions take place every Wednesday from 2 to 4.30 pm, except during "
                "school holidays.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>De club is gratis en voor de meeste deelneemsters te voet "
                "bereikbaar.</li><li>Oudere deelneemsters kunnen juniorcoach worden voor de "
                "jongsten.</li><li>Twee keer per jaar worden de ouders uitgenodigd om de projecten "
                "te bekijken en vrouwen te ontmoeten die in de IT werken.</li></ul>"
            ),
            "fr": (
                "<ul><li>Le club est gratuit et accessible à pied pour la plupart des "
                "participantes.</li><li>Les plus âgées peuvent devenir coachs juniors pour les "
                "plus jeunes.</li><li>Deux fois par an, les parents sont invités à découvrir les "
                "projets et à rencontrer des femmes qui travaillent dans l'informatique.</li></ul>"
            ),
            "de": (
                "<ul><li>Der Club ist kostenlos und für die meisten Teilnehmerinnen zu Fuß "
                "erreichbar.</li><li>Ältere Teilnehmerinnen können Junior-Coaches für die Jüngeren "
                "werden.</li><li>Zweimal im Jahr werden die Eltern eingeladen, um sich die "
                "Projekte anzuschauen und Frauen kennenzulernen, die in der IT arbeiten.</li></ul>"
            ),
            "en": (
                "<ul><li>The club is free and within walking distance for most "
                "participants.</li><li>Older participants can become junior coaches for the "
                "younger ones.</li><li>Twice a year, parents are invited to see the projects and "
                "meet women who work in IT.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Elk schooljaar nemen een 45-tal meisjes deel aan de club, en meer dan twee "
                "derde blijft tot juni. Sinds 2021 kozen 14 oud-leden in het secundair onderwijs "
                "voor een studierichting informatica of elektronica.</p>"
            ),
            "fr": (
                "<p>Chaque année scolaire, environ 45 filles fréquentent le club, et plus des deux "
                "tiers restent jusqu'en juin. Depuis 2021, 14 anciennes membres ont choisi une "
                "option informatique ou électronique dans le secondaire.</p>"
            ),
            "de": (
                "<p>In jedem Schuljahr besuchen rund 45 Mädchen den Club, und mehr als zwei "
                "Drittel bleiben bis Juni dabei. Seit 2021 haben sich 14 ehemalige Teilnehmerinnen "
                "in der Sekundarschule für eine Fachrichtung Informatik oder Elektronik "
                "entschieden.</p>"
            ),
            "en": (
                "<p>About 45 girls attend the club each school year, and more than two thirds stay "
                "until June. Since 2021, 14 former members have chosen an IT or electronics option "
                "in secondary school.</p>"
            ),
        },
    },
    {
        "slug": "a-role-models-in-the-classroom",
        "owner": "agoria",
        "promoter": "agoria",
        "partners": ["proximus"],
        "category": "awareness",
        "objective": 3,
        "audiences": ["education", "students_girls"],
        "countries": ["BE"],
        "sphere": "regional",
        "fields_of_education": [],
        "funding": "private",
        "technologies": ["digital_skills", "ai"],
        "levels": ["foundation"],
        "region": "brussels",
        "start": "2019-10-01",
        "end": None,
        "website": "https://www.agoria.be",
        "title": {
            "nl": "Rolmodellen voor de klas",
            "fr": "",
            "de": "",
            "en": "",
        },
        "summary": {
            "nl": (
                "Vrouwen die in technologiebedrijven werken, geven een lesuur in Nederlandstalige "
                "secundaire scholen in Brussel over hun job, hun studiekeuze en wat ze elke dag "
                "doen."
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "background": {
            "nl": (
                "<p>Veel jongeren, en zeker meisjes, hebben geen duidelijk beeld van wat een "
                "data-analist, een netwerkingenieur of een UX-designer precies doet. Wie niemand "
                "kent met zo'n job, zal er ook minder snel voor kiezen.</p><p>Agoria brengt daarom "
                "vrijwilligers uit zijn lidbedrijven, onder meer van Proximus, in contact met "
                "scholen. Ze komen met twee naar de klas, vertellen over hun loopbaan en laten de "
                "leerlingen een korte opdracht uitvoeren die aansluit bij hun werk.</p>"
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "good_practice": {
            "nl": (
                "<ul><li>Leerkrachten kiezen zelf het profiel en het moment dat het best bij hun "
                "lessen past.</li><li>De vrijwilligers krijgen vooraf een korte opleiding over hoe "
                "ze met jongeren in gesprek gaan en stereotypen vermijden.</li><li>Het "
                "lesmateriaal blijft na het bezoek beschikbaar, zodat de leerkracht er later op "
                "kan terugkomen.</li></ul>"
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "results": {
            "nl": (
                "<p>Sinds 2019 vonden er ruim 320 klasbezoeken plaats in 41 Brusselse scholen, met "
                "95 vrijwilligers uit 28 bedrijven. Na het bezoek zegt 44% van de meisjes een "
                "technische of digitale job te overwegen, tegenover 23% ervoor.</p>"
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
    },
    {
        "slug": "a-my-job-is-digital-campaign",
        "owner": "fps-economy",
        "promoter": "fps-economy",
        "partners": ["actiris", "vdab", "le-forem"],
        "category": "awareness",
        "objective": 3,
        "audiences": ["all", "labour_force"],
        "countries": ["BE"],
        "sphere": "national",
        "fields_of_education": [],
        "funding": "federal",
        "technologies": ["digital_skills"],
        "levels": ["foundation"],
        "region": "federal",
        "start": "2022-02-15",
        "end": "2023-03-31",
        "website": "https://economie.fgov.be",
        "title": {
            "nl": "Mijn job is digitaal – portrettencampagne",
            "fr": "Mon métier est numérique – campagne de portraits",
            "de": "Mein Beruf ist digital – Porträtkampagne",
            "en": "My Job Is Digital – portrait campaign",
        },
        "summary": {
            "nl": (
                "Een nationale campagne rond 8 maart 2022 en 2023 met videoportretten en affiches "
                "van 24 vrouwen met een digitale job, van netwerktechnicus tot functionaris voor "
                "gegevensbescherming."
            ),
            "fr": (
                "Une campagne nationale autour du 8 mars 2022 et 2023, avec des portraits vidéo et "
                "des affiches de 24 femmes exerçant un métier du numérique, de technicienne réseau "
                "à déléguée à la protection des données."
            ),
            "de": (
                "Eine landesweite Kampagne rund um den 8. März 2022 und 2023 mit Videoporträts und "
                "Plakaten von 24 Frauen in digitalen Berufen – von der Netzwerktechnikerin bis zur "
                "Datenschutzbeauftragten."
            ),
            "en": (
                "A national campaign around 8 March 2022 and 2023 with video portraits and posters "
                "of 24 women in digital jobs, from network technician to data protection officer."
            ),
        },
        "background": {
            "nl": (
                "<p>Veel vrouwen solliciteren niet voor digitale jobs omdat ze die zien als erg "
                "technisch, eenzaam en mannelijk. De campagne wilde tonen hoe divers die jobs zijn "
                "en hoe divers de vrouwen die ze uitoefenen, ook wie pas later in haar loopbaan in "
                "de IT terechtkwam.</p><p>De FOD Economie maakte de portretten samen met de drie "
                "gewestelijke diensten voor arbeidsbemiddeling, die ze gebruikten in hun kantoren, "
                "op sociale media en tijdens infosessies voor werkzoekenden.</p>"
            ),
            "fr": (
                "<p>Beaucoup de femmes ne postulent pas à des emplois numériques parce qu'elles "
                "les imaginent très techniques, solitaires et masculins. La campagne voulait "
                "montrer la diversité de ces métiers et des femmes qui les exercent, y compris "
                "celles qui se sont tournées vers l'informatique plus tard dans leur "
                "carrière.</p><p>Le SPF Economie a réalisé les portraits avec les trois services "
                "publics régionaux de l'emploi, qui les ont diffusés dans leurs antennes, sur les "
                "réseaux sociaux et lors de séances d'information pour les demandeurs "
                "d'emploi.</p>"
            ),
            "de": (
                "<p>Viele Frauen bewerben sich nicht auf digitale Stellen, weil sie sich diese als "
                "sehr technisch, einsam und männlich geprägt vorstellen. Die Kampagne sollte "
                "zeigen, wie vielfältig diese Berufe sind und wie unterschiedlich die Frauen, die "
                "sie ausüben – auch solche, die erst später in ihrer Laufbahn in die IT gewechselt "
                "sind.</p><p>Der FÖD Wirtschaft hat die Porträts gemeinsam mit den drei regionalen "
                "Arbeitsvermittlungsdiensten erstellt, die sie in ihren Geschäftsstellen, in den "
                "sozialen Medien und bei Informationsveranstaltungen für Arbeitsuchende eingesetzt "
                "haben.</p>"
            ),
            "en": (
                "<p>Many women do not apply for digital jobs because they picture them as highly "
                "technical, solitary and male. The campaign set out to show how varied these jobs "
                "are, and how varied the women who do them, including those who came to IT later "
                "in their career.</p><p>The FPS Economy produced the portraits with the three "
                "regional public employment services, which used them in their local offices, on "
                "social media and in information sessions for job seekers.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>De vrouwen in de portretten zijn echte werkneemsters, gekozen in overleg "
                "met hun werkgevers, geen actrices.</li><li>Elk portret verwees naar concrete "
                "opleidingen van Actiris, VDAB en Le Forem, zodat interesse ook tot actie kon "
                "leiden.</li><li>Al het materiaal werd in het Nederlands, Frans en Duits gemaakt "
                "en blijft beschikbaar voor scholen en diensten voor arbeidsbemiddeling.</li></ul>"
            ),
            "fr": (
                "<ul><li>Les femmes présentées sont de vraies travailleuses, choisies avec leurs "
                "employeurs, et non des actrices.</li><li>Chaque portrait renvoyait vers des "
                "formations concrètes d'Actiris, du VDAB et du Forem, pour que l'intérêt puisse se "
                "traduire en démarche.</li><li>Tout le matériel a été produit en français, en "
                "néerlandais et en allemand et reste disponible pour les écoles et les services de "
                "l'emploi.</li></ul>"
            ),
            "de": (
                "<ul><li>Die porträtierten Frauen sind echte Beschäftigte, die gemeinsam mit ihren "
                "Arbeitgebern ausgewählt wurden, keine Schauspielerinnen.</li><li>Jedes Porträt "
                "verwies auf konkrete Weiterbildungsangebote von Actiris, VDAB und Le Forem, damit "
                "aus Interesse ein nächster Schritt werden konnte.</li><li>Das gesamte Material "
                "wurde auf Deutsch, Französisch und Niederländisch erstellt und steht Schulen und "
                "Arbeitsvermittlungsdiensten weiterhin zur Verfügung.</li></ul>"
            ),
            "en": (
                "<ul><li>The women portrayed are real employees chosen together with their "
                "employers, not actresses.</li><li>Each portrait pointed to concrete training "
                "offers of Actiris, VDAB and Le Forem, so that interest could lead to "
                "action.</li><li>All material was produced in Dutch, French and German and remains "
                "available to schools and employment services.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Over de twee edities heen werden de video's ongeveer 1,2 miljoen keer bekeken. "
                "Tijdens de campagneweken stegen de bezoeken aan de ICT-opleidingspagina's van de "
                "drie diensten met zo'n 30% en de inschrijvingen van vrouwen voor ICT-infosessies "
                "met 18%.</p>"
            ),
            "fr": (
                "<p>Sur les deux éditions, les vidéos ont été vues environ 1,2 million de fois. "
                "Pendant les semaines de campagne, les visites des pages consacrées aux formations "
                "TIC des trois services ont augmenté d'environ 30 %, et les inscriptions de femmes "
                "aux séances d'information TIC de 18 %.</p>"
            ),
            "de": (
                "<p>In den beiden Ausgaben wurden die Videos rund 1,2 Millionen Mal angesehen. In "
                "den Kampagnenwochen stiegen die Aufrufe der IKT-Weiterbildungsseiten der drei "
                "Dienste um etwa 30 % und die Anmeldungen von Frauen zu "
                "IKT-Informationsveranstaltungen um 18 %.</p>"
            ),
            "en": (
                "<p>Across the two editions the videos were viewed about 1.2 million times. During "
                "the campaign weeks, visits to the ICT training pages of the three services rose "
                "by around 30%, and registrations of women for ICT information sessions by "
                "18%.</p>"
            ),
        },
    },
    {
        "slug": "a-code-bridges-brussels-casablanca",
        "owner": "molengeek",
        "promoter": "molengeek",
        "partners": [],
        "category": "networking_mentoring",
        "objective": 4,
        "audiences": ["ict_professionals", "career_switchers"],
        "countries": ["BE"],
        "sphere": "international",
        "fields_of_education": ["0613"],
        "funding": "federal",
        "technologies": ["programming", "cloud"],
        "levels": ["intermediate"],
        "region": "brussels",
        "start": "2022-10-01",
        "end": "2024-12-31",
        "website": "https://molengeek.com",
        "title": {
            "nl": (
                "Code Bridges – mentoringkringen voor vrouwelijke developers in Brussel en "
                "Casablanca"
            ),
            "fr": (
                "Code Bridges – cercles de mentorat pour développeuses à Bruxelles et à Casablanca"
            ),
            "de": "Code Bridges – Mentoring-Kreise für Entwicklerinnen in Brüssel und Casablanca",
            "en": (
                "Code Bridges – mentoring circles for women developers in Brussels and Casablanca"
            ),
        },
        "summary": {
            "nl": (
                "Een uitwisselingsprogramma van twee jaar waarin beginnende vrouwelijke "
                "developers, opgeleid door MolenGeek in Brussel en door een partnerschool in "
                "Casablanca, online samenkwamen in kleine mentoringkringen onder leiding van "
                "ervaren developers."
            ),
            "fr": (
                "Un programme d'échange de deux ans au cours duquel de jeunes développeuses "
                "formées par MolenGeek à Bruxelles et par une école partenaire à Casablanca se "
                "sont retrouvées en ligne dans de petits cercles de mentorat animés par des "
                "développeurs expérimentés."
            ),
            "de": (
                "Ein zweijähriges Austauschprogramm, in dem Nachwuchsentwicklerinnen, die bei "
                "MolenGeek in Brüssel und an einer Partnerschule in Casablanca ausgebildet wurden, "
                "sich online in kleinen Mentoring-Kreisen unter der Leitung erfahrener "
                "Entwicklerinnen und Entwickler trafen."
            ),
            "en": (
                "A two-year exchange programme in which junior women developers trained by "
                "MolenGeek in Brussels and by a partner school in Casablanca met online in small "
                "mentoring circles led by experienced developers."
            ),
        },
        "background": {
            "nl": (
                "<p>Na een bootcamp is het eerste jaar op de werkvloer beslissend: veel vrouwen "
                "verlaten het vak wanneer ze zich geïsoleerd voelen in een team waarin ze de enige "
                "vrouw zijn. MolenGeek, dat alumni heeft in Brussel en in Marokko, wilde hen een "
                "netwerk van gelijken bieden buiten hun eigen bedrijf.</p><p>Met steun van de "
                "Belgische ontwikkelingssamenwerking kwamen kringen van zes tot acht deelneemsters "
                "een jaar lang om de twee weken samen om technische vragen, codereviews, "
                "loononderhandelingen en loopbaankeuzes te bespreken.</p>"
            ),
            "fr": (
                "<p>Après un bootcamp, la première année en poste est décisive : beaucoup de "
                "femmes quittent le métier lorsqu'elles se sentent isolées dans une équipe où "
                "elles sont la seule femme. MolenGeek, qui compte des anciens élèves à Bruxelles "
                "et au Maroc, a voulu leur offrir un réseau de pairs au-delà de leur propre "
                "entreprise.</p><p>Avec le soutien de la Coopération belge au développement, des "
                "cercles de six à huit participantes se sont réunis toutes les deux semaines "
                "pendant un an pour aborder des questions techniques, des revues de code, la "
                "négociation salariale et les choix de carrière.</p>"
            ),
            "de": (
                "<p>Nach einem Bootcamp ist das erste Berufsjahr entscheidend: Viele Frauen "
                "verlassen den Beruf wieder, wenn sie sich als einzige Frau im Team isoliert "
                "fühlen. MolenGeek, das Absolventinnen und Absolventen in Brüssel und in Marokko "
                "hat, wollte ihnen ein Netzwerk von Gleichgesinnten über das eigene Unternehmen "
                "hinaus bieten.</p><p>Mit Unterstützung der belgischen Entwicklungszusammenarbeit "
                "trafen sich Kreise von sechs bis acht Teilnehmerinnen ein Jahr lang alle zwei "
                "Wochen, um über technische Fragen, Code-Reviews, Gehaltsverhandlungen und "
                "berufliche Entscheidungen zu sprechen.</p>"
            ),
            "en": (
                "<p>After a bootcamp, the first year in a job is decisive: many women leave the "
                "profession when they feel isolated as the only woman in their team. MolenGeek, "
                "which has alumni in Brussels and in Morocco, wanted to give them a network of "
                "peers beyond their own company.</p><p>With support from the Belgian development "
                "cooperation, circles of six to eight participants met every two weeks for a year "
                "to discuss technical questions, code reviews, salary negotiations and career "
                "choices.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>Door de gemengde kringen met deelneemsters uit beide steden zagen de "
                "vrouwen dat hun problemen niet persoonlijk maar structureel waren.</li><li>De "
                "mentoren kregen vooraf een korte opleiding in het begeleiden van "
                "groepen.</li><li>Het format vraagt alleen een tool voor videogesprekken en een "
                "gedeelde agenda, zodat andere opleidingscentra het makkelijk kunnen "
                "overnemen.</li></ul>"
            ),
            "fr": (
                "<ul><li>Les cercles mixtes entre les deux villes ont montré aux participantes que "
                "leurs difficultés n'étaient pas personnelles mais structurelles.</li><li>Les "
                "mentors ont suivi une courte formation à l'animation de groupe avant le "
                "lancement.</li><li>Le format ne demande qu'un outil de visioconférence et un "
                "agenda partagé, ce qui le rend facile à reprendre par d'autres centres de "
                "formation.</li></ul>"
            ),
            "de": (
                "<ul><li>Durch die gemischten Kreise mit Teilnehmerinnen aus beiden Städten "
                "erkannten die Frauen, dass ihre Schwierigkeiten nicht persönlicher, sondern "
                "struktureller Natur waren.</li><li>Die Mentorinnen und Mentoren erhielten vor dem "
                "Start eine kurze Schulung in Gruppenmoderation.</li><li>Das Format benötigt nur "
                "ein Videokonferenz-Tool und einen gemeinsamen Kalender und lässt sich daher "
                "leicht von anderen Ausbildungszentren übernehmen.</li></ul>"
            ),
            "en": (
                "<ul><li>Mixed circles with participants from both cities showed the women that "
                "their difficulties were structural rather than personal.</li><li>Mentors received "
                "a short training in group facilitation before the start.</li><li>The format only "
                "needs a video-call tool and a shared calendar, so other training centres can "
                "easily reuse it.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Tussen 2022 en 2024 namen 96 vrouwen deel aan 13 kringen, van wie 52 in "
                "Brussel. Een jaar na de start van hun kring werkte 88% nog als developer, "
                "tegenover ongeveer 70% bij eerdere afgestudeerden van MolenGeek.</p>"
            ),
            "fr": (
                "<p>Entre 2022 et 2024, 96 femmes ont participé à 13 cercles, dont 52 à Bruxelles. "
                "Un an après le début de leur cercle, 88 % travaillaient toujours comme "
                "développeuses, contre environ 70 % parmi les promotions précédentes de "
                "MolenGeek.</p>"
            ),
            "de": (
                "<p>Zwischen 2022 und 2024 nahmen 96 Frauen an 13 Kreisen teil, davon 52 in "
                "Brüssel. Ein Jahr nach dem Start ihres Kreises arbeiteten noch 88 % als "
                "Entwicklerin, gegenüber etwa 70 % bei früheren Jahrgängen von MolenGeek.</p>"
            ),
            "en": (
                "<p>Between 2022 and 2024, 96 women took part in 13 circles, 52 of them in "
                "Brussels. One year after their circle started, 88% were still working as "
                "developers, compared with about 70% of earlier MolenGeek graduates.</p>"
            ),
        },
    },
    {
        "slug": "a-digital-restart-women-returners",
        "owner": "actiris",
        "promoter": "actiris",
        "partners": ["interface3", "bruxelles-formation"],
        "category": "training",
        "objective": 2,
        "audiences": ["women_returners", "job_seekers"],
        "countries": ["BE"],
        "sphere": "regional",
        "fields_of_education": ["0611"],
        "funding": "regional",
        "technologies": ["digital_skills", "cloud"],
        "levels": ["foundation", "intermediate"],
        "region": "brussels",
        "start": "2023-09-04",
        "end": None,
        "website": "https://www.actiris.brussels",
        "title": {
            "nl": "Digital Restart – opnieuw aan de slag na een loopbaanonderbreking",
            "fr": "Digital Restart – reprendre le travail après une pause professionnelle",
            "de": "Digital Restart – Wiedereinstieg nach einer beruflichen Pause",
            "en": "Digital Restart – back to work after a career break",
        },
        "summary": {
            "nl": (
                "Een traject van 16 weken van Actiris voor Brusselse vrouwen die al enkele jaren "
                "niet meer werken, met een opfrissing van digitale vaardigheden, een introductie "
                "in IT-support en cloudtools en individuele jobcoaching."
            ),
            "fr": (
                "Un parcours de 16 semaines proposé par Actiris aux Bruxelloises éloignées de "
                "l'emploi depuis plusieurs années, qui associe une remise à niveau numérique, une "
                "initiation au support informatique et aux outils cloud, et un accompagnement "
                "individuel vers l'emploi."
            ),
            "de": (
                "Ein 16-wöchiger Lehrgang von Actiris für Brüsseler Frauen, die seit mehreren "
                "Jahren nicht mehr berufstätig sind, mit einer Auffrischung digitaler "
                "Grundkenntnisse, einer Einführung in IT-Support und Cloud-Tools sowie "
                "individuellem Jobcoaching."
            ),
            "en": (
                "A 16-week pathway by Actiris for Brussels women who have been out of work for "
                "several years, combining a digital skills refresher, an introduction to IT "
                "support and cloud tools, and individual job coaching."
            ),
        },
        "background": {
            "nl": (
                "<p>Vrouwen die gestopt zijn met werken om voor kinderen of familieleden te "
                "zorgen, merken vaak dat de tools op de werkvloer intussen veranderd zijn. Het "
                "ontbreekt hen vaak eerder aan zelfvertrouwen dan aan vaardigheden, en gewone "
                "opleidingen houden weinig rekening met hun situatie.</p><p>Digital Restart wordt "
                "georganiseerd door Actiris samen met Interface3 en Bruxelles Formation. De lessen "
                "lopen van 9 tot 15 uur, zodat de deelneemsters hun kinderen van school kunnen "
                "ophalen, en de laatste vier weken lopen ze stage in een Brussels bedrijf.</p>"
            ),
            "fr": (
                "<p>Les femmes qui ont arrêté de travailler pour s'occuper de leurs enfants ou "
                "d'un proche constatent souvent que les outils utilisés au travail ont changé. Il "
                "leur manque souvent davantage la confiance que les compétences, et les formations "
                "classiques tiennent peu compte de leurs contraintes.</p><p>Digital Restart est "
                "organisé par Actiris avec Interface3 et Bruxelles Formation. Les cours ont lieu "
                "de 9 h à 15 h pour permettre aux participantes d'aller chercher leurs enfants à "
                "l'école, et les quatre dernières semaines sont consacrées à un stage dans une "
                "entreprise bruxelloise.</p>"
            ),
            "de": (
                "<p>Frauen, die ihre Berufstätigkeit unterbrochen haben, um Kinder oder Angehörige "
                "zu betreuen, stellen oft fest, dass sich die Werkzeuge am Arbeitsplatz verändert "
                "haben. Häufig fehlt es ihnen eher an Selbstvertrauen als an Fähigkeiten, und "
                "herkömmliche Weiterbildungen nehmen wenig Rücksicht auf ihre "
                "Lebenssituation.</p><p>Digital Restart wird von Actiris gemeinsam mit Interface3 "
                "und Bruxelles Formation organisiert. Der Unterricht findet von 9 bis 15 Uhr "
                "statt, damit die Teilnehmerinnen ihre Kinder von der Schule abholen können, und "
                "die letzten vier Wochen verbringen sie in einem Praktikum in einem Brüsseler "
                "Unternehmen.</p>"
            ),
            "en": (
                "<p>Women who stopped working to care for children or relatives often find that "
                "the tools used at work have changed in the meantime. They tend to lack confidence "
                "rather than ability, and standard training courses take little account of their "
                "situation.</p><p>Digital Restart is run by Actiris with Interface3 and Bruxelles "
                "Formation. Classes run from 9 am to 3 pm so that participants can pick up their "
                "children from school, and the last four weeks are spent on a work placement in a "
                "Brussels company.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>Lesuren die aangepast zijn aan het gezinsleven, met hulp bij het zoeken "
                "naar kinderopvang tijdens de stage.</li><li>Een jobcoach volgt elke deelneemster "
                "op vanaf het intakegesprek tot zes maanden na het einde van het "
                "traject.</li><li>Bedrijven die stagiairs ontvangen, engageren zich tot een "
                "feedbackgesprek en, waar mogelijk, een jobaanbod.</li></ul>"
            ),
            "fr": (
                "<ul><li>Des horaires adaptés à la vie de famille, avec une aide pour trouver une "
                "solution de garde pendant le stage.</li><li>Chaque participante est suivie par un "
                "job coach depuis l'entretien d'accueil jusqu'à six mois après la fin du "
                "parcours.</li><li>Les entreprises qui accueillent des stagiaires s'engagent à un "
                "entretien de feedback et, si possible, à une offre d'emploi.</li></ul>"
            ),
            "de": (
                "<ul><li>An das Familienleben angepasste Unterrichtszeiten und Hilfe bei der Suche "
                "nach einer Kinderbetreuung während des Praktikums.</li><li>Ein Jobcoach begleitet "
                "jede Teilnehmerin vom Aufnahmegespräch bis sechs Monate nach Ende des "
                "Lehrgangs.</li><li>Unternehmen, die Praktikantinnen aufnehmen, verpflichten sich "
                "zu einem Feedbackgespräch und nach Möglichkeit zu einem Stellenangebot.</li></ul>"
            ),
            "en": (
                "<ul><li>Timetables adapted to family life, with help in finding childcare during "
                "the placement.</li><li>A job coach follows each participant from the intake "
                "interview until six months after the end of the course.</li><li>Host companies "
                "commit to a feedback interview and, where possible, a job offer.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Sinds 2023 zijn vijf groepen met in totaal 68 vrouwen gestart, van wie 59 het "
                "traject afrondden. Zes maanden later had 64% werk gevonden of een "
                "vervolgopleiding aangevat, vooral in IT-support, kantoorautomatisering en "
                "administratieve functies met een sterke digitale component.</p>"
            ),
            "fr": (
                "<p>Depuis 2023, cinq groupes, soit 68 femmes au total, ont entamé le parcours, et "
                "59 l'ont terminé. Six mois plus tard, 64 % avaient trouvé un emploi ou commencé "
                "une formation complémentaire, principalement dans le support informatique, la "
                "bureautique et des fonctions administratives à forte composante numérique.</p>"
            ),
            "de": (
                "<p>Seit 2023 haben fünf Gruppen mit insgesamt 68 Frauen begonnen, 59 haben den "
                "Lehrgang abgeschlossen. Sechs Monate später hatten 64 % eine Stelle gefunden oder "
                "eine weiterführende Ausbildung begonnen, vor allem im IT-Support, in der "
                "Büroautomatisierung und in Verwaltungsberufen mit starkem digitalem Anteil.</p>"
            ),
            "en": (
                "<p>Five groups totalling 68 women have started since 2023, and 59 completed the "
                "pathway. Six months later, 64% had found a job or gone on to further training, "
                "mostly in IT support, office automation and administrative roles with a strong "
                "digital component.</p>"
            ),
        },
    },
    {
        "slug": "a-ai-in-practice-women-job-seekers",
        "owner": "actiris",
        "promoter": "bruxelles-formation",
        "partners": ["actiris"],
        "category": "training",
        "objective": 2,
        "audiences": ["job_seekers", "labour_force"],
        "countries": ["BE"],
        "sphere": "regional",
        "fields_of_education": ["0611"],
        "funding": "regional",
        "technologies": ["ai", "digital_skills"],
        "levels": ["foundation"],
        "region": "brussels",
        "start": "2024-02-05",
        "end": None,
        "website": "https://www.bruxellesformation.brussels",
        "title": {
            "nl": "AI in de praktijk – AI-geletterdheid voor werkzoekende vrouwen",
            "fr": (
                "L'IA en pratique – initiation à l'intelligence artificielle pour les demandeuses "
                "d'emploi"
            ),
            "de": "KI in der Praxis – KI-Grundkenntnisse für arbeitsuchende Frauen",
            "en": "AI in Practice – AI literacy for women job seekers",
        },
        "summary": {
            "nl": (
                "Een gratis cursus van drie weken van Bruxelles Formation waarin werkzoekende "
                "vrouwen leren hoe generatieve AI-tools werken, hoe ze die verantwoord op het werk "
                "kunnen gebruiken en hoe ze de jobs veranderen waarvoor ze solliciteren."
            ),
            "fr": (
                "Une formation gratuite de trois semaines de Bruxelles Formation qui permet aux "
                "demandeuses d'emploi de comprendre le fonctionnement des outils d'IA générative, "
                "de les utiliser de manière responsable au travail et de voir comment ils "
                "transforment les métiers qu'elles visent."
            ),
            "de": (
                "Ein kostenloser dreiwöchiger Kurs von Bruxelles Formation, in dem arbeitsuchende "
                "Frauen lernen, wie generative KI-Werkzeuge funktionieren, wie sie diese am "
                "Arbeitsplatz verantwortungsvoll nutzen und wie sich dadurch die Berufe verändern, "
                "auf die sie sich bewerben."
            ),
            "en": (
                "A free three-week course by Bruxelles Formation in which women job seekers learn "
                "how generative AI tools work, how to use them responsibly at work and how they "
                "are changing the jobs they are applying for."
            ),
        },
        "background": {
            "nl": (
                "<p>Uit bevragingen blijkt dat vrouwen generatieve AI-tools minder vaak gebruiken "
                "dan mannen, terwijl net veel administratieve en klantgerichte jobs die zij "
                "uitoefenen er sterk door veranderen. Zonder basiskennis van AI dreigen "
                "werkzoekenden nog verder achterop te raken.</p><p>Consulenten van Actiris "
                "verwijzen geïnteresseerde vrouwen door naar de cursus. De deelneemsters werken "
                "aan realistische opdrachten uit kantoor-, verkoop- en zorgjobs en staan stil bij "
                "de grenzen van de tools: fouten, vooroordelen en de bescherming van "
                "persoonsgegevens.</p>"
            ),
            "fr": (
                "<p>Les enquêtes montrent que les femmes utilisent moins souvent que les hommes "
                "les outils d'IA générative, alors que de nombreux emplois administratifs et en "
                "contact avec la clientèle qu'elles occupent sont parmi les plus concernés. Sans "
                "notions de base en IA, les demandeuses d'emploi risquent d'être encore davantage "
                "distancées.</p><p>Les conseillers d'Actiris orientent les femmes intéressées vers "
                "la formation. Les participantes travaillent sur des tâches réalistes issues des "
                "métiers de bureau, de la vente et des soins, et abordent les limites des outils : "
                "erreurs, biais et protection des données personnelles.</p>"
            ),
            "de": (
                "<p>Umfragen zeigen, dass Frauen generative KI-Werkzeuge seltener nutzen als "
                "Männer, obwohl gerade viele der Verwaltungs- und Kundenberufe, in denen sie tätig "
                "sind, davon besonders betroffen sind. Ohne KI-Grundkenntnisse laufen "
                "Arbeitsuchende Gefahr, noch weiter den Anschluss zu verlieren.</p><p>Die "
                "Beraterinnen und Berater von Actiris verweisen interessierte Frauen an den Kurs. "
                "Die Teilnehmerinnen bearbeiten realistische Aufgaben aus Büro-, Verkaufs- und "
                "Pflegeberufen und setzen sich mit den Grenzen der Werkzeuge auseinander: Fehler, "
                "Verzerrungen und der Schutz personenbezogener Daten.</p>"
            ),
            "en": (
                "<p>Surveys show that women use generative AI tools less often than men, even "
                "though many of the administrative and customer-facing jobs they hold are among "
                "those most affected. Without basic AI skills, job seekers risk falling even "
                "further behind.</p><p>Actiris advisers refer interested women to the course. "
                "Participants work on realistic tasks from office, retail and care jobs, and "
                "discuss the limits of the tools: errors, bias and the protection of personal "
                "data.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<p>De cursus vertrekt van de jobs die de deelneemsters zoeken en niet van de "
                "technologie. De lesgevers werken alleen met gratis tools, zodat de deelneemsters "
                "na de cursus kunnen blijven oefenen, en elke deelneemster vertrekt met een kleine "
                "portfolio van opdrachten die ze in sollicitatiegesprekken kan tonen.</p>"
            ),
            "fr": (
                "<p>La formation part des métiers recherchés par les participantes plutôt que de "
                "la technologie. Les formateurs utilisent uniquement des outils gratuits, pour que "
                "les participantes puissent continuer à s'exercer après la formation, et chacune "
                "repart avec un petit portfolio de réalisations à présenter en entretien "
                "d'embauche.</p>"
            ),
            "de": (
                "<p>Der Kurs geht von den Berufen aus, die die Teilnehmerinnen anstreben, und "
                "nicht von der Technik. Die Trainerinnen und Trainer arbeiten ausschließlich mit "
                "kostenlosen Werkzeugen, damit die Teilnehmerinnen nach dem Kurs weiter üben "
                "können, und jede nimmt eine kleine Mappe mit Arbeitsproben mit, die sie in "
                "Vorstellungsgesprächen zeigen kann.</p>"
            ),
            "en": (
                "<p>The course starts from the jobs participants are looking for rather than from "
                "the technology. Trainers use free tools only, so that participants can keep "
                "practising after the course, and each participant leaves with a small portfolio "
                "of tasks she can show in job interviews.</p>"
            ),
        },
        "results": {
            "nl": (
                "<p>In het eerste jaar vonden 11 sessies plaats met in totaal 176 deelneemsters. "
                "83% van hen zegt zich zeker genoeg te voelen om AI-tools voor dagelijkse taken te "
                "gebruiken, en 37% startte daarna een langere digitale of administratieve "
                "opleiding bij Bruxelles Formation.</p>"
            ),
            "fr": (
                "<p>Au cours de la première année, 11 sessions ont réuni 176 participantes. 83 % "
                "d'entre elles se disent à l'aise pour utiliser des outils d'IA dans les tâches "
                "courantes, et 37 % ont ensuite entamé une formation plus longue dans le numérique "
                "ou l'administratif chez Bruxelles Formation.</p>"
            ),
            "de": (
                "<p>Im ersten Jahr fanden 11 Durchgänge mit insgesamt 176 Teilnehmerinnen statt. "
                "83 % von ihnen fühlen sich nach eigenen Angaben sicher im Umgang mit "
                "KI-Werkzeugen für alltägliche Aufgaben, und 37 % begannen anschließend eine "
                "längere digitale oder kaufmännische Ausbildung bei Bruxelles Formation.</p>"
            ),
            "en": (
                "<p>In its first year, 11 sessions were held with a total of 176 participants. 83% "
                "say they feel confident using AI tools for everyday tasks, and 37% went on to a "
                "longer digital or administrative training course at Bruxelles Formation.</p>"
            ),
        },
    },
    {
        "slug": "a-women-in-cyber-scholarships",
        "owner": "becode",
        "promoter": "becode",
        "partners": ["proximus", "agoria"],
        "category": "training",
        "objective": 2,
        "audiences": ["career_switchers", "job_seekers"],
        "countries": ["BE"],
        "sphere": "national",
        "fields_of_education": ["0612"],
        "funding": "public_private",
        "technologies": ["cybersecurity"],
        "levels": ["intermediate", "advanced"],
        "region": "federal",
        "start": "2022-10-03",
        "end": None,
        "website": "https://becode.org",
        "title": {
            "nl": "Women in Cyber-beurzen",
            "fr": "Bourses Women in Cyber",
            "de": "Women in Cyber – Stipendien",
            "en": "Women in Cyber scholarships",
        },
        "summary": {
            "nl": (
                "Beurzen waarmee vrouwen die van loopbaan willen veranderen een bootcamp "
                "cybersecurity van zeven maanden bij BeCode kunnen volgen, met aansluitend een "
                "betaalde stage bij een partnerbedrijf."
            ),
            "fr": (
                "Des bourses qui permettent à des femmes en reconversion de suivre un bootcamp de "
                "sept mois en cybersécurité chez BeCode, suivi d'un stage rémunéré dans une "
                "entreprise partenaire."
            ),
            "de": (
                "Stipendien, mit denen Frauen, die sich beruflich neu orientieren, ein "
                "siebenmonatiges Cybersecurity-Bootcamp bei BeCode absolvieren können, gefolgt von "
                "einem bezahlten Praktikum in einem Partnerunternehmen."
            ),
            "en": (
                "Scholarships that allow women changing careers to follow a seven-month "
                "cybersecurity bootcamp at BeCode, followed by a paid work placement at a partner "
                "company."
            ),
        },
        "background": {
            "nl": (
                "<p>Belgische bedrijven hebben duizenden openstaande vacatures in cybersecurity, "
                "terwijl maar ongeveer één op de tien professionals in het vakgebied een vrouw is. "
                "Veel vrouwen met ervaring in administratie, audit, recht of klantendienst hebben "
                "nuttige vaardigheden voor securityfuncties, maar missen een technische "
                "instap.</p><p>BeCode werkte het programma uit samen met Proximus en Agoria. De "
                "beurs dekt de opleiding en een maandelijkse vergoeding voor deelneemsters die "
                "geen recht hebben op een werkloosheidsuitkering.</p>"
            ),
            "fr": (
                "<p>Les entreprises belges comptent des milliers de postes vacants en "
                "cybersécurité, alors que les femmes ne représentent qu'environ un professionnel "
                "sur dix dans ce domaine. Beaucoup de femmes ayant une expérience dans "
                "l'administration, l'audit, le droit ou le service à la clientèle possèdent des "
                "compétences utiles pour ces fonctions, mais il leur manque une porte d'entrée "
                "technique.</p><p>BeCode a conçu le programme avec Proximus et Agoria. La bourse "
                "couvre la formation ainsi qu'une indemnité mensuelle pour les participantes qui "
                "n'ont pas droit aux allocations de chômage.</p>"
            ),
            "de": (
                "<p>Belgische Unternehmen haben Tausende offene Stellen im Bereich "
                "Cybersicherheit, während nur etwa jede zehnte Fachkraft in diesem Bereich eine "
                "Frau ist. Viele Frauen mit Erfahrung in Verwaltung, Prüfungswesen, Recht oder "
                "Kundendienst bringen nützliche Fähigkeiten für Sicherheitsfunktionen mit, ihnen "
                "fehlt aber ein technischer Einstieg.</p><p>BeCode hat das Programm gemeinsam mit "
                "Proximus und Agoria entwickelt. Das Stipendium deckt die Ausbildung und eine "
                "monatliche Zulage für Teilnehmerinnen, die keinen Anspruch auf Arbeitslosengeld "
                "haben.</p>"
            ),
            "en": (
                "<p>Belgian companies have thousands of unfilled cybersecurity vacancies, while "
                "women account for only about one in ten professionals in the field. Many women "
                "with experience in administration, audit, law or customer service have skills "
                "that are useful in security roles but lack a technical entry point.</p><p>BeCode "
                "developed the programme with Proximus and Agoria. The scholarship covers the "
                "training and a monthly allowance for participants who are not entitled to "
                "unemployment benefits.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>De selectie gebeurt op basis van motivatie en tests van logisch "
                "denkvermogen, niet op basis van diploma's of IT-ervaring.</li><li>De "
                "partnerbedrijven werken mee aan het leerprogramma en engageren zich om stagiairs "
                "te ontvangen.</li><li>De groepen bestaan minstens voor de helft uit vrouwen, en "
                "tijdens de bootcamp komt elke maand een intervisiegroep van vrouwen "
                "samen.</li></ul>"
            ),
            "fr": (
                "<ul><li>La sélection repose sur la motivation et des tests de raisonnement "
                "logique, et non sur les diplômes ou une expérience en informatique.</li><li>Les "
                "entreprises partenaires contribuent au programme de formation et s'engagent à "
                "accueillir des stagiaires.</li><li>Les groupes comptent au moins 50 % de femmes, "
                "et un groupe d'échange entre participantes se réunit chaque mois pendant le "
                "bootcamp.</li></ul>"
            ),
            "de": (
                "<ul><li>Die Auswahl erfolgt anhand der Motivation und von Tests zum logischen "
                "Denken, nicht anhand von Diplomen oder IT-Vorkenntnissen.</li><li>Die "
                "Partnerunternehmen gestalten den Lehrplan mit und verpflichten sich, "
                "Praktikantinnen aufzunehmen.</li><li>Die Gruppen bestehen mindestens zur Hälfte "
                "aus Frauen, und während des Bootcamps trifft sich monatlich eine Austauschgruppe "
                "der Teilnehmerinnen.</li></ul>"
            ),
            "en": (
                "<ul><li>Selection is based on motivation and logical reasoning tests, not on "
                "diplomas or previous IT experience.</li><li>Partner companies help design the "
                "curriculum and commit to hosting placements.</li><li>Groups are at least half "
                "women, and a women's peer group meets every month during the bootcamp.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Sinds 2022 zijn in Brussel, Gent en Luik 72 beurzen toegekend. Van de 63 "
                "vrouwen die de bootcamp afrondden, werkten er zes maanden later 49 in "
                "cybersecurity of IT, vooral als SOC-analist, securityconsultant of "
                "IT-auditor.</p>"
            ),
            "fr": (
                "<p>Depuis 2022, 72 bourses ont été attribuées à Bruxelles, Gand et Liège. Sur les "
                "63 femmes qui ont terminé le bootcamp, 49 travaillaient six mois plus tard dans "
                "la cybersécurité ou l'informatique, principalement comme analystes SOC, "
                "consultantes en sécurité ou auditrices informatiques.</p>"
            ),
            "de": (
                "<p>Seit 2022 wurden in Brüssel, Gent und Lüttich 72 Stipendien vergeben. Von den "
                "63 Frauen, die das Bootcamp abgeschlossen haben, arbeiteten sechs Monate später "
                "49 in der Cybersicherheit oder in der IT, vor allem als SOC-Analystin, "
                "Sicherheitsberaterin oder IT-Auditorin.</p>"
            ),
            "en": (
                "<p>Since 2022, 72 scholarships have been awarded in Brussels, Ghent and Liège. Of "
                "the 63 women who completed the bootcamp, 49 were working in cybersecurity or IT "
                "six months later, mainly as SOC analysts, security consultants or IT "
                "auditors.</p>"
            ),
        },
    },
    {
        "slug": "a-proximus-tech-pathways",
        "owner": "proximus",
        "promoter": "proximus",
        "partners": [],
        "category": "training",
        "objective": 4,
        "audiences": ["employees", "ict_professionals"],
        "countries": ["BE"],
        "sphere": "national",
        "fields_of_education": ["0612"],
        "funding": "own_resources",
        "technologies": ["cloud", "data"],
        "levels": ["intermediate", "advanced"],
        "region": "federal",
        "start": "2021-09-01",
        "end": None,
        "website": "https://www.proximus.be",
        "title": {
            "nl": "Tech Pathways – interne bijscholing voor vrouwen bij Proximus",
            "fr": "Tech Pathways – montée en compétences des collaboratrices de Proximus",
            "de": "Tech Pathways – interne Weiterbildung für Frauen bei Proximus",
            "en": "Tech Pathways – internal upskilling for women at Proximus",
        },
        "summary": {
            "nl": (
                "Een intern programma waarmee vrouwelijke medewerkers van Proximus in "
                "niet-technische of eerstelijnsfuncties zich tijdens de werkuren kunnen omscholen "
                "naar een functie in cloud, netwerken of data."
            ),
            "fr": (
                "Un programme interne qui permet aux collaboratrices de Proximus occupant des "
                "fonctions non techniques ou de première ligne de se former, pendant leurs heures "
                "de travail, à des postes dans le cloud, les réseaux ou les données."
            ),
            "de": (
                "Ein internes Programm, mit dem sich Mitarbeiterinnen von Proximus aus "
                "nichttechnischen Funktionen oder dem Kundenkontakt während der Arbeitszeit für "
                "Stellen in den Bereichen Cloud, Netzwerke oder Daten qualifizieren können."
            ),
            "en": (
                "An internal programme that allows women at Proximus in non-technical or "
                "front-line roles to retrain for cloud, network and data positions during working "
                "hours."
            ),
        },
        "background": {
            "nl": (
                "<p>Net als de rest van de sector vindt Proximus moeilijk technische profielen, "
                "terwijl veel vrouwen in de shops, callcenters en ondersteunende diensten de "
                "producten en klanten van het bedrijf door en door kennen. Tech Pathways biedt hen "
                "een weg naar technische teams zonder dat ze het bedrijf moeten verlaten.</p><p>De "
                "deelneemsters volgen een leertraject van 9 tot 12 maanden met online cursussen, "
                "klassikale sessies en meeloopdagen, waarbij één dag per week voorbehouden is om "
                "te leren.</p>"
            ),
            "fr": (
                "<p>Comme le reste du secteur, Proximus peine à recruter des profils techniques, "
                "alors que de nombreuses femmes travaillant dans ses boutiques, ses centres "
                "d'appels et ses services de support connaissent très bien les produits et les "
                "clients de l'entreprise. Tech Pathways leur ouvre l'accès aux équipes techniques "
                "sans devoir quitter l'entreprise.</p><p>Les participantes suivent un parcours de "
                "9 à 12 mois combinant cours en ligne, sessions en classe et immersion dans les "
                "équipes, avec une journée par semaine réservée à l'apprentissage.</p>"
            ),
            "de": (
                "<p>Wie die gesamte Branche hat auch Proximus Mühe, technische Fachkräfte zu "
                "gewinnen, während viele Frauen in den Shops, Callcentern und Supportdiensten die "
                "Produkte und Kunden des Unternehmens sehr gut kennen. Tech Pathways eröffnet "
                "ihnen den Weg in technische Teams, ohne dass sie das Unternehmen verlassen "
                "müssen.</p><p>Die Teilnehmerinnen absolvieren einen 9- bis 12-monatigen Lernpfad "
                "aus Online-Kursen, Präsenzsitzungen und Hospitationen, wobei ein Tag pro Woche "
                "für das Lernen reserviert ist.</p>"
            ),
            "en": (
                "<p>Like the rest of the sector, Proximus struggles to recruit technical profiles, "
                "while many women in its shops, call centres and support services know the "
                "company's products and customers very well. Tech Pathways gives them a route into "
                "technical teams without having to leave the company.</p><p>Participants follow a "
                "learning track of 9 to 12 months made up of online courses, classroom sessions "
                "and job shadowing, with one day a week set aside for learning.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>Leertijd is werktijd en het loon blijft tijdens het hele programma "
                "behouden.</li><li>Elke deelneemster heeft een mentor in haar toekomstige team en "
                "krijgt aan het einde gegarandeerd een gesprek voor een openstaande "
                "functie.</li><li>De leidinggevenden van de oorspronkelijke teams worden van bij "
                "het begin betrokken, zodat de overstap als een promotie wordt gezien en niet als "
                "een verlies.</li></ul>"
            ),
            "fr": (
                "<ul><li>Le temps de formation fait partie du temps de travail et le salaire est "
                "maintenu pendant tout le programme.</li><li>Chaque participante a un mentor dans "
                "son équipe d'accueil et un entretien garanti pour un poste ouvert à la fin du "
                "parcours.</li><li>Les responsables des équipes d'origine sont associés dès le "
                "départ, pour que le changement soit vu comme une promotion et non comme une "
                "perte.</li></ul>"
            ),
            "de": (
                "<ul><li>Lernzeit ist Arbeitszeit, und das Gehalt wird während des gesamten "
                "Programms weitergezahlt.</li><li>Jede Teilnehmerin hat eine Mentorin oder einen "
                "Mentor im künftigen Team und am Ende ein garantiertes Gespräch für eine offene "
                "Stelle.</li><li>Die Vorgesetzten der bisherigen Teams werden von Anfang an "
                "einbezogen, damit der Wechsel als Beförderung und nicht als Verlust gesehen "
                "wird.</li></ul>"
            ),
            "en": (
                "<ul><li>Learning time is working time, and salaries are maintained throughout the "
                "programme.</li><li>Each participant has a mentor in her future team and a "
                "guaranteed interview for an open position at the end.</li><li>Managers of the "
                "original teams are involved from the start, so that the move is seen as a "
                "promotion rather than a loss.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Sinds 2021 zijn 134 vrouwen aan het programma begonnen, van wie 112 het hebben "
                "afgerond. 97 van hen werken nu in cloud-, netwerk- of datateams, en het aandeel "
                "vrouwen in de technische teams van Proximus steeg van 14% naar 18%.</p>"
            ),
            "fr": (
                "<p>Depuis 2021, 134 femmes ont commencé le programme et 112 l'ont terminé. 97 "
                "d'entre elles travaillent aujourd'hui dans des équipes cloud, réseau ou données, "
                "et la part des femmes dans les équipes techniques de Proximus est passée de 14 % "
                "à 18 %.</p>"
            ),
            "de": (
                "<p>Seit 2021 haben 134 Frauen das Programm begonnen, 112 haben es abgeschlossen. "
                "97 von ihnen arbeiten heute in Cloud-, Netzwerk- oder Datenteams, und der "
                "Frauenanteil in den technischen Teams von Proximus ist von 14 % auf 18 % "
                "gestiegen.</p>"
            ),
            "en": (
                "<p>Since 2021, 134 women have started the programme and 112 have completed it. 97 "
                "of them now work in cloud, network or data teams, and the share of women in "
                "Proximus' technical teams has risen from 14% to 18%.</p>"
            ),
        },
    },
    {
        "slug": "a-agoria-women-in-tech-mentoring",
        "owner": "agoria",
        "promoter": "agoria",
        "partners": ["proximus"],
        "category": "networking_mentoring",
        "objective": 4,
        "audiences": ["ict_professionals", "employees"],
        "countries": ["BE"],
        "sphere": "national",
        "fields_of_education": [],
        "funding": "private",
        "technologies": ["other"],
        "levels": ["advanced"],
        "region": "federal",
        "start": "2020-11-01",
        "end": None,
        "website": "https://www.agoria.be",
        "title": {
            "nl": "Agoria Women in Tech-mentoringprogramma",
            "fr": "Programme de mentorat Agoria Women in Tech",
            "de": "Agoria Women in Tech – Mentoring-Programm",
            "en": "Agoria Women in Tech mentoring programme",
        },
        "summary": {
            "nl": (
                "Een bedrijfsoverschrijdend mentoringprogramma van tien maanden dat vrouwen in "
                "technische functies bij lidbedrijven van Agoria koppelt aan een meer ervaren "
                "mentor uit een ander bedrijf."
            ),
            "fr": (
                "Un programme de mentorat interentreprises de dix mois qui associe des femmes "
                "occupant des fonctions techniques dans des entreprises membres d'Agoria à un "
                "mentor plus expérimenté issu d'une autre entreprise."
            ),
            "de": (
                "Ein zehnmonatiges unternehmensübergreifendes Mentoring-Programm, das Frauen in "
                "technischen Funktionen bei Mitgliedsunternehmen von Agoria mit einer erfahreneren "
                "Mentorin oder einem erfahreneren Mentor aus einem anderen Unternehmen "
                "zusammenbringt."
            ),
            "en": (
                "A ten-month cross-company mentoring programme that pairs women in technical roles "
                "at Agoria member companies with a more experienced mentor from another company."
            ),
        },
        "background": {
            "nl": (
                "<p>Veel vrouwen verlaten een technische job tussen hun 30ste en 45ste, vaak net "
                "op het moment waarop ze kunnen doorgroeien naar een senior- of leidinggevende "
                "functie. Exitgesprekken wijzen op een gebrek aan zichtbare loopbaanpaden en aan "
                "ondersteuning buiten de rechtstreekse leidinggevende.</p><p>Het programma van "
                "Agoria brengt elk jaar een veertigtal duo's van mentor en mentee samen. De "
                "mentoren komen uit een ander bedrijf, wat open gesprekken mogelijk maakt over "
                "loopbaankeuzes, onderhandelen en de combinatie van werk en gezin.</p>"
            ),
            "fr": (
                "<p>Beaucoup de femmes quittent un emploi technique entre 30 et 45 ans, souvent au "
                "moment où elles pourraient évoluer vers une fonction senior ou de management. Les "
                "entretiens de départ font apparaître un manque de perspectives de carrière "
                "visibles et de soutien en dehors du supérieur hiérarchique direct.</p><p>Le "
                "programme d'Agoria réunit chaque année une quarantaine de binômes "
                "mentor-mentorée. Les mentors viennent d'une autre entreprise, ce qui permet "
                "d'aborder ouvertement les choix de carrière, la négociation et l'équilibre entre "
                "vie professionnelle et vie familiale.</p>"
            ),
            "de": (
                "<p>Viele Frauen verlassen eine technische Stelle im Alter zwischen 30 und 45 "
                "Jahren, oft gerade dann, wenn sie in eine Senior- oder Führungsposition "
                "aufsteigen könnten. Austrittsgespräche deuten auf fehlende sichtbare Karrierewege "
                "und mangelnde Unterstützung außerhalb der direkten Vorgesetzten hin.</p><p>Das "
                "Programm von Agoria bringt jedes Jahr rund 40 Tandems zusammen. Die Mentorinnen "
                "und Mentoren kommen aus einem anderen Unternehmen, was offene Gespräche über "
                "berufliche Entscheidungen, Verhandlungen und die Vereinbarkeit von Beruf und "
                "Familie ermöglicht.</p>"
            ),
            "en": (
                "<p>Many women leave technical jobs between the ages of 30 and 45, often just when "
                "they could move into senior or management roles. Exit interviews point to a lack "
                "of visible career paths and of support outside the direct line "
                "manager.</p><p>Agoria's programme brings together about 40 mentor–mentee pairs "
                "each year. Mentors come from a different company, which allows open conversations "
                "about career choices, negotiation and combining work and family life.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>De duo's worden samengesteld op basis van de doelen van de mentee en niet "
                "alleen op basis van het vakgebied.</li><li>Zowel mannen als vrouwen zijn mentor, "
                "wat ook ervaren mannen in de sector bewuster maakt.</li><li>Vier groepssessies "
                "per jaar laten de mentees toe een netwerk uit te bouwen buiten hun eigen "
                "duo.</li></ul>"
            ),
            "fr": (
                "<ul><li>Les binômes sont constitués en fonction des objectifs de la mentorée, et "
                "pas uniquement de son domaine technique.</li><li>Des hommes comme des femmes sont "
                "mentors, ce qui sensibilise aussi les hommes expérimentés du "
                "secteur.</li><li>Quatre sessions collectives par an permettent aux mentorées de "
                "se constituer un réseau au-delà de leur binôme.</li></ul>"
            ),
            "de": (
                "<ul><li>Die Tandems werden nach den Zielen der Mentee zusammengestellt und nicht "
                "nur nach dem Fachgebiet.</li><li>Sowohl Männer als auch Frauen sind als Mentoren "
                "tätig, was auch erfahrene Männer in der Branche sensibilisiert.</li><li>Vier "
                "Gruppentreffen im Jahr ermöglichen es den Mentees, sich über ihr Tandem hinaus zu "
                "vernetzen.</li></ul>"
            ),
            "en": (
                "<ul><li>Pairs are matched on the basis of the mentee's goals, not only on her "
                "technical field.</li><li>Both men and women act as mentors, which also raises "
                "awareness among experienced men in the sector.</li><li>Four group sessions a year "
                "allow mentees to build a network beyond their own pair.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Sinds 2020 namen 214 vrouwen uit 87 bedrijven deel. Bij de opvolgbevraging een "
                "jaar na het programma had 38% een nieuwe functie of meer verantwoordelijkheid "
                "opgenomen, en werkte 91% nog in een technische functie.</p>"
            ),
            "fr": (
                "<p>Depuis 2020, 214 femmes issues de 87 entreprises ont participé. Lors de "
                "l'enquête de suivi, un an après le programme, 38 % avaient pris une nouvelle "
                "fonction ou davantage de responsabilités, et 91 % occupaient toujours un poste "
                "technique.</p>"
            ),
            "de": (
                "<p>Seit 2020 haben 214 Frauen aus 87 Unternehmen teilgenommen. In der "
                "Nachbefragung ein Jahr nach dem Programm hatten 38 % eine neue Funktion oder mehr "
                "Verantwortung übernommen, und 91 % arbeiteten weiterhin in einer technischen "
                "Funktion.</p>"
            ),
            "en": (
                "<p>Since 2020, 214 women from 87 companies have taken part. In the follow-up "
                "survey one year after the programme, 38% had taken on a new role or more "
                "responsibility, and 91% were still working in a technical position.</p>"
            ),
        },
    },
    {
        "slug": "a-inclusive-tech-recruitment-charter",
        "owner": "agoria",
        "promoter": "agoria",
        "partners": ["fps-economy"],
        "category": "policy",
        "objective": 4,
        "audiences": ["labour_force", "ict_professionals"],
        "countries": ["BE"],
        "sphere": "national",
        "fields_of_education": [],
        "funding": "own_resources",
        "technologies": ["digital_skills"],
        "levels": ["intermediate"],
        "region": "federal",
        "start": "2022-03-08",
        "end": None,
        "website": "https://www.agoria.be",
        "title": {
            "nl": "Charter voor inclusieve aanwerving en loopbanen in de tech",
            "fr": "Charte pour un recrutement et des carrières inclusifs dans la tech",
            "de": "Charta für inklusive Einstellung und Laufbahnen in der Tech-Branche",
            "en": "Charter for inclusive recruitment and careers in tech",
        },
        "summary": {
            "nl": (
                "Een vrijwillig charter waarin technologiebedrijven zich engageren tot tien "
                "concrete maatregelen voor genderevenwicht bij aanwerving, verloning en promotie, "
                "en jaarlijks rapporteren over hun vooruitgang."
            ),
            "fr": (
                "Une charte volontaire par laquelle des entreprises technologiques s'engagent à "
                "appliquer dix mesures concrètes en faveur de l'équilibre entre femmes et hommes "
                "dans le recrutement, la rémunération et la promotion, et rendent compte chaque "
                "année de leurs progrès."
            ),
            "de": (
                "Eine freiwillige Charta, in der sich Technologieunternehmen zu zehn konkreten "
                "Maßnahmen für ein ausgewogenes Geschlechterverhältnis bei Einstellung, Vergütung "
                "und Beförderung verpflichten und jährlich über ihre Fortschritte berichten."
            ),
            "en": (
                "A voluntary charter in which technology companies commit to ten concrete measures "
                "for gender balance in recruitment, pay and promotion, and report on their "
                "progress every year."
            ),
        },
        "background": {
            "nl": (
                "<p>Intentieverklaringen over diversiteit zijn er genoeg, maar ze veranderen "
                "zelden iets aan de manier van aanwerven. Agoria stelde het charter op met zijn "
                "lidbedrijven en de FOD Economie om de strategie Women in Digital te vertalen naar "
                "maatregelen die werkgevers zelf kunnen toepassen en opvolgen.</p><p>Tot de "
                "maatregelen behoren genderneutrale vacatureteksten, gemengde selectiepanels, "
                "selectie op basis van competenties, transparante loonvorken en een terugkeerplan "
                "na ouderschapsverlof.</p>"
            ),
            "fr": (
                "<p>Les déclarations d'intention en matière de diversité sont nombreuses, mais "
                "elles changent rarement les pratiques de recrutement. Agoria a rédigé la charte "
                "avec ses entreprises membres et le SPF Economie pour traduire la stratégie Women "
                "in Digital en mesures que les employeurs peuvent appliquer et vérifier "
                "eux-mêmes.</p><p>Parmi ces mesures figurent des offres d'emploi rédigées de "
                "manière neutre, des jurys de sélection mixtes, une sélection fondée sur les "
                "compétences, des fourchettes salariales transparentes et un plan de retour après "
                "un congé parental.</p>"
            ),
            "de": (
                "<p>Absichtserklärungen zur Vielfalt gibt es viele, aber sie ändern selten etwas "
                "an der Einstellungspraxis. Agoria hat die Charta gemeinsam mit seinen "
                "Mitgliedsunternehmen und dem FÖD Wirtschaft ausgearbeitet, um die Strategie Women "
                "in Digital in Maßnahmen umzusetzen, die Arbeitgeber selbst anwenden und "
                "überprüfen können.</p><p>Zu den Maßnahmen gehören geschlechtsneutrale "
                "Stellenanzeigen, gemischt besetzte Auswahlgremien, eine kompetenzbasierte "
                "Auswahl, transparente Gehaltsbänder und ein Plan für die Rückkehr nach dem "
                "Elternurlaub.</p>"
            ),
            "en": (
                "<p>Declarations of intent on diversity are common, but they rarely change the way "
                "people are recruited. Agoria drew up the charter with its member companies and "
                "the FPS Economy to translate the Women in Digital strategy into measures that "
                "employers can apply and monitor themselves.</p><p>The measures include "
                "gender-neutral job advertisements, mixed interview panels, skills-based "
                "selection, transparent salary bands and a return-to-work plan after parental "
                "leave.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>Bij elke maatregel hoort een eenvoudige indicator, zodat bedrijven hun "
                "eigen vooruitgang kunnen meten.</li><li>De ondertekenaars bezorgen één keer per "
                "jaar geanonimiseerde cijfers, die Agoria in geaggregeerde vorm "
                "publiceert.</li><li>Kleine bedrijven kunnen tekenen met een beperkte set "
                "maatregelen die aangepast is aan hun omvang.</li></ul>"
            ),
            "fr": (
                "<ul><li>Chaque mesure est assortie d'un indicateur simple, pour que les "
                "entreprises puissent mesurer elles-mêmes leurs progrès.</li><li>Les signataires "
                "communiquent une fois par an des chiffres anonymisés, qu'Agoria publie sous forme "
                "agrégée.</li><li>Les petites entreprises peuvent adhérer avec un ensemble réduit "
                "de mesures adaptées à leur taille.</li></ul>"
            ),
            "de": (
                "<ul><li>Zu jeder Maßnahme gehört ein einfacher Indikator, damit die Unternehmen "
                "ihre Fortschritte selbst messen können.</li><li>Die Unterzeichner übermitteln "
                "einmal im Jahr anonymisierte Zahlen, die Agoria in zusammengefasster Form "
                "veröffentlicht.</li><li>Kleine Unternehmen können mit einem reduzierten, an ihre "
                "Größe angepassten Maßnahmenpaket beitreten.</li></ul>"
            ),
            "en": (
                "<ul><li>Each measure comes with a simple indicator, so that companies can measure "
                "their own progress.</li><li>Signatories submit anonymised figures once a year, "
                "which Agoria publishes in aggregated form.</li><li>Small companies can sign up "
                "with a reduced set of measures adapted to their size.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Eind 2024 was het charter ondertekend door 126 bedrijven met samen zo'n 48.000 "
                "werknemers. Bij de ondertekenaars die drie jaar op rij rapporteerden, steeg het "
                "aandeel vrouwen bij de nieuwe technische aanwervingen van 21% naar 27%.</p>"
            ),
            "fr": (
                "<p>Fin 2024, la charte avait été signée par 126 entreprises employant quelque 48 "
                "000 personnes. Chez les signataires ayant transmis leurs chiffres trois années de "
                "suite, la part des femmes parmi les nouveaux recrutements techniques est passée "
                "de 21 % à 27 %.</p>"
            ),
            "de": (
                "<p>Ende 2024 hatten 126 Unternehmen mit zusammen rund 48.000 Beschäftigten die "
                "Charta unterzeichnet. Bei den Unterzeichnern, die drei Jahre in Folge berichtet "
                "haben, stieg der Frauenanteil an den technischen Neueinstellungen von 21 % auf 27 "
                "%.</p>"
            ),
            "en": (
                "<p>By the end of 2024 the charter had been signed by 126 companies employing some "
                "48,000 people. Among signatories that reported three years in a row, the share of "
                "women among new technical hires rose from 21% to 27%.</p>"
            ),
        },
    },
    {
        "slug": "a-code-for-all-classrooms",
        "owner": "interface3",
        "promoter": "interface3",
        "partners": [],
        "category": "education",
        "objective": 1,
        "audiences": ["education"],
        "countries": ["BE", "FR", "ES", "IT", "PT"],
        "sphere": "european",
        "fields_of_education": ["01", "0613"],
        "funding": "eu",
        "technologies": ["programming", "digital_skills"],
        "levels": ["foundation", "intermediate"],
        "region": "brussels",
        "start": "2022-09-01",
        "end": "2024-08-31",
        "website": "https://www.interface3.be",
        "title": {
            "nl": (
                "Code for All Classrooms – genderinclusieve toolkit voor leerkrachten informatica"
            ),
            "fr": (
                "Code for All Classrooms – boîte à outils pour un enseignement inclusif de "
                "l'informatique"
            ),
            "de": (
                "Code for All Classrooms – Werkzeugkasten für einen geschlechtergerechten "
                "Informatikunterricht"
            ),
            "en": "Code for All Classrooms – a gender-inclusive toolkit for computing teachers",
        },
        "summary": {
            "nl": (
                "Een Erasmus+-partnerschap, gecoördineerd door Interface3, dat lesvoorbereidingen, "
                "richtlijnen voor de klas en een korte nascholing voor leerkrachten ontwikkelde en "
                "uittestte om informaticalessen in het secundair onderwijs aantrekkelijker te "
                "maken voor meisjes."
            ),
            "fr": (
                "Un partenariat Erasmus+ coordonné par Interface3, qui a conçu et testé des "
                "séquences de cours, des repères pour la classe et une courte formation pour les "
                "enseignants afin de rendre les cours d'informatique du secondaire plus attractifs "
                "pour les filles."
            ),
            "de": (
                "Eine von Interface3 koordinierte Erasmus+-Partnerschaft, die "
                "Unterrichtseinheiten, Leitlinien für den Unterricht und eine kurze "
                "Lehrerfortbildung entwickelt und erprobt hat, um den Informatikunterricht in der "
                "Sekundarstufe für Mädchen attraktiver zu machen."
            ),
            "en": (
                "An Erasmus+ partnership coordinated by Interface3 that developed and tested "
                "lesson plans, classroom guidelines and a short teacher training course to make "
                "computing lessons in secondary schools more appealing to girls."
            ),
        },
        "background": {
            "nl": (
                "<p>De manier waarop informatica wordt onderwezen, bepaalt mee wie zich erin "
                "herkent. Voorbeelden die vooral uit de gamewereld komen, competitieve oefeningen "
                "en een klasdynamiek waarin enkele zelfzekere leerlingen de toon zetten, schrikken "
                "meisjes vaak af.</p><p>Interface3 coördineerde het project samen met "
                "lerarenopleidingen en scholen in Frankrijk, Spanje, Italië en Portugal. Op basis "
                "van onderzoek en eigen ervaring schreven de partners lesvoorbereidingen rond "
                "herkenbare, concrete problemen, programmeren in duo's en "
                "samenwerkingsprojecten.</p>"
            ),
            "fr": (
                "<p>La manière d'enseigner l'informatique influence le sentiment d'y avoir sa "
                "place. Des exemples tirés surtout du jeu vidéo, des exercices axés sur la "
                "compétition et une dynamique de classe dominée par quelques élèves sûrs d'eux ont "
                "tendance à décourager les filles.</p><p>Interface3 a coordonné le projet avec des "
                "instituts de formation des enseignants et des écoles en France, en Espagne, en "
                "Italie et au Portugal. En s'appuyant sur la recherche et sur leur propre "
                "expérience, les partenaires ont rédigé des séquences de cours centrées sur des "
                "problèmes concrets, la programmation en binôme et des projets collaboratifs.</p>"
            ),
            "de": (
                "<p>Die Art, wie Informatik unterrichtet wird, beeinflusst, wer sich davon "
                "angesprochen fühlt. Beispiele, die überwiegend aus der Welt der Videospiele "
                "stammen, wettbewerbsorientierte Übungen und eine Klassendynamik, in der einige "
                "selbstsichere Schüler den Ton angeben, schrecken Mädchen eher "
                "ab.</p><p>Interface3 hat das Projekt gemeinsam mit Einrichtungen der "
                "Lehrerausbildung und Schulen in Frankreich, Spanien, Italien und Portugal "
                "koordiniert. Auf der Grundlage von Forschungsergebnissen und eigener Erfahrung "
                "verfassten die Partner Unterrichtseinheiten rund um lebensnahe Problemstellungen, "
                "Programmieren in Zweierteams und gemeinsame Projekte.</p>"
            ),
            "en": (
                "<p>The way computing is taught influences who feels it is for them. Examples "
                "drawn mainly from gaming, competitive exercises and classroom dynamics in which a "
                "few confident pupils set the tone tend to put girls off.</p><p>Interface3 "
                "coordinated the project with teacher training institutes and schools in France, "
                "Spain, Italy and Portugal. Drawing on research and their own experience, the "
                "partners wrote lesson plans built around real-world problems, pair programming "
                "and collaborative projects.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>Alle materialen werden voor publicatie uitgetest in echte klassen in de "
                "vijf landen en bijgestuurd op basis van de feedback van leerkrachten.</li><li>De "
                "toolkit is gratis beschikbaar in het Nederlands, Frans, Duits, Engels, Spaans, "
                "Italiaans en Portugees.</li><li>De nascholing voor leerkrachten kan online "
                "gevolgd worden en duurt ongeveer zes uur.</li></ul>"
            ),
            "fr": (
                "<ul><li>Tous les supports ont été testés dans de vraies classes des cinq pays "
                "avant publication, puis adaptés sur la base des retours des "
                "enseignants.</li><li>La boîte à outils est disponible gratuitement en français, "
                "néerlandais, allemand, anglais, espagnol, italien et portugais.</li><li>La "
                "formation des enseignants peut être suivie en ligne en six heures "
                "environ.</li></ul>"
            ),
            "de": (
                "<ul><li>Alle Materialien wurden vor der Veröffentlichung in echten Klassen in den "
                "fünf Ländern erprobt und anhand der Rückmeldungen der Lehrkräfte "
                "überarbeitet.</li><li>Der Werkzeugkasten steht kostenlos auf Deutsch, "
                "Französisch, Niederländisch, Englisch, Spanisch, Italienisch und Portugiesisch "
                "zur Verfügung.</li><li>Die Lehrerfortbildung kann online in etwa sechs Stunden "
                "absolviert werden.</li></ul>"
            ),
            "en": (
                "<ul><li>All materials were tested in real classes in the five countries before "
                "publication and revised on the basis of teachers' feedback.</li><li>The toolkit "
                "is available free of charge in Dutch, French, German, English, Spanish, Italian "
                "and Portuguese.</li><li>The teacher training can be followed online and takes "
                "about six hours.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Tussen 2022 en 2024 gebruikten 147 leerkrachten in 52 scholen de materialen "
                "met ongeveer 3.800 leerlingen. In de pilootklassen steeg het aandeel meisjes dat "
                "verder wil met informatica van 24% naar 37%, terwijl de interesse bij de jongens "
                "stabiel bleef.</p>"
            ),
            "fr": (
                "<p>Entre 2022 et 2024, 147 enseignants de 52 écoles ont utilisé les supports avec "
                "environ 3 800 élèves. Dans les classes pilotes, la part des filles souhaitant "
                "poursuivre en informatique est passée de 24 % à 37 %, tandis que l'intérêt des "
                "garçons est resté stable.</p>"
            ),
            "de": (
                "<p>Zwischen 2022 und 2024 setzten 147 Lehrkräfte an 52 Schulen die Materialien "
                "mit rund 3.800 Schülerinnen und Schülern ein. In den Pilotklassen stieg der "
                "Anteil der Mädchen, die mit Informatik weitermachen möchten, von 24 % auf 37 %, "
                "während das Interesse der Jungen stabil blieb.</p>"
            ),
            "en": (
                "<p>Between 2022 and 2024, 147 teachers in 52 schools used the materials with "
                "about 3,800 pupils. In the pilot classes, the share of girls who wanted to "
                "continue with computing rose from 24% to 37%, while boys' interest remained "
                "stable.</p>"
            ),
        },
    },
    {
        "slug": "a-interface3-alumnae-network",
        "owner": "interface3",
        "promoter": "interface3",
        "partners": [],
        "category": "networking_mentoring",
        "objective": 4,
        "audiences": ["ict_professionals", "employees"],
        "countries": ["BE"],
        "sphere": "local",
        "fields_of_education": ["0612", "0613"],
        "funding": "own_resources",
        "technologies": ["programming", "data"],
        "levels": ["intermediate"],
        "region": "brussels",
        "start": "2019-05-01",
        "end": None,
        "website": "https://www.interface3.be",
        "title": {
            "nl": "Alumnaenetwerk van Interface3",
            "fr": "Réseau des anciennes d'Interface3",
            "de": "Alumnae-Netzwerk von Interface3",
            "en": "Interface3 Alumnae Network",
        },
        "summary": {
            "nl": (
                "Een netwerk dat oud-cursisten van Interface3 na hun opleiding met elkaar in "
                "contact houdt, met maandelijkse bijeenkomsten in Brussel, steun van collega's in "
                "de eerste werkjaren en de kans om zelf mentor of lesgever te worden."
            ),
            "fr": (
                "Un réseau qui maintient le lien entre les anciennes stagiaires d'Interface3 après "
                "leur formation, avec des rencontres mensuelles à Bruxelles, un soutien entre "
                "pairs pendant les premières années d'emploi et la possibilité de devenir à leur "
                "tour mentore ou formatrice."
            ),
            "de": (
                "Ein Netzwerk, das ehemalige Teilnehmerinnen von Interface3 nach ihrer Ausbildung "
                "miteinander in Verbindung hält – mit monatlichen Treffen in Brüssel, "
                "gegenseitiger Unterstützung in den ersten Berufsjahren und der Möglichkeit, "
                "selbst Mentorin oder Trainerin zu werden."
            ),
            "en": (
                "A network that keeps former Interface3 trainees in touch after their training, "
                "with monthly meetups in Brussels, peer support in the first years of work and the "
                "opportunity to become a mentor or trainer themselves."
            ),
        },
        "background": {
            "nl": (
                "<p>Al meer dan dertig jaar leidt Interface3 vrouwen op tot developer, "
                "netwerktechnicus of IT-supportmedewerker. Velen van hen zijn de eerste in hun "
                "familie die in de IT werken en de enige vrouw in hun team, wat de eerste "
                "werkjaren moeilijk maakt.</p><p>Het alumnaenetwerk werd door oud-cursisten zelf "
                "opgericht en draait op eigen middelen van Interface3. Het organiseert lezingen, "
                "technische workshops en informele avonden en beheert een besloten onlinegroep "
                "voor vacatures en vragen.</p>"
            ),
            "fr": (
                "<p>Depuis plus de trente ans, Interface3 forme des femmes aux métiers de "
                "développeuse, de technicienne réseau et de support informatique. Beaucoup d'entre "
                "elles sont les premières de leur famille à travailler dans l'informatique et la "
                "seule femme de leur équipe, ce qui rend les premières années d'emploi "
                "difficiles.</p><p>Le réseau a été créé par d'anciennes stagiaires et fonctionne "
                "sur fonds propres d'Interface3. Il organise des conférences, des ateliers "
                "techniques et des soirées informelles, et anime un groupe en ligne privé pour les "
                "offres d'emploi et les questions.</p>"
            ),
            "de": (
                "<p>Seit mehr als dreißig Jahren bildet Interface3 Frauen zu Entwicklerinnen, "
                "Netzwerktechnikerinnen und IT-Supportfachkräften aus. Viele von ihnen sind die "
                "Ersten in ihrer Familie, die in der IT arbeiten, und die einzige Frau in ihrem "
                "Team, was die ersten Berufsjahre erschwert.</p><p>Das Alumnae-Netzwerk wurde von "
                "ehemaligen Teilnehmerinnen selbst gegründet und wird aus Eigenmitteln von "
                "Interface3 getragen. Es organisiert Vorträge, technische Workshops und informelle "
                "Abende und betreibt eine geschlossene Online-Gruppe für Stellenangebote und "
                "Fragen.</p>"
            ),
            "en": (
                "<p>For more than thirty years, Interface3 has trained women as developers, "
                "network technicians and IT support specialists. Many of them are the first in "
                "their family to work in IT and the only woman in their team, which makes the "
                "first years of work difficult.</p><p>The alumnae network was set up by former "
                "trainees themselves and runs on Interface3's own resources. It organises talks, "
                "technical workshops and informal evenings, and maintains a private online group "
                "for job offers and questions.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<p>Het netwerk wordt gedragen door en voor de leden en kost heel weinig. Het "
                "maakt van afgestudeerden rolmodellen voor de volgende groepen: alumnae getuigen "
                "tijdens infosessies, ontvangen cursisten voor een meeloopdag op hun werkplek en "
                "sommigen keren als lesgever terug naar Interface3.</p>"
            ),
            "fr": (
                "<p>Le réseau est animé par et pour ses membres, à très faible coût. Il fait des "
                "anciennes des modèles pour les groupes suivants : elles témoignent lors des "
                "séances d'information, accueillent des stagiaires pour une journée d'immersion "
                "sur leur lieu de travail et, pour certaines, reviennent chez Interface3 comme "
                "formatrices.</p>"
            ),
            "de": (
                "<p>Das Netzwerk wird von und für seine Mitglieder betrieben und verursacht nur "
                "sehr geringe Kosten. Es macht aus Absolventinnen Vorbilder für die nächsten "
                "Gruppen: Alumnae berichten bei Informationsveranstaltungen von ihren Erfahrungen, "
                "nehmen Teilnehmerinnen für einen Schnuppertag an ihrem Arbeitsplatz auf, und "
                "einige kehren als Trainerinnen zu Interface3 zurück.</p>"
            ),
            "en": (
                "<p>The network is run by and for its members, at very low cost. It turns "
                "graduates into role models for the next groups: alumnae speak at information "
                "sessions, host trainees for a job-shadowing day at their workplace and, in some "
                "cases, return to Interface3 as trainers.</p>"
            ),
        },
        "results": {
            "nl": (
                "<p>Het netwerk telt ongeveer 620 leden, van wie er elk jaar zo'n 150 aan minstens "
                "één activiteit deelnemen. In 2024 waren 35 alumnae vrijwillig mentor, en zes "
                "oud-cursisten geven nu zelf les bij Interface3.</p>"
            ),
            "fr": (
                "<p>Le réseau compte environ 620 membres, dont quelque 150 participent chaque "
                "année à au moins une activité. En 2024, 35 anciennes ont été mentores bénévoles, "
                "et six anciennes stagiaires enseignent aujourd'hui chez Interface3.</p>"
            ),
            "de": (
                "<p>Das Netzwerk hat rund 620 Mitglieder, von denen jedes Jahr etwa 150 an "
                "mindestens einer Aktivität teilnehmen. 2024 waren 35 Alumnae ehrenamtlich als "
                "Mentorinnen tätig, und sechs ehemalige Teilnehmerinnen unterrichten heute selbst "
                "bei Interface3.</p>"
            ),
            "en": (
                "<p>The network has about 620 members, around 150 of whom take part in at least "
                "one activity each year. In 2024, 35 alumnae volunteered as mentors, and six "
                "former trainees now teach at Interface3.</p>"
            ),
        },
    },
    {
        "slug": "a-proximus-girls-in-ict-day",
        "owner": "proximus",
        "promoter": "proximus",
        "partners": ["agoria"],
        "category": "awareness",
        "objective": 3,
        "audiences": ["students_girls", "education"],
        "countries": ["BE"],
        "sphere": "national",
        "fields_of_education": [],
        "funding": "private",
        "technologies": ["ai", "cybersecurity", "iot"],
        "levels": ["foundation"],
        "region": "federal",
        "start": "2018-04-26",
        "end": None,
        "website": "https://www.proximus.be",
        "title": {
            "nl": "Girls in ICT Day bij Proximus",
            "fr": "Girls in ICT Day chez Proximus",
            "de": "Girls in ICT Day bei Proximus",
            "en": "Girls in ICT Day at Proximus",
        },
        "summary": {
            "nl": (
                "Elk jaar op de internationale Girls in ICT Day ontvangt Proximus meisjes uit het "
                "secundair onderwijs op zijn sites in heel België voor een dag met praktische "
                "workshops en ontmoetingen met vrouwelijke ingenieurs en technici."
            ),
            "fr": (
                "Chaque année, à l'occasion de la journée internationale Girls in ICT Day, "
                "Proximus accueille des élèves du secondaire sur ses sites partout en Belgique "
                "pour une journée d'ateliers pratiques et de rencontres avec des ingénieures et "
                "des techniciennes."
            ),
            "de": (
                "Jedes Jahr empfängt Proximus am internationalen Girls in ICT Day Schülerinnen der "
                "Sekundarstufe an seinen Standorten in ganz Belgien zu einem Tag mit praktischen "
                "Workshops und Begegnungen mit Ingenieurinnen und Technikerinnen."
            ),
            "en": (
                "Every year on the international Girls in ICT Day, Proximus welcomes secondary "
                "school girls to its sites across Belgium for a day of hands-on workshops and "
                "meetings with women engineers and technicians."
            ),
        },
        "background": {
            "nl": (
                "<p>De Internationale Telecommunicatie-Unie viert Girls in ICT Day op de vierde "
                "donderdag van april. Proximus grijpt die dag aan om meisjes van 14 tot 17 jaar te "
                "laten zien wat er achter een mobiel netwerk, een datacenter of een security "
                "operations center gebeurt, en wie dat werk doet.</p><p>Scholen schrijven in via "
                "het scholennetwerk van Agoria. De meisjes volgen 's ochtends workshops en brengen "
                "de namiddag door met vrouwelijke medewerkers, die vertellen over hun studies en "
                "hun dagelijkse werk.</p>"
            ),
            "fr": (
                "<p>L'Union internationale des télécommunications célèbre la journée Girls in ICT "
                "le quatrième jeudi d'avril. Proximus en profite pour montrer à des filles de 14 à "
                "17 ans ce qui se passe derrière un réseau mobile, un centre de données ou un "
                "centre opérationnel de sécurité, et qui fait ce travail.</p><p>Les écoles "
                "s'inscrivent via le réseau d'écoles d'Agoria. Les élèves participent le matin à "
                "des ateliers et passent l'après-midi avec des collaboratrices, qui parlent de "
                "leurs études et de leur travail au quotidien.</p>"
            ),
            "de": (
                "<p>Die Internationale Fernmeldeunion begeht den Girls in ICT Day am vierten "
                "Donnerstag im April. Proximus nutzt diesen Tag, um Mädchen von 14 bis 17 Jahren "
                "zu zeigen, was hinter einem Mobilfunknetz, einem Rechenzentrum oder einem "
                "Security Operations Center steckt und wer diese Arbeit macht.</p><p>Die Schulen "
                "melden sich über das Schulnetzwerk von Agoria an. Vormittags besuchen die Mädchen "
                "Workshops, nachmittags sprechen sie mit Mitarbeiterinnen über deren Studium und "
                "Arbeitsalltag.</p>"
            ),
            "en": (
                "<p>The International Telecommunication Union celebrates Girls in ICT Day on the "
                "fourth Thursday of April. Proximus uses the day to show girls aged 14 to 17 what "
                "goes on behind a mobile network, a data centre or a security operations centre, "
                "and who does that work.</p><p>Schools register through Agoria's school network. "
                "The girls attend workshops in the morning and spend the afternoon with women "
                "employees, who talk about their studies and their daily work.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>De workshops zijn praktisch: een klein netwerk configureren, een "
                "phishingpoging herkennen, een eenvoudig model voor beeldherkenning "
                "trainen.</li><li>Alle sprekers zijn vrouwen in verschillende fasen van hun "
                "loopbaan, van leerlingen in duaal leren tot senior managers.</li><li>Leerkrachten "
                "krijgen een opvolgles die ze de week nadien in de klas kunnen "
                "gebruiken.</li></ul>"
            ),
            "fr": (
                "<ul><li>Les ateliers sont pratiques : configurer un petit réseau, repérer une "
                "tentative d'hameçonnage, entraîner un modèle simple de reconnaissance "
                "d'images.</li><li>Toutes les intervenantes sont des femmes à différents stades de "
                "leur carrière, de l'apprentie à la cadre supérieure.</li><li>Les enseignants "
                "reçoivent une leçon de suivi à utiliser en classe la semaine suivante.</li></ul>"
            ),
            "de": (
                "<ul><li>Die Workshops sind praxisnah: ein kleines Netzwerk einrichten, einen "
                "Phishing-Versuch erkennen, ein einfaches Bilderkennungsmodell "
                "trainieren.</li><li>Alle Referentinnen sind Frauen in unterschiedlichen Phasen "
                "ihrer Laufbahn, von der Auszubildenden bis zur leitenden Managerin.</li><li>Die "
                "Lehrkräfte erhalten eine Folgestunde, die sie in der Woche darauf im Unterricht "
                "einsetzen können.</li></ul>"
            ),
            "en": (
                "<ul><li>Workshops are hands-on: configuring a small network, spotting a phishing "
                "attempt, training a simple image-recognition model.</li><li>All speakers are "
                "women at different stages of their career, from apprentices to senior "
                "managers.</li><li>Teachers receive a follow-up lesson they can use in class the "
                "following week.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Sinds 2018 namen ongeveer 2.300 meisjes uit 160 scholen deel, en zetten meer "
                "dan 200 medewerkers van Proximus zich vrijwillig in. In 2024 zei 72% van de "
                "deelneemsters dat de dag hun beeld van ICT-beroepen had veranderd.</p>"
            ),
            "fr": (
                "<p>Depuis 2018, environ 2 300 filles issues de 160 écoles ont participé, et plus "
                "de 200 membres du personnel de Proximus se sont portés volontaires. En 2024, 72 % "
                "des participantes ont déclaré que la journée avait changé leur image des métiers "
                "des TIC.</p>"
            ),
            "de": (
                "<p>Seit 2018 haben rund 2.300 Mädchen aus 160 Schulen teilgenommen, und mehr als "
                "200 Mitarbeitende von Proximus haben sich ehrenamtlich engagiert. 2024 gaben 72 % "
                "der Teilnehmerinnen an, dass der Tag ihr Bild von IKT-Berufen verändert habe.</p>"
            ),
            "en": (
                "<p>Since 2018, about 2,300 girls from 160 schools have taken part, and more than "
                "200 Proximus employees have volunteered. In 2024, 72% of participants said the "
                "day had changed their view of ICT jobs.</p>"
            ),
        },
    },
]
