"""Demo content for Be Digital Together: partner organisations and key figures.

Pure data, no Django imports. Every translatable field is a dict keyed by language code
(nl, fr, de, en). An empty string means the text is not available in that language.
"""

ORGANISATIONS = [
    {
        "slug": "actiris",
        "kind": "public_employment_service",
        "region": "brussels",
        "website": "https://www.actiris.brussels",
        "email": "",
        "name": {
            "nl": "Actiris",
            "fr": "Actiris",
            "de": "Actiris",
            "en": "Actiris",
        },
        "description": {
            "nl": (
                "Actiris is de Brusselse gewestelijke dienst voor arbeidsbemiddeling. "
                "Werkzoekenden in het Brussels Hoofdstedelijk Gewest schrijven zich er in, krijgen "
                "er persoonlijke begeleiding en vinden er vacatures, ook in de digitale sector.\n\n"
                "Samen met Bruxelles Formation en VDAB Brussel helpt Actiris je de opleiding te "
                "vinden die bij je plannen past, bijvoorbeeld als je wilt overstappen naar een job "
                "in IT."
            ),
            "fr": (
                "Actiris est le service public de l’emploi de la Région de Bruxelles-Capitale. Les "
                "demandeuses et demandeurs d’emploi bruxellois s’y inscrivent et y trouvent un "
                "accompagnement personnalisé ainsi que des offres d’emploi, y compris dans le "
                "secteur numérique.\n\n"
                "En collaboration avec Bruxelles Formation et VDAB Brussel, Actiris vous oriente "
                "vers la formation qui correspond à votre projet, par exemple si vous envisagez "
                "une reconversion vers un métier de l’IT."
            ),
            "de": (
                "Actiris ist der öffentliche Arbeitsvermittlungsdienst der Region "
                "Brüssel-Hauptstadt. Arbeitsuchende in Brüssel melden sich dort an, werden "
                "persönlich begleitet und finden Stellenangebote – auch in der Digitalbranche.\n\n"
                "Gemeinsam mit Bruxelles Formation und VDAB Brussel hilft Actiris Ihnen, die "
                "passende Ausbildung zu finden, etwa wenn Sie sich beruflich neu orientieren und "
                "in die IT wechseln möchten."
            ),
            "en": (
                "Actiris is the public employment service of the Brussels-Capital Region. Job "
                "seekers in Brussels register with Actiris, receive personal guidance and find job "
                "vacancies, including in the digital sector.\n\n"
                "Together with Bruxelles Formation and VDAB Brussel, Actiris can point you to the "
                "right training course, for example if you are thinking of moving into an IT job."
            ),
        },
    },
    {
        "slug": "vdab",
        "kind": "public_employment_service",
        "region": "flanders",
        "website": "https://www.vdab.be",
        "email": "",
        "name": {
            "nl": "VDAB",
            "fr": "VDAB",
            "de": "VDAB",
            "en": "VDAB",
        },
        "description": {
            "nl": (
                "VDAB is de Vlaamse dienst voor arbeidsbemiddeling en beroepsopleiding. "
                "Werkzoekenden kunnen er gratis opleidingen volgen, van digitale basisvaardigheden "
                "tot gespecialiseerde ICT-trajecten, en krijgen begeleiding bij hun zoektocht naar "
                "werk.\n\n"
                "Veel cursussen kun je ook online volgen, zodat je ze makkelijker combineert met "
                "je gezin of je huidige job. In Brussel biedt VDAB Brussel Nederlandstalige "
                "opleidingen en begeleiding aan."
            ),
            "fr": (
                "Le VDAB est le service public flamand de l’emploi et de la formation "
                "professionnelle. Les demandeuses et demandeurs d’emploi peuvent y suivre "
                "gratuitement des formations, des compétences numériques de base jusqu’aux "
                "parcours spécialisés en TIC, et y sont accompagnés dans leur recherche "
                "d’emploi.\n\n"
                "De nombreux cours sont accessibles en ligne, ce qui permet de les concilier plus "
                "facilement avec une vie de famille ou un emploi. À Bruxelles, VDAB Brussel "
                "propose des formations et un accompagnement en néerlandais."
            ),
            "de": (
                "Der VDAB ist der flämische Dienst für Arbeitsvermittlung und Berufsausbildung. "
                "Arbeitsuchende können dort kostenlos Ausbildungen absolvieren – von digitalen "
                "Grundkenntnissen bis zu spezialisierten IT-Lehrgängen – und werden bei der "
                "Stellensuche begleitet.\n\n"
                "Viele Kurse lassen sich online belegen und so leichter mit Familie oder Beruf "
                "vereinbaren. In Brüssel bietet VDAB Brussel Ausbildungen und Begleitung auf "
                "Niederländisch an."
            ),
            "en": (
                "VDAB is the Flemish public employment and vocational training service. Job "
                "seekers can take free training courses there, from basic digital skills to "
                "specialised ICT programmes, and get support in their search for work.\n\n"
                "Many courses can be followed online, which makes them easier to combine with "
                "family life or a job. In Brussels, VDAB Brussel offers training and guidance in "
                "Dutch."
            ),
        },
    },
    {
        "slug": "le-forem",
        "kind": "public_employment_service",
        "region": "wallonia",
        "website": "https://www.leforem.be",
        "email": "",
        "name": {
            "nl": "Le Forem",
            "fr": "Le Forem",
            "de": "Le Forem",
            "en": "Le Forem",
        },
        "description": {
            "nl": (
                "Le Forem is de Waalse openbare dienst voor arbeidsbemiddeling en "
                "beroepsopleiding. Werkzoekenden in Wallonië krijgen er begeleiding bij hun "
                "zoektocht naar werk, vinden er vacatures en kunnen er gratis opleidingen volgen, "
                "onder meer voor digitale beroepen.\n\n"
                "Samen met de competentiecentra, zoals Technobel, biedt Le Forem ook opleidingen "
                "in geavanceerde technologie aan: softwareontwikkeling, netwerken, cybersecurity "
                "of data."
            ),
            "fr": (
                "Le Forem est le service public wallon de l’emploi et de la formation "
                "professionnelle. Il accompagne les demandeuses et demandeurs d’emploi dans leur "
                "recherche, diffuse des offres d’emploi et propose des formations gratuites, "
                "notamment aux métiers du numérique.\n\n"
                "Avec les centres de compétence, comme Technobel, il permet aussi de se former aux "
                "technologies de pointe : développement, réseaux, cybersécurité ou données."
            ),
            "de": (
                "Le Forem ist der wallonische öffentliche Dienst für Beschäftigung und "
                "Berufsausbildung. Er begleitet Arbeitsuchende bei der Stellensuche, "
                "veröffentlicht Stellenangebote und bietet kostenlose Ausbildungen an, unter "
                "anderem für digitale Berufe.\n\n"
                "Gemeinsam mit den Kompetenzzentren wie Technobel ermöglicht Le Forem auch "
                "Weiterbildungen in Zukunftstechnologien: Softwareentwicklung, Netzwerke, "
                "Cybersicherheit oder Daten."
            ),
            "en": (
                "Le Forem is Wallonia’s public employment and vocational training service. It "
                "supports job seekers in their search for work, publishes job vacancies and offers "
                "free training courses, including for digital jobs.\n\n"
                "Together with competence centres such as Technobel, it also provides training in "
                "advanced technologies: software development, networking, cybersecurity and data."
            ),
        },
    },
    {
        "slug": "adg",
        "kind": "public_employment_service",
        "region": "german_community",
        "website": "https://www.adg.be",
        "email": "",
        "name": {
            "nl": "ADG – Arbeitsamt der Deutschsprachigen Gemeinschaft",
            "fr": "ADG – Office de l’emploi de la Communauté germanophone",
            "de": "ADG – Arbeitsamt der Deutschsprachigen Gemeinschaft",
            "en": "ADG – Employment Office of the German-speaking Community",
        },
        "description": {
            "nl": (
                "De ADG is de openbare dienst voor arbeidsbemiddeling van de Duitstalige "
                "Gemeenschap. Werkzoekenden krijgen er advies, begeleiding bij hun zoektocht naar "
                "werk en toegang tot opleidingen, ook op digitaal vlak.\n\n"
                "Wie zich wil heroriënteren, bijvoorbeeld naar een job in IT, kan bij de ADG in "
                "Eupen en Sankt Vith terecht om de volgende stappen voor te bereiden."
            ),
            "fr": (
                "L’ADG est le service public de l’emploi de la Communauté germanophone. Les "
                "demandeuses et demandeurs d’emploi y trouvent des conseils, un accompagnement "
                "dans leur recherche d’emploi et un accès à des formations, y compris dans le "
                "numérique.\n\n"
                "Si vous envisagez une réorientation professionnelle, par exemple vers "
                "l’informatique, les équipes de l’ADG à Eupen et à Saint-Vith vous aident à "
                "préparer les prochaines étapes."
            ),
            "de": (
                "Das ADG ist der öffentliche Arbeitsvermittlungsdienst der Deutschsprachigen "
                "Gemeinschaft. Arbeitsuchende erhalten dort Beratung, Begleitung bei der "
                "Stellensuche und Zugang zu Weiterbildungen, auch im digitalen Bereich.\n\n"
                "Wer sich beruflich neu orientieren möchte, etwa in Richtung IT, findet beim ADG "
                "in Eupen und St. Vith Ansprechpersonen, die bei den nächsten Schritten "
                "weiterhelfen."
            ),
            "en": (
                "The ADG is the public employment service of Belgium’s German-speaking Community. "
                "Job seekers get advice, support in their search for work and access to training "
                "courses, including in digital skills.\n\n"
                "If you are considering a career change, for instance into IT, the ADG teams in "
                "Eupen and Sankt Vith can help you plan your next steps."
            ),
        },
    },
    {
        "slug": "bruxelles-formation",
        "kind": "training_centre",
        "region": "brussels",
        "website": "https://www.bruxellesformation.brussels",
        "email": "",
        "name": {
            "nl": "Bruxelles Formation",
            "fr": "Bruxelles Formation",
            "de": "Bruxelles Formation",
            "en": "Bruxelles Formation",
        },
        "description": {
            "nl": (
                "Bruxelles Formation is de Franstalige openbare dienst voor beroepsopleiding in "
                "Brussel. Werkzoekenden kunnen er gratis opleidingen volgen, van digitale "
                "basisvaardigheden tot IT-beroepen.\n\n"
                "Samen met Actiris, VDAB Brussel en de sector maakt Bruxelles Formation deel uit "
                "van Digitalcity, het Brusselse opleidings- en tewerkstellingscentrum voor "
                "digitale beroepen."
            ),
            "fr": (
                "Bruxelles Formation est le service public francophone de la formation "
                "professionnelle à Bruxelles. Les demandeuses et demandeurs d’emploi peuvent y "
                "suivre gratuitement des formations, des compétences numériques de base jusqu’aux "
                "métiers de l’IT.\n\n"
                "Avec Actiris, VDAB Brussel et le secteur, Bruxelles Formation fait partie de "
                "Digitalcity, le pôle formation-emploi bruxellois consacré aux métiers du "
                "numérique."
            ),
            "de": (
                "Bruxelles Formation ist der französischsprachige öffentliche Dienst für "
                "Berufsausbildung in Brüssel. Arbeitsuchende können dort kostenlos Ausbildungen "
                "absolvieren – von digitalen Grundkenntnissen bis hin zu IT-Berufen.\n\n"
                "Zusammen mit Actiris, VDAB Brussel und der Branche ist Bruxelles Formation Teil "
                "von Digitalcity, dem Brüsseler Ausbildungs- und Beschäftigungszentrum für "
                "digitale Berufe."
            ),
            "en": (
                "Bruxelles Formation is the French-speaking public vocational training service in "
                "Brussels. Job seekers can take free courses there, from basic digital skills to "
                "IT professions.\n\n"
                "Together with Actiris, VDAB Brussel and the sector, Bruxelles Formation is part "
                "of Digitalcity, the Brussels training and employment hub for digital jobs."
            ),
        },
    },
    {
        "slug": "digitaal-vlaanderen",
        "kind": "public_authority",
        "region": "flanders",
        "website": "https://www.vlaanderen.be/digitaal-vlaanderen",
        "email": "",
        "name": {
            "nl": "Digitaal Vlaanderen",
            "fr": "Digitaal Vlaanderen",
            "de": "Digitaal Vlaanderen",
            "en": "Digitaal Vlaanderen",
        },
        "description": {
            "nl": (
                "Digitaal Vlaanderen is het agentschap van de Vlaamse overheid dat de digitale "
                "transformatie van de overheid ondersteunt. Het bouwt mee aan digitale diensten "
                "voor burgers en ondernemingen en aan de platformen die Vlaamse en lokale besturen "
                "gebruiken.\n\n"
                "Als partner van de strategie Women in Digital zet Digitaal Vlaanderen mee in op "
                "meer vrouwen in digitale beroepen."
            ),
            "fr": (
                "Digitaal Vlaanderen est l’agence du gouvernement flamand qui accompagne la "
                "transformation numérique des pouvoirs publics. Elle développe des services "
                "numériques pour les citoyens et les entreprises, ainsi que des plateformes "
                "utilisées par les administrations flamandes et locales.\n\n"
                "Partenaire de la stratégie Women in Digital, elle contribue à attirer davantage "
                "de femmes vers les métiers du numérique."
            ),
            "de": (
                "Digitaal Vlaanderen ist die Agentur der flämischen Regierung, die die digitale "
                "Transformation der Verwaltung vorantreibt. Sie entwickelt digitale Dienste für "
                "Bürgerinnen, Bürger und Unternehmen sowie Plattformen, die von flämischen und "
                "lokalen Behörden genutzt werden.\n\n"
                "Als Partner der Strategie „Women in Digital“ setzt sie sich dafür ein, mehr "
                "Frauen für digitale Berufe zu gewinnen."
            ),
            "en": (
                "Digitaal Vlaanderen is the Flemish government agency that drives the digital "
                "transformation of the public sector. It develops digital services for citizens "
                "and businesses, as well as platforms used by Flemish and local authorities.\n\n"
                "As a partner of the Women in Digital strategy, it helps attract more women to "
                "digital careers."
            ),
        },
    },
    {
        "slug": "hub-brussels",
        "kind": "public_authority",
        "region": "brussels",
        "website": "https://hub.brussels",
        "email": "",
        "name": {
            "nl": "hub.brussels",
            "fr": "hub.brussels",
            "de": "hub.brussels",
            "en": "hub.brussels",
        },
        "description": {
            "nl": (
                "hub.brussels is het Brussels Agentschap voor de Onderneming. Het informeert, "
                "adviseert en begeleidt ondernemers, van het eerste idee tot de internationale "
                "groei van hun bedrijf.\n\n"
                "Het agentschap zet ook acties op om vrouwelijk ondernemerschap te ondersteunen en "
                "meer vrouwen een plaats te geven in de Brusselse techsector."
            ),
            "fr": (
                "hub.brussels est l’Agence bruxelloise pour l’accompagnement de l’entreprise. Elle "
                "informe, conseille et accompagne les entrepreneuses et entrepreneurs, de la "
                "première idée jusqu’au développement international de leur activité.\n\n"
                "L’agence mène aussi des actions pour soutenir l’entrepreneuriat féminin et "
                "renforcer la place des femmes dans la tech bruxelloise."
            ),
            "de": (
                "hub.brussels ist die Brüsseler Agentur zur Unternehmensförderung. Sie informiert, "
                "berät und begleitet Unternehmerinnen und Unternehmer – von der ersten Idee bis "
                "zur internationalen Expansion.\n\n"
                "Die Agentur unterstützt zudem gezielt Gründerinnen und setzt sich dafür ein, dass "
                "mehr Frauen in der Brüsseler Tech-Szene Fuß fassen."
            ),
            "en": (
                "hub.brussels is the Brussels agency for business support. It informs, advises and "
                "supports entrepreneurs, from the first idea to international growth.\n\n"
                "The agency also runs initiatives to support women entrepreneurs and to bring more "
                "women into the Brussels tech scene."
            ),
        },
    },
    {
        "slug": "fps-economy",
        "kind": "public_authority",
        "region": "federal",
        "website": "https://economie.fgov.be",
        "email": "",
        "name": {
            "nl": "FOD Economie, K.M.O., Middenstand en Energie",
            "fr": "SPF Economie, P.M.E., Classes moyennes et Energie",
            "de": "FÖD Wirtschaft, KMB, Mittelstand und Energie",
            "en": "FPS Economy, SMEs, Self-employed and Energy",
        },
        "description": {
            "nl": (
                "De FOD Economie coördineert de nationale strategie Women in Digital, die door "
                "alle regeringen van het land werd goedgekeurd. Samen met partners op federaal, "
                "gewestelijk en gemeenschapsniveau en uit het middenveld volgt de FOD de "
                "uitvoering ervan op.\n\n"
                "De FOD Economie beheert ook dit portaal, waarop de partners hun opleidingen, "
                "initiatieven en getuigenissen publiceren."
            ),
            "fr": (
                "Le SPF Economie coordonne la stratégie nationale Women in Digital, adoptée par "
                "l’ensemble des gouvernements du pays. Il en assure le suivi avec des partenaires "
                "fédéraux, régionaux et communautaires ainsi qu’avec le monde associatif.\n\n"
                "Le SPF Economie gère également ce portail, sur lequel les partenaires publient "
                "leurs formations, leurs initiatives et des témoignages."
            ),
            "de": (
                "Der FÖD Wirtschaft koordiniert die nationale Strategie „Women in Digital“, die "
                "von allen Regierungen des Landes angenommen wurde. Gemeinsam mit Partnern auf "
                "föderaler, regionaler und gemeinschaftlicher Ebene sowie aus dem Vereinswesen "
                "begleitet er ihre Umsetzung.\n\n"
                "Der FÖD Wirtschaft betreibt auch dieses Portal, auf dem die Partner ihre "
                "Ausbildungen, Initiativen und Erfahrungsberichte veröffentlichen."
            ),
            "en": (
                "The FPS Economy coordinates the national Women in Digital strategy, adopted by "
                "all of the country’s governments. It monitors the strategy’s implementation "
                "together with federal, regional and community partners and civil-society "
                "organisations.\n\n"
                "The FPS Economy also runs this portal, where partners publish their training "
                "courses, initiatives and testimonials."
            ),
        },
    },
    {
        "slug": "becode",
        "kind": "non_profit",
        "region": "federal",
        "website": "https://becode.org",
        "email": "",
        "name": {
            "nl": "BeCode",
            "fr": "BeCode",
            "de": "BeCode",
            "en": "BeCode",
        },
        "description": {
            "nl": (
                "BeCode is een vzw die gratis, intensieve opleidingen voor digitale beroepen "
                "aanbiedt: webontwikkeling, data en artificiële intelligentie, cybersecurity … Ze "
                "richten zich vooral tot werkzoekenden en mensen die van loopbaan willen "
                "veranderen; een diploma is niet vereist.\n\n"
                "De opleidingen combineren projectmatig leren met contacten met bedrijven, op "
                "campussen in Brussel, Vlaanderen en Wallonië."
            ),
            "fr": (
                "BeCode est une ASBL qui propose des formations intensives et gratuites aux "
                "métiers du numérique : développement web, data et intelligence artificielle, "
                "cybersécurité… Elles s’adressent en priorité aux demandeuses et demandeurs "
                "d’emploi et aux personnes en reconversion, sans exigence de diplôme.\n\n"
                "Les formations combinent apprentissage par projets et contacts avec des "
                "entreprises, sur des campus à Bruxelles, en Flandre et en Wallonie."
            ),
            "de": (
                "BeCode ist eine VoG, die kostenlose Intensivausbildungen für digitale Berufe "
                "anbietet: Webentwicklung, Data und künstliche Intelligenz, Cybersicherheit … Sie "
                "richten sich vor allem an Arbeitsuchende und Menschen, die sich beruflich neu "
                "orientieren – ein Diplom ist nicht erforderlich.\n\n"
                "Die Ausbildungen verbinden projektbasiertes Lernen mit Kontakten zu Unternehmen "
                "und finden an Standorten in Brüssel, Flandern und der Wallonie statt."
            ),
            "en": (
                "BeCode is a non-profit organisation offering free, intensive training for digital "
                "jobs such as web development, data and artificial intelligence, and "
                "cybersecurity. Its courses are aimed mainly at job seekers and people changing "
                "careers, and no degree is required.\n\n"
                "Training combines project-based learning with company contacts, on campuses in "
                "Brussels, Flanders and Wallonia."
            ),
        },
    },
    {
        "slug": "interface3",
        "kind": "training_centre",
        "region": "brussels",
        "website": "https://www.interface3.be",
        "email": "",
        "name": {
            "nl": "Interface3",
            "fr": "Interface3",
            "de": "Interface3",
            "en": "Interface3",
        },
        "description": {
            "nl": (
                "Interface3 is een Brussels opleidingscentrum dat uitsluitend vrouwen opleidt voor "
                "IT- en andere technische beroepen. Al meer dan dertig jaar kunnen vrouwen – vaak "
                "werkzoekend – er terecht om een nieuwe richting in te slaan, met of zonder "
                "diploma.\n\n"
                "De opleidingen zijn intensief en praktijkgericht, gaan van IT-support tot "
                "webontwikkeling en omvatten persoonlijke begeleiding en een stage in een bedrijf."
            ),
            "fr": (
                "Interface3 est un centre de formation bruxellois qui forme exclusivement des "
                "femmes aux métiers de l’informatique et à d’autres métiers techniques. Depuis "
                "plus de trente ans, il accueille des femmes – souvent demandeuses d’emploi – qui "
                "souhaitent se réorienter, qu’elles aient un diplôme ou non.\n\n"
                "Intensives et concrètes, les formations vont du support informatique au "
                "développement web et comprennent un accompagnement personnalisé ainsi qu’un stage "
                "en entreprise."
            ),
            "de": (
                "Interface3 ist ein Brüsseler Ausbildungszentrum, das ausschließlich Frauen für "
                "IT- und andere technische Berufe ausbildet. Seit über dreißig Jahren richtet es "
                "sich an Frauen – oft Arbeitsuchende –, die sich beruflich neu orientieren "
                "möchten, mit oder ohne Abschluss.\n\n"
                "Die intensiven, praxisnahen Ausbildungen reichen vom IT-Support bis zur "
                "Webentwicklung und umfassen persönliche Begleitung sowie ein Praktikum in einem "
                "Unternehmen."
            ),
            "en": (
                "Interface3 is a Brussels training centre that trains only women, for careers in "
                "IT and other technical fields. For more than thirty years it has welcomed women – "
                "many of them job seekers – who want to change direction, with or without a "
                "degree.\n\n"
                "Its intensive, hands-on courses range from IT support to web development and "
                "include personal coaching and a work placement in a company."
            ),
        },
    },
    {
        "slug": "molengeek",
        "kind": "non_profit",
        "region": "brussels",
        "website": "https://molengeek.com",
        "email": "",
        "name": {
            "nl": "MolenGeek",
            "fr": "MolenGeek",
            "de": "MolenGeek",
            "en": "MolenGeek",
        },
        "description": {
            "nl": (
                "MolenGeek ontstond in 2015 in Sint-Jans-Molenbeek en wil technologie toegankelijk "
                "maken voor iedereen, ongeacht diploma of achtergrond. Het tech-ecosysteem omvat "
                "een codeerschool, korte opleidingen, een coworkingruimte en een incubator voor "
                "start-ups.\n\n"
                "MolenGeek organiseert ook hackathons en initiatieworkshops: een laagdrempelige "
                "manier om de sector te leren kennen, zonder voorkennis."
            ),
            "fr": (
                "Né en 2015 à Molenbeek-Saint-Jean, MolenGeek est un écosystème technologique qui "
                "veut rendre le numérique accessible à toutes et à tous, quel que soit le parcours "
                "scolaire. On y trouve une école de code, des formations courtes, un espace de "
                "coworking et un incubateur de start-up.\n\n"
                "MolenGeek organise aussi des hackathons et des ateliers d’initiation : une bonne "
                "porte d’entrée pour découvrir le secteur, sans prérequis."
            ),
            "de": "",
            "en": "",
        },
    },
    {
        "slug": "technobel",
        "kind": "training_centre",
        "region": "wallonia",
        "website": "https://www.technobel.be",
        "email": "",
        "name": {
            "nl": "Technobel",
            "fr": "Technobel",
            "de": "Technobel",
            "en": "Technobel",
        },
        "description": {
            "nl": (
                "Technobel is een Waals competentiecentrum voor informatie- en "
                "communicatietechnologie in Ciney, in de provincie Namen. In samenwerking met Le "
                "Forem leidt het werkzoekenden, werknemers, studenten en leerkrachten op.\n\n"
                "De opleidingen gaan onder meer over applicatieontwikkeling, netwerken en "
                "cybersecurity, met veel aandacht voor de praktijk."
            ),
            "fr": (
                "Technobel est un centre de compétence wallon spécialisé dans les technologies de "
                "l’information et de la communication, établi à Ciney, en province de Namur. En "
                "partenariat avec Le Forem, il forme des demandeuses et demandeurs d’emploi, des "
                "travailleurs, des étudiants et des enseignants.\n\n"
                "Ses formations portent notamment sur le développement d’applications, les réseaux "
                "et la cybersécurité, avec une large place accordée à la pratique."
            ),
            "de": (
                "Technobel ist ein wallonisches Kompetenzzentrum für Informations- und "
                "Kommunikationstechnologien mit Sitz in Ciney in der Provinz Namur. In "
                "Zusammenarbeit mit Le Forem bildet es Arbeitsuchende, Beschäftigte, Studierende "
                "und Lehrkräfte aus.\n\n"
                "Das Angebot umfasst unter anderem Anwendungsentwicklung, Netzwerke und "
                "Cybersicherheit – mit einem klaren Schwerpunkt auf der Praxis."
            ),
            "en": (
                "Technobel is a Walloon competence centre for information and communication "
                "technology, based in Ciney in the province of Namur. Working with Le Forem, it "
                "trains job seekers, employees, students and teachers.\n\n"
                "Its courses cover application development, networking and cybersecurity, among "
                "other subjects, with a strong focus on hands-on practice."
            ),
        },
    },
    {
        "slug": "syntra",
        "kind": "education",
        "region": "flanders",
        "website": "https://www.syntra.be",
        "email": "",
        "name": {
            "nl": "Syntra",
            "fr": "Syntra",
            "de": "Syntra",
            "en": "Syntra",
        },
        "description": {
            "nl": (
                "Syntra is een netwerk van opleidingscentra in Vlaanderen en Brussel, "
                "gespecialiseerd in ondernemerschap en praktijkgerichte opleidingen voor "
                "volwassenen. Naast opleidingen voor wie een eigen zaak wil starten, biedt Syntra "
                "ook opleidingen voor digitale en IT-beroepen.\n\n"
                "Veel lessen vinden ’s avonds of op zaterdag plaats, zodat je ze kunt combineren "
                "met een job of een gezin."
            ),
            "fr": (
                "Syntra est un réseau de centres de formation en Flandre et à Bruxelles, "
                "spécialisé dans l’entrepreneuriat et les formations pratiques pour adultes. Outre "
                "des cursus pour lancer sa propre activité, Syntra propose des formations aux "
                "métiers du numérique et de l’informatique.\n\n"
                "De nombreux cours ont lieu en soirée ou le samedi et se combinent donc avec un "
                "emploi ou une vie de famille. Les formations sont données en néerlandais."
            ),
            "de": (
                "Syntra ist ein Netz von Ausbildungszentren in Flandern und Brüssel, das auf "
                "Unternehmertum und praxisnahe Weiterbildung für Erwachsene spezialisiert ist. "
                "Neben Lehrgängen für angehende Selbstständige bietet Syntra auch Ausbildungen für "
                "digitale und IT-Berufe an.\n\n"
                "Viele Kurse finden abends oder samstags statt und lassen sich so mit Beruf oder "
                "Familie vereinbaren. Unterrichtssprache ist Niederländisch."
            ),
            "en": (
                "Syntra is a network of training centres in Flanders and Brussels specialising in "
                "entrepreneurship and practical training for adults. Alongside courses for people "
                "who want to start their own business, Syntra offers training for digital and IT "
                "jobs.\n\n"
                "Many classes take place in the evening or on Saturdays, so they can be combined "
                "with a job or family life. Courses are taught in Dutch."
            ),
        },
    },
    {
        "slug": "agoria",
        "kind": "network",
        "region": "federal",
        "website": "https://www.agoria.be",
        "email": "",
        "name": {
            "nl": "Agoria",
            "fr": "Agoria",
            "de": "Agoria",
            "en": "Agoria",
        },
        "description": {
            "nl": (
                "Agoria is de federatie van de technologische industrie in België en verenigt "
                "bedrijven uit onder meer de digitale sector, de maakindustrie en de telecom. Met "
                "haar arbeidsmarktstudies brengt Agoria in kaart hoeveel digitaal talent ons land "
                "de komende jaren nodig heeft.\n\n"
                "De federatie pleit voor meer jongeren in STEM-richtingen en voor levenslang "
                "leren, zodat ook vrouwen die van loopbaan veranderen hun plaats vinden in de "
                "technologiesector."
            ),
            "fr": (
                "Agoria est la fédération de l’industrie technologique en Belgique. Elle rassemble "
                "des entreprises du numérique, de l’industrie manufacturière, des télécoms et "
                "d’autres secteurs, et ses études sur le marché du travail évaluent les besoins du "
                "pays en talents numériques pour les années à venir.\n\n"
                "La fédération plaide pour davantage de jeunes dans les filières STEM et pour la "
                "formation tout au long de la vie, afin que les femmes en reconversion trouvent "
                "elles aussi leur place dans la tech."
            ),
            "de": (
                "Agoria ist der Verband der Technologieindustrie in Belgien und vereint "
                "Unternehmen aus der Digitalbranche, der verarbeitenden Industrie, der "
                "Telekommunikation und weiteren Bereichen. Mit seinen Arbeitsmarktstudien zeigt "
                "Agoria, wie viele digitale Fachkräfte das Land in den kommenden Jahren "
                "braucht.\n\n"
                "Der Verband setzt sich für mehr junge Menschen in MINT-Fächern und für "
                "lebenslanges Lernen ein, damit auch Quereinsteigerinnen ihren Platz in der "
                "Technologiebranche finden."
            ),
            "en": (
                "Agoria is the Belgian technology industry federation, bringing together companies "
                "from the digital sector, manufacturing, telecoms and other fields. Its labour "
                "market studies estimate how much digital talent the country will need in the "
                "coming years.\n\n"
                "The federation calls for more young people in STEM studies and for lifelong "
                "learning, so that women changing careers can also find their place in tech."
            ),
        },
    },
    {
        "slug": "proximus",
        "kind": "company",
        "region": "federal",
        "website": "https://www.proximus.be",
        "email": "",
        "name": {
            "nl": "Proximus",
            "fr": "Proximus",
            "de": "Proximus",
            "en": "Proximus",
        },
        "description": {
            "nl": (
                "Proximus is een Belgische groep voor telecommunicatie en ICT. Het bedrijf stelt "
                "veel mensen tewerk in technische en digitale functies, van netwerktechnici tot "
                "ontwikkelaars en specialisten in data en cybersecurity.\n\n"
                "Proximus steunt ook initiatieven die digitale opleidingen toegankelijker maken, "
                "zoals MolenGeek."
            ),
            "fr": (
                "Proximus est un groupe belge de télécommunications et de TIC. L’entreprise "
                "emploie de nombreuses personnes dans des fonctions techniques et numériques, des "
                "techniciennes et techniciens réseau aux spécialistes du développement, des "
                "données et de la cybersécurité.\n\n"
                "Proximus soutient aussi des initiatives qui rendent les formations numériques "
                "plus accessibles, comme MolenGeek."
            ),
            "de": (
                "Proximus ist eine belgische Telekommunikations- und IKT-Gruppe. Das Unternehmen "
                "beschäftigt viele Menschen in technischen und digitalen Berufen – von "
                "Netzwerktechnikerinnen und -technikern bis zu Fachleuten für Softwareentwicklung, "
                "Daten und Cybersicherheit.\n\n"
                "Proximus unterstützt zudem Initiativen, die digitale Ausbildungen zugänglicher "
                "machen, etwa MolenGeek."
            ),
            "en": (
                "Proximus is a Belgian telecommunications and ICT group. It employs many people in "
                "technical and digital roles, from network technicians to developers and data and "
                "cybersecurity specialists.\n\n"
                "Proximus also supports initiatives that make digital training more accessible, "
                "such as MolenGeek."
            ),
        },
    },
]

