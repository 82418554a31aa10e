"""Demo trainings, part A: Brussels-Capital Region and federal/online offers."""

TRAININGS = [
    {
        "slug": "bxl-data-analysis-for-women-returners",
        "owner": "actiris",
        "provider": "interface3",
        "kind": "course",
        "format": "onsite",
        "region": "brussels",
        "municipality": "Molenbeek-Saint-Jean",
        "languages": ["fr", "nl"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": True,
        "childcare": True,
        "schedule": "evening",
        "level": "foundation",
        "areas": ["information_data", "problem_solving"],
        "technologies": ["data"],
        "audiences": ["job_seekers", "women_returners"],
        "certificate": "attendance",
        "duration_hours": 60,
        "registration_url": "https://www.interface3.be",
        "contact_email": "",
        "title": {
            "nl": "Data-analyse voor vrouwen die terug aan de slag willen",
            "fr": "Analyse de données pour les femmes qui reprennent une activité",
            "de": "Datenanalyse für Frauen beim beruflichen Wiedereinstieg",
            "en": "Data analysis for women returning to work",
        },
        "summary": {
            "nl": (
                "Leer gegevens opschonen, analyseren en visualiseren in een rekenblad en een "
                "business-intelligencetool, en stel je resultaten zelfzeker voor."
            ),
            "fr": (
                "Apprenez à nettoyer, analyser et visualiser des données dans un tableur et un "
                "outil de business intelligence, puis à présenter vos résultats avec assurance."
            ),
            "de": (
                "Sie lernen, Daten in einer Tabellenkalkulation und einem "
                "Business-Intelligence-Tool zu bereinigen, auszuwerten und darzustellen und Ihre "
                "Ergebnisse sicher zu präsentieren."
            ),
            "en": (
                "Learn to clean, analyse and visualise data in a spreadsheet and a business "
                "intelligence tool, and present your findings with confidence."
            ),
        },
        "description": {
            "nl": (
                "<p>Deze avondopleiding is bedoeld voor vrouwen die een tijd niet gewerkt hebben "
                "en willen doorstromen naar een job met data. De lessen vinden plaats in kleine "
                "groepen en tijdens de lessen is er kinderopvang.</p><ul><li>Basis van "
                "rekenbladen: formules, sorteren en filteren</li><li>Draaitabellen en "
                "grafieken</li><li>Een eenvoudig dashboard bouwen</li><li>Resultaten voorstellen "
                "aan een team</li></ul>"
            ),
            "fr": (
                "<p>Ce cours du soir s'adresse aux femmes qui ont interrompu leur carrière et "
                "souhaitent s'orienter vers un métier lié aux données. Les cours se donnent en "
                "petit groupe et une garderie est proposée pendant les séances.</p><ul><li>Les "
                "bases du tableur : formules, tris et filtres</li><li>Tableaux croisés dynamiques "
                "et graphiques</li><li>Construire un tableau de bord simple</li><li>Présenter ses "
                "résultats à une équipe</li></ul>"
            ),
            "de": (
                "<p>Dieser Abendkurs richtet sich an Frauen, die eine Zeit lang nicht berufstätig "
                "waren und in einen Beruf mit Datenbezug einsteigen möchten. Der Unterricht findet "
                "in kleinen Gruppen statt, während der Kurszeiten wird eine Kinderbetreuung "
                "angeboten.</p><ul><li>Grundlagen der Tabellenkalkulation: Formeln, Sortieren und "
                "Filtern</li><li>Pivot-Tabellen und Diagramme</li><li>Ein einfaches Dashboard "
                "erstellen</li><li>Ergebnisse vor einem Team präsentieren</li></ul>"
            ),
            "en": (
                "<p>This evening course is designed for women who have been away from work for a "
                "while and want to move into a data-related job. Classes take place in small "
                "groups, and childcare is available during lessons.</p><ul><li>Spreadsheet basics: "
                "formulas, sorting and filtering</li><li>Pivot tables and charts</li><li>Building "
                "a simple dashboard</li><li>Presenting results to a team</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je kunt een computer gebruiken voor dagelijkse taken en bent als werkzoekende "
                "ingeschreven bij Actiris."
            ),
            "fr": (
                "Vous utilisez un ordinateur pour des tâches courantes et êtes inscrite chez "
                "Actiris comme chercheuse d'emploi."
            ),
            "de": (
                "Sie können einen Computer für alltägliche Aufgaben nutzen und sind bei Actiris "
                "als Arbeitsuchende eingetragen."
            ),
            "en": (
                "You can use a computer for everyday tasks and are registered as a job seeker with "
                "Actiris."
            ),
        },
        "accessibility_info": {
            "nl": (
                "Tijdens de lessen is er gratis kinderopvang ter plaatse; vermeld het bij je "
                "inschrijving."
            ),
            "fr": (
                "Une garderie gratuite est organisée sur place pendant les cours ; signalez-le "
                "lors de votre inscription."
            ),
            "de": (
                "Während des Unterrichts gibt es vor Ort eine kostenlose Kinderbetreuung; bitte "
                "geben Sie bei der Anmeldung an, ob Sie sie nutzen möchten."
            ),
            "en": (
                "Free childcare is available on site during classes; mention it when you register."
            ),
        },
        "sessions": [
            {
                "in_days": 21,
                "start": "18:30",
                "hours": 3,
                "span_days": 70,
                "online": False,
                "venue": "Interface3",
                "address": "Rue Gabrielle Petit 4, 1080 Molenbeek-Saint-Jean",
                "capacity": 16,
                "status": "open",
                "deadline_days_before": 7,
            },
            {
                "in_days": 112,
                "start": "18:30",
                "hours": 3,
                "span_days": 70,
                "online": False,
                "venue": "Interface3",
                "address": "Rue Gabrielle Petit 4, 1080 Molenbeek-Saint-Jean",
                "capacity": 16,
                "status": "open",
                "deadline_days_before": 10,
            },
        ],
    },
    {
        "slug": "bxl-junior-web-developer-bootcamp",
        "owner": "becode",
        "provider": "becode",
        "kind": "bootcamp",
        "format": "onsite",
        "region": "brussels",
        "municipality": "Bruxelles",
        "languages": ["fr", "en"],
        "cost": "free",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "full_time",
        "level": "foundation",
        "areas": ["content_creation", "problem_solving"],
        "technologies": ["programming"],
        "audiences": ["job_seekers", "career_switchers"],
        "certificate": "attendance",
        "duration_hours": None,
        "registration_url": "https://becode.org",
        "contact_email": "",
        "title": {
            "nl": "Bootcamp junior webontwikkelaar",
            "fr": "Bootcamp de développement web junior",
            "de": "Bootcamp: Junior-Webentwicklung",
            "en": "Junior web developer bootcamp",
        },
        "summary": {
            "nl": (
                "Leer websites en webapplicaties bouwen met HTML, CSS, JavaScript en een "
                "back-endtaal, door in team aan echte projecten te werken."
            ),
            "fr": (
                "Apprenez à créer des sites et des applications web avec HTML, CSS, JavaScript et "
                "un langage back-end, en travaillant en équipe sur des projets concrets."
            ),
            "de": (
                "Sie lernen, Websites und Webanwendungen mit HTML, CSS, JavaScript und einer "
                "Back-End-Sprache zu entwickeln – in Teamarbeit an konkreten Projekten."
            ),
            "en": (
                "Learn to build websites and web applications with HTML, CSS, JavaScript and a "
                "back-end language, by working on real projects in a team."
            ),
        },
        "description": {
            "nl": (
                "<p>De bootcamps van BeCode steunen op actief leren: geen hoorcolleges, je leert "
                "door te doen, met de steun van coaches en je medecursisten. De opleiding is "
                "voltijds en gratis.</p><ul><li>Front-end: HTML, CSS en "
                "JavaScript</li><li>Back-end en databanken</li><li>Versiebeheer met Git en "
                "samenwerken in team</li><li>Voorbereiding op sollicitatiegesprekken</li></ul>"
            ),
            "fr": (
                "<p>Les bootcamps de BeCode reposent sur la pédagogie active : pas de cours "
                "magistraux, vous apprenez en pratiquant, avec l'appui de coachs et des autres "
                "participants. La formation est à temps plein et "
                "gratuite.</p><ul><li>Développement front-end : HTML, CSS et "
                "JavaScript</li><li>Développement back-end et bases de données</li><li>Gestion de "
                "versions avec Git et travail en équipe</li><li>Préparation aux entretiens "
                "d'embauche</li></ul>"
            ),
            "de": (
                "<p>Die Bootcamps von BeCode setzen auf aktives Lernen: Statt Frontalunterricht "
                "lernen Sie durch praktisches Arbeiten, begleitet von Coaches und den anderen "
                "Teilnehmenden. Die Ausbildung findet in Vollzeit statt und ist "
                "kostenlos.</p><ul><li>Front-End-Entwicklung: HTML, CSS und "
                "JavaScript</li><li>Back-End-Entwicklung und "
                "Datenbanken</li><li>Versionsverwaltung mit Git und "
                "Teamarbeit</li><li>Vorbereitung auf Vorstellungsgespräche</li></ul>"
            ),
            "en": (
                "<p>BeCode's bootcamps follow an active learning approach: there are no lectures, "
                "you learn by doing, supported by coaches and your fellow learners. The training "
                "is full-time and free of charge.</p><ul><li>Front-end development: HTML, CSS and "
                "JavaScript</li><li>Back-end development and databases</li><li>Version control "
                "with Git and teamwork</li><li>Preparing for job interviews</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je hoeft nog niet te kunnen programmeren, maar je moet voltijds beschikbaar zijn "
                "tijdens de hele opleiding."
            ),
            "fr": (
                "Aucune expérience en programmation n'est requise, mais vous devez être disponible "
                "à temps plein pendant toute la formation."
            ),
            "de": (
                "Programmierkenntnisse sind nicht erforderlich, Sie müssen jedoch während der "
                "gesamten Ausbildung in Vollzeit verfügbar sein."
            ),
            "en": (
                "No prior coding experience is required, but you must be available full-time for "
                "the whole programme."
            ),
        },
        "accessibility_info": {"nl": "", "fr": "", "de": "", "en": ""},
        "sessions": [
            {
                "in_days": 9,
                "start": "09:00",
                "hours": 7,
                "span_days": 210,
                "online": False,
                "venue": "BeCode",
                "address": "Bruxelles",
                "capacity": 24,
                "status": "full",
                "deadline_days_before": 14,
            },
            {
                "in_days": 98,
                "start": "09:00",
                "hours": 7,
                "span_days": 210,
                "online": False,
                "venue": "BeCode",
                "address": "Bruxelles",
                "capacity": 24,
                "status": "open",
                "deadline_days_before": 21,
            },
        ],
    },
    {
        "slug": "bxl-digital-basics-for-job-seekers",
        "owner": "actiris",
        "provider": "bruxelles-formation",
        "kind": "course",
        "format": "onsite",
        "region": "brussels",
        "municipality": "Bruxelles",
        "languages": ["fr"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "daytime",
        "level": "foundation",
        "areas": ["information_data", "communication_collaboration", "safety"],
        "technologies": ["digital_skills"],
        "audiences": ["job_seekers"],
        "certificate": "attendance",
        "duration_hours": 40,
        "registration_url": "https://www.bruxellesformation.brussels",
        "contact_email": "",
        "title": {
            "nl": "Digitale basisvaardigheden voor je zoektocht naar werk",
            "fr": "Les bases du numérique pour votre recherche d'emploi",
            "de": "Digitale Grundkenntnisse für die Arbeitsuche",
            "en": "Digital basics for your job search",
        },
        "summary": {
            "nl": (
                "Word vertrouwd met computer en smartphone, beheer je mailbox, vul "
                "onlineformulieren in en solliciteer veilig online."
            ),
            "fr": (
                "Prenez en main l'ordinateur et le smartphone, gérez votre boîte mail, remplissez "
                "des formulaires en ligne et postulez en ligne en toute sécurité."
            ),
            "de": (
                "Sie lernen den sicheren Umgang mit Computer und Smartphone, verwalten Ihr "
                "E-Mail-Postfach, füllen Online-Formulare aus und bewerben sich sicher online."
            ),
            "en": (
                "Get comfortable with a computer and a smartphone, manage your e-mail, fill in "
                "online forms and apply for jobs online safely."
            ),
        },
        "description": {
            "nl": (
                "<p>Een praktische opleiding voor werkzoekenden die weinig met een computer werken "
                "of zich online onzeker voelen. Je werkt op je eigen tempo in een kleine groep, "
                "met een lesgever die de tijd neemt om alles uit te leggen.</p><ul><li>Werken met "
                "computer, toetsenbord en muis</li><li>Een e-mailadres aanmaken en "
                "beheren</li><li>Je cv opmaken in een tekstverwerker</li><li>itsme en online "
                "overheidsdiensten gebruiken</li><li>Phishing herkennen en je wachtwoorden "
                "beschermen</li></ul>"
            ),
            "fr": (
                "<p>Une formation pratique pour les chercheurs et chercheuses d'emploi qui "
                "utilisent peu l'ordinateur ou qui ne se sentent pas à l'aise en ligne. Vous "
                "avancez à votre rythme, en petit groupe, avec un formateur qui prend le temps "
                "d'expliquer.</p><ul><li>Utiliser l'ordinateur, le clavier et la "
                "souris</li><li>Créer et gérer une adresse e-mail</li><li>Rédiger son CV avec un "
                "traitement de texte</li><li>Utiliser itsme et les services publics en "
                "ligne</li><li>Repérer l'hameçonnage et protéger ses mots de passe</li></ul>"
            ),
            "de": (
                "<p>Ein praxisnaher Kurs für Arbeitsuchende, die selten am Computer arbeiten oder "
                "sich im Internet unsicher fühlen. Sie lernen in Ihrem eigenen Tempo in einer "
                "kleinen Gruppe, mit einem Ausbilder, der sich Zeit für Erklärungen "
                "nimmt.</p><ul><li>Computer, Tastatur und Maus bedienen</li><li>Eine "
                "E-Mail-Adresse einrichten und verwalten</li><li>Einen Lebenslauf mit einem "
                "Textverarbeitungsprogramm erstellen</li><li>itsme und öffentliche Online-Dienste "
                "nutzen</li><li>Phishing erkennen und Passwörter schützen</li></ul>"
            ),
            "en": (
                "<p>A practical course for job seekers who rarely use a computer or feel unsure "
                "online. You work at your own pace in a small group, with a trainer who takes the "
                "time to explain.</p><ul><li>Using a computer, keyboard and mouse</li><li>Creating "
                "and managing an e-mail address</li><li>Writing a CV in a word "
                "processor</li><li>Using itsme and online public services</li><li>Spotting "
                "phishing and protecting your passwords</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je bent als werkzoekende ingeschreven bij Actiris en kunt eenvoudige teksten in "
                "het Frans lezen."
            ),
            "fr": (
                "Vous êtes inscrit·e chez Actiris comme chercheur·euse d'emploi et vous lisez des "
                "textes simples en français."
            ),
            "de": (
                "Sie sind bei Actiris als arbeitsuchend eingetragen und können einfache Texte auf "
                "Französisch lesen."
            ),
            "en": (
                "You are registered as a job seeker with Actiris and can read simple texts in "
                "French."
            ),
        },
        "accessibility_info": {
            "nl": (
                "Heb je een beperking, meld het dan bij je inschrijving, zodat we de opleiding "
                "waar mogelijk kunnen aanpassen."
            ),
            "fr": (
                "Si vous avez un handicap, signalez-le lors de l'inscription : nous adapterons la "
                "formation dans la mesure du possible."
            ),
            "de": (
                "Wenn Sie eine Beeinträchtigung haben, teilen Sie dies bitte bei der Anmeldung "
                "mit, damit wir den Kurs nach Möglichkeit anpassen können."
            ),
            "en": (
                "If you have a disability, tell us when you register so that we can adapt the "
                "training where possible."
            ),
        },
        "sessions": [
            {
                "in_days": 7,
                "start": "09:00",
                "hours": 4,
                "span_days": 25,
                "online": False,
                "venue": "Bruxelles Formation",
                "address": "Bruxelles",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 3,
            },
            {
                "in_days": 49,
                "start": "09:00",
                "hours": 4,
                "span_days": 25,
                "online": False,
                "venue": "Bruxelles Formation",
                "address": "Bruxelles",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 7,
            },
        ],
    },
    {
        "slug": "bxl-coding-saturdays-for-women",
        "owner": "molengeek",
        "provider": "molengeek",
        "kind": "workshop",
        "format": "onsite",
        "region": "brussels",
        "municipality": "Molenbeek-Saint-Jean",
        "languages": ["fr", "en"],
        "cost": "free",
        "price": None,
        "women_only": True,
        "childcare": True,
        "schedule": "weekend",
        "level": "foundation",
        "areas": ["content_creation"],
        "technologies": ["programming"],
        "audiences": ["women_returners", "career_switchers"],
        "certificate": "none",
        "duration_hours": 25,
        "registration_url": "https://molengeek.com",
        "contact_email": "",
        "title": {
            "nl": "Codeerzaterdagen voor vrouwen",
            "fr": "Les samedis du code pour les femmes",
            "de": "Programmier-Samstage für Frauen",
            "en": "Coding Saturdays for women",
        },
        "summary": {
            "nl": (
                "Ontdek programmeren in een ontspannen sfeer: in vijf zaterdagworkshops bouw je je "
                "eerste webpagina en schrijf je je eerste regels JavaScript."
            ),
            "fr": (
                "Découvrez la programmation dans une ambiance détendue : en cinq ateliers du "
                "samedi, vous créez votre première page web et écrivez vos premières lignes de "
                "JavaScript."
            ),
            "de": (
                "Entdecken Sie das Programmieren in entspannter Atmosphäre: In fünf "
                "Samstagsworkshops erstellen Sie Ihre erste Webseite und schreiben Ihre ersten "
                "Zeilen JavaScript."
            ),
            "en": (
                "Discover programming in a relaxed setting: in five Saturday workshops you build "
                "your first web page and write your first lines of JavaScript."
            ),
        },
        "description": {
            "nl": (
                "<p>Deze workshops staan open voor vrouwen van alle leeftijden die nieuwsgierig "
                "zijn naar tech, wat hun achtergrond ook is. Ter plaatse is er kinderopvang, zodat "
                "ook mama's kunnen deelnemen.</p><ul><li>Hoe een website werkt</li><li>Je eerste "
                "pagina in HTML en CSS</li><li>Eerste stappen in JavaScript</li><li>Kennismaking "
                "met vrouwen die in de tech werken</li></ul>"
            ),
            "fr": (
                "<p>Ces ateliers sont ouverts aux femmes de tous âges curieuses de la tech, quel "
                "que soit leur parcours. Une garderie est organisée sur place pour permettre aux "
                "mamans de participer.</p><ul><li>Comment fonctionne un site web</li><li>Votre "
                "première page en HTML et CSS</li><li>Premiers pas en "
                "JavaScript</li><li>Rencontres avec des femmes qui travaillent dans la "
                "tech</li></ul>"
            ),
            "de": (
                "<p>Die Workshops stehen Frauen jeden Alters offen, die neugierig auf Technik sind "
                "– unabhängig von ihrem Werdegang. Vor Ort wird eine Kinderbetreuung organisiert, "
                "damit auch Mütter teilnehmen können.</p><ul><li>Wie eine Website "
                "funktioniert</li><li>Ihre erste Seite in HTML und CSS</li><li>Erste Schritte in "
                "JavaScript</li><li>Begegnungen mit Frauen, die in der IT arbeiten</li></ul>"
            ),
            "en": (
                "<p>These workshops are open to women of all ages who are curious about tech, "
                "whatever their background. Childcare is organised on site so that mothers can "
                "take part.</p><ul><li>How a website works</li><li>Your first page in HTML and "
                "CSS</li><li>First steps in JavaScript</li><li>Meeting women who work in "
                "tech</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": "Voorkennis is niet nodig; breng je eigen laptop mee als je er een hebt.",
            "fr": "Aucun prérequis ; apportez votre ordinateur portable si vous en avez un.",
            "de": (
                "Vorkenntnisse sind nicht nötig; bringen Sie nach Möglichkeit Ihren eigenen Laptop "
                "mit."
            ),
            "en": "No prior knowledge is needed; bring your own laptop if you have one.",
        },
        "accessibility_info": {
            "nl": (
                "Tijdens de workshops is er kinderopvang; reserveer een plaats bij je inschrijving."
            ),
            "fr": (
                "Une garderie est prévue pendant les ateliers ; réservez une place lors de votre "
                "inscription."
            ),
            "de": (
                "Während der Workshops gibt es eine Kinderbetreuung; reservieren Sie bei der "
                "Anmeldung einen Platz."
            ),
            "en": "Childcare is available during the workshops; book a place when you register.",
        },
        "sessions": [
            {
                "in_days": -26,
                "start": "10:00",
                "hours": 5,
                "span_days": 28,
                "online": False,
                "venue": "MolenGeek",
                "address": "Molenbeek-Saint-Jean",
                "capacity": 20,
                "status": "open",
                "deadline_days_before": 5,
            },
            {
                "in_days": 17,
                "start": "10:00",
                "hours": 5,
                "span_days": 28,
                "online": False,
                "venue": "MolenGeek",
                "address": "Molenbeek-Saint-Jean",
                "capacity": 20,
                "status": "open",
                "deadline_days_before": 5,
            },
            {
                "in_days": 59,
                "start": "10:00",
                "hours": 5,
                "span_days": 28,
                "online": False,
                "venue": "MolenGeek",
                "address": "Molenbeek-Saint-Jean",
                "capacity": 20,
                "status": "cancelled",
                "deadline_days_before": 5,
            },
        ],
    },
    {
        "slug": "bxl-e-commerce-for-women-entrepreneurs",
        "owner": "hub-brussels",
        "provider": "hub-brussels",
        "kind": "workshop",
        "format": "blended",
        "region": "brussels",
        "municipality": "Bruxelles",
        "languages": ["fr", "en"],
        "cost": "subsidised",
        "price": "90.00",
        "women_only": True,
        "childcare": False,
        "schedule": "evening",
        "level": "foundation",
        "areas": ["content_creation", "communication_collaboration"],
        "technologies": ["digital_marketing"],
        "audiences": ["entrepreneurs"],
        "certificate": "none",
        "duration_hours": 12,
        "registration_url": "https://hub.brussels",
        "contact_email": "",
        "title": {
            "nl": "Online verkopen: e-commerce voor vrouwelijke ondernemers",
            "fr": "Vendre en ligne : l'e-commerce pour les entrepreneuses",
            "de": "Online verkaufen: E-Commerce für Unternehmerinnen",
            "en": "Selling online: e-commerce for women entrepreneurs",
        },
        "summary": {
            "nl": (
                "Start of verbeter je webshop, kies de juiste verkoopkanalen en leer welke regels "
                "gelden voor online verkopen in België."
            ),
            "fr": (
                "Lancez ou améliorez votre boutique en ligne, choisissez les bons canaux de vente "
                "et comprenez les règles qui s'appliquent à la vente en ligne en Belgique."
            ),
            "de": (
                "Sie richten Ihren Onlineshop ein oder verbessern ihn, wählen die passenden "
                "Vertriebskanäle und lernen die Regeln für den Onlinehandel in Belgien kennen."
            ),
            "en": (
                "Set up or improve your online shop, choose the right sales channels and "
                "understand the rules that apply to selling online in Belgium."
            ),
        },
        "description": {
            "nl": (
                "<p>Een reeks van vier avondworkshops voor vrouwen die een zaak hebben of er "
                "binnenkort een opstarten. Twee sessies vinden plaats in Brussel, twee online, en "
                "telkens is er tijd om aan je eigen project te werken.</p><ul><li>Een "
                "webshopplatform en betaalmethodes kiezen</li><li>Productpagina's en foto's die "
                "verkopen</li><li>Consumentenrechten, algemene voorwaarden en GDPR</li><li>Sociale "
                "media en nieuwsbrieven om klanten aan te trekken</li></ul>"
            ),
            "fr": (
                "<p>Un cycle de quatre ateliers en soirée pour les femmes qui dirigent une "
                "entreprise ou s'apprêtent à en lancer une. Deux séances ont lieu à Bruxelles, "
                "deux en ligne, et chacune se termine par un temps de travail sur votre propre "
                "projet.</p><ul><li>Choisir une plateforme de boutique et des moyens de "
                "paiement</li><li>Des fiches produits et des photos qui donnent envie "
                "d'acheter</li><li>Droits des consommateurs, conditions générales et "
                "RGPD</li><li>Réseaux sociaux et newsletter pour attirer des clients</li></ul>"
            ),
            "de": (
                "<p>Eine Reihe von vier Abendworkshops für Frauen, die ein Unternehmen führen oder "
                "kurz vor der Gründung stehen. Zwei Termine finden in Brüssel statt, zwei online, "
                "und jeder endet mit Zeit für die Arbeit am eigenen "
                "Projekt.</p><ul><li>Shop-Plattform und Zahlungsmethoden "
                "auswählen</li><li>Produktseiten und Fotos, die "
                "verkaufen</li><li>Verbraucherrechte, AGB und DSGVO</li><li>Soziale Netzwerke und "
                "Newsletter zur Kundengewinnung</li></ul>"
            ),
            "en": (
                "<p>A series of four evening workshops for women who run a business or are about "
                "to launch one. Two sessions take place in Brussels and two online, and each one "
                "ends with time to work on your own project.</p><ul><li>Choosing a shop platform "
                "and payment methods</li><li>Product pages and photos that sell</li><li>Consumer "
                "rights, terms and conditions and GDPR</li><li>Social media and newsletters to "
                "bring in customers</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": "Je hebt een eigen zaak of een concreet plan om er een op te starten.",
            "fr": "Vous dirigez une entreprise ou avez un projet concret de création.",
            "de": "Sie führen ein Unternehmen oder haben ein konkretes Gründungsvorhaben.",
            "en": "You run a business or have a concrete plan to start one.",
        },
        "accessibility_info": {
            "nl": "De onlinesessies worden opgenomen, zodat je ze achteraf kunt herbekijken.",
            "fr": "Les séances en ligne sont enregistrées et peuvent être revues par la suite.",
            "de": (
                "Die Online-Termine werden aufgezeichnet und können im Nachhinein angesehen werden."
            ),
            "en": "The online sessions are recorded so that you can watch them again afterwards.",
        },
        "sessions": [
            {
                "in_days": 19,
                "start": "18:30",
                "hours": 3,
                "span_days": 21,
                "online": False,
                "venue": "hub.brussels",
                "address": "Bruxelles",
                "capacity": 25,
                "status": "open",
                "deadline_days_before": 5,
            },
            {
                "in_days": 75,
                "start": "18:30",
                "hours": 3,
                "span_days": 21,
                "online": False,
                "venue": "hub.brussels",
                "address": "Bruxelles",
                "capacity": 25,
                "status": "open",
                "deadline_days_before": 5,
            },
        ],
    },
    {
        "slug": "bxl-shopping-and-banking-online-safely-webinar",
        "owner": "fps-economy",
        "provider": "fps-economy",
        "kind": "webinar",
        "format": "online",
        "region": "online",
        "municipality": "",
        "languages": ["nl", "fr"],
        "cost": "free",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "evening",
        "level": "foundation",
        "areas": ["safety"],
        "technologies": ["cybersecurity"],
        "audiences": ["all"],
        "certificate": "none",
        "duration_hours": 2,
        "registration_url": "https://economie.fgov.be",
        "contact_email": "",
        "title": {
            "nl": "Webinar: veilig online winkelen en bankieren",
            "fr": "Webinaire : acheter et payer en ligne en toute sécurité",
            "de": "Webinar: Sicher online einkaufen und bezahlen",
            "en": "Webinar: shopping and banking online safely",
        },
        "summary": {
            "nl": (
                "Leer valse webshops, phishingberichten en betalingsfraude herkennen en ontdek wat "
                "je moet doen als je erin getrapt bent."
            ),
            "fr": (
                "Apprenez à reconnaître les fausses boutiques en ligne, les messages d'hameçonnage "
                "et les arnaques au paiement, et sachez comment réagir si vous en êtes victime."
            ),
            "de": (
                "Sie lernen, gefälschte Onlineshops, Phishing-Nachrichten und Zahlungsbetrug zu "
                "erkennen, und erfahren, was Sie tun können, wenn Sie betroffen sind."
            ),
            "en": (
                "Learn to recognise fake web shops, phishing messages and payment scams, and know "
                "what to do if you have been caught out."
            ),
        },
        "description": {
            "nl": (
                "<p>Een webinar van twee uur met herkenbare voorbeelden en veel ruimte voor "
                "vragen. De sessies worden apart in het Nederlands en in het Frans "
                "gegeven.</p><ul><li>Hoe je een valse webshop herkent</li><li>Phishing via e-mail, "
                "sms en sociale media</li><li>Veilig betalen en je bankgegevens "
                "beschermen</li><li>Waar je fraude meldt in België</li></ul>"
            ),
            "fr": (
                "<p>Un webinaire de deux heures avec des exemples concrets et un large temps pour "
                "les questions. Les séances sont organisées séparément en français et en "
                "néerlandais.</p><ul><li>Les signes d'une fausse boutique en "
                "ligne</li><li>L'hameçonnage par e-mail, SMS et réseaux sociaux</li><li>Payer en "
                "sécurité et protéger ses données bancaires</li><li>Où signaler une fraude en "
                "Belgique</li></ul>"
            ),
            "de": (
                "<p>Ein zweistündiges Webinar mit praktischen Beispielen und viel Zeit für Fragen. "
                "Die Termine finden getrennt auf Niederländisch und auf Französisch "
                "statt.</p><ul><li>Woran Sie einen gefälschten Onlineshop "
                "erkennen</li><li>Phishing per E-Mail, SMS und über soziale "
                "Netzwerke</li><li>Sicher bezahlen und Bankdaten schützen</li><li>Wo Sie Betrug in "
                "Belgien melden können</li></ul>"
            ),
            "en": (
                "<p>A two-hour webinar with practical examples and plenty of time for questions. "
                "Sessions are held separately in Dutch and in French.</p><ul><li>Signs of a fake "
                "web shop</li><li>Phishing by e-mail, text message and social media</li><li>Paying "
                "safely and protecting your bank details</li><li>Where to report fraud in "
                "Belgium</li></ul>"
            ),
        },
        "prerequisites": {"nl": "", "fr": "", "de": "", "en": ""},
        "accessibility_info": {
            "nl": "Het webinar wordt live ondertiteld in de taal van de sessie.",
            "fr": "Le webinaire est sous-titré en direct dans la langue de la séance.",
            "de": "Das Webinar wird live in der jeweiligen Sprache untertitelt.",
            "en": "The webinar is live-captioned in the language of the session.",
        },
        "sessions": [
            {
                "in_days": -18,
                "start": "19:00",
                "hours": 2,
                "span_days": 0,
                "online": True,
                "venue": "",
                "address": "",
                "capacity": 300,
                "status": "open",
                "deadline_days_before": 1,
            },
            {
                "in_days": 10,
                "start": "19:00",
                "hours": 2,
                "span_days": 0,
                "online": True,
                "venue": "",
                "address": "",
                "capacity": 300,
                "status": "open",
                "deadline_days_before": 1,
            },
            {
                "in_days": 24,
                "start": "19:00",
                "hours": 2,
                "span_days": 0,
                "online": True,
                "venue": "",
                "address": "",
                "capacity": 300,
                "status": "open",
                "deadline_days_before": 1,
            },
        ],
    },
    {
        "slug": "bxl-ai-literacy-self-paced",
        "owner": "becode",
        "provider": "becode",
        "kind": "course",
        "format": "online",
        "region": "online",
        "municipality": "",
        "languages": ["en", "fr", "nl"],
        "cost": "free",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "self_paced",
        "level": "foundation",
        "areas": ["information_data", "safety"],
        "technologies": ["ai"],
        "audiences": ["all"],
        "certificate": "none",
        "duration_hours": 8,
        "registration_url": "https://becode.org",
        "contact_email": "",
        "title": {
            "nl": "AI-geletterdheid: AI-tools begrijpen en gebruiken",
            "fr": "Comprendre et utiliser l'intelligence artificielle",
            "de": "KI verstehen und nutzen: die Grundlagen",
            "en": "AI literacy: understanding and using AI tools",
        },
        "summary": {
            "nl": (
                "Ontdek wat generatieve AI wel en niet kan, schrijf bruikbare prompts en "
                "controleer de antwoorden die je krijgt, op je eigen tempo."
            ),
            "fr": (
                "Comprenez ce que l'IA générative peut faire, et ce qu'elle ne peut pas faire, "
                "rédigez des requêtes efficaces et vérifiez les réponses obtenues, à votre rythme."
            ),
            "de": (
                "Sie verstehen, was generative KI kann und was nicht, formulieren hilfreiche "
                "Prompts und prüfen die Antworten – in Ihrem eigenen Tempo."
            ),
            "en": (
                "Understand what generative AI can and cannot do, write useful prompts and check "
                "the answers you get, at your own pace."
            ),
        },
        "description": {
            "nl": (
                "<p>Een gratis onlinecursus met korte video's en oefeningen die je volgt wanneer "
                "het jou past. Hij is bedoeld voor iedereen die AI-tools wil gebruiken op het werk "
                "of bij het zoeken naar werk, zonder technische voorkennis.</p><ul><li>Hoe grote "
                "taalmodellen werken, in gewone woorden</li><li>Prompts schrijven en "
                "verfijnen</li><li>Feiten controleren en vooroordelen "
                "herkennen</li><li>Persoonlijke en vertrouwelijke gegevens beschermen</li></ul>"
            ),
            "fr": (
                "<p>Un cours en ligne gratuit composé de courtes vidéos et d'exercices, à suivre "
                "quand vous le souhaitez. Il s'adresse à toute personne qui veut utiliser des "
                "outils d'IA au travail ou dans sa recherche d'emploi, sans bagage "
                "technique.</p><ul><li>Le fonctionnement des grands modèles de langage, en termes "
                "simples</li><li>Rédiger et affiner ses requêtes</li><li>Vérifier les faits et "
                "repérer les biais</li><li>Protéger les données personnelles et "
                "confidentielles</li></ul>"
            ),
            "de": (
                "<p>Ein kostenloser Onlinekurs mit kurzen Videos und Übungen, den Sie jederzeit "
                "absolvieren können. Er richtet sich an alle, die KI-Werkzeuge im Beruf oder bei "
                "der Arbeitsuche nutzen möchten – ganz ohne technische "
                "Vorkenntnisse.</p><ul><li>Wie große Sprachmodelle funktionieren, einfach "
                "erklärt</li><li>Prompts formulieren und verfeinern</li><li>Fakten prüfen und "
                "Verzerrungen erkennen</li><li>Persönliche und vertrauliche Daten "
                "schützen</li></ul>"
            ),
            "en": (
                "<p>A free online course made up of short videos and exercises that you can follow "
                "whenever it suits you. It is aimed at anyone who wants to use AI tools at work or "
                "in their job search, with no technical background needed.</p><ul><li>How large "
                "language models work, in plain words</li><li>Writing and refining "
                "prompts</li><li>Checking facts and spotting bias</li><li>Protecting personal and "
                "confidential data</li></ul>"
            ),
        },
        "prerequisites": {"nl": "", "fr": "", "de": "", "en": ""},
        "accessibility_info": {
            "nl": "Alle video's zijn ondertiteld en hebben een transcriptie.",
            "fr": "Toutes les vidéos sont sous-titrées et accompagnées d'une transcription.",
            "de": "Alle Videos sind untertitelt und mit einem Transkript versehen.",
            "en": "All videos have subtitles and transcripts.",
        },
        "sessions": [],
    },
    {
        "slug": "bxl-excel-for-data-analysis-evening",
        "owner": "bruxelles-formation",
        "provider": "bruxelles-formation",
        "kind": "course",
        "format": "onsite",
        "region": "brussels",
        "municipality": "Bruxelles",
        "languages": ["fr"],
        "cost": "subsidised",
        "price": "50.00",
        "women_only": False,
        "childcare": False,
        "schedule": "evening",
        "level": "intermediate",
        "areas": ["information_data", "problem_solving"],
        "technologies": ["data"],
        "audiences": ["employees", "job_seekers"],
        "certificate": "attendance",
        "duration_hours": 30,
        "registration_url": "https://www.bruxellesformation.brussels",
        "contact_email": "",
        "title": {
            "nl": "Excel voor data-analyse: formules, draaitabellen en grafieken",
            "fr": "Excel pour l'analyse de données : formules, tableaux croisés et graphiques",
            "de": "Excel für die Datenanalyse: Formeln, Pivot-Tabellen und Diagramme",
            "en": "Excel for data analysis: formulas, pivot tables and charts",
        },
        "summary": {
            "nl": (
                "Ga verder dan de basis van Excel: gebruik zoekfuncties, vat grote tabellen samen "
                "met draaitabellen en zet cijfers om in duidelijke grafieken."
            ),
            "fr": (
                "Allez au-delà des bases d'Excel : utilisez les fonctions de recherche, "
                "synthétisez de grands tableaux avec les tableaux croisés dynamiques et "
                "transformez les chiffres en graphiques lisibles."
            ),
            "de": (
                "Sie gehen über die Excel-Grundlagen hinaus: Sie nutzen Suchfunktionen, fassen "
                "große Tabellen mit Pivot-Tabellen zusammen und machen Zahlen mit klaren "
                "Diagrammen verständlich."
            ),
            "en": (
                "Go beyond the basics of Excel: use lookup functions, summarise large tables with "
                "pivot tables and turn figures into clear charts."
            ),
        },
        "description": {
            "nl": (
                "<p>Tien avondlessen voor wie al met Excel werkt en sneller en betrouwbaarder met "
                "gegevens wil omgaan. Elke les combineert een korte demonstratie met oefeningen "
                "uit de dagelijkse kantoorpraktijk.</p><ul><li>X.ZOEKEN, ALS en voorwaardelijke "
                "opmaak</li><li>Geïmporteerde gegevens opschonen en "
                "structureren</li><li>Draaitabellen en slicers</li><li>Grafieken voor "
                "rapporten</li></ul>"
            ),
            "fr": (
                "<p>Dix cours du soir pour les personnes qui utilisent déjà Excel et veulent "
                "travailler plus vite et de manière plus fiable avec des données. Chaque cours "
                "associe une courte démonstration à des exercices tirés de situations de bureau "
                "réelles.</p><ul><li>RECHERCHEX, SI et mise en forme "
                "conditionnelle</li><li>Nettoyer et structurer des données "
                "importées</li><li>Tableaux croisés dynamiques et segments</li><li>Graphiques pour "
                "les rapports</li></ul>"
            ),
            "de": (
                "<p>Zehn Abendkurse für alle, die bereits mit Excel arbeiten und schneller und "
                "zuverlässiger mit Daten umgehen möchten. Jede Einheit verbindet eine kurze "
                "Vorführung mit Übungen aus dem Büroalltag.</p><ul><li>XVERWEIS, WENN und bedingte "
                "Formatierung</li><li>Importierte Daten bereinigen und "
                "strukturieren</li><li>Pivot-Tabellen und Datenschnitte</li><li>Diagramme für "
                "Berichte</li></ul>"
            ),
            "en": (
                "<p>Ten evening classes for people who already use Excel and want to work faster "
                "and more reliably with data. Each class combines a short demonstration with "
                "exercises based on real office situations.</p><ul><li>XLOOKUP, IF and conditional "
                "formatting</li><li>Cleaning and structuring imported data</li><li>Pivot tables "
                "and slicers</li><li>Charts for reports</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": "Je kunt al eenvoudige tabellen en formules maken in Excel.",
            "fr": "Vous savez déjà créer des tableaux et des formules simples dans Excel.",
            "de": "Sie können bereits einfache Tabellen und Formeln in Excel erstellen.",
            "en": "You can already create simple tables and formulas in Excel.",
        },
        "accessibility_info": {"nl": "", "fr": "", "de": "", "en": ""},
        "sessions": [
            {
                "in_days": -130,
                "start": "18:00",
                "hours": 3,
                "span_days": 32,
                "online": False,
                "venue": "Bruxelles Formation",
                "address": "Bruxelles",
                "capacity": 14,
                "status": "open",
                "deadline_days_before": 7,
            },
            {
                "in_days": -68,
                "start": "18:00",
                "hours": 3,
                "span_days": 32,
                "online": False,
                "venue": "Bruxelles Formation",
                "address": "Bruxelles",
                "capacity": 14,
                "status": "open",
                "deadline_days_before": 7,
            },
        ],
    },
    {
        "slug": "bxl-cloud-fundamentals-certification-programme",
        "owner": "actiris",
        "provider": "molengeek",
        "kind": "upskilling_programme",
        "format": "blended",
        "region": "brussels",
        "municipality": "Molenbeek-Saint-Jean",
        "languages": ["fr", "en"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "full_time",
        "level": "intermediate",
        "areas": ["problem_solving", "safety"],
        "technologies": ["cloud"],
        "audiences": ["job_seekers", "career_switchers"],
        "certificate": "industry",
        "duration_hours": 420,
        "registration_url": "https://molengeek.com",
        "contact_email": "",
        "title": {
            "nl": "Cloudbasis: voorbereiding op je eerste cloudcertificering",
            "fr": "Les fondamentaux du cloud : préparation à une première certification",
            "de": "Cloud-Grundlagen: Vorbereitung auf die erste Cloud-Zertifizierung",
            "en": "Cloud fundamentals: preparing for your first cloud certification",
        },
        "summary": {
            "nl": (
                "Leer in twaalf weken hoe clouddiensten, netwerken en Linuxservers werken en "
                "bereid je voor op een cloudcertificeringsexamen op instapniveau."
            ),
            "fr": (
                "En douze semaines, découvrez le fonctionnement des services cloud, des réseaux et "
                "des serveurs Linux, et préparez un examen de certification cloud de premier "
                "niveau."
            ),
            "de": (
                "In zwölf Wochen lernen Sie, wie Cloud-Dienste, Netzwerke und Linux-Server "
                "funktionieren, und bereiten sich auf eine Cloud-Zertifizierungsprüfung für "
                "Einsteiger vor."
            ),
            "en": (
                "In twelve weeks, learn how cloud services, networks and Linux servers work and "
                "prepare for an entry-level cloud certification exam."
            ),
        },
        "description": {
            "nl": (
                "<p>Een voltijds programma dat lesdagen in Molenbeek combineert met begeleide "
                "onlinelabs. Naast de technische inhoud krijg je coaching voor je cv en "
                "sollicitatiegesprekken, en ontmoet je werkgevers die junior cloudprofielen "
                "zoeken.</p><ul><li>Basis van Linux en de opdrachtregel</li><li>Essentiële kennis "
                "van netwerken en beveiliging</li><li>Belangrijkste clouddiensten: rekenkracht, "
                "opslag en databanken</li><li>Examenvoorbereiding met oefentests</li></ul>"
            ),
            "fr": (
                "<p>Un programme à temps plein qui combine des journées en classe à Molenbeek et "
                "des labs en ligne encadrés. En plus du contenu technique, vous bénéficiez d'un "
                "coaching pour votre CV et vos entretiens, et vous rencontrez des employeurs qui "
                "recrutent des profils cloud juniors.</p><ul><li>Bases de Linux et de la ligne de "
                "commande</li><li>Notions essentielles de réseau et de sécurité</li><li>Principaux "
                "services cloud : calcul, stockage et bases de données</li><li>Préparation à "
                "l'examen avec des tests blancs</li></ul>"
            ),
            "de": (
                "<p>Ein Vollzeitprogramm, das Präsenztage in Molenbeek mit begleiteten Online-Labs "
                "verbindet. Neben den technischen Inhalten erhalten Sie ein Coaching für "
                "Lebenslauf und Vorstellungsgespräche und lernen Arbeitgeber kennen, die "
                "Nachwuchskräfte im Cloud-Bereich suchen.</p><ul><li>Grundlagen von Linux und der "
                "Kommandozeile</li><li>Basiswissen zu Netzwerken und Sicherheit</li><li>Zentrale "
                "Cloud-Dienste: Rechenleistung, Speicher und "
                "Datenbanken</li><li>Prüfungsvorbereitung mit Übungstests</li></ul>"
            ),
            "en": (
                "<p>A full-time programme combining classroom days in Molenbeek with guided online "
                "labs. Alongside the technical content, you receive coaching on your CV and job "
                "interviews, and meet employers looking for junior cloud "
                "profiles.</p><ul><li>Linux and command-line basics</li><li>Networking and "
                "security essentials</li><li>Core cloud services: compute, storage and "
                "databases</li><li>Exam preparation with practice tests</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je kunt vlot met een computer overweg, leest goed Engels en bent als werkzoekende "
                "ingeschreven in Brussel."
            ),
            "fr": (
                "Vous êtes à l'aise avec l'ordinateur, lisez bien l'anglais et êtes inscrit·e "
                "comme chercheur·euse d'emploi à Bruxelles."
            ),
            "de": (
                "Sie gehen sicher mit dem Computer um, lesen gut Englisch und sind in Brüssel als "
                "arbeitsuchend eingetragen."
            ),
            "en": (
                "You are comfortable with a computer, read English well and are registered as a "
                "job seeker in Brussels."
            ),
        },
        "accessibility_info": {"nl": "", "fr": "", "de": "", "en": ""},
        "sessions": [
            {
                "in_days": 5,
                "start": "09:00",
                "hours": 7,
                "span_days": 84,
                "online": False,
                "venue": "MolenGeek",
                "address": "Molenbeek-Saint-Jean",
                "capacity": 20,
                "status": "full",
                "deadline_days_before": 14,
            },
            {
                "in_days": 96,
                "start": "09:00",
                "hours": 7,
                "span_days": 84,
                "online": False,
                "venue": "MolenGeek",
                "address": "Molenbeek-Saint-Jean",
                "capacity": 20,
                "status": "open",
                "deadline_days_before": 21,
            },
        ],
    },
    {
        "slug": "bxl-ux-design-evening-course",
        "owner": "syntra",
        "provider": "syntra",
        "kind": "course",
        "format": "blended",
        "region": "brussels",
        "municipality": "Bruxelles",
        "languages": ["nl"],
        "cost": "paid",
        "price": "480.00",
        "women_only": False,
        "childcare": False,
        "schedule": "evening",
        "level": "intermediate",
        "areas": ["content_creation", "problem_solving"],
        "technologies": ["other"],
        "audiences": ["career_switchers", "employees"],
        "certificate": "attendance",
        "duration_hours": 48,
        "registration_url": "https://www.syntra.be",
        "contact_email": "",
        "title": {
            "nl": "UX-design: gebruiksvriendelijke websites en apps ontwerpen",
            "fr": "UX design : concevoir des sites et des applications faciles à utiliser",
            "de": "UX-Design: benutzerfreundliche Websites und Apps gestalten",
            "en": "UX design: designing user-friendly websites and apps",
        },
        "summary": {
            "nl": (
                "Leer de noden van gebruikers onderzoeken, wireframes schetsen en testen, en een "
                "klikbaar prototype bouwen in Figma."
            ),
            "fr": (
                "Apprenez à étudier les besoins des utilisateurs, à esquisser et tester des "
                "wireframes et à réaliser un prototype cliquable dans Figma."
            ),
            "de": (
                "Sie lernen, die Bedürfnisse von Nutzerinnen und Nutzern zu erheben, Wireframes zu "
                "skizzieren und zu testen und in Figma einen klickbaren Prototyp zu erstellen."
            ),
            "en": (
                "Learn to research users' needs, sketch and test wireframes and build a clickable "
                "prototype in Figma."
            ),
        },
        "description": {
            "nl": (
                "<p>Een avondopleiding in het Nederlands voor wie de overstap naar UX wil maken of "
                "UX wil toepassen in de huidige job. De meeste lessen vinden plaats in Brussel, "
                "enkele online. Je rondt af met een portfoliocase op basis van je eigen "
                "project.</p><ul><li>Gebruikersonderzoek en "
                "persona's</li><li>Informatiearchitectuur en user flows</li><li>Wireframes en "
                "prototypes in Figma</li><li>Gebruikerstests en toegankelijkheid</li></ul>"
            ),
            "fr": (
                "<p>Un cours du soir en néerlandais pour les personnes qui veulent se réorienter "
                "vers l'UX ou l'appliquer dans leur emploi actuel. La plupart des cours ont lieu à "
                "Bruxelles, quelques-uns en ligne. Vous terminez avec une étude de cas pour votre "
                "portfolio, basée sur votre propre projet.</p><ul><li>Recherche utilisateur et "
                "personas</li><li>Architecture de l'information et parcours "
                "utilisateur</li><li>Wireframes et prototypes dans Figma</li><li>Tests "
                "d'utilisabilité et accessibilité</li></ul>"
            ),
            "de": (
                "<p>Ein Abendkurs auf Niederländisch für alle, die in den UX-Bereich wechseln oder "
                "UX in ihrer jetzigen Tätigkeit anwenden möchten. Die meisten Einheiten finden in "
                "Brüssel statt, einige online. Zum Abschluss erstellen Sie eine "
                "Portfolio-Fallstudie auf Grundlage Ihres eigenen "
                "Projekts.</p><ul><li>Nutzerforschung und Personas</li><li>Informationsarchitektur "
                "und User Flows</li><li>Wireframes und Prototypen in Figma</li><li>Usability-Tests "
                "und Barrierefreiheit</li></ul>"
            ),
            "en": (
                "<p>An evening course in Dutch for people who want to move into UX or apply it in "
                "their current job. Most classes take place in Brussels, a few online. You finish "
                "with a portfolio case study based on your own project.</p><ul><li>User research "
                "and personas</li><li>Information architecture and user flows</li><li>Wireframing "
                "and prototyping in Figma</li><li>Usability testing and accessibility</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": "Je kunt een opleiding in het Nederlands volgen en werkt vlot met een computer.",
            "fr": "Vous pouvez suivre un cours en néerlandais et êtes à l'aise avec l'ordinateur.",
            "de": (
                "Sie können einem Kurs auf Niederländisch folgen und arbeiten sicher am Computer."
            ),
            "en": "You can follow a course in Dutch and are comfortable using a computer.",
        },
        "accessibility_info": {"nl": "", "fr": "", "de": "", "en": ""},
        "sessions": [
            {
                "in_days": 25,
                "start": "18:30",
                "hours": 3,
                "span_days": 77,
                "online": False,
                "venue": "Syntra",
                "address": "Bruxelles",
                "capacity": 18,
                "status": "open",
                "deadline_days_before": 10,
            },
            {
                "in_days": 130,
                "start": "18:30",
                "hours": 3,
                "span_days": 77,
                "online": False,
                "venue": "Syntra",
                "address": "Bruxelles",
                "capacity": 18,
                "status": "open",
                "deadline_days_before": 10,
            },
        ],
    },
    {
        "slug": "bxl-it-support-technician-for-women",
        "owner": "bruxelles-formation",
        "provider": "interface3",
        "kind": "upskilling_programme",
        "format": "onsite",
        "region": "brussels",
        "municipality": "Molenbeek-Saint-Jean",
        "languages": ["fr"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": True,
        "childcare": True,
        "schedule": "full_time",
        "level": "intermediate",
        "areas": ["problem_solving", "safety"],
        "technologies": ["other", "cybersecurity"],
        "audiences": ["job_seekers", "career_switchers", "women_returners"],
        "certificate": "recognised",
        "duration_hours": 800,
        "registration_url": "https://www.interface3.be",
        "contact_email": "",
        "title": {
            "nl": "IT-supporttechnicus: opleiding voor vrouwen",
            "fr": "Technicienne en support informatique (formation pour femmes)",
            "de": "IT-Supporttechnikerin (Ausbildung für Frauen)",
            "en": "IT support technician (training for women)",
        },
        "summary": {
            "nl": (
                "Word IT-supporttechnicus: installeer en herstel computers, beheer "
                "gebruikersaccounts en netwerken, en help gebruikers telefonisch en ter plaatse."
            ),
            "fr": (
                "Devenez technicienne en support informatique : installez et dépannez des "
                "ordinateurs, gérez les comptes utilisateurs et les réseaux, et aidez les "
                "utilisateurs par téléphone et sur place."
            ),
            "de": (
                "Sie werden IT-Supporttechnikerin: Sie installieren und reparieren Computer, "
                "verwalten Benutzerkonten und Netzwerke und helfen Nutzerinnen und Nutzern "
                "telefonisch und vor Ort."
            ),
            "en": (
                "Train as an IT support technician: install and repair computers, manage user "
                "accounts and networks, and help users by phone and on site."
            ),
        },
        "description": {
            "nl": (
                "<p>Een voltijdse beroepsopleiding voor werkzoekende vrouwen, met technische "
                "vorming, Engels voor op het werk en een stage in een bedrijf. Voor de hele duur "
                "van de opleiding kan kinderopvang geregeld worden.</p><ul><li>Hardware, Windows "
                "en Linux</li><li>Netwerken en Active Directory</li><li>Goede "
                "beveiligingspraktijken</li><li>Helpdesktools en klantgerichtheid</li><li>Stage in "
                "een Brussels bedrijf</li></ul>"
            ),
            "fr": (
                "<p>Une formation qualifiante à temps plein pour les chercheuses d'emploi, qui "
                "combine apprentissage technique, anglais professionnel et stage en entreprise. "
                "Une solution de garde d'enfants peut être organisée pendant toute la durée de la "
                "formation.</p><ul><li>Matériel, Windows et Linux</li><li>Réseaux et Active "
                "Directory</li><li>Bonnes pratiques de sécurité</li><li>Outils de helpdesk et "
                "relation client</li><li>Stage dans une entreprise bruxelloise</li></ul>"
            ),
            "de": (
                "<p>Eine berufsqualifizierende Vollzeitausbildung für arbeitsuchende Frauen mit "
                "technischem Unterricht, Englisch für den Beruf und einem Praktikum in einem "
                "Unternehmen. Für die gesamte Dauer der Ausbildung kann eine Kinderbetreuung "
                "organisiert werden.</p><ul><li>Hardware, Windows und Linux</li><li>Netzwerke und "
                "Active Directory</li><li>Bewährte Sicherheitspraktiken</li><li>Helpdesk-Werkzeuge "
                "und Kundenservice</li><li>Praktikum in einem Brüsseler Unternehmen</li></ul>"
            ),
            "en": (
                "<p>A full-time vocational programme for women looking for work, combining "
                "technical training, workplace English and an internship in a company. Childcare "
                "can be arranged for the whole duration of the training.</p><ul><li>Hardware, "
                "Windows and Linux</li><li>Networks and Active Directory</li><li>Security best "
                "practices</li><li>Helpdesk tools and customer service</li><li>Internship in a "
                "Brussels company</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": "Je slaagt voor de toelatingstests Frans en logisch redeneren.",
            "fr": "Vous réussissez les tests d'entrée en français et en raisonnement logique.",
            "de": "Sie bestehen die Aufnahmetests in Französisch und logischem Denken.",
            "en": "You pass the entry tests in French and logical reasoning.",
        },
        "accessibility_info": {
            "nl": (
                "Kinderopvang wordt geregeld met partnerkinderdagverblijven; vraag ernaar tijdens "
                "de infosessie."
            ),
            "fr": (
                "La garde des enfants est organisée avec des crèches partenaires ; renseignez-vous "
                "lors de la séance d'information."
            ),
            "de": (
                "Die Kinderbetreuung wird mit Partnerkrippen organisiert; fragen Sie bei der "
                "Informationsveranstaltung danach."
            ),
            "en": (
                "Childcare is arranged with partner crèches; ask about it at the information "
                "session."
            ),
        },
        "sessions": [
            {
                "in_days": 33,
                "start": "09:00",
                "hours": 7,
                "span_days": 240,
                "online": False,
                "venue": "Interface3",
                "address": "Rue Gabrielle Petit 4, 1080 Molenbeek-Saint-Jean",
                "capacity": 14,
                "status": "open",
                "deadline_days_before": 14,
            },
        ],
    },
    {
        "slug": "bxl-machine-learning-with-python-for-women",
        "owner": "interface3",
        "provider": "interface3",
        "kind": "course",
        "format": "blended",
        "region": "brussels",
        "municipality": "Molenbeek-Saint-Jean",
        "languages": ["fr", "en"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": True,
        "childcare": True,
        "schedule": "daytime",
        "level": "advanced",
        "areas": ["information_data", "problem_solving"],
        "technologies": ["ai", "data", "programming"],
        "audiences": ["ict_professionals", "career_switchers"],
        "certificate": "attendance",
        "duration_hours": 120,
        "registration_url": "https://www.interface3.be",
        "contact_email": "",
        "title": {
            "nl": "Machine learning met Python voor vrouwen in de tech",
            "fr": "Machine learning avec Python pour les femmes dans la tech",
            "de": "Maschinelles Lernen mit Python für Frauen in der IT",
            "en": "Machine learning with Python for women in tech",
        },
        "summary": {
            "nl": (
                "Bouw, evalueer en verklaar machinelearningmodellen met pandas en scikit-learn, "
                "van datavoorbereiding tot een model dat je aan een klant kunt voorstellen."
            ),
            "fr": (
                "Construisez, évaluez et expliquez des modèles de machine learning avec pandas et "
                "scikit-learn, de la préparation des données jusqu'à un modèle présentable à un "
                "client."
            ),
            "de": (
                "Sie entwickeln, bewerten und erklären Modelle des maschinellen Lernens mit pandas "
                "und scikit-learn – von der Datenaufbereitung bis zum präsentationsreifen Modell."
            ),
            "en": (
                "Build, evaluate and explain machine learning models with pandas and scikit-learn, "
                "from data preparation to a model you can present to a client."
            ),
        },
        "description": {
            "nl": (
                "<p>Een gevorderde opleiding voor vrouwen die al programmeren en zich willen "
                "specialiseren in datawetenschap. 's Ochtends heb je les in Molenbeek; 's "
                "namiddags werk je aan projecten, ook van thuis uit.</p><ul><li>Datavoorbereiding "
                "met pandas</li><li>Gesuperviseerd leren: regressie en "
                "classificatie</li><li>Modellen evalueren en overfitting "
                "vermijden</li><li>Eerlijkheid en verklaarbaarheid van modellen</li></ul>"
            ),
            "fr": (
                "<p>Un cours avancé pour les femmes qui programment déjà et souhaitent se "
                "spécialiser en science des données. Les matinées se passent en classe à Molenbeek "
                "; les après-midi sont consacrés au travail de projet, que vous pouvez réaliser "
                "depuis chez vous.</p><ul><li>Préparation des données avec "
                "pandas</li><li>Apprentissage supervisé : régression et "
                "classification</li><li>Évaluation des modèles et prévention du "
                "surapprentissage</li><li>Équité et explicabilité des modèles</li></ul>"
            ),
            "de": (
                "<p>Ein Aufbaukurs für Frauen, die bereits programmieren und sich auf Data Science "
                "spezialisieren möchten. Vormittags findet der Unterricht in Molenbeek statt, "
                "nachmittags arbeiten Sie an Projekten, auch von zu Hause "
                "aus.</p><ul><li>Datenaufbereitung mit pandas</li><li>Überwachtes Lernen: "
                "Regression und Klassifikation</li><li>Modelle bewerten und Überanpassung "
                "vermeiden</li><li>Fairness und Erklärbarkeit von Modellen</li></ul>"
            ),
            "en": (
                "<p>An advanced course for women who already program and want to specialise in "
                "data science. Mornings are spent in class in Molenbeek; afternoons are for "
                "project work, which you can also do from home.</p><ul><li>Data preparation with "
                "pandas</li><li>Supervised learning: regression and "
                "classification</li><li>Evaluating models and avoiding "
                "overfitting</li><li>Fairness and explainability of models</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": "Je kunt scripts schrijven in Python en kent de basis van statistiek.",
            "fr": (
                "Vous savez écrire des scripts en Python et maîtrisez les bases des statistiques."
            ),
            "de": (
                "Sie können Python-Skripte schreiben und verfügen über Grundkenntnisse in "
                "Statistik."
            ),
            "en": "You can write Python scripts and are familiar with basic statistics.",
        },
        "accessibility_info": {
            "nl": "Tijdens de ochtendlessen is er kinderopvang ter plaatse.",
            "fr": "Une garderie est disponible sur place pendant les cours du matin.",
            "de": (
                "Während des Unterrichts am Vormittag steht vor Ort eine Kinderbetreuung zur "
                "Verfügung."
            ),
            "en": "Childcare is available on site during the morning classes.",
        },
        "sessions": [
            {
                "in_days": 40,
                "start": "09:30",
                "hours": 3,
                "span_days": 70,
                "online": False,
                "venue": "Interface3",
                "address": "Rue Gabrielle Petit 4, 1080 Molenbeek-Saint-Jean",
                "capacity": 16,
                "status": "open",
                "deadline_days_before": 14,
            },
        ],
    },
    {
        "slug": "bxl-social-media-marketing-for-small-businesses",
        "owner": "molengeek",
        "provider": "molengeek",
        "kind": "workshop",
        "format": "onsite",
        "region": "brussels",
        "municipality": "Molenbeek-Saint-Jean",
        "languages": ["fr", "nl", "en"],
        "cost": "subsidised",
        "price": "60.00",
        "women_only": False,
        "childcare": False,
        "schedule": "weekend",
        "level": "foundation",
        "areas": ["content_creation", "communication_collaboration"],
        "technologies": ["digital_marketing"],
        "audiences": ["entrepreneurs", "labour_force"],
        "certificate": "none",
        "duration_hours": 16,
        "registration_url": "https://molengeek.com",
        "contact_email": "",
        "title": {
            "nl": "Socialemediamarketing voor kleine ondernemingen",
            "fr": "Marketing sur les réseaux sociaux pour les petites entreprises",
            "de": "Social-Media-Marketing für kleine Unternehmen",
            "en": "Social media marketing for small businesses",
        },
        "summary": {
            "nl": (
                "Maak een eenvoudig contentplan, creëer berichten en korte video's met je "
                "smartphone en lees je statistieken om te zien wat werkt."
            ),
            "fr": (
                "Établissez un plan de contenu simple, créez des publications et de courtes vidéos "
                "avec votre téléphone, et lisez vos statistiques pour savoir ce qui fonctionne."
            ),
            "de": (
                "Sie erstellen einen einfachen Redaktionsplan, produzieren Beiträge und kurze "
                "Videos mit dem Smartphone und werten Ihre Statistiken aus, um zu sehen, was "
                "funktioniert."
            ),
            "en": (
                "Build a simple content plan, create posts and short videos with your phone, and "
                "read your statistics to see what works."
            ),
        },
        "description": {
            "nl": (
                "<p>Vier workshops op zaterdagvoormiddag voor handelaars, freelancers en starters. "
                "Je werkt de hele tijd op je eigen accounts en gaat naar huis met content die "
                "klaar is om te posten.</p><ul><li>De juiste platformen kiezen voor je "
                "doelgroep</li><li>Een maand content plannen</li><li>Foto's en korte video's met "
                "je smartphone</li><li>Je statistieken begrijpen en bijsturen</li></ul>"
            ),
            "fr": (
                "<p>Quatre ateliers le samedi matin pour les commerçants, les indépendants et les "
                "personnes qui lancent leur activité. Vous travaillez tout au long sur vos propres "
                "comptes et repartez avec des contenus prêts à publier.</p><ul><li>Choisir les "
                "bonnes plateformes pour votre public</li><li>Planifier un mois de "
                "contenus</li><li>Photos et vidéos courtes au smartphone</li><li>Comprendre vos "
                "statistiques et ajuster</li></ul>"
            ),
            "de": (
                "<p>Vier Workshops am Samstagvormittag für Einzelhändler, Selbstständige und "
                "Gründungswillige. Sie arbeiten durchgehend mit Ihren eigenen Konten und gehen mit "
                "veröffentlichungsfertigen Inhalten nach Hause.</p><ul><li>Die passenden "
                "Plattformen für Ihre Zielgruppe wählen</li><li>Inhalte für einen Monat "
                "planen</li><li>Fotos und kurze Videos mit dem Smartphone</li><li>Statistiken "
                "verstehen und nachsteuern</li></ul>"
            ),
            "en": (
                "<p>Four Saturday-morning workshops for shopkeepers, freelancers and people "
                "starting a business. You work on your own accounts throughout, so you leave with "
                "content ready to publish.</p><ul><li>Choosing the right platforms for your "
                "audience</li><li>Planning a month of content</li><li>Photos and short videos with "
                "a smartphone</li><li>Understanding your statistics and adjusting</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Breng een smartphone mee en zorg dat je toegang hebt tot de socialemedia-accounts "
                "van je zaak."
            ),
            "fr": (
                "Munissez-vous d'un smartphone et des accès aux comptes de réseaux sociaux de "
                "votre activité."
            ),
            "de": (
                "Bringen Sie ein Smartphone mit und halten Sie die Zugangsdaten zu den "
                "Social-Media-Konten Ihres Unternehmens bereit."
            ),
            "en": (
                "Bring a smartphone and make sure you can log in to your business's social media "
                "accounts."
            ),
        },
        "accessibility_info": {"nl": "", "fr": "", "de": "", "en": ""},
        "sessions": [
            {
                "in_days": 11,
                "start": "10:00",
                "hours": 4,
                "span_days": 21,
                "online": False,
                "venue": "MolenGeek",
                "address": "Molenbeek-Saint-Jean",
                "capacity": 18,
                "status": "open",
                "deadline_days_before": 4,
            },
            {
                "in_days": 53,
                "start": "10:00",
                "hours": 4,
                "span_days": 21,
                "online": False,
                "venue": "MolenGeek",
                "address": "Molenbeek-Saint-Jean",
                "capacity": 18,
                "status": "open",
                "deadline_days_before": 4,
            },
        ],
    },
    {
        "slug": "bxl-iot-workshop-for-girls",
        "owner": "interface3",
        "provider": "interface3",
        "kind": "workshop",
        "format": "onsite",
        "region": "brussels",
        "municipality": "Molenbeek-Saint-Jean",
        "languages": ["fr", "nl"],
        "cost": "free",
        "price": None,
        "women_only": True,
        "childcare": False,
        "schedule": "weekend",
        "level": "foundation",
        "areas": ["problem_solving", "content_creation"],
        "technologies": ["iot", "programming"],
        "audiences": ["students_girls"],
        "certificate": "none",
        "duration_hours": 5,
        "registration_url": "https://www.interface3.be",
        "contact_email": "",
        "title": {
            "nl": "Bouw je eigen slim toestel: IoT-workshop voor meisjes van 12 tot 16 jaar",
            "fr": "Fabrique ton objet connecté : atelier IoT pour les filles de 12 à 16 ans",
            "de": (
                "Bau dein eigenes vernetztes Gerät: IoT-Workshop für Mädchen von 12 bis 16 Jahren"
            ),
            "en": "Build your own connected device: IoT workshop for girls aged 12 to 16",
        },
        "summary": {
            "nl": (
                "Bouw op één zaterdag een klein weerstation met een microcontroller en sensoren, "
                "en programmeer het zodat het zijn metingen naar je gsm stuurt."
            ),
            "fr": (
                "Le temps d'un samedi, monte une petite station météo avec un microcontrôleur et "
                "des capteurs, et programme-la pour qu'elle envoie ses mesures sur ton téléphone."
            ),
            "de": (
                "An einem Samstag baust du eine kleine Wetterstation mit einem Mikrocontroller und "
                "Sensoren und programmierst sie so, dass sie ihre Messwerte an dein Handy schickt."
            ),
            "en": (
                "In one Saturday, build a small weather station with a microcontroller and "
                "sensors, and program it to send its readings to your phone."
            ),
        },
        "description": {
            "nl": (
                "<p>Een praktische dag voor meisjes die graag willen weten hoe dingen werken. "
                "Ervaring is niet nodig: je werkt per twee, met vrouwelijke ingenieurs en "
                "ontwikkelaars als coach.</p><ul><li>Sensoren aansluiten op een "
                "microcontroller</li><li>Je eerste programma schrijven</li><li>Gegevens versturen "
                "via wifi</li><li>Je project voorstellen aan de groep</li></ul>"
            ),
            "fr": (
                "<p>Une journée pratique pour les filles qui aiment comprendre comment les choses "
                "fonctionnent. Aucune expérience n'est nécessaire : tu travailles en binôme, "
                "accompagnée par des ingénieures et des développeuses.</p><ul><li>Brancher des "
                "capteurs sur un microcontrôleur</li><li>Écrire ton premier "
                "programme</li><li>Envoyer des données par wifi</li><li>Présenter ton projet au "
                "groupe</li></ul>"
            ),
            "de": (
                "<p>Ein praktischer Tag für Mädchen, die gerne verstehen, wie Dinge funktionieren. "
                "Vorkenntnisse brauchst du nicht: Du arbeitest zu zweit, begleitet von "
                "Ingenieurinnen und Entwicklerinnen.</p><ul><li>Sensoren an einen Mikrocontroller "
                "anschließen</li><li>Dein erstes Programm schreiben</li><li>Daten per WLAN "
                "senden</li><li>Dein Projekt der Gruppe vorstellen</li></ul>"
            ),
            "en": (
                "<p>A hands-on day for girls who like to understand how things work. No experience "
                "is needed: you work in pairs, coached by women engineers and "
                "developers.</p><ul><li>Wiring sensors to a microcontroller</li><li>Writing your "
                "first program</li><li>Sending data over Wi-Fi</li><li>Presenting your project to "
                "the group</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": "Een ouder of voogd moet het inschrijvingsformulier ondertekenen.",
            "fr": "L'inscription doit être signée par un parent ou un tuteur.",
            "de": (
                "Ein Elternteil oder eine erziehungsberechtigte Person muss das Anmeldeformular "
                "unterschreiben."
            ),
            "en": "A parent or guardian must sign the registration form.",
        },
        "accessibility_info": {"nl": "", "fr": "", "de": "", "en": ""},
        "sessions": [
            {
                "in_days": -45,
                "start": "10:00",
                "hours": 5,
                "span_days": 0,
                "online": False,
                "venue": "Interface3",
                "address": "Rue Gabrielle Petit 4, 1080 Molenbeek-Saint-Jean",
                "capacity": 16,
                "status": "open",
                "deadline_days_before": 7,
            },
            {
                "in_days": -17,
                "start": "10:00",
                "hours": 5,
                "span_days": 0,
                "online": False,
                "venue": "Interface3",
                "address": "Rue Gabrielle Petit 4, 1080 Molenbeek-Saint-Jean",
                "capacity": 16,
                "status": "open",
                "deadline_days_before": 7,
            },
        ],
    },
    {
        "slug": "bxl-generative-ai-at-work-webinar",
        "owner": "agoria",
        "provider": "agoria",
        "kind": "webinar",
        "format": "online",
        "region": "federal",
        "municipality": "",
        "languages": ["nl", "fr"],
        "cost": "paid",
        "price": "45.00",
        "women_only": False,
        "childcare": False,
        "schedule": "daytime",
        "level": "foundation",
        "areas": ["information_data", "communication_collaboration"],
        "technologies": ["ai"],
        "audiences": ["employees", "labour_force"],
        "certificate": "none",
        "duration_hours": 2,
        "registration_url": "https://www.agoria.be",
        "contact_email": "",
        "title": {
            "nl": "Generatieve AI op het werk: kansen, risico's en goede praktijken",
            "fr": "L'IA générative au travail : opportunités, risques et bonnes pratiques",
            "de": "Generative KI am Arbeitsplatz: Chancen, Risiken und bewährte Praktiken",
            "en": "Generative AI at work: opportunities, risks and good practice",
        },
        "summary": {
            "nl": (
                "Bekijk concrete voorbeelden van generatieve AI in het dagelijkse kantoorwerk, "
                "ontdek wat de Europese AI-verordening betekent voor werknemers en hoe je deze "
                "tools verantwoord gebruikt."
            ),
            "fr": (
                "Découvrez des exemples concrets d'IA générative dans le travail de bureau, ce que "
                "le règlement européen sur l'IA implique pour les travailleurs et comment utiliser "
                "ces outils de manière responsable."
            ),
            "de": (
                "Sie sehen konkrete Beispiele für generative KI im Büroalltag und erfahren, was "
                "die europäische KI-Verordnung für Beschäftigte bedeutet und wie Sie diese "
                "Werkzeuge verantwortungsvoll einsetzen."
            ),
            "en": (
                "See concrete examples of generative AI in everyday office work, and learn what "
                "the European AI Act means for employees and how to use these tools responsibly."
            ),
        },
        "description": {
            "nl": (
                "<p>Een webinar van twee uur voor werknemers uit alle sectoren, met live "
                "demonstraties en een vraag-en-antwoordsessie. De Nederlandstalige en Franstalige "
                "sessies hebben dezelfde inhoud.</p><ul><li>Teksten opstellen, samenvatten en "
                "vertalen met AI</li><li>Vertrouwelijke gegevens: wat je niet deelt</li><li>De "
                "AI-verordening in een notendop</li><li>Afspraken maken over AI binnen je "
                "team</li></ul>"
            ),
            "fr": (
                "<p>Un webinaire de deux heures pour les travailleurs de tous les secteurs, avec "
                "des démonstrations en direct et une séance de questions-réponses. Les séances en "
                "français et en néerlandais ont le même contenu.</p><ul><li>Rédiger, résumer et "
                "traduire avec l'IA</li><li>Données confidentielles : ce qu'il ne faut pas "
                "partager</li><li>Le règlement sur l'IA en bref</li><li>Convenir de règles "
                "d'utilisation au sein de l'équipe</li></ul>"
            ),
            "de": (
                "<p>Ein zweistündiges Webinar für Beschäftigte aller Branchen mit "
                "Live-Vorführungen und einer Fragerunde. Die niederländisch- und die "
                "französischsprachigen Termine haben denselben Inhalt.</p><ul><li>Texte mit KI "
                "verfassen, zusammenfassen und übersetzen</li><li>Vertrauliche Daten: was Sie "
                "nicht weitergeben sollten</li><li>Die KI-Verordnung im Überblick</li><li>Regeln "
                "für den KI-Einsatz im Team vereinbaren</li></ul>"
            ),
            "en": (
                "<p>A two-hour webinar for employees in all sectors, with live demonstrations and "
                "a question-and-answer session. The Dutch and French sessions have the same "
                "content.</p><ul><li>Drafting, summarising and translating with "
                "AI</li><li>Confidential data: what not to share</li><li>The AI Act in a "
                "nutshell</li><li>Agreeing on AI rules within your team</li></ul>"
            ),
        },
        "prerequisites": {"nl": "", "fr": "", "de": "", "en": ""},
        "accessibility_info": {
            "nl": "Tijdens het webinar kun je automatische ondertiteling inschakelen.",
            "fr": "Des sous-titres automatiques peuvent être activés pendant le webinaire.",
            "de": "Während des Webinars können automatische Untertitel eingeschaltet werden.",
            "en": "Automatic subtitles can be switched on during the webinar.",
        },
        "sessions": [
            {
                "in_days": 8,
                "start": "10:00",
                "hours": 2,
                "span_days": 0,
                "online": True,
                "venue": "",
                "address": "",
                "capacity": 500,
                "status": "open",
                "deadline_days_before": 1,
            },
            {
                "in_days": 22,
                "start": "10:00",
                "hours": 2,
                "span_days": 0,
                "online": True,
                "venue": "",
                "address": "",
                "capacity": 500,
                "status": "cancelled",
                "deadline_days_before": 1,
            },
            {
                "in_days": 36,
                "start": "10:00",
                "hours": 2,
                "span_days": 0,
                "online": True,
                "venue": "",
                "address": "",
                "capacity": 500,
                "status": "open",
                "deadline_days_before": 1,
            },
        ],
    },
    {
        "slug": "bxl-cybersecurity-analyst-bootcamp",
        "owner": "becode",
        "provider": "becode",
        "kind": "bootcamp",
        "format": "blended",
        "region": "brussels",
        "municipality": "Bruxelles",
        "languages": ["en", "fr"],
        "cost": "free",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "full_time",
        "level": "advanced",
        "areas": ["safety", "problem_solving"],
        "technologies": ["cybersecurity", "cloud"],
        "audiences": ["job_seekers", "ict_professionals"],
        "certificate": "attendance",
        "duration_hours": None,
        "registration_url": "https://becode.org",
        "contact_email": "",
        "title": {
            "nl": "Bootcamp cybersecurity: security analyst",
            "fr": "Bootcamp cybersécurité : analyste en sécurité",
            "de": "Bootcamp Cybersicherheit: Sicherheitsanalyse",
            "en": "Cybersecurity bootcamp: security analyst",
        },
        "summary": {
            "nl": (
                "Leer netwerken monitoren, aanvallen opsporen en onderzoeken, en reageren op "
                "incidenten in een security operations center."
            ),
            "fr": (
                "Apprenez à surveiller des réseaux, à détecter et analyser des attaques et à "
                "réagir aux incidents au sein d'un centre opérationnel de sécurité."
            ),
            "de": (
                "Sie lernen, Netzwerke zu überwachen, Angriffe zu erkennen und zu untersuchen und "
                "in einem Security Operations Center auf Vorfälle zu reagieren."
            ),
            "en": (
                "Learn to monitor networks, detect and investigate attacks and respond to "
                "incidents in a security operations centre."
            ),
        },
        "description": {
            "nl": (
                "<p>Een intensieve bootcamp voor wie al een stevige IT-achtergrond heeft, "
                "bijvoorbeeld in systeembeheer, netwerken of ontwikkeling. Een deel van het "
                "programma volg je op afstand, de rest op de campus in "
                "Brussel.</p><ul><li>Netwerk- en systeembeveiliging</li><li>Loganalyse en "
                "SIEM-tools</li><li>Ethisch hacken en "
                "kwetsbaarheidsanalyse</li><li>Incidentrespons en rapportering</li></ul>"
            ),
            "fr": (
                "<p>Un bootcamp intensif pour les personnes qui ont déjà une solide expérience en "
                "informatique, par exemple en administration système, en réseau ou en "
                "développement. Une partie du programme se suit à distance, le reste sur le campus "
                "à Bruxelles.</p><ul><li>Sécurité des réseaux et des systèmes</li><li>Analyse de "
                "logs et outils SIEM</li><li>Hacking éthique et évaluation des "
                "vulnérabilités</li><li>Réponse aux incidents et rédaction de rapports</li></ul>"
            ),
            "de": (
                "<p>Ein intensives Bootcamp für Personen mit fundierter IT-Erfahrung, etwa in der "
                "Systemadministration, im Netzwerkbereich oder in der Softwareentwicklung. Ein "
                "Teil des Programms findet online statt, der Rest auf dem Campus in "
                "Brüssel.</p><ul><li>Netzwerk- und Systemsicherheit</li><li>Log-Analyse und "
                "SIEM-Werkzeuge</li><li>Ethical Hacking und Schwachstellenanalyse</li><li>Reaktion "
                "auf Sicherheitsvorfälle und Berichterstattung</li></ul>"
            ),
            "en": (
                "<p>An intensive bootcamp for people who already have a solid IT background, for "
                "example in system administration, networking or development. Part of the "
                "programme is followed remotely, the rest on campus in "
                "Brussels.</p><ul><li>Network and system security</li><li>Log analysis and SIEM "
                "tools</li><li>Ethical hacking and vulnerability assessment</li><li>Incident "
                "response and reporting</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je hebt minstens een jaar IT-ervaring of een afgeronde IT-opleiding en slaagt "
                "voor een technische selectieproef."
            ),
            "fr": (
                "Vous avez au moins un an d'expérience en informatique ou une formation "
                "informatique achevée, et vous réussissez un test technique de sélection."
            ),
            "de": (
                "Sie haben mindestens ein Jahr IT-Erfahrung oder eine abgeschlossene IT-Ausbildung "
                "und bestehen einen technischen Auswahltest."
            ),
            "en": (
                "You have at least one year of IT experience or have completed an IT training "
                "programme, and you pass a technical selection test."
            ),
        },
        "accessibility_info": {"nl": "", "fr": "", "de": "", "en": ""},
        "sessions": [
            {
                "in_days": 62,
                "start": "09:00",
                "hours": 7,
                "span_days": 180,
                "online": False,
                "venue": "BeCode",
                "address": "Bruxelles",
                "capacity": 20,
                "status": "open",
                "deadline_days_before": 21,
            },
        ],
    },
    {
        "slug": "bxl-smartphone-for-your-job-search-workshop",
        "owner": "actiris",
        "provider": "actiris",
        "kind": "workshop",
        "format": "onsite",
        "region": "brussels",
        "municipality": "Bruxelles",
        "languages": ["fr", "nl"],
        "cost": "free",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "daytime",
        "level": "foundation",
        "areas": ["communication_collaboration", "information_data", "safety"],
        "technologies": ["digital_skills"],
        "audiences": ["job_seekers"],
        "certificate": "none",
        "duration_hours": 3,
        "registration_url": "https://www.actiris.brussels",
        "contact_email": "",
        "title": {
            "nl": "Je smartphone voor je zoektocht naar werk: workshop onlinediensten",
            "fr": "Votre smartphone pour chercher un emploi : atelier services en ligne",
            "de": "Das Smartphone bei der Arbeitsuche: Workshop zu Online-Diensten",
            "en": "Your smartphone for your job search: online services workshop",
        },
        "summary": {
            "nl": (
                "Gebruik je smartphone om vacatures te bekijken, je onlinedossier te beheren, in "
                "te loggen met itsme en een sollicitatie met bijlagen te versturen."
            ),
            "fr": (
                "Utilisez votre smartphone pour consulter les offres d'emploi, gérer votre dossier "
                "en ligne, vous connecter avec itsme et envoyer une candidature avec pièces "
                "jointes."
            ),
            "de": (
                "Sie nutzen Ihr Smartphone, um Stellenangebote einzusehen, Ihre Online-Akte zu "
                "verwalten, sich mit itsme anzumelden und eine Bewerbung mit Anhängen zu versenden."
            ),
            "en": (
                "Use your smartphone to browse job offers, manage your online file, log in with "
                "itsme and send an application with attachments."
            ),
        },
        "description": {
            "nl": (
                "<p>Een workshop van drie uur in kleine groep voor werkzoekenden die een "
                "smartphone hebben, maar die nog niet gebruiken om werk te zoeken. Een begeleider "
                "helpt je stap voor stap op je eigen toestel.</p><ul><li>Handige apps "
                "installeren</li><li>Veilig inloggen met itsme</li><li>Vacatures zoeken en "
                "bewaren</li><li>Je cv mailen vanaf je smartphone</li></ul>"
            ),
            "fr": (
                "<p>Un atelier de trois heures en petit groupe pour les chercheurs et chercheuses "
                "d'emploi qui ont un smartphone mais ne l'utilisent pas encore pour leur recherche "
                "d'emploi. Un formateur vous guide pas à pas, sur votre propre "
                "téléphone.</p><ul><li>Installer les applications utiles</li><li>Se connecter en "
                "toute sécurité avec itsme</li><li>Trouver et sauvegarder des offres "
                "d'emploi</li><li>Envoyer son CV par e-mail depuis son téléphone</li></ul>"
            ),
            "de": (
                "<p>Ein dreistündiger Workshop in kleinen Gruppen für Arbeitsuchende, die ein "
                "Smartphone besitzen, es aber noch nicht für die Arbeitsuche nutzen. Eine "
                "Trainerin oder ein Trainer begleitet Sie Schritt für Schritt auf Ihrem eigenen "
                "Gerät.</p><ul><li>Nützliche Apps installieren</li><li>Sich sicher mit itsme "
                "anmelden</li><li>Stellenangebote finden und speichern</li><li>Den Lebenslauf vom "
                "Smartphone aus per E-Mail senden</li></ul>"
            ),
            "en": (
                "<p>A three-hour workshop in small groups for job seekers who have a smartphone "
                "but do not yet use it for their job search. A trainer guides you step by step on "
                "your own phone.</p><ul><li>Installing useful apps</li><li>Logging in securely "
                "with itsme</li><li>Finding and saving job offers</li><li>Sending your CV by "
                "e-mail from your phone</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": "Breng je opgeladen smartphone en je identiteitskaart mee.",
            "fr": "Apportez votre smartphone chargé et votre carte d'identité.",
            "de": "Bringen Sie Ihr aufgeladenes Smartphone und Ihren Personalausweis mit.",
            "en": "Bring your charged smartphone and your identity card.",
        },
        "accessibility_info": {"nl": "", "fr": "", "de": "", "en": ""},
        "sessions": [
            {
                "in_days": -40,
                "start": "09:30",
                "hours": 3,
                "span_days": 0,
                "online": False,
                "venue": "Actiris",
                "address": "Bruxelles",
                "capacity": 10,
                "status": "open",
                "deadline_days_before": 2,
            },
            {
                "in_days": -12,
                "start": "13:30",
                "hours": 3,
                "span_days": 0,
                "online": False,
                "venue": "Actiris",
                "address": "Bruxelles",
                "capacity": 10,
                "status": "open",
                "deadline_days_before": 2,
            },
        ],
    },
    {
        "slug": "bxl-vdab-online-collaboration-microsoft-365",
        "owner": "vdab",
        "provider": "vdab",
        "kind": "course",
        "format": "onsite",
        "region": "brussels",
        "municipality": "Bruxelles",
        "languages": ["nl"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "daytime",
        "level": "intermediate",
        "areas": ["communication_collaboration", "content_creation"],
        "technologies": ["digital_skills"],
        "audiences": ["job_seekers"],
        "certificate": "attendance",
        "duration_hours": 48,
        "registration_url": "https://www.vdab.be",
        "contact_email": "",
        "title": {"nl": "Digitaal samenwerken met Microsoft 365", "fr": "", "de": "", "en": ""},
        "summary": {
            "nl": (
                "Leer vlot samenwerken in Teams, OneDrive en SharePoint, en organiseer je mails, "
                "agenda en documenten zoals dat in de meeste kantoren gebeurt."
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "description": {
            "nl": (
                "<p>Deze opleiding van VDAB Brussel bereidt werkzoekenden voor op een "
                "administratieve job waarin online samenwerken vanzelfsprekend is. Je leert in "
                "kleine groepen, met veel oefeningen uit de praktijk.</p><ul><li>Vergaderen en "
                "chatten in Teams</li><li>Bestanden delen en samen bewerken in OneDrive en "
                "SharePoint</li><li>Je mailbox en agenda efficiënt beheren in "
                "Outlook</li><li>Veilig omgaan met gedeelde documenten</li></ul>"
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "prerequisites": {
            "nl": (
                "Je werkt vlot met Word en Outlook en spreekt voldoende Nederlands om de lessen te "
                "volgen."
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "accessibility_info": {
            "nl": (
                "Heb je een functiebeperking? Meld het bij je inschrijving, dan bekijken we samen "
                "welke aanpassingen mogelijk zijn."
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "sessions": [
            {
                "in_days": 28,
                "start": "09:00",
                "hours": 6,
                "span_days": 35,
                "online": False,
                "venue": "VDAB",
                "address": "Bruxelles",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 7,
            },
            {
                "in_days": 84,
                "start": "09:00",
                "hours": 6,
                "span_days": 35,
                "online": False,
                "venue": "VDAB",
                "address": "Bruxelles",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 7,
            },
        ],
    },
    {
        "slug": "bxl-technobel-network-and-security-administrator",
        "owner": "le-forem",
        "provider": "technobel",
        "kind": "upskilling_programme",
        "format": "onsite",
        "region": "wallonia",
        "municipality": "Ciney",
        "languages": ["fr"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "full_time",
        "level": "advanced",
        "areas": ["safety", "problem_solving"],
        "technologies": ["cybersecurity", "cloud"],
        "audiences": ["job_seekers", "career_switchers"],
        "certificate": "industry",
        "duration_hours": 600,
        "registration_url": "https://www.technobel.be",
        "contact_email": "",
        "title": {"nl": "", "fr": "Administrateur·rice réseaux et sécurité", "de": "", "en": ""},
        "summary": {
            "nl": "",
            "fr": (
                "Apprenez à concevoir, configurer et sécuriser des réseaux d'entreprise, et "
                "préparez des certifications reconnues par le secteur."
            ),
            "de": "",
            "en": "",
        },
        "description": {
            "nl": "",
            "fr": (
                "<p>Cette formation qualifiante du centre de compétence Technobel s'adresse aux "
                "demandeurs et demandeuses d'emploi qui ont déjà des bases en informatique et "
                "souhaitent se spécialiser dans les réseaux. Elle alterne théorie, laboratoires "
                "pratiques et stage en entreprise.</p><ul><li>Routage, commutation et adressage "
                "IP</li><li>Pare-feu, VPN et segmentation</li><li>Supervision et détection "
                "d'incidents</li><li>Préparation aux certifications du secteur</li></ul>"
            ),
            "de": "",
            "en": "",
        },
        "prerequisites": {
            "nl": "",
            "fr": (
                "Vous avez une première expérience en support informatique ou une formation "
                "équivalente, et vous réussissez les tests d'entrée."
            ),
            "de": "",
            "en": "",
        },
        "accessibility_info": {"nl": "", "fr": "", "de": "", "en": ""},
        "sessions": [
            {
                "in_days": 47,
                "start": "09:00",
                "hours": 7,
                "span_days": 150,
                "online": False,
                "venue": "Technobel",
                "address": "Ciney",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 21,
            },
        ],
    },
    {
        "slug": "bxl-quantum-computing-for-developers",
        "owner": "agoria",
        "provider": "agoria",
        "kind": "course",
        "format": "online",
        "region": "online",
        "municipality": "",
        "languages": ["en"],
        "cost": "free",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "self_paced",
        "level": "highly_specialised",
        "areas": ["problem_solving"],
        "technologies": ["quantum", "programming"],
        "audiences": ["ict_professionals"],
        "certificate": "none",
        "duration_hours": 20,
        "registration_url": "https://www.agoria.be",
        "contact_email": "",
        "title": {
            "nl": "Quantumcomputing voor softwareontwikkelaars",
            "fr": "L'informatique quantique pour les développeurs",
            "de": "Quantencomputing für Softwareentwickler",
            "en": "Quantum computing for software developers",
        },
        "summary": {
            "nl": (
                "Begrijp qubits, superpositie en verstrengeling, en schrijf en test je eerste "
                "quantumcircuits op een simulator."
            ),
            "fr": (
                "Comprenez les qubits, la superposition et l'intrication, puis écrivez et exécutez "
                "vos premiers circuits quantiques sur un simulateur."
            ),
            "de": (
                "Sie verstehen Qubits, Superposition und Verschränkung und schreiben und testen "
                "Ihre ersten Quantenschaltkreise auf einem Simulator."
            ),
            "en": (
                "Understand qubits, superposition and entanglement, and write and run your first "
                "quantum circuits on a simulator."
            ),
        },
        "description": {
            "nl": (
                "<p>Een Engelstalige onlinecursus op eigen tempo voor ontwikkelaars en ingenieurs "
                "die willen begrijpen wat quantumcomputing voor hun vakgebied kan betekenen. Elke "
                "module combineert korte uitleg met programmeeroefeningen in Python.</p><ul><li>De "
                "wiskunde die je nodig hebt: vectoren en kansen</li><li>Qubits, quantumpoorten en "
                "meting</li><li>Bekende algoritmen zoals het zoekalgoritme van Grover</li><li>Waar "
                "quantumcomputing vandaag staat</li></ul>"
            ),
            "fr": (
                "<p>Un cours en ligne en anglais, à suivre à votre rythme, pour les développeurs "
                "et ingénieurs qui veulent comprendre ce que l'informatique quantique pourrait "
                "changer dans leur domaine. Chaque module associe de courtes explications à des "
                "exercices de programmation en Python.</p><ul><li>Les mathématiques nécessaires : "
                "vecteurs et probabilités</li><li>Qubits, portes quantiques et mesure</li><li>Des "
                "algorithmes connus comme la recherche de Grover</li><li>Où en est l'informatique "
                "quantique aujourd'hui</li></ul>"
            ),
            "de": (
                "<p>Ein englischsprachiger Onlinekurs im eigenen Tempo für Entwicklerinnen, "
                "Entwickler und Ingenieure, die verstehen möchten, was Quantencomputing für ihr "
                "Fachgebiet bedeuten kann. Jedes Modul verbindet kurze Erklärungen mit "
                "Programmierübungen in Python.</p><ul><li>Die nötige Mathematik: Vektoren und "
                "Wahrscheinlichkeiten</li><li>Qubits, Quantengatter und Messung</li><li>Bekannte "
                "Algorithmen wie die Grover-Suche</li><li>Wo das Quantencomputing heute "
                "steht</li></ul>"
            ),
            "en": (
                "<p>A self-paced online course in English for developers and engineers who want to "
                "understand what quantum computing could mean for their field. Each module "
                "combines short explanations with programming exercises in Python.</p><ul><li>The "
                "mathematics you need: vectors and probabilities</li><li>Qubits, quantum gates and "
                "measurement</li><li>Well-known algorithms such as Grover's search</li><li>Where "
                "quantum computing stands today</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": "Je programmeert vlot in Python en hebt basiskennis van lineaire algebra.",
            "fr": "Vous programmez aisément en Python et avez des notions d'algèbre linéaire.",
            "de": (
                "Sie programmieren sicher in Python und haben Grundkenntnisse in linearer Algebra."
            ),
            "en": "You program comfortably in Python and have a basic grasp of linear algebra.",
        },
        "accessibility_info": {
            "nl": "Alle video's zijn in het Engels ondertiteld.",
            "fr": "Toutes les vidéos sont sous-titrées en anglais.",
            "de": "Alle Videos haben englische Untertitel.",
            "en": "All videos have English subtitles.",
        },
        "sessions": [],
    },
]