KEY_FIGURES = [
    {
        "key": "women-ict-specialists",
        "value": "19",
        "unit": "percent",
        "year": 2023,
        "area": "belgium",
        "label": {
            "nl": "van de ICT-specialisten in België is een vrouw",
            "fr": "des spécialistes des TIC en Belgique sont des femmes",
            "de": "der IKT-Fachkräfte in Belgien sind Frauen",
            "en": "of ICT specialists in Belgium are women",
        },
        "source": {
            "nl": "Eurostat / FOD Economie",
            "fr": "Eurostat / SPF Economie",
            "de": "Eurostat / FÖD Wirtschaft",
            "en": "Eurostat / FPS Economy",
        },
        "source_url": "https://ec.europa.eu/eurostat",
        "on_home": True,
    },
    {
        "key": "women-digital-sector",
        "value": "17",
        "unit": "percent",
        "year": 2021,
        "area": "belgium",
        "label": {
            "nl": "van wie in de digitale sector in België werkt, is een vrouw",
            "fr": (
                "des personnes qui travaillent dans le secteur numérique en Belgique sont des "
                "femmes"
            ),
            "de": "der Beschäftigten im belgischen Digitalsektor sind Frauen",
            "en": "of people working in Belgium’s digital sector are women",
        },
        "source": {
            "nl": "FOD Economie – strategie Women in Digital",
            "fr": "SPF Economie – stratégie Women in Digital",
            "de": "FÖD Wirtschaft – Strategie „Women in Digital“",
            "en": "FPS Economy – Women in Digital strategy",
        },
        "source_url": "https://economie.fgov.be",
        "on_home": True,
    },
    {
        "key": "women-stem-ict-graduates",
        "value": "8",
        "unit": "per_thousand",
        "year": 2021,
        "area": "belgium",
        "label": {
            "nl": "of minder: het aandeel vrouwen in België met een diploma in STEM of ICT",
            "fr": "ou moins : la part des femmes diplômées en STEM ou en TIC en Belgique",
            "de": (
                "oder weniger: der Anteil der Frauen in Belgien mit einem Abschluss in MINT oder "
                "IKT"
            ),
            "en": "or less: the share of women in Belgium with a degree in STEM or ICT",
        },
        "source": {
            "nl": "FOD Economie – strategie Women in Digital",
            "fr": "SPF Economie – stratégie Women in Digital",
            "de": "FÖD Wirtschaft – Strategie „Women in Digital“",
            "en": "FPS Economy – Women in Digital strategy",
        },
        "source_url": "https://economie.fgov.be",
        "on_home": True,
    },
    {
        "key": "unfilled-jobs-2030",
        "value": "584000",
        "unit": "number",
        "year": 2021,
        "area": "belgium",
        "label": {
            "nl": "vacatures dreigen tegen 2030 in België onvervuld te blijven",
            "fr": "emplois pourraient rester vacants en Belgique d’ici 2030",
            "de": "Stellen könnten in Belgien bis 2030 unbesetzt bleiben",
            "en": "jobs could go unfilled in Belgium by 2030",
        },
        "source": {
            "nl": "Agoria, federatie van de technologische industrie",
            "fr": "Agoria, fédération de l’industrie technologique",
            "de": "Agoria, Verband der Technologieindustrie",
            "en": "Agoria, the Belgian technology industry federation",
        },
        "source_url": "https://www.agoria.be",
        "on_home": True,
    },
    {
        "key": "women-population",
        "value": "52",
        "unit": "percent",
        "year": 2021,
        "area": "belgium",
        "label": {
            "nl": "van de inwoners van België zijn vrouwen",
            "fr": "de la population belge est féminine",
            "de": "der Bevölkerung Belgiens sind Frauen",
            "en": "of Belgium’s population are women",
        },
        "source": {
            "nl": "FOD Economie – strategie Women in Digital",
            "fr": "SPF Economie – stratégie Women in Digital",
            "de": "FÖD Wirtschaft – Strategie „Women in Digital“",
            "en": "FPS Economy – Women in Digital strategy",
        },
        "source_url": "https://economie.fgov.be",
        "on_home": False,
    },
    {
        "key": "workers-to-reskill-2030",
        "value": "300000",
        "unit": "number",
        "year": 2021,
        "area": "belgium",
        "label": {
            "nl": "werknemers zullen zich tegen 2030 moeten omscholen om hun job te behouden",
            "fr": (
                "travailleuses et travailleurs devront acquérir de nouvelles compétences d’ici "
                "2030 pour garder leur emploi"
            ),
            "de": (
                "Beschäftigte werden sich bis 2030 weiterqualifizieren müssen, um ihre Stelle zu "
                "behalten"
            ),
            "en": "workers will need to reskill by 2030 to keep their jobs",
        },
        "source": {
            "nl": "Agoria, federatie van de technologische industrie",
            "fr": "Agoria, fédération de l’industrie technologique",
            "de": "Agoria, Verband der Technologieindustrie",
            "en": "Agoria, the Belgian technology industry federation",
        },
        "source_url": "https://www.agoria.be",
        "on_home": False,
    },
    {
        "key": "eu-women-ict-specialists",
        "value": "19",
        "unit": "percent",
        "year": 2023,
        "area": "eu",
        "label": {
            "nl": "van de ICT-specialisten in de Europese Unie is een vrouw",
            "fr": "des spécialistes des TIC dans l’Union européenne sont des femmes",
            "de": "der IKT-Fachkräfte in der Europäischen Union sind Frauen",
            "en": "of ICT specialists in the European Union are women",
        },
        "source": {
            "nl": "Eurostat",
            "fr": "Eurostat",
            "de": "Eurostat",
            "en": "Eurostat",
        },
        "source_url": "https://ec.europa.eu/eurostat",
        "on_home": False,
    },
]
