"""Demo trainings, part C: Wallonia, the German-speaking Community and federal webinars."""

TRAININGS = [
    {
        "slug": "wal-digital-basics-women-job-seekers-namur",
        "owner": "le-forem",
        "provider": "le-forem",
        "kind": "course",
        "format": "onsite",
        "region": "wallonia",
        "municipality": "Namur",
        "languages": ["fr"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": True,
        "childcare": True,
        "schedule": "daytime",
        "level": "foundation",
        "areas": ["information_data", "communication_collaboration", "safety"],
        "technologies": ["digital_skills"],
        "audiences": ["job_seekers", "women_returners"],
        "certificate": "attendance",
        "duration_hours": 48,
        "registration_url": "https://www.leforem.be",
        "contact_email": "",
        "title": {
            "nl": "Digitale basisvaardigheden voor werkzoekende vrouwen",
            "fr": "Compétences numériques de base pour femmes en recherche d’emploi",
            "de": "Digitale Grundkenntnisse für arbeitsuchende Frauen",
            "en": "Digital basics for women looking for work",
        },
        "summary": {
            "nl": (
                "Vlot een computer en smartphone gebruiken, je e-mails en documenten beheren en je "
                "administratie zelfstandig online regelen, van de Forem tot je bank."
            ),
            "fr": (
                "Utiliser un ordinateur et un smartphone en toute confiance, gérer vos e-mails et "
                "vos documents, et effectuer seule vos démarches en ligne, du Forem à votre "
                "banque."
            ),
            "de": (
                "Computer und Smartphone sicher bedienen, E-Mails und Dokumente verwalten und "
                "Behördengänge, Bankgeschäfte und die Kontakte mit dem Forem selbstständig online "
                "erledigen."
            ),
            "en": (
                "Use a computer and smartphone with confidence, manage your e-mails and documents, "
                "and handle online formalities on your own, from the Forem to your bank."
            ),
        },
        "description": {
            "nl": (
                "<p>Deze opleiding is bedoeld voor vrouwen die weinig of geen ervaring hebben met "
                "computers, of die na enkele jaren opnieuw werk zoeken. Je werkt in een kleine "
                "groep en de lesgeefster past het tempo aan de deelneemsters aan.</p>"
                "<ul>"
                "<li>Werken met de computer, het toetsenbord en mappen</li>"
                "<li>Een e-mailadres aanmaken en beheren, een bijlage versturen</li>"
                "<li>Een eenvoudig cv opmaken in een tekstverwerker</li>"
                "<li>itsme en online overheidsdiensten gebruiken</li>"
                "<li>Phishingberichten herkennen en je gegevens beschermen</li></ul>"
            ),
            "fr": (
                "<p>Cette formation s’adresse aux femmes qui ont peu ou pas utilisé "
                "l’informatique, ou qui reprennent une recherche d’emploi après plusieurs années. "
                "Le groupe est restreint et la formatrice avance au rythme des participantes.</p>"
                "<ul>"
                "<li>Prendre en main l’ordinateur, le clavier et les dossiers</li>"
                "<li>Créer et gérer une adresse e-mail, envoyer une pièce jointe</li>"
                "<li>Rédiger un CV simple avec un traitement de texte</li>"
                "<li>Utiliser itsme et les services publics en ligne</li>"
                "<li>Reconnaître les messages frauduleux et protéger ses données</li></ul>"
            ),
            "de": (
                "<p>Dieser Kurs richtet sich an Frauen, die bisher kaum oder gar nicht mit dem "
                "Computer gearbeitet haben oder nach mehreren Jahren wieder eine Stelle suchen. "
                "Sie lernen in einer kleinen Gruppe, und die Trainerin richtet sich nach dem Tempo "
                "der Teilnehmerinnen.</p>"
                "<ul>"
                "<li>Computer, Tastatur und Ordner sicher bedienen</li>"
                "<li>Eine E-Mail-Adresse einrichten und verwalten, Anhänge versenden</li>"
                "<li>Einen einfachen Lebenslauf mit einem Textprogramm erstellen</li>"
                "<li>itsme und die Online-Dienste der Behörden nutzen</li>"
                "<li>Betrügerische Nachrichten erkennen und die eigenen Daten schützen</li></ul>"
            ),
            "en": (
                "<p>This course is for women who have used computers little or not at all, or who "
                "are looking for work again after several years. You work in a small group and the "
                "trainer adapts the pace to the participants.</p>"
                "<ul>"
                "<li>Getting to grips with the computer, keyboard and folders</li>"
                "<li>Creating and managing an e-mail address, sending attachments</li>"
                "<li>Writing a simple CV in a word processor</li>"
                "<li>Using itsme and online public services</li>"
                "<li>Recognising fraudulent messages and protecting your data</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": "Geen voorkennis nodig; je moet wel Frans kunnen lezen en schrijven.",
            "fr": "Aucun prérequis : il suffit de savoir lire et écrire le français.",
            "de": (
                "Keine Vorkenntnisse erforderlich; Sie sollten jedoch Französisch lesen und "
                "schreiben können."
            ),
            "en": (
                "No prior knowledge is needed; you just need to be able to read and write French."
            ),
        },
        "accessibility_info": {
            "nl": (
                "Tijdens de lesuren is er gratis kinderopvang voor kinderen van 0 tot 3 jaar, en "
                "het centrum is rolstoeltoegankelijk."
            ),
            "fr": (
                "Une garderie gratuite accueille les enfants de 0 à 3 ans pendant les heures de "
                "cours, et le centre est accessible aux personnes à mobilité réduite."
            ),
            "de": (
                "Während der Kurszeiten gibt es eine kostenlose Betreuung für Kinder von 0 bis 3 "
                "Jahren, und das Zentrum ist rollstuhlgerecht."
            ),
            "en": (
                "Free childcare for children aged 0 to 3 is available during class hours, and the "
                "centre is wheelchair accessible."
            ),
        },
        "sessions": [
            {
                "in_days": 14,
                "start": "09:00",
                "hours": 4,
                "span_days": 25,
                "online": False,
                "venue": "Le Forem",
                "address": "Namur",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 5,
            },
            {
                "in_days": 70,
                "start": "09:00",
                "hours": 4,
                "span_days": 25,
                "online": False,
                "venue": "Le Forem",
                "address": "Namur",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 5,
            },
        ],
    },
    {
        "slug": "wal-junior-web-developer-bootcamp-charleroi",
        "owner": "becode",
        "provider": "becode",
        "kind": "bootcamp",
        "format": "blended",
        "region": "wallonia",
        "municipality": "Charleroi",
        "languages": ["fr"],
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
        "duration_hours": 840,
        "registration_url": "https://becode.org",
        "contact_email": "",
        "title": {
            "nl": "Bootcamp junior webontwikkelaar",
            "fr": "Bootcamp développeur·euse web junior",
            "de": "Bootcamp Junior-Webentwickler/in",
            "en": "Junior web developer bootcamp",
        },
        "summary": {
            "nl": (
                "Websites en webapplicaties bouwen met HTML, CSS, JavaScript en PHP, agile "
                "samenwerken in een team en een stageplaats bij een bedrijf vinden."
            ),
            "fr": (
                "Concevoir et développer des sites et des applications web avec HTML, CSS, "
                "JavaScript et PHP, travailler en équipe selon les méthodes agiles et décrocher un "
                "stage en entreprise."
            ),
            "de": (
                "Websites und Webanwendungen mit HTML, CSS, JavaScript und PHP entwickeln, agil im "
                "Team arbeiten und einen Praktikumsplatz in einem Unternehmen finden."
            ),
            "en": (
                "Build websites and web applications with HTML, CSS, JavaScript and PHP, work in "
                "an agile team and land an internship with a company."
            ),
        },
        "description": {
            "nl": (
                "<p>Zeven maanden lang leer je door concrete projecten uit te werken, alleen en in "
                "team, met begeleiding van een coach. De opleiding sluit af met een stage in een "
                "bedrijf. Een deel van de dagen verloopt online, de rest op de campus in "
                "Charleroi.</p>"
                "<ul>"
                "<li>Basis van het web: HTML, CSS en toegankelijkheid</li>"
                "<li>JavaScript, Git en GitHub</li>"
                "<li>PHP, SQL-databanken en frameworks</li>"
                "<li>Agile werken, projecten voorstellen en sollicitatiegesprekken "
                "voorbereiden</li></ul>"
            ),
            "fr": (
                "<p>Pendant sept mois, vous apprenez en réalisant des projets concrets, seul·e et "
                "en équipe, accompagné·e par un coach. La formation se termine par un stage en "
                "entreprise. Une partie des journées se déroule à distance, le reste sur le campus "
                "de Charleroi.</p>"
                "<ul>"
                "<li>Les fondamentaux du web : HTML, CSS et accessibilité</li>"
                "<li>JavaScript, Git et GitHub</li>"
                "<li>PHP, bases de données SQL et frameworks</li>"
                "<li>Méthodes agiles, présentation de projets et préparation aux entretiens "
                "d’embauche</li></ul>"
            ),
            "de": (
                "<p>Sieben Monate lang lernen Sie anhand konkreter Projekte, allein und im Team, "
                "begleitet von einem Coach. Zum Abschluss absolvieren Sie ein Praktikum in einem "
                "Unternehmen. Ein Teil der Tage findet online statt, der Rest auf dem Campus in "
                "Charleroi.</p>"
                "<ul>"
                "<li>Grundlagen des Webs: HTML, CSS und Barrierefreiheit</li>"
                "<li>JavaScript, Git und GitHub</li>"
                "<li>PHP, SQL-Datenbanken und Frameworks</li>"
                "<li>Agiles Arbeiten, Projektpräsentationen und Vorbereitung auf "
                "Vorstellungsgespräche</li></ul>"
            ),
            "en": (
                "<p>Over seven months you learn by building real projects, on your own and in "
                "teams, supported by a coach. The programme ends with an internship in a company. "
                "Some days are online; the rest take place on the Charleroi campus.</p>"
                "<ul>"
                "<li>Web fundamentals: HTML, CSS and accessibility</li>"
                "<li>JavaScript, Git and GitHub</li>"
                "<li>PHP, SQL databases and frameworks</li>"
                "<li>Agile methods, project presentations and interview preparation</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Er is geen diploma vereist, wel echte motivatie en de mogelijkheid om zeven "
                "maanden voltijds beschikbaar te zijn."
            ),
            "fr": (
                "Aucun diplôme n’est exigé, mais une vraie motivation et une disponibilité à temps "
                "plein pendant sept mois sont indispensables."
            ),
            "de": (
                "Ein Abschluss ist nicht erforderlich, wohl aber echte Motivation und die "
                "Möglichkeit, sieben Monate lang in Vollzeit teilzunehmen."
            ),
            "en": (
                "No diploma is required, but you need real motivation and full-time availability "
                "for seven months."
            ),
        },
        "accessibility_info": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "sessions": [
            {
                "in_days": -20,
                "start": "09:00",
                "hours": 7,
                "span_days": 200,
                "online": False,
                "venue": "BeCode Charleroi",
                "address": "Charleroi",
                "capacity": 24,
                "status": "full",
                "deadline_days_before": 14,
            },
            {
                "in_days": 55,
                "start": "09:00",
                "hours": 7,
                "span_days": 200,
                "online": False,
                "venue": "BeCode Charleroi",
                "address": "Charleroi",
                "capacity": 24,
                "status": "open",
                "deadline_days_before": 21,
            },
        ],
    },
    {
        "slug": "wal-data-analyst-bootcamp-liege",
        "owner": "becode",
        "provider": "becode",
        "kind": "bootcamp",
        "format": "onsite",
        "region": "wallonia",
        "municipality": "Liège",
        "languages": ["fr"],
        "cost": "free",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "full_time",
        "level": "intermediate",
        "areas": ["information_data", "problem_solving"],
        "technologies": ["data", "ai", "programming"],
        "audiences": ["job_seekers", "career_switchers"],
        "certificate": "attendance",
        "duration_hours": 800,
        "registration_url": "https://becode.org",
        "contact_email": "",
        "title": {
            "nl": "Bootcamp data-analist",
            "fr": "Bootcamp analyste de données",
            "de": "Bootcamp Datenanalyst/in",
            "en": "Data analyst bootcamp",
        },
        "summary": {
            "nl": (
                "Data verzamelen, opschonen en analyseren met Python en SQL, en je resultaten "
                "voorstellen in overzichtelijke dashboards in Power BI."
            ),
            "fr": (
                "Collecter, nettoyer et analyser des données avec Python et SQL, puis présenter "
                "vos résultats dans des tableaux de bord clairs avec Power BI."
            ),
            "de": (
                "Daten mit Python und SQL erfassen, bereinigen und analysieren und die Ergebnisse "
                "in übersichtlichen Power-BI-Dashboards präsentieren."
            ),
            "en": (
                "Collect, clean and analyse data with Python and SQL, then present your findings "
                "in clear Power BI dashboards."
            ),
        },
        "description": {
            "nl": (
                "<p>Deze intensieve bootcamp bereidt je voor op een job als data-analist of "
                "business analyst. Je werkt met datasets uit echte praktijkcases en maakt kennis "
                "met de basis van machine learning.</p>"
                "<ul>"
                "<li>Python (pandas) en SQL om data te bewerken</li>"
                "<li>Beschrijvende statistiek en datavisualisatie</li>"
                "<li>Dashboards in Power BI</li>"
                "<li>Kennismaking met machine learning</li>"
                "<li>Stage aan het einde van de opleiding</li></ul>"
            ),
            "fr": (
                "<p>Ce bootcamp intensif prépare aux métiers d’analyste de données et de business "
                "analyst. Vous travaillez sur des jeux de données issus de cas réels et découvrez "
                "les bases du machine learning.</p>"
                "<ul>"
                "<li>Python (pandas) et SQL pour manipuler les données</li>"
                "<li>Statistiques descriptives et visualisation</li>"
                "<li>Tableaux de bord avec Power BI</li>"
                "<li>Initiation au machine learning</li>"
                "<li>Stage en entreprise en fin de parcours</li></ul>"
            ),
            "de": (
                "<p>Dieses intensive Bootcamp bereitet auf eine Tätigkeit als Datenanalyst/in oder "
                "Business Analyst vor. Sie arbeiten mit Datensätzen aus realen Praxisfällen und "
                "lernen die Grundlagen des maschinellen Lernens kennen.</p>"
                "<ul>"
                "<li>Python (pandas) und SQL zur Datenaufbereitung</li>"
                "<li>Deskriptive Statistik und Visualisierung</li>"
                "<li>Dashboards mit Power BI</li>"
                "<li>Einführung in das maschinelle Lernen</li>"
                "<li>Praktikum zum Abschluss der Ausbildung</li></ul>"
            ),
            "en": (
                "<p>This intensive bootcamp prepares you for work as a data analyst or business "
                "analyst. You work with datasets drawn from real cases and learn the basics of "
                "machine learning.</p>"
                "<ul>"
                "<li>Python (pandas) and SQL for handling data</li>"
                "<li>Descriptive statistics and visualisation</li>"
                "<li>Dashboards with Power BI</li>"
                "<li>Introduction to machine learning</li>"
                "<li>Company internship at the end of the programme</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": "Je werkt vlot met Excel en cijfers; eerste programmeerervaring is een pluspunt.",
            "fr": (
                "Vous êtes à l’aise avec Excel et les chiffres ; une première expérience en "
                "programmation est un atout."
            ),
            "de": (
                "Sie arbeiten sicher mit Excel und Zahlen; erste Programmiererfahrung ist von "
                "Vorteil."
            ),
            "en": (
                "You are comfortable with Excel and numbers; some programming experience is a plus."
            ),
        },
        "accessibility_info": {
            "nl": (
                "De campus is rolstoeltoegankelijk; laat bij je inschrijving weten als je "
                "aanpassingen nodig hebt."
            ),
            "fr": (
                "Le campus est accessible en fauteuil roulant ; signalez-nous tout besoin "
                "d’aménagement lors de votre inscription."
            ),
            "de": (
                "Der Campus ist rollstuhlgerecht; teilen Sie uns bei der Anmeldung bitte mit, wenn "
                "Sie besondere Vorkehrungen benötigen."
            ),
            "en": (
                "The campus is wheelchair accessible; let us know about any adjustments you need "
                "when you register."
            ),
        },
        "sessions": [
            {
                "in_days": 48,
                "start": "09:00",
                "hours": 7,
                "span_days": 180,
                "online": False,
                "venue": "BeCode Liège",
                "address": "Liège",
                "capacity": 20,
                "status": "open",
                "deadline_days_before": 21,
            },
        ],
    },
    {
        "slug": "wal-cybersecurity-technician-ciney",
        "owner": "le-forem",
        "provider": "technobel",
        "kind": "course",
        "format": "onsite",
        "region": "wallonia",
        "municipality": "Ciney",
        "languages": ["fr"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "full_time",
        "level": "intermediate",
        "areas": ["safety", "problem_solving"],
        "technologies": ["cybersecurity"],
        "audiences": ["job_seekers", "career_switchers", "ict_professionals"],
        "certificate": "industry",
        "duration_hours": 560,
        "registration_url": "https://www.technobel.be",
        "contact_email": "",
        "title": {
            "nl": "Technicus cyberbeveiliging",
            "fr": "Technicien·ne en cybersécurité",
            "de": "Techniker/in für Cybersicherheit",
            "en": "Cybersecurity technician",
        },
        "summary": {
            "nl": (
                "Een bedrijfsnetwerk beveiligen, incidenten opvolgen en reageren op een "
                "cyberaanval, terwijl je je voorbereidt op een erkend certificaat uit de sector."
            ),
            "fr": (
                "Sécuriser un réseau d’entreprise, surveiller les incidents et réagir à une "
                "cyberattaque, tout en vous préparant à une certification reconnue par le secteur."
            ),
            "de": (
                "Ein Unternehmensnetzwerk absichern, Sicherheitsvorfälle überwachen und auf einen "
                "Cyberangriff reagieren – mit Vorbereitung auf eine anerkannte "
                "Branchenzertifizierung."
            ),
            "en": (
                "Secure a company network, monitor incidents and respond to a cyberattack, while "
                "preparing for a recognised industry certification."
            ),
        },
        "description": {
            "nl": (
                "<p>Technobel organiseert deze beroepsopleiding in opdracht van de Forem. Theorie "
                "wordt afgewisseld met veel praktijkoefeningen in het labo. De opleiding is "
                "bedoeld voor wie al basiskennis heeft van netwerken of IT-support.</p>"
                "<ul>"
                "<li>Netwerkarchitectuur, firewalls en VPN</li>"
                "<li>Hardening van Windows- en Linuxsystemen</li>"
                "<li>Monitoring, logging en incidentbeheer</li>"
                "<li>Sensibilisering van gebruikers en compliance (GDPR, NIS2)</li></ul>"
            ),
            "fr": (
                "<p>Organisée par Technobel pour le Forem, cette formation qualifiante alterne "
                "théorie et nombreux exercices pratiques en laboratoire. Elle s’adresse aux "
                "personnes qui ont déjà des bases en réseaux ou en support informatique.</p>"
                "<ul>"
                "<li>Architecture réseau, pare-feu et VPN</li>"
                "<li>Durcissement des systèmes Windows et Linux</li>"
                "<li>Surveillance, journalisation et gestion des incidents</li>"
                "<li>Sensibilisation des utilisateurs et conformité (RGPD, NIS2)</li></ul>"
            ),
            "de": (
                "<p>Diese qualifizierende Ausbildung wird von Technobel im Auftrag des Forem "
                "durchgeführt und verbindet Theorie mit zahlreichen praktischen Übungen im Labor. "
                "Sie richtet sich an Personen mit Grundkenntnissen in Netzwerktechnik oder "
                "IT-Support.</p>"
                "<ul>"
                "<li>Netzwerkarchitektur, Firewalls und VPN</li>"
                "<li>Härtung von Windows- und Linux-Systemen</li>"
                "<li>Überwachung, Protokollierung und Vorfallmanagement</li>"
                "<li>Sensibilisierung der Nutzer und Compliance (DSGVO, NIS2)</li></ul>"
            ),
            "en": (
                "<p>Run by Technobel on behalf of the Forem, this vocational course combines "
                "theory with plenty of hands-on lab exercises. It is aimed at people who already "
                "have a grounding in networking or IT support.</p>"
                "<ul>"
                "<li>Network architecture, firewalls and VPNs</li>"
                "<li>Hardening Windows and Linux systems</li>"
                "<li>Monitoring, logging and incident management</li>"
                "<li>User awareness and compliance (GDPR, NIS2)</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je bent ingeschreven als werkzoekende en slaagt voor de toelatingsproeven "
                "(logisch redeneren en basiskennis netwerken)."
            ),
            "fr": (
                "Être inscrit·e comme demandeur·euse d’emploi et réussir les tests d’entrée "
                "(raisonnement logique et bases en réseaux)."
            ),
            "de": (
                "Sie sind als arbeitsuchend gemeldet und bestehen die Aufnahmetests (logisches "
                "Denken und Netzwerkgrundlagen)."
            ),
            "en": (
                "You must be registered as a job seeker and pass the entrance tests (logical "
                "reasoning and networking basics)."
            ),
        },
        "accessibility_info": {
            "nl": (
                "Het centrum in Ciney heeft een parking en is toegankelijk voor personen met een "
                "beperkte mobiliteit."
            ),
            "fr": (
                "Le centre de Ciney dispose d’un parking et est accessible aux personnes à "
                "mobilité réduite."
            ),
            "de": (
                "Das Zentrum in Ciney verfügt über einen Parkplatz und ist barrierefrei zugänglich."
            ),
            "en": (
                "The Ciney centre has a car park and is accessible to people with reduced mobility."
            ),
        },
        "sessions": [
            {
                "in_days": 30,
                "start": "09:00",
                "hours": 7,
                "span_days": 120,
                "online": False,
                "venue": "Technobel",
                "address": "Ciney",
                "capacity": 14,
                "status": "open",
                "deadline_days_before": 14,
            },
        ],
    },
    {
        "slug": "wal-azure-administrator-certification-prep",
        "owner": "technobel",
        "provider": "technobel",
        "kind": "upskilling_programme",
        "format": "blended",
        "region": "wallonia",
        "municipality": "Ciney",
        "languages": ["fr"],
        "cost": "subsidised",
        "price": "290.00",
        "women_only": False,
        "childcare": False,
        "schedule": "evening",
        "level": "advanced",
        "areas": ["problem_solving", "safety"],
        "technologies": ["cloud"],
        "audiences": ["ict_professionals", "employees"],
        "certificate": "industry",
        "duration_hours": 60,
        "registration_url": "https://www.technobel.be",
        "contact_email": "",
        "title": {
            "nl": "Voorbereiding op de certificering Azure Administrator (AZ-104)",
            "fr": "Préparation à la certification Azure Administrator (AZ-104)",
            "de": "Vorbereitung auf die Zertifizierung Azure Administrator (AZ-104)",
            "en": "Azure Administrator (AZ-104) certification preparation",
        },
        "summary": {
            "nl": (
                "Resources in Microsoft Azure uitrollen, beveiligen en beheren, en goed voorbereid "
                "deelnemen aan het examen AZ-104."
            ),
            "fr": (
                "Déployer, sécuriser et administrer des ressources dans Microsoft Azure, et vous "
                "présenter à l’examen AZ-104 en étant bien préparé·e."
            ),
            "de": (
                "Ressourcen in Microsoft Azure bereitstellen, absichern und verwalten und gut "
                "vorbereitet zur Prüfung AZ-104 antreten."
            ),
            "en": (
                "Deploy, secure and manage resources in Microsoft Azure, and sit the AZ-104 exam "
                "well prepared."
            ),
        },
        "description": {
            "nl": (
                "<p>Dit avondprogramma is bedoeld voor IT’ers met een job die willen doorgroeien "
                "naar cloudbeheer. Klassikale avonden in Ciney worden afgewisseld met virtuele "
                "lessen, met praktijkoefeningen in een Azure-testomgeving.</p>"
                "<ul>"
                "<li>Identiteiten, abonnementen en governance</li>"
                "<li>Opslag, virtuele machines en virtuele netwerken</li>"
                "<li>Monitoring en back-up</li>"
                "<li>Proefexamens en tips voor de examendag</li></ul>"
                "<p>Voor werknemers en bedrijven in Wallonië is een regionale tegemoetkoming in de "
                "kosten mogelijk; vraag ernaar bij je inschrijving.</p>"
            ),
            "fr": (
                "<p>Ce programme en soirée s’adresse aux informaticien·ne·s en poste qui "
                "souhaitent évoluer vers l’administration cloud. Les soirées en présentiel à Ciney "
                "alternent avec des classes virtuelles et des travaux pratiques sur un "
                "environnement Azure de test.</p>"
                "<ul>"
                "<li>Identités, abonnements et gouvernance</li>"
                "<li>Stockage, machines virtuelles et réseaux virtuels</li>"
                "<li>Supervision et sauvegarde</li>"
                "<li>Examens blancs et conseils pour le jour de l’examen</li></ul>"
                "<p>Une intervention régionale dans le coût est possible pour les travailleurs et "
                "les entreprises wallonnes ; renseignez-vous lors de votre inscription.</p>"
            ),
            "de": (
                "<p>Dieses Abendprogramm richtet sich an berufstätige IT-Fachkräfte, die sich in "
                "Richtung Cloud-Administration weiterentwickeln möchten. Präsenzabende in Ciney "
                "wechseln sich mit virtuellen Unterrichtseinheiten ab, mit praktischen Übungen in "
                "einer Azure-Testumgebung.</p>"
                "<ul>"
                "<li>Identitäten, Abonnements und Governance</li>"
                "<li>Speicher, virtuelle Maschinen und virtuelle Netzwerke</li>"
                "<li>Überwachung und Datensicherung</li>"
                "<li>Probeprüfungen und Tipps für den Prüfungstag</li></ul>"
                "<p>Für Beschäftigte und Unternehmen in der Wallonie ist eine regionale "
                "Kostenbeteiligung möglich; informieren Sie sich bei der Anmeldung.</p>"
            ),
            "en": (
                "<p>This evening programme is for IT staff in employment who want to move into "
                "cloud administration. Classroom evenings in Ciney alternate with virtual classes, "
                "with hands-on work in an Azure test environment.</p>"
                "<ul>"
                "<li>Identities, subscriptions and governance</li>"
                "<li>Storage, virtual machines and virtual networks</li>"
                "<li>Monitoring and backup</li>"
                "<li>Practice exams and tips for exam day</li></ul>"
                "<p>Regional support towards the cost is available for employees and companies in "
                "Wallonia; ask about it when you register.</p>"
            ),
        },
        "prerequisites": {
            "nl": "Minstens één jaar ervaring met systeembeheer in Windows of Linux.",
            "fr": "Au moins un an d’expérience en administration de systèmes Windows ou Linux.",
            "de": (
                "Mindestens ein Jahr Erfahrung in der Administration von Windows- oder "
                "Linux-Systemen."
            ),
            "en": "At least one year’s experience administering Windows or Linux systems.",
        },
        "accessibility_info": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "sessions": [
            {
                "in_days": -130,
                "start": "18:00",
                "hours": 3,
                "span_days": 70,
                "online": False,
                "venue": "Technobel",
                "address": "Ciney",
                "capacity": 16,
                "status": "open",
                "deadline_days_before": 14,
            },
            {
                "in_days": 24,
                "start": "18:00",
                "hours": 3,
                "span_days": 70,
                "online": False,
                "venue": "Technobel",
                "address": "Ciney",
                "capacity": 16,
                "status": "open",
                "deadline_days_before": 10,
            },
        ],
    },
    {
        "slug": "wal-excel-basics-self-paced",
        "owner": "le-forem",
        "provider": "le-forem",
        "kind": "course",
        "format": "online",
        "region": "online",
        "municipality": "",
        "languages": ["fr"],
        "cost": "free",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "self_paced",
        "level": "foundation",
        "areas": ["information_data", "problem_solving"],
        "technologies": ["data", "digital_skills"],
        "audiences": ["all", "job_seekers", "employees"],
        "certificate": "none",
        "duration_hours": 12,
        "registration_url": "https://www.leforem.be",
        "contact_email": "",
        "title": {
            "nl": "Excel: de basis in zelfstudie",
            "fr": "Excel : les bases en autoformation",
            "de": "Excel-Grundlagen im Selbststudium",
            "en": "Excel basics, self-paced",
        },
        "summary": {
            "nl": (
                "Op je eigen tempo een overzichtelijke tabel maken, de gangbare formules en "
                "functies gebruiken, gegevens sorteren en filteren en een grafiek maken."
            ),
            "fr": (
                "Créer un tableau clair, utiliser les formules et fonctions courantes, trier et "
                "filtrer des données et réaliser un graphique, à votre rythme."
            ),
            "de": (
                "In Ihrem eigenen Tempo übersichtliche Tabellen anlegen, gängige Formeln und "
                "Funktionen nutzen, Daten sortieren und filtern und Diagramme erstellen."
            ),
            "en": (
                "Build a clear spreadsheet, use common formulas and functions, sort and filter "
                "data and create a chart, at your own pace."
            ),
        },
        "description": {
            "nl": (
                "<p>Deze onlinemodule bestaat uit korte video’s en oefeningen met verbetersleutel. "
                "Je kunt op elk moment stoppen en later verdergaan, op een computer met Excel.</p>"
                "<ul>"
                "<li>Gegevens invoeren, opmaken en afdrukken</li>"
                "<li>Formules, celverwijzingen en de functies SOM, GEMIDDELDE en ALS</li>"
                "<li>Sorteren, filteren en opmaken als tabel</li>"
                "<li>Eenvoudige grafieken</li></ul>"
            ),
            "fr": (
                "<p>Ce module en ligne se compose de courtes vidéos et d’exercices corrigés. Vous "
                "pouvez l’interrompre et le reprendre à tout moment, sur un ordinateur équipé "
                "d’Excel.</p>"
                "<ul>"
                "<li>Saisie, mise en forme et impression</li>"
                "<li>Formules, références de cellules et fonctions SOMME, MOYENNE et SI</li>"
                "<li>Tri, filtres et mise sous forme de tableau</li>"
                "<li>Graphiques simples</li></ul>"
            ),
            "de": (
                "<p>Dieses Online-Modul besteht aus kurzen Videos und Übungen mit Lösungen. Sie "
                "können jederzeit unterbrechen und später weitermachen – an einem Computer mit "
                "Excel.</p>"
                "<ul>"
                "<li>Daten eingeben, formatieren und drucken</li>"
                "<li>Formeln, Zellbezüge und die Funktionen SUMME, MITTELWERT und WENN</li>"
                "<li>Sortieren, Filtern und als Tabelle formatieren</li>"
                "<li>Einfache Diagramme</li></ul>"
            ),
            "en": (
                "<p>This online module consists of short videos and exercises with answers. You "
                "can stop at any time and pick up where you left off, on a computer with "
                "Excel.</p>"
                "<ul>"
                "<li>Entering, formatting and printing data</li>"
                "<li>Formulas, cell references and the SUM, AVERAGE and IF functions</li>"
                "<li>Sorting, filtering and formatting as a table</li>"
                "<li>Simple charts</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je kunt met een computer werken en hebt Excel (versie 2016 of recenter, of "
                "Microsoft 365)."
            ),
            "fr": (
                "Savoir utiliser un ordinateur et disposer d’Excel (version 2016 ou plus récente, "
                "ou Microsoft 365)."
            ),
            "de": (
                "Sie können mit einem Computer umgehen und verfügen über Excel (Version 2016 oder "
                "neuer bzw. Microsoft 365)."
            ),
            "en": "You can use a computer and have Excel (2016 or later, or Microsoft 365).",
        },
        "accessibility_info": {
            "nl": "Alle video’s zijn in het Frans ondertiteld.",
            "fr": "Toutes les vidéos sont sous-titrées en français.",
            "de": "Alle Videos sind auf Französisch untertitelt.",
            "en": "All videos have French subtitles.",
        },
        "sessions": [],
    },
    {
        "slug": "wal-online-shop-workshop-women-entrepreneurs-mons",
        "owner": "le-forem",
        "provider": "le-forem",
        "kind": "workshop",
        "format": "onsite",
        "region": "wallonia",
        "municipality": "Mons",
        "languages": ["fr"],
        "cost": "subsidised",
        "price": "30.00",
        "women_only": True,
        "childcare": True,
        "schedule": "daytime",
        "level": "foundation",
        "areas": ["content_creation", "communication_collaboration", "safety"],
        "technologies": ["digital_marketing"],
        "audiences": ["entrepreneurs", "women_returners"],
        "certificate": "none",
        "duration_hours": 16,
        "registration_url": "https://www.leforem.be",
        "contact_email": "",
        "title": {
            "nl": "Je webshop opstarten: workshop voor ondernemende vrouwen",
            "fr": "Lancer sa boutique en ligne : atelier pour entrepreneuses",
            "de": "Den eigenen Onlineshop starten: Workshop für Unternehmerinnen",
            "en": "Launching your online shop: workshop for women entrepreneurs",
        },
        "summary": {
            "nl": (
                "Een webshopoplossing kiezen die bij je zaak past, je producten voorstellen, "
                "betaling en levering regelen en jezelf bekendmaken via sociale media."
            ),
            "fr": (
                "Choisir une solution de boutique en ligne adaptée à votre activité, présenter vos "
                "produits, organiser le paiement et la livraison, et vous faire connaître sur les "
                "réseaux sociaux."
            ),
            "de": (
                "Eine passende Shop-Lösung für Ihr Geschäft auswählen, Ihre Produkte präsentieren, "
                "Zahlung und Versand einrichten und sich über soziale Netzwerke bekannt machen."
            ),
            "en": (
                "Choose an online shop solution that suits your business, present your products, "
                "set up payment and delivery, and promote yourself on social media."
            ),
        },
        "description": {
            "nl": (
                "<p>Vier praktijkgerichte voormiddagen voor zelfstandige vrouwen, starters en "
                "vrouwen met een ondernemingsplan die online willen verkopen. Je gaat naar huis "
                "met een ingerichte testwebshop en een actieplan voor de eerste drie maanden.</p>"
                "<ul>"
                "<li>Platformen vergelijken (Shopify, WooCommerce, Wix…)</li>"
                "<li>Productfoto’s en productbeschrijvingen</li>"
                "<li>Online betalen, levering en retours</li>"
                "<li>Wettelijke basisverplichtingen: algemene voorwaarden, herroepingsrecht, "
                "GDPR</li>"
                "<li>Instagram en Facebook om je eerste klanten aan te trekken</li></ul>"
            ),
            "fr": (
                "<p>Quatre matinées pratiques pour les indépendantes, les créatrices d’entreprise "
                "et les porteuses de projet qui veulent vendre en ligne. Vous repartez avec une "
                "boutique de test configurée et un plan d’action pour les trois premiers mois.</p>"
                "<ul>"
                "<li>Comparer les plateformes (Shopify, WooCommerce, Wix…)</li>"
                "<li>Photos et fiches produits</li>"
                "<li>Paiement en ligne, livraison et retours</li>"
                "<li>Obligations légales de base : conditions générales, droit de rétractation, "
                "RGPD</li>"
                "<li>Instagram et Facebook pour attirer vos premiers clients</li></ul>"
            ),
            "de": (
                "<p>Vier praxisnahe Vormittage für Selbstständige, Gründerinnen und Frauen mit "
                "einer Geschäftsidee, die online verkaufen möchten. Sie gehen mit einem "
                "eingerichteten Testshop und einem Aktionsplan für die ersten drei Monate nach "
                "Hause.</p>"
                "<ul>"
                "<li>Plattformen vergleichen (Shopify, WooCommerce, Wix …)</li>"
                "<li>Produktfotos und Produktbeschreibungen</li>"
                "<li>Online-Zahlung, Versand und Rücksendungen</li>"
                "<li>Rechtliche Grundpflichten: AGB, Widerrufsrecht, DSGVO</li>"
                "<li>Instagram und Facebook, um die ersten Kundinnen und Kunden zu "
                "gewinnen</li></ul>"
            ),
            "en": (
                "<p>Four practical mornings for self-employed women, founders and women with a "
                "business idea who want to sell online. You leave with a configured test shop and "
                "an action plan for the first three months.</p>"
                "<ul>"
                "<li>Comparing platforms (Shopify, WooCommerce, Wix…)</li>"
                "<li>Product photos and descriptions</li>"
                "<li>Online payment, delivery and returns</li>"
                "<li>Basic legal obligations: terms and conditions, right of withdrawal, GDPR</li>"
                "<li>Instagram and Facebook to attract your first customers</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je hebt een verkoopproject of een bestaande zaak en gebruikt het internet "
                "dagelijks."
            ),
            "fr": (
                "Avoir un projet de vente ou une activité existante et utiliser internet au "
                "quotidien."
            ),
            "de": (
                "Sie haben ein Verkaufsprojekt oder ein bestehendes Geschäft und nutzen das "
                "Internet im Alltag."
            ),
            "en": (
                "You have a sales project or an existing business and use the internet in everyday "
                "life."
            ),
        },
        "accessibility_info": {
            "nl": (
                "Ter plaatse is er opvang voor kinderen jonger dan 3 jaar; reserveer een plaats "
                "bij je inschrijving."
            ),
            "fr": (
                "Une garderie accueille sur place les enfants de moins de 3 ans ; réservez une "
                "place au moment de l’inscription."
            ),
            "de": (
                "Vor Ort gibt es eine Betreuung für Kinder unter 3 Jahren; bitte reservieren Sie "
                "einen Platz bei der Anmeldung."
            ),
            "en": (
                "On-site childcare is available for children under 3; please book a place when you "
                "register."
            ),
        },
        "sessions": [
            {
                "in_days": -50,
                "start": "09:30",
                "hours": 4,
                "span_days": 21,
                "online": False,
                "venue": "Le Forem",
                "address": "Mons",
                "capacity": 14,
                "status": "open",
                "deadline_days_before": 7,
            },
            {
                "in_days": 18,
                "start": "09:30",
                "hours": 4,
                "span_days": 21,
                "online": False,
                "venue": "Le Forem",
                "address": "Mons",
                "capacity": 14,
                "status": "open",
                "deadline_days_before": 7,
            },
        ],
    },
    {
        "slug": "wal-generative-ai-weekend-workshop-women-liege",
        "owner": "becode",
        "provider": "becode",
        "kind": "workshop",
        "format": "onsite",
        "region": "wallonia",
        "municipality": "Liège",
        "languages": ["fr"],
        "cost": "free",
        "price": None,
        "women_only": True,
        "childcare": True,
        "schedule": "weekend",
        "level": "foundation",
        "areas": ["information_data", "content_creation", "safety"],
        "technologies": ["ai"],
        "audiences": ["job_seekers", "women_returners", "career_switchers"],
        "certificate": "none",
        "duration_hours": 6,
        "registration_url": "https://becode.org",
        "contact_email": "",
        "title": {
            "nl": "Generatieve AI begrijpen en gebruiken in het dagelijks leven",
            "fr": "Comprendre et utiliser l’IA générative au quotidien",
            "de": "Generative KI im Alltag verstehen und nutzen",
            "en": "Understanding and using generative AI in everyday life",
        },
        "summary": {
            "nl": (
                "Begrijpen wat generatieve AI is, doeltreffende prompts schrijven voor ChatGPT of "
                "Copilot en de antwoorden kritisch controleren, bij het solliciteren en in het "
                "dagelijks leven."
            ),
            "fr": (
                "Comprendre ce qu’est l’IA générative, formuler des demandes efficaces à ChatGPT "
                "ou Copilot et vérifier les réponses obtenues, pour votre recherche d’emploi comme "
                "au quotidien."
            ),
            "de": (
                "Verstehen, was generative KI ist, wirksame Anfragen an ChatGPT oder Copilot "
                "formulieren und die Antworten kritisch prüfen – für die Stellensuche und den "
                "Alltag."
            ),
            "en": (
                "Understand what generative AI is, write effective prompts for ChatGPT or Copilot "
                "and check the answers critically, for your job search and everyday life."
            ),
        },
        "description": {
            "nl": (
                "<p>Een workshopdag onder vrouwen, zonder jargon, om artificiële intelligentie te "
                "ontrafelen. Elke deelneemster werkt op een laptop die BeCode ter beschikking "
                "stelt.</p>"
                "<ul>"
                "<li>Wat AI kan… en wat niet</li>"
                "<li>Een sollicitatiebrief schrijven met hulp van een AI-assistent</li>"
                "<li>Fouten, vooringenomenheid en valse informatie herkennen</li>"
                "<li>Je persoonsgegevens beschermen</li></ul>"
            ),
            "fr": (
                "<p>Une journée d’atelier entre femmes, sans jargon, pour démystifier "
                "l’intelligence artificielle. Chaque participante travaille sur un ordinateur "
                "portable prêté par BeCode.</p>"
                "<ul>"
                "<li>Ce que l’IA sait faire… et ce qu’elle ne sait pas faire</li>"
                "<li>Rédiger une lettre de motivation avec l’aide d’un assistant IA</li>"
                "<li>Repérer les erreurs, les biais et les fausses informations</li>"
                "<li>Protéger ses données personnelles</li></ul>"
            ),
            "de": (
                "<p>Ein Workshoptag unter Frauen, ganz ohne Fachjargon, der künstliche Intelligenz "
                "entzaubert. Jede Teilnehmerin arbeitet an einem Laptop, den BeCode zur Verfügung "
                "stellt.</p>"
                "<ul>"
                "<li>Was KI kann … und was nicht</li>"
                "<li>Ein Bewerbungsschreiben mithilfe eines KI-Assistenten verfassen</li>"
                "<li>Fehler, Verzerrungen und Falschinformationen erkennen</li>"
                "<li>Die eigenen personenbezogenen Daten schützen</li></ul>"
            ),
            "en": (
                "<p>A one-day, jargon-free workshop for women that demystifies artificial "
                "intelligence. Each participant works on a laptop provided by BeCode.</p>"
                "<ul>"
                "<li>What AI can do… and what it can’t</li>"
                "<li>Writing a cover letter with the help of an AI assistant</li>"
                "<li>Spotting errors, bias and false information</li>"
                "<li>Protecting your personal data</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": "Je kunt surfen op het internet; technische kennis is niet nodig.",
            "fr": "Savoir naviguer sur internet ; aucune connaissance technique n’est nécessaire.",
            "de": "Sie können im Internet surfen; technische Kenntnisse sind nicht erforderlich.",
            "en": "You can browse the internet; no technical knowledge is needed.",
        },
        "accessibility_info": {
            "nl": (
                "De hele dag is er in een lokaal ernaast begeleide opvang met activiteiten voor "
                "kinderen van 3 tot 12 jaar."
            ),
            "fr": (
                "Des animations encadrées sont prévues toute la journée dans une salle voisine "
                "pour les enfants de 3 à 12 ans."
            ),
            "de": (
                "Den ganzen Tag über gibt es in einem Nebenraum ein betreutes Programm für Kinder "
                "von 3 bis 12 Jahren."
            ),
            "en": (
                "Supervised activities for children aged 3 to 12 are provided in a neighbouring "
                "room throughout the day."
            ),
        },
        "sessions": [
            {
                "in_days": 12,
                "start": "10:00",
                "hours": 6,
                "span_days": 0,
                "online": False,
                "venue": "BeCode Liège",
                "address": "Liège",
                "capacity": 16,
                "status": "open",
                "deadline_days_before": 3,
            },
            {
                "in_days": 40,
                "start": "10:00",
                "hours": 6,
                "span_days": 0,
                "online": False,
                "venue": "BeCode Liège",
                "address": "Liège",
                "capacity": 16,
                "status": "open",
                "deadline_days_before": 3,
            },
        ],
    },
    {
        "slug": "wal-it-support-technician-charleroi",
        "owner": "le-forem",
        "provider": "le-forem",
        "kind": "course",
        "format": "onsite",
        "region": "wallonia",
        "municipality": "Charleroi",
        "languages": ["fr"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "full_time",
        "level": "intermediate",
        "areas": ["problem_solving", "safety", "communication_collaboration"],
        "technologies": ["digital_skills", "cybersecurity", "other"],
        "audiences": ["job_seekers", "career_switchers"],
        "certificate": "recognised",
        "duration_hours": 700,
        "registration_url": "https://www.leforem.be",
        "contact_email": "",
        "title": {
            "nl": "",
            "fr": "Technicien·ne support informatique (helpdesk)",
            "de": "",
            "en": "",
        },
        "summary": {
            "nl": "",
            "fr": (
                "Installer et configurer des postes de travail, diagnostiquer les pannes courantes "
                "et accompagner les utilisateurs par téléphone ou sur site, au sein d’un service "
                "helpdesk."
            ),
            "de": "",
            "en": "",
        },
        "description": {
            "nl": "",
            "fr": (
                "<p>Formation qualifiante de plusieurs mois, suivie d’un stage en entreprise, pour "
                "devenir technicien·ne de support de premier et de deuxième niveau. Les cours se "
                "donnent en journée, à temps plein, dans un centre de formation du Forem à "
                "Charleroi.</p>"
                "<ul>"
                "<li>Matériel informatique et systèmes d’exploitation Windows et Linux</li>"
                "<li>Réseaux locaux et prise de main à distance</li>"
                "<li>Microsoft 365 et gestion des comptes utilisateurs</li>"
                "<li>Outil de ticketing et communication avec les utilisateurs</li>"
                "<li>Bonnes pratiques de sécurité</li></ul>"
            ),
            "de": "",
            "en": "",
        },
        "prerequisites": {
            "nl": "",
            "fr": (
                "Être inscrit·e comme demandeur·euse d’emploi et réussir les épreuves de "
                "sélection ; le CESS est un atout."
            ),
            "de": "",
            "en": "",
        },
        "accessibility_info": {
            "nl": "",
            "fr": "Les locaux sont accessibles aux personnes à mobilité réduite.",
            "de": "",
            "en": "",
        },
        "sessions": [
            {
                "in_days": -380,
                "start": "09:00",
                "hours": 7,
                "span_days": 150,
                "online": False,
                "venue": "Le Forem",
                "address": "Charleroi",
                "capacity": 15,
                "status": "open",
                "deadline_days_before": 21,
            },
            {
                "in_days": -200,
                "start": "09:00",
                "hours": 7,
                "span_days": 150,
                "online": False,
                "venue": "Le Forem",
                "address": "Charleroi",
                "capacity": 15,
                "status": "open",
                "deadline_days_before": 21,
            },
        ],
    },
    {
        "slug": "wal-ux-ui-design-evening-course-ciney",
        "owner": "technobel",
        "provider": "technobel",
        "kind": "course",
        "format": "blended",
        "region": "wallonia",
        "municipality": "Ciney",
        "languages": ["fr"],
        "cost": "paid",
        "price": "690.00",
        "women_only": False,
        "childcare": False,
        "schedule": "evening",
        "level": "intermediate",
        "areas": ["content_creation", "problem_solving", "communication_collaboration"],
        "technologies": ["other"],
        "audiences": ["employees", "career_switchers", "entrepreneurs"],
        "certificate": "attendance",
        "duration_hours": 42,
        "registration_url": "https://www.technobel.be",
        "contact_email": "",
        "title": {
            "nl": "",
            "fr": "UX/UI design : concevoir des interfaces centrées sur l’utilisateur",
            "de": "",
            "en": "",
        },
        "summary": {
            "nl": "",
            "fr": (
                "Mener des entretiens utilisateurs, construire des parcours et des wireframes, "
                "puis réaliser et tester un prototype interactif dans Figma."
            ),
            "de": "",
            "en": "",
        },
        "description": {
            "nl": "",
            "fr": (
                "<p>Quatorze soirées, en alternance à Ciney et en classe virtuelle, pour acquérir "
                "une méthode de conception centrée sur l’utilisateur. Tout au long de la "
                "formation, vous travaillez sur un projet personnel ou sur un projet de votre "
                "entreprise.</p>"
                "<ul>"
                "<li>Recherche utilisateur et personas</li>"
                "<li>Architecture de l’information et parcours utilisateur</li>"
                "<li>Wireframes et prototypes dans Figma</li>"
                "<li>Tests utilisateurs et accessibilité numérique</li></ul>"
            ),
            "de": "",
            "en": "",
        },
        "prerequisites": {
            "nl": "",
            "fr": (
                "Une bonne maîtrise de l’ordinateur suffit ; aucune expérience en design n’est "
                "exigée."
            ),
            "de": "",
            "en": "",
        },
        "accessibility_info": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "sessions": [
            {
                "in_days": 33,
                "start": "18:00",
                "hours": 3,
                "span_days": 91,
                "online": False,
                "venue": "Technobel",
                "address": "Ciney",
                "capacity": 14,
                "status": "open",
                "deadline_days_before": 10,
            },
        ],
    },
    {
        "slug": "wal-python-first-steps-women-liege",
        "owner": "le-forem",
        "provider": "becode",
        "kind": "course",
        "format": "onsite",
        "region": "wallonia",
        "municipality": "Liège",
        "languages": ["fr"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": True,
        "childcare": False,
        "schedule": "evening",
        "level": "foundation",
        "areas": ["problem_solving", "content_creation"],
        "technologies": ["programming"],
        "audiences": ["job_seekers", "women_returners", "career_switchers"],
        "certificate": "attendance",
        "duration_hours": 36,
        "registration_url": "https://becode.org",
        "contact_email": "",
        "title": {
            "nl": "Eerste stappen in programmeren met Python",
            "fr": "Premiers pas en programmation avec Python",
            "de": "Erste Schritte im Programmieren mit Python",
            "en": "First steps in programming with Python",
        },
        "summary": {
            "nl": (
                "Je eerste programma’s schrijven in Python, kleine taken automatiseren en "
                "ontdekken of een job in softwareontwikkeling iets voor jou is."
            ),
            "fr": (
                "Écrire vos premiers programmes en Python, automatiser de petites tâches et "
                "découvrir si un métier du développement est fait pour vous."
            ),
            "de": (
                "Ihre ersten Programme in Python schreiben, kleine Aufgaben automatisieren und "
                "herausfinden, ob ein Beruf in der Softwareentwicklung zu Ihnen passt."
            ),
            "en": (
                "Write your first Python programs, automate small tasks and find out whether a "
                "career in software development is right for you."
            ),
        },
        "description": {
            "nl": (
                "<p>Twaalf avonden in een kleine groep vrouwen om zonder druk kennis te maken met "
                "programmeren. Deze initiatie is ook een goede voorbereiding op de "
                "toelatingsproeven van de bootcamps van BeCode.</p>"
                "<ul>"
                "<li>Variabelen, voorwaarden en lussen</li>"
                "<li>Functies en lijsten</li>"
                "<li>Bestanden lezen en schrijven</li>"
                "<li>Een miniproject dat je op de laatste avond voorstelt</li></ul>"
            ),
            "fr": (
                "<p>Douze soirées en petit groupe de femmes pour découvrir la programmation sans "
                "pression. Cette initiation est aussi une bonne préparation aux tests d’entrée des "
                "bootcamps de BeCode.</p>"
                "<ul>"
                "<li>Variables, conditions et boucles</li>"
                "<li>Fonctions et listes</li>"
                "<li>Lire et écrire des fichiers</li>"
                "<li>Un mini-projet présenté lors de la dernière soirée</li></ul>"
            ),
            "de": (
                "<p>Zwölf Abende in einer kleinen Frauengruppe, um das Programmieren ohne Druck zu "
                "entdecken. Der Einstiegskurs ist zugleich eine gute Vorbereitung auf die "
                "Aufnahmetests der BeCode-Bootcamps.</p>"
                "<ul>"
                "<li>Variablen, Bedingungen und Schleifen</li>"
                "<li>Funktionen und Listen</li>"
                "<li>Dateien lesen und schreiben</li>"
                "<li>Ein Miniprojekt, das Sie am letzten Abend vorstellen</li></ul>"
            ),
            "en": (
                "<p>Twelve evenings in a small group of women to discover programming without "
                "pressure. This introduction is also good preparation for the entrance tests of "
                "BeCode’s bootcamps.</p>"
                "<ul>"
                "<li>Variables, conditions and loops</li>"
                "<li>Functions and lists</li>"
                "<li>Reading and writing files</li>"
                "<li>A mini-project presented on the final evening</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Programmeerervaring is niet nodig, maar je moet vlot met een computer kunnen "
                "werken."
            ),
            "fr": (
                "Aucune expérience en programmation n’est nécessaire, mais vous devez être à "
                "l’aise avec un ordinateur."
            ),
            "de": (
                "Programmiererfahrung ist nicht nötig, Sie sollten jedoch sicher mit dem Computer "
                "umgehen können."
            ),
            "en": (
                "No programming experience is needed, but you should be comfortable using a "
                "computer."
            ),
        },
        "accessibility_info": {
            "nl": (
                "De lessen vinden plaats op het gelijkvloers van een rolstoeltoegankelijk gebouw."
            ),
            "fr": (
                "Les cours se donnent au rez-de-chaussée, dans un bâtiment accessible en fauteuil "
                "roulant."
            ),
            "de": "Der Unterricht findet im Erdgeschoss eines rollstuhlgerechten Gebäudes statt.",
            "en": "Classes take place on the ground floor of a wheelchair-accessible building.",
        },
        "sessions": [
            {
                "in_days": -12,
                "start": "18:30",
                "hours": 3,
                "span_days": 42,
                "online": False,
                "venue": "BeCode Liège",
                "address": "Liège",
                "capacity": 14,
                "status": "cancelled",
                "deadline_days_before": 7,
            },
            {
                "in_days": 22,
                "start": "18:30",
                "hours": 3,
                "span_days": 42,
                "online": False,
                "venue": "BeCode Liège",
                "address": "Liège",
                "capacity": 14,
                "status": "open",
                "deadline_days_before": 7,
            },
        ],
    },
    {
        "slug": "wal-iot-prototyping-arduino-esp32-weekend",
        "owner": "technobel",
        "provider": "technobel",
        "kind": "workshop",
        "format": "onsite",
        "region": "wallonia",
        "municipality": "Ciney",
        "languages": ["fr"],
        "cost": "paid",
        "price": "180.00",
        "women_only": False,
        "childcare": False,
        "schedule": "weekend",
        "level": "intermediate",
        "areas": ["problem_solving", "content_creation"],
        "technologies": ["iot", "programming"],
        "audiences": ["employees", "labour_force", "students_girls"],
        "certificate": "attendance",
        "duration_hours": 14,
        "registration_url": "https://www.technobel.be",
        "contact_email": "",
        "title": {
            "nl": "Internet of Things: prototypes bouwen met Arduino en ESP32",
            "fr": "Objets connectés : prototyper avec Arduino et ESP32",
            "de": "Internet der Dinge: Prototypen mit Arduino und ESP32 bauen",
            "en": "Internet of Things: prototyping with Arduino and ESP32",
        },
        "summary": {
            "nl": (
                "Sensoren aansluiten, een ESP32-bordje programmeren en je meetwaarden naar een "
                "online dashboard sturen: zo bouw je je eerste verbonden toestel."
            ),
            "fr": (
                "Câbler des capteurs, programmer une carte ESP32 et envoyer vos mesures vers un "
                "tableau de bord en ligne pour réaliser votre premier objet connecté."
            ),
            "de": (
                "Sensoren anschließen, ein ESP32-Board programmieren und Messwerte an ein "
                "Online-Dashboard senden – so bauen Sie Ihr erstes vernetztes Gerät."
            ),
            "en": (
                "Wire up sensors, program an ESP32 board and send your readings to an online "
                "dashboard to build your first connected device."
            ),
        },
        "description": {
            "nl": (
                "<p>Een weekend vol praktijkwerk in het labo, van idee tot prototype. Het "
                "materiaal is inbegrepen en je mag je opstelling na de workshop mee naar huis "
                "nemen.</p>"
                "<ul>"
                "<li>Basiselektronica: sensoren, leds en breadboard</li>"
                "<li>Programmeren in C++ met de Arduino-omgeving</li>"
                "<li>Wifiverbinding en het MQTT-protocol</li>"
                "<li>Data visualiseren en goede beveiligingspraktijken</li></ul>"
            ),
            "fr": (
                "<p>Un week-end de travaux pratiques en laboratoire pour passer de l’idée au "
                "prototype. Le matériel est fourni et vous pouvez emporter votre montage à la fin "
                "de l’atelier.</p>"
                "<ul>"
                "<li>Électronique de base : capteurs, LED et breadboard</li>"
                "<li>Programmation en C++ avec l’environnement Arduino</li>"
                "<li>Connexion Wi-Fi et protocole MQTT</li>"
                "<li>Visualisation des données et bonnes pratiques de sécurité</li></ul>"
            ),
            "de": (
                "<p>Ein Wochenende praktischer Laborarbeit, um von der Idee zum Prototyp zu "
                "gelangen. Das Material wird gestellt, und Sie dürfen Ihren Aufbau nach dem "
                "Workshop mit nach Hause nehmen.</p>"
                "<ul>"
                "<li>Elektronik-Grundlagen: Sensoren, LEDs und Steckplatine</li>"
                "<li>Programmierung in C++ mit der Arduino-Umgebung</li>"
                "<li>WLAN-Verbindung und MQTT-Protokoll</li>"
                "<li>Datenvisualisierung und bewährte Sicherheitspraktiken</li></ul>"
            ),
            "en": (
                "<p>A weekend of hands-on lab work to take you from idea to prototype. All "
                "equipment is provided and you can take your build home at the end of the "
                "workshop.</p>"
                "<ul>"
                "<li>Basic electronics: sensors, LEDs and breadboards</li>"
                "<li>Programming in C++ with the Arduino environment</li>"
                "<li>Wi-Fi connection and the MQTT protocol</li>"
                "<li>Data visualisation and good security practice</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je hebt al eens een paar regels code geschreven, in om het even welke "
                "programmeertaal."
            ),
            "fr": "Avoir déjà écrit quelques lignes de code, dans n’importe quel langage.",
            "de": (
                "Sie haben bereits ein paar Zeilen Code geschrieben, egal in welcher "
                "Programmiersprache."
            ),
            "en": "You have already written a few lines of code, in any programming language.",
        },
        "accessibility_info": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "sessions": [
            {
                "in_days": -65,
                "start": "09:00",
                "hours": 7,
                "span_days": 1,
                "online": False,
                "venue": "Technobel",
                "address": "Ciney",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 7,
            },
            {
                "in_days": 26,
                "start": "09:00",
                "hours": 7,
                "span_days": 1,
                "online": False,
                "venue": "Technobel",
                "address": "Ciney",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 7,
            },
        ],
    },
    {
        "slug": "wal-digital-refresher-women-returners-eupen",
        "owner": "adg",
        "provider": "adg",
        "kind": "course",
        "format": "onsite",
        "region": "german_community",
        "municipality": "Eupen",
        "languages": ["de"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": True,
        "childcare": True,
        "schedule": "daytime",
        "level": "foundation",
        "areas": ["information_data", "communication_collaboration", "safety"],
        "technologies": ["digital_skills"],
        "audiences": ["job_seekers", "women_returners"],
        "certificate": "attendance",
        "duration_hours": 40,
        "registration_url": "https://www.adg.be",
        "contact_email": "",
        "title": {
            "nl": "Digitaal fit voor je terugkeer naar werk",
            "fr": "Remise à niveau numérique pour le retour à l’emploi",
            "de": "Digital fit für den Wiedereinstieg",
            "en": "Digital skills refresher for returning to work",
        },
        "summary": {
            "nl": (
                "Vlot omgaan met computer, smartphone en onlinediensten, een sollicitatie per "
                "e-mail versturen en deelnemen aan videogesprekken."
            ),
            "fr": (
                "Utiliser en toute confiance l’ordinateur, le smartphone et les services en ligne, "
                "envoyer une candidature par e-mail et participer à des visioconférences."
            ),
            "de": (
                "Sicher mit Computer, Smartphone und Online-Diensten umgehen, Bewerbungen per "
                "E-Mail verschicken und an Videokonferenzen teilnehmen."
            ),
            "en": (
                "Use a computer, smartphone and online services with confidence, send job "
                "applications by e-mail and take part in video calls."
            ),
        },
        "description": {
            "nl": (
                "<p>Deze opleiding is bedoeld voor vrouwen die na een gezinspauze of een langere "
                "periode zonder werk opnieuw aan de slag willen. In kleine groepen oefen je met "
                "praktische voorbeelden uit het dagelijks leven en uit je zoektocht naar werk.</p>"
                "<ul>"
                "<li>Bestanden en mappen ordenen, documenten scannen en bewaren</li>"
                "<li>E-mails schrijven en je sollicitatiedocumenten als pdf versturen</li>"
                "<li>Videovergaderen met Teams of Zoom</li>"
                "<li>Online vacaturesites en overheidsdiensten gebruiken</li>"
                "<li>Wachtwoorden en privacy in het dagelijks leven</li></ul>"
            ),
            "fr": (
                "<p>Cette formation s’adresse aux femmes qui souhaitent reprendre une activité "
                "professionnelle après une pause familiale ou une longue période sans emploi. En "
                "petits groupes, vous vous exercez sur des exemples concrets tirés de la vie "
                "quotidienne et de la recherche d’emploi.</p>"
                "<ul>"
                "<li>Classer ses fichiers et dossiers, scanner et enregistrer des documents</li>"
                "<li>Rédiger des e-mails et envoyer ses documents de candidature en PDF</li>"
                "<li>Participer à une visioconférence avec Teams ou Zoom</li>"
                "<li>Utiliser les sites d’offres d’emploi et les services publics en ligne</li>"
                "<li>Mots de passe et protection de la vie privée au quotidien</li></ul>"
            ),
            "de": (
                "<p>Dieser Kurs richtet sich an Frauen, die nach einer Familienpause oder längerer "
                "Arbeitslosigkeit wieder ins Berufsleben einsteigen möchten. In kleinen Gruppen "
                "üben Sie an praktischen Beispielen aus dem Alltag und der Stellensuche.</p>"
                "<ul>"
                "<li>Dateien und Ordner ordnen, Dokumente scannen und speichern</li>"
                "<li>E-Mails schreiben und Bewerbungsunterlagen als PDF versenden</li>"
                "<li>An Videokonferenzen mit Teams oder Zoom teilnehmen</li>"
                "<li>Online-Stellenbörsen und Online-Dienste der Verwaltung nutzen</li>"
                "<li>Passwörter und Datenschutz im Alltag</li></ul>"
            ),
            "en": (
                "<p>This course is for women who want to return to work after a family break or a "
                "long period without a job. In small groups you practise with concrete examples "
                "from everyday life and job hunting.</p>"
                "<ul>"
                "<li>Organising files and folders, scanning and saving documents</li>"
                "<li>Writing e-mails and sending application documents as PDFs</li>"
                "<li>Joining video calls with Teams or Zoom</li>"
                "<li>Using online job boards and public services</li>"
                "<li>Passwords and privacy in everyday life</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": "Geen voorkennis nodig; je moet wel goed Duits begrijpen.",
            "fr": "Aucun prérequis, mais une bonne compréhension de l’allemand est nécessaire.",
            "de": "Keine Vorkenntnisse erforderlich; Sie sollten jedoch gut Deutsch verstehen.",
            "en": "No prior knowledge is needed, but you should understand German well.",
        },
        "accessibility_info": {
            "nl": (
                "Tijdens de lesuren is er gratis kinderopvang; vermeld bij je inschrijving hoeveel "
                "kinderen je hebt en hoe oud ze zijn."
            ),
            "fr": (
                "Une garde d’enfants gratuite est organisée pendant les heures de cours ; indiquez "
                "le nombre et l’âge de vos enfants lors de l’inscription."
            ),
            "de": (
                "Während der Kurszeiten wird eine kostenlose Kinderbetreuung angeboten; bitte "
                "geben Sie bei der Anmeldung Anzahl und Alter Ihrer Kinder an."
            ),
            "en": (
                "Free childcare is provided during class hours; please give the number and ages of "
                "your children when you register."
            ),
        },
        "sessions": [
            {
                "in_days": 16,
                "start": "09:00",
                "hours": 4,
                "span_days": 30,
                "online": False,
                "venue": "ADG",
                "address": "Eupen",
                "capacity": 10,
                "status": "open",
                "deadline_days_before": 7,
            },
            {
                "in_days": 80,
                "start": "09:00",
                "hours": 4,
                "span_days": 30,
                "online": False,
                "venue": "ADG",
                "address": "Eupen",
                "capacity": 10,
                "status": "open",
                "deadline_days_before": 7,
            },
        ],
    },
    {
        "slug": "wal-excel-at-work-evening-sankt-vith",
        "owner": "adg",
        "provider": "adg",
        "kind": "course",
        "format": "onsite",
        "region": "german_community",
        "municipality": "Sankt Vith",
        "languages": ["de"],
        "cost": "subsidised",
        "price": "60.00",
        "women_only": False,
        "childcare": False,
        "schedule": "evening",
        "level": "intermediate",
        "areas": ["information_data", "problem_solving"],
        "technologies": ["data", "digital_skills"],
        "audiences": ["employees", "job_seekers"],
        "certificate": "attendance",
        "duration_hours": 24,
        "registration_url": "https://www.adg.be",
        "contact_email": "",
        "title": {
            "nl": "Excel op het werk: formules, draaitabellen en grafieken",
            "fr": "Excel au travail : formules, tableaux croisés dynamiques et graphiques",
            "de": "Excel im Berufsalltag: Formeln, Pivot-Tabellen und Diagramme",
            "en": "Excel at work: formulas, pivot tables and charts",
        },
        "summary": {
            "nl": (
                "Gegevens analyseren met formules en functies zoals VERT.ZOEKEN, draaitabellen "
                "maken en resultaten weergeven in duidelijke grafieken."
            ),
            "fr": (
                "Analyser des données avec des formules et des fonctions comme RECHERCHEV, créer "
                "des tableaux croisés dynamiques et présenter vos résultats dans des graphiques "
                "parlants."
            ),
            "de": (
                "Daten mit Formeln und Funktionen wie SVERWEIS auswerten, Pivot-Tabellen erstellen "
                "und Ergebnisse in aussagekräftigen Diagrammen darstellen."
            ),
            "en": (
                "Analyse data with formulas and functions such as VLOOKUP, build pivot tables and "
                "present your results in clear charts."
            ),
        },
        "description": {
            "nl": (
                "<p>Acht avonden in Sankt Vith voor wie al met Excel werkt en efficiënter wil "
                "worden. De oefeningen zijn gebaseerd op typische situaties op kantoor, in de "
                "handel en in de administratie.</p>"
                "<ul>"
                "<li>Celverwijzingen, ALS en VERT.ZOEKEN</li>"
                "<li>Gegevens opschonen, sorteren en filteren</li>"
                "<li>Draaitabellen en voorwaardelijke opmaak</li>"
                "<li>Grafieken voor verslagen en presentaties</li></ul>"
                "<p>Voor werkzoekenden is de cursus gratis; werknemers betalen een verminderd "
                "inschrijvingsgeld.</p>"
            ),
            "fr": (
                "<p>Huit soirées à Saint-Vith pour les personnes qui utilisent déjà Excel et "
                "souhaitent gagner en efficacité. Les exercices s’inspirent de situations "
                "courantes au bureau, dans le commerce et dans l’administration.</p>"
                "<ul>"
                "<li>Références de cellules, fonctions SI et RECHERCHEV</li>"
                "<li>Nettoyer, trier et filtrer des données</li>"
                "<li>Tableaux croisés dynamiques et mise en forme conditionnelle</li>"
                "<li>Graphiques pour rapports et présentations</li></ul>"
                "<p>La formation est gratuite pour les demandeurs d’emploi ; les travailleurs "
                "paient un droit d’inscription réduit.</p>"
            ),
            "de": (
                "<p>Acht Abende in Sankt Vith für alle, die Excel bereits nutzen und effizienter "
                "damit arbeiten möchten. Die Übungen stammen aus typischen Situationen in Büro, "
                "Handel und Verwaltung.</p>"
                "<ul>"
                "<li>Zellbezüge, WENN- und SVERWEIS-Funktionen</li>"
                "<li>Daten bereinigen, sortieren und filtern</li>"
                "<li>Pivot-Tabellen und bedingte Formatierung</li>"
                "<li>Diagramme für Berichte und Präsentationen</li></ul>"
                "<p>Für Arbeitsuchende ist der Kurs kostenlos; Beschäftigte zahlen eine ermäßigte "
                "Teilnahmegebühr.</p>"
            ),
            "en": (
                "<p>Eight evenings in Sankt Vith for people who already use Excel and want to work "
                "more efficiently. The exercises are based on typical situations in offices, "
                "retail and administration.</p>"
                "<ul>"
                "<li>Cell references, IF and VLOOKUP functions</li>"
                "<li>Cleaning, sorting and filtering data</li>"
                "<li>Pivot tables and conditional formatting</li>"
                "<li>Charts for reports and presentations</li></ul>"
                "<p>The course is free for job seekers; employees pay a reduced fee.</p>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je kent de basisfuncties van Excel, zoals gegevens invoeren en eenvoudige sommen "
                "maken."
            ),
            "fr": (
                "Vous connaissez les fonctions de base d’Excel, comme la saisie de données et les "
                "sommes simples."
            ),
            "de": (
                "Sie kennen die Grundfunktionen von Excel, etwa Daten eingeben und einfache Summen "
                "bilden."
            ),
            "en": "You know the basic functions of Excel, such as entering data and simple sums.",
        },
        "accessibility_info": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "sessions": [
            {
                "in_days": -75,
                "start": "18:30",
                "hours": 3,
                "span_days": 25,
                "online": False,
                "venue": "ADG",
                "address": "Sankt Vith",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 7,
            },
        ],
    },
    {
        "slug": "wal-staying-safe-online-webinar-de",
        "owner": "adg",
        "provider": "adg",
        "kind": "webinar",
        "format": "online",
        "region": "online",
        "municipality": "",
        "languages": ["de"],
        "cost": "free",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "evening",
        "level": "foundation",
        "areas": ["safety"],
        "technologies": ["cybersecurity"],
        "audiences": ["all", "employees", "job_seekers"],
        "certificate": "none",
        "duration_hours": 2,
        "registration_url": "https://www.adg.be",
        "contact_email": "",
        "title": {
            "nl": "Veilig online: phishing, wachtwoorden en oplichting herkennen",
            "fr": "En sécurité sur internet : phishing, mots de passe et arnaques",
            "de": "Sicher im Netz: Phishing, Passwörter und Betrugsmaschen",
            "en": "Staying safe online: phishing, passwords and scams",
        },
        "summary": {
            "nl": (
                "Frauduleuze e-mails en sms’jes herkennen, sterke wachtwoorden aanmaken en "
                "tweestapsverificatie instellen."
            ),
            "fr": (
                "Reconnaître les e-mails et SMS frauduleux, créer des mots de passe solides et "
                "activer la double authentification."
            ),
            "de": (
                "Betrügerische E-Mails und SMS erkennen, sichere Passwörter anlegen und die "
                "Zwei-Faktor-Authentifizierung einrichten."
            ),
            "en": (
                "Recognise fraudulent e-mails and text messages, create strong passwords and set "
                "up two-factor authentication."
            ),
        },
        "description": {
            "nl": (
                "<p>Een webinar van twee uur voor iedereen die veiliger wil surfen. Aan de hand "
                "van actuele voorbeelden tonen we hoe oplichters te werk gaan en hoe je jezelf "
                "beschermt.</p>"
                "<ul>"
                "<li>Typische phishingtrucs via e-mail, sms en chatapps</li>"
                "<li>Wachtwoordmanagers en tweestapsverificatie</li>"
                "<li>Wat doe je als je toch in de val bent gelopen?</li></ul>"
            ),
            "fr": (
                "<p>Un webinaire de deux heures pour toutes celles et ceux qui veulent naviguer "
                "plus sereinement. À partir d’exemples récents, nous montrons comment procèdent "
                "les escrocs et comment vous protéger.</p>"
                "<ul>"
                "<li>Les arnaques courantes par e-mail, SMS et messageries</li>"
                "<li>Gestionnaires de mots de passe et double authentification</li>"
                "<li>Que faire si vous vous êtes fait piéger ?</li></ul>"
            ),
            "de": (
                "<p>Ein zweistündiges Webinar für alle, die sich sicherer im Internet bewegen "
                "möchten. Anhand aktueller Beispiele zeigen wir, wie Betrüger vorgehen und wie Sie "
                "sich schützen können.</p>"
                "<ul>"
                "<li>Typische Phishing-Maschen per E-Mail, SMS und Messenger</li>"
                "<li>Passwort-Manager und Zwei-Faktor-Authentifizierung</li>"
                "<li>Was tun, wenn man doch hereingefallen ist?</li></ul>"
            ),
            "en": (
                "<p>A two-hour webinar for anyone who wants to feel safer online. Using recent "
                "examples, we show how fraudsters operate and how you can protect yourself.</p>"
                "<ul>"
                "<li>Common phishing tricks by e-mail, text message and messaging apps</li>"
                "<li>Password managers and two-factor authentication</li>"
                "<li>What to do if you have been caught out</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "accessibility_info": {
            "nl": "Het webinar wordt opgenomen en kan achteraf met ondertiteling bekeken worden.",
            "fr": "Le webinaire est enregistré et peut être revu ensuite avec des sous-titres.",
            "de": (
                "Das Webinar wird aufgezeichnet und kann anschließend mit Untertiteln angesehen "
                "werden."
            ),
            "en": "The webinar is recorded and can be watched afterwards with subtitles.",
        },
        "sessions": [
            {
                "in_days": 9,
                "start": "19:00",
                "hours": 2,
                "span_days": 0,
                "online": True,
                "venue": "",
                "address": "",
                "capacity": 100,
                "status": "cancelled",
                "deadline_days_before": 1,
            },
            {
                "in_days": 37,
                "start": "19:00",
                "hours": 2,
                "span_days": 0,
                "online": True,
                "venue": "",
                "address": "",
                "capacity": 100,
                "status": "open",
                "deadline_days_before": 1,
            },
        ],
    },
    {
        "slug": "wal-intro-web-development-eupen",
        "owner": "adg",
        "provider": "adg",
        "kind": "course",
        "format": "blended",
        "region": "german_community",
        "municipality": "Eupen",
        "languages": ["de"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "daytime",
        "level": "foundation",
        "areas": ["content_creation", "problem_solving"],
        "technologies": ["programming"],
        "audiences": ["job_seekers", "career_switchers"],
        "certificate": "attendance",
        "duration_hours": 120,
        "registration_url": "https://www.adg.be",
        "contact_email": "",
        "title": {
            "nl": "Starten met webontwikkeling: HTML, CSS en JavaScript",
            "fr": "Initiation au développement web : HTML, CSS et JavaScript",
            "de": "Einstieg in die Webentwicklung: HTML, CSS und JavaScript",
            "en": "Introduction to web development: HTML, CSS and JavaScript",
        },
        "summary": {
            "nl": (
                "Eigen webpagina’s opbouwen met HTML en CSS, ze interactief maken met JavaScript "
                "en online publiceren."
            ),
            "fr": (
                "Créer vos propres pages web en HTML et CSS, les rendre interactives avec "
                "JavaScript et les publier en ligne."
            ),
            "de": (
                "Eigene Webseiten mit HTML und CSS gestalten, sie mit JavaScript interaktiv machen "
                "und im Internet veröffentlichen."
            ),
            "en": (
                "Build your own web pages with HTML and CSS, make them interactive with JavaScript "
                "and publish them online."
            ),
        },
        "description": {
            "nl": (
                "<p>In tien weken leer je de basis van webontwikkeling. Drie voormiddagen per week "
                "heb je les in Eupen; tussendoor werk je online aan oefeningen, met begeleiding "
                "van de lesgevers. De cursus is ook een goede oriëntatie voor wie een langere "
                "IT-opleiding overweegt.</p>"
                "<ul>"
                "<li>Een webpagina opbouwen met HTML</li>"
                "<li>Vormgeving en responsive design met CSS</li>"
                "<li>De basis van JavaScript</li>"
                "<li>Versiebeheer met Git en online publiceren</li></ul>"
            ),
            "fr": (
                "<p>En dix semaines, vous découvrez les bases du développement web. Trois matinées "
                "par semaine ont lieu à Eupen ; entre ces séances, vous travaillez en ligne sur "
                "des exercices, avec le suivi des formateurs. Ce cours permet aussi de s’orienter "
                "avant une formation informatique plus longue.</p>"
                "<ul>"
                "<li>Structurer une page web en HTML</li>"
                "<li>Mise en page et responsive design avec CSS</li>"
                "<li>Les bases de JavaScript</li>"
                "<li>Gestion de versions avec Git et mise en ligne</li></ul>"
            ),
            "de": (
                "<p>In zehn Wochen lernen Sie die Grundlagen der Webentwicklung kennen. An drei "
                "Vormittagen pro Woche findet der Unterricht in Eupen statt; dazwischen arbeiten "
                "Sie online an Übungen, begleitet von den Trainern. Der Kurs eignet sich auch zur "
                "Orientierung vor einer längeren IT-Ausbildung.</p>"
                "<ul>"
                "<li>Aufbau einer Webseite mit HTML</li>"
                "<li>Gestaltung und responsives Design mit CSS</li>"
                "<li>JavaScript-Grundlagen</li>"
                "<li>Versionsverwaltung mit Git und Veröffentlichung im Netz</li></ul>"
            ),
            "en": (
                "<p>Over ten weeks you learn the basics of web development. Classes take place in "
                "Eupen three mornings a week; in between, you work online on exercises with "
                "support from the trainers. The course is also a good way to find your bearings "
                "before a longer IT programme.</p>"
                "<ul>"
                "<li>Structuring a web page with HTML</li>"
                "<li>Layout and responsive design with CSS</li>"
                "<li>JavaScript basics</li>"
                "<li>Version control with Git and publishing online</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Vlotte computervaardigheden en interesse in logisch denken; basiskennis Engels is "
                "handig."
            ),
            "fr": (
                "Une bonne maîtrise de l’ordinateur et le goût de la logique ; des notions "
                "d’anglais sont utiles."
            ),
            "de": (
                "Sichere Computerkenntnisse und Freude am logischen Denken; Grundkenntnisse in "
                "Englisch sind hilfreich."
            ),
            "en": (
                "Good computer skills and an interest in logical thinking; basic English is "
                "helpful."
            ),
        },
        "accessibility_info": {
            "nl": (
                "De leslokalen in Eupen zijn bereikbaar met de lift, en voor het onlinegedeelte "
                "kun je een laptop lenen."
            ),
            "fr": (
                "Les salles de cours d’Eupen sont accessibles par ascenseur, et un ordinateur "
                "portable peut être prêté pour la partie en ligne."
            ),
            "de": (
                "Die Schulungsräume in Eupen sind mit dem Aufzug erreichbar, und für den "
                "Online-Teil kann ein Laptop ausgeliehen werden."
            ),
            "en": (
                "The training rooms in Eupen can be reached by lift, and a laptop can be borrowed "
                "for the online part."
            ),
        },
        "sessions": [
            {
                "in_days": 42,
                "start": "09:00",
                "hours": 4,
                "span_days": 70,
                "online": False,
                "venue": "ADG",
                "address": "Eupen",
                "capacity": 14,
                "status": "open",
                "deadline_days_before": 14,
            },
        ],
    },
    {
        "slug": "wal-online-marketing-small-businesses-self-paced",
        "owner": "adg",
        "provider": "adg",
        "kind": "course",
        "format": "online",
        "region": "online",
        "municipality": "",
        "languages": ["de"],
        "cost": "free",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "self_paced",
        "level": "foundation",
        "areas": ["content_creation", "communication_collaboration"],
        "technologies": ["digital_marketing"],
        "audiences": ["entrepreneurs", "employees"],
        "certificate": "none",
        "duration_hours": 15,
        "registration_url": "https://www.adg.be",
        "contact_email": "",
        "title": {
            "nl": "Onlinemarketing voor kleine ondernemingen, op je eigen tempo",
            "fr": "Marketing en ligne pour petites entreprises, à votre rythme",
            "de": "Online-Marketing für kleine Betriebe – im eigenen Tempo",
            "en": "Online marketing for small businesses, at your own pace",
        },
        "summary": {
            "nl": (
                "Je zaak zichtbaar maken op Google en sociale media, een eenvoudige "
                "contentplanning opstellen en het bereik van je berichten opvolgen."
            ),
            "fr": (
                "Rendre votre entreprise visible sur Google et les réseaux sociaux, établir un "
                "calendrier éditorial simple et mesurer l’impact de vos publications."
            ),
            "de": (
                "Ihren Betrieb bei Google und in sozialen Netzwerken sichtbar machen, einen "
                "einfachen Redaktionsplan erstellen und den Erfolg Ihrer Beiträge messen."
            ),
            "en": (
                "Make your business visible on Google and social media, draw up a simple content "
                "calendar and measure how your posts perform."
            ),
        },
        "description": {
            "nl": (
                "<p>Deze onlinecursus bestaat uit zes modules met korte video’s, checklists en "
                "oefeningen die je meteen op je eigen zaak toepast. Je bepaalt zelf wanneer en hoe "
                "snel je leert.</p>"
                "<ul>"
                "<li>Een Google-bedrijfsprofiel aanmaken en bijhouden</li>"
                "<li>Facebook en Instagram gericht inzetten</li>"
                "<li>Goede foto’s en teksten voor je berichten</li>"
                "<li>Eenvoudige cijfers begrijpen en opvolgen</li></ul>"
            ),
            "fr": (
                "<p>Ce cours en ligne comprend six modules avec de courtes vidéos, des check-lists "
                "et des exercices à appliquer directement à votre entreprise. Vous décidez quand "
                "et à quel rythme vous apprenez.</p>"
                "<ul>"
                "<li>Créer et tenir à jour la fiche Google de votre établissement</li>"
                "<li>Utiliser Facebook et Instagram de manière ciblée</li>"
                "<li>Des photos et des textes efficaces pour vos publications</li>"
                "<li>Comprendre et suivre quelques indicateurs simples</li></ul>"
            ),
            "de": (
                "<p>Dieser Online-Kurs besteht aus sechs Modulen mit kurzen Videos, Checklisten "
                "und Übungen, die Sie direkt auf Ihren eigenen Betrieb anwenden. Sie bestimmen "
                "selbst, wann und wie schnell Sie lernen.</p>"
                "<ul>"
                "<li>Unternehmensprofil bei Google einrichten und pflegen</li>"
                "<li>Facebook und Instagram gezielt nutzen</li>"
                "<li>Gute Fotos und Texte für Ihre Beiträge</li>"
                "<li>Einfache Kennzahlen verstehen und auswerten</li></ul>"
            ),
            "en": (
                "<p>This online course has six modules with short videos, checklists and exercises "
                "that you apply straight away to your own business. You decide when and how fast "
                "you learn.</p>"
                "<ul>"
                "<li>Setting up and maintaining a Google Business Profile</li>"
                "<li>Using Facebook and Instagram in a targeted way</li>"
                "<li>Good photos and copy for your posts</li>"
                "<li>Understanding and tracking simple metrics</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je gebruikt het internet regelmatig en hebt al een eigen zaak of een concreet "
                "plan om er een te starten."
            ),
            "fr": (
                "Vous utilisez régulièrement internet et avez déjà une entreprise ou un projet de "
                "création concret."
            ),
            "de": (
                "Sie nutzen das Internet regelmäßig und haben bereits einen eigenen Betrieb oder "
                "ein konkretes Gründungsvorhaben."
            ),
            "en": (
                "You use the internet regularly and already run a business or have a concrete plan "
                "to start one."
            ),
        },
        "accessibility_info": {
            "nl": (
                "Alle video’s zijn in het Duits ondertiteld en kunnen ook op een smartphone "
                "bekeken worden."
            ),
            "fr": (
                "Toutes les vidéos sont sous-titrées en allemand et peuvent aussi être regardées "
                "sur smartphone."
            ),
            "de": (
                "Alle Videos sind auf Deutsch untertitelt und lassen sich auch auf dem Smartphone "
                "ansehen."
            ),
            "en": "All videos have German subtitles and can also be watched on a smartphone.",
        },
        "sessions": [],
    },
    {
        "slug": "wal-ai-tools-office-workshop-women-eupen",
        "owner": "adg",
        "provider": "adg",
        "kind": "workshop",
        "format": "onsite",
        "region": "german_community",
        "municipality": "Eupen",
        "languages": ["de"],
        "cost": "free",
        "price": None,
        "women_only": True,
        "childcare": False,
        "schedule": "evening",
        "level": "foundation",
        "areas": ["information_data", "content_creation", "safety"],
        "technologies": ["ai", "digital_skills"],
        "audiences": ["employees", "job_seekers", "women_returners"],
        "certificate": "attendance",
        "duration_hours": 9,
        "registration_url": "https://www.adg.be",
        "contact_email": "",
        "title": {
            "nl": "AI-tools op kantoor: workshop voor vrouwen",
            "fr": "Les outils d’IA au bureau : atelier pour femmes",
            "de": "KI-Werkzeuge im Büroalltag: Workshop für Frauen",
            "en": "AI tools in the office: workshop for women",
        },
        "summary": {
            "nl": (
                "AI-assistenten zoals Copilot of ChatGPT doelgericht inzetten voor teksten, "
                "samenvattingen en tabellen, met oog voor privacy en voor de grenzen van de "
                "technologie."
            ),
            "fr": (
                "Utiliser à bon escient des assistants d’IA comme Copilot ou ChatGPT pour rédiger, "
                "résumer et structurer des tableaux, sans perdre de vue la protection des données "
                "ni les limites de l’outil."
            ),
            "de": (
                "KI-Assistenten wie Copilot oder ChatGPT gezielt für Texte, Zusammenfassungen und "
                "Tabellen einsetzen und dabei Datenschutz und Grenzen der Technik im Blick "
                "behalten."
            ),
            "en": (
                "Use AI assistants such as Copilot or ChatGPT for writing, summarising and "
                "building tables, while keeping data protection and the limits of the technology "
                "in mind."
            ),
        },
        "description": {
            "nl": (
                "<p>Op drie avonden ontdek je in een kleine groep hoe AI-tools je op kantoor tijd "
                "kunnen besparen. De workshop is bedoeld voor vrouwen in administratieve en "
                "secretariaatsfuncties en voor werkzoekenden die die richting uit willen.</p>"
                "<ul>"
                "<li>Goede opdrachten (prompts) formuleren</li>"
                "<li>E-mails, verslagen en rapporten opstellen en herwerken</li>"
                "<li>Gegevens uit tabellen samenvatten</li>"
                "<li>Vertrouwelijke informatie beschermen en resultaten controleren</li></ul>"
            ),
            "fr": (
                "<p>En trois soirées et en petit groupe, vous testez comment les outils d’IA "
                "peuvent vous faire gagner du temps au bureau. L’atelier s’adresse aux femmes qui "
                "travaillent dans l’administration ou le secrétariat, ainsi qu’aux demandeuses "
                "d’emploi qui s’orientent vers ces métiers.</p>"
                "<ul>"
                "<li>Formuler de bonnes consignes (prompts)</li>"
                "<li>Rédiger et retravailler des e-mails, des procès-verbaux et des rapports</li>"
                "<li>Synthétiser des données issues de tableaux</li>"
                "<li>Protéger les informations confidentielles et vérifier les résultats</li></ul>"
            ),
            "de": (
                "<p>An drei Abenden probieren Sie in kleiner Runde aus, wie KI-Werkzeuge Ihnen im "
                "Büro Zeit sparen können. Der Workshop richtet sich an Frauen in Verwaltungs- und "
                "Sekretariatsberufen sowie an Arbeitsuchende, die sich in diese Richtung "
                "orientieren.</p>"
                "<ul>"
                "<li>Gute Anweisungen (Prompts) formulieren</li>"
                "<li>E-Mails, Protokolle und Berichte entwerfen und überarbeiten</li>"
                "<li>Daten aus Tabellen zusammenfassen</li>"
                "<li>Vertrauliche Informationen schützen und Ergebnisse überprüfen</li></ul>"
            ),
            "en": (
                "<p>Over three evenings in a small group, you try out how AI tools can save you "
                "time in the office. The workshop is aimed at women in administrative and "
                "secretarial roles and at job seekers heading in that direction.</p>"
                "<ul>"
                "<li>Writing good instructions (prompts)</li>"
                "<li>Drafting and revising e-mails, minutes and reports</li>"
                "<li>Summarising data from spreadsheets</li>"
                "<li>Protecting confidential information and checking results</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": "Je werkt regelmatig met Word, Excel of Outlook.",
            "fr": "Vous utilisez régulièrement Word, Excel ou Outlook.",
            "de": "Sie arbeiten regelmäßig mit Word, Excel oder Outlook.",
            "en": "You regularly use Word, Excel or Outlook.",
        },
        "accessibility_info": {
            "nl": "Het leslokaal ligt op het gelijkvloers en is rolstoeltoegankelijk.",
            "fr": (
                "La salle de formation se trouve au rez-de-chaussée et est accessible en fauteuil "
                "roulant."
            ),
            "de": "Der Schulungsraum liegt im Erdgeschoss und ist rollstuhlgerecht.",
            "en": "The training room is on the ground floor and is wheelchair accessible.",
        },
        "sessions": [
            {
                "in_days": 19,
                "start": "18:00",
                "hours": 3,
                "span_days": 14,
                "online": False,
                "venue": "ADG",
                "address": "Eupen",
                "capacity": 12,
                "status": "full",
                "deadline_days_before": 5,
            },
            {
                "in_days": 61,
                "start": "18:00",
                "hours": 3,
                "span_days": 14,
                "online": False,
                "venue": "ADG",
                "address": "Eupen",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 5,
            },
        ],
    },
    {
        "slug": "wal-fps-economy-safe-online-shopping-webinar",
        "owner": "fps-economy",
        "provider": "fps-economy",
        "kind": "webinar",
        "format": "online",
        "region": "online",
        "municipality": "",
        "languages": ["fr", "nl"],
        "cost": "free",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "daytime",
        "level": "foundation",
        "areas": ["safety", "information_data"],
        "technologies": ["cybersecurity", "digital_skills"],
        "audiences": ["all"],
        "certificate": "none",
        "duration_hours": 1,
        "registration_url": "https://economie.fgov.be",
        "contact_email": "",
        "title": {
            "nl": "Veilig online kopen: je rechten als consument",
            "fr": "Acheter en ligne en toute sécurité : vos droits de consommateur",
            "de": "Sicher online einkaufen: Ihre Rechte als Verbraucher",
            "en": "Shopping safely online: your consumer rights",
        },
        "summary": {
            "nl": (
                "Een frauduleuze webshop herkennen, je herroepingsrecht kennen en weten waar je "
                "terechtkunt als er iets misloopt."
            ),
            "fr": (
                "Repérer une boutique en ligne frauduleuse, connaître votre droit de rétractation "
                "et savoir vers qui vous tourner en cas de problème."
            ),
            "de": (
                "Betrügerische Onlineshops erkennen, Ihr Widerrufsrecht kennen und wissen, an wen "
                "Sie sich bei Problemen wenden können."
            ),
            "en": (
                "Spot a fraudulent online shop, know your right of withdrawal and know where to "
                "turn if something goes wrong."
            ),
        },
        "description": {
            "nl": (
                "<p>Een webinar van een uur tijdens de middagpauze, gegeven door experts van de "
                "FOD Economie. Na de presentatie is er tijd voor vragen.</p>"
                "<ul>"
                "<li>Alarmsignalen van een nepwebsite</li>"
                "<li>Het herroepingsrecht van 14 dagen en de wettelijke garantie</li>"
                "<li>Veilig betalen en wat te doen bij een geschil</li>"
                "<li>Fraude melden via het Meldpunt</li></ul>"
            ),
            "fr": (
                "<p>Un webinaire d’une heure pendant la pause de midi, présenté par des experts du "
                "SPF Economie. La présentation est suivie d’un temps de questions-réponses.</p>"
                "<ul>"
                "<li>Les signaux d’alerte d’un faux site</li>"
                "<li>Le droit de rétractation de 14 jours et la garantie légale</li>"
                "<li>Payer en toute sécurité et réagir en cas de litige</li>"
                "<li>Signaler une fraude via le Point de contact</li></ul>"
            ),
            "de": (
                "<p>Ein einstündiges Webinar in der Mittagspause, präsentiert von Fachleuten des "
                "FÖD Wirtschaft. Im Anschluss können Sie Ihre Fragen stellen.</p>"
                "<ul>"
                "<li>Warnsignale einer gefälschten Website</li>"
                "<li>Das 14-tägige Widerrufsrecht und die gesetzliche Gewährleistung</li>"
                "<li>Sicher bezahlen und richtig reagieren bei Streitfällen</li>"
                "<li>Betrug über die Meldestelle melden</li></ul>"
            ),
            "en": (
                "<p>A one-hour lunchtime webinar presented by experts from the FPS Economy, "
                "followed by time for questions.</p>"
                "<ul>"
                "<li>Warning signs of a fake website</li>"
                "<li>The 14-day right of withdrawal and the legal guarantee</li>"
                "<li>Paying securely and what to do in a dispute</li>"
                "<li>Reporting fraud via the Contact Point</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "accessibility_info": {
            "nl": (
                "Het webinar heeft automatische ondertiteling, en de opname blijft online "
                "beschikbaar."
            ),
            "fr": (
                "Le webinaire bénéficie d’un sous-titrage automatique, et l’enregistrement reste "
                "disponible en ligne."
            ),
            "de": (
                "Das Webinar wird mit automatischen Untertiteln angeboten, und die Aufzeichnung "
                "bleibt online verfügbar."
            ),
            "en": (
                "The webinar has automatic subtitles, and the recording remains available online."
            ),
        },
        "sessions": [
            {
                "in_days": -45,
                "start": "12:30",
                "hours": 1,
                "span_days": 0,
                "online": True,
                "venue": "",
                "address": "",
                "capacity": 300,
                "status": "open",
                "deadline_days_before": 1,
            },
            {
                "in_days": -10,
                "start": "12:30",
                "hours": 1,
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
        "slug": "wal-fps-economy-webshop-legal-obligations-webinar",
        "owner": "fps-economy",
        "provider": "fps-economy",
        "kind": "webinar",
        "format": "online",
        "region": "online",
        "municipality": "",
        "languages": ["fr", "nl", "de"],
        "cost": "free",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "daytime",
        "level": "foundation",
        "areas": ["information_data", "safety"],
        "technologies": ["digital_marketing", "other"],
        "audiences": ["entrepreneurs"],
        "certificate": "none",
        "duration_hours": 2,
        "registration_url": "https://economie.fgov.be",
        "contact_email": "",
        "title": {
            "nl": "Online verkopen: de wettelijke verplichtingen van je webshop",
            "fr": "Vendre en ligne : les obligations légales de votre webshop",
            "de": "Online verkaufen: die gesetzlichen Pflichten Ihres Webshops",
            "en": "Selling online: your webshop’s legal obligations",
        },
        "summary": {
            "nl": (
                "De verplichte vermeldingen op je website kennen, net als de regels voor "
                "prijsaanduiding, algemene voorwaarden en persoonsgegevens, zodat je online "
                "verkoopt volgens de regels."
            ),
            "fr": (
                "Connaître les mentions obligatoires de votre site, les règles d’indication des "
                "prix, les conditions générales et vos obligations en matière de données "
                "personnelles, pour vendre en ligne en toute conformité."
            ),
            "de": (
                "Pflichtangaben auf Ihrer Website, Regeln für die Preisangabe, allgemeine "
                "Geschäftsbedingungen und Datenschutzpflichten kennen, um rechtssicher online zu "
                "verkaufen."
            ),
            "en": (
                "Learn what your website must display, the rules on price indication, terms and "
                "conditions and your personal data obligations, so that you sell online in line "
                "with the law."
            ),
        },
        "description": {
            "nl": (
                "<p>Dit webinar is bedoeld voor zelfstandigen en kmo’s die online verkopen of dat "
                "willen doen, en overloopt de belangrijkste regels uit het Belgische en Europese "
                "economisch recht voor e-commerce. Er zijn sessies in het Nederlands, het Frans en "
                "het Duits.</p>"
                "<ul>"
                "<li>Verplichte informatie: ondernemingsnummer, contactgegevens, prijzen inclusief "
                "btw</li>"
                "<li>Herroepingsrecht en modelformulier</li>"
                "<li>Promoties, prijsverminderingen en klantenreviews</li>"
                "<li>Cookies en gegevensbescherming</li></ul>"
            ),
            "fr": (
                "<p>Destiné aux indépendants et aux PME qui vendent ou souhaitent vendre en ligne, "
                "ce webinaire passe en revue les principales règles du droit économique belge et "
                "européen applicables au commerce électronique. Des sessions sont organisées en "
                "français, en néerlandais et en allemand.</p>"
                "<ul>"
                "<li>Informations obligatoires : numéro d’entreprise, coordonnées, prix TVA "
                "comprise</li>"
                "<li>Droit de rétractation et formulaire type</li>"
                "<li>Promotions, réductions de prix et avis de clients</li>"
                "<li>Cookies et protection des données</li></ul>"
            ),
            "de": (
                "<p>Dieses Webinar richtet sich an Selbstständige und KMU, die online verkaufen "
                "oder dies planen, und gibt einen Überblick über die wichtigsten Regeln des "
                "belgischen und europäischen Wirtschaftsrechts für den Onlinehandel. Es finden "
                "Sitzungen auf Deutsch, Französisch und Niederländisch statt.</p>"
                "<ul>"
                "<li>Pflichtangaben: Unternehmensnummer, Kontaktdaten, Preise inklusive MwSt.</li>"
                "<li>Widerrufsrecht und Muster-Widerrufsformular</li>"
                "<li>Aktionen, Preisermäßigungen und Kundenbewertungen</li>"
                "<li>Cookies und Datenschutz</li></ul>"
            ),
            "en": (
                "<p>Aimed at self-employed people and SMEs who sell online or plan to, this "
                "webinar reviews the main rules of Belgian and European economic law that apply to "
                "e-commerce. Sessions are held in Dutch, French and German.</p>"
                "<ul>"
                "<li>Mandatory information: company number, contact details, prices including "
                "VAT</li>"
                "<li>Right of withdrawal and the model withdrawal form</li>"
                "<li>Promotions, price reductions and customer reviews</li>"
                "<li>Cookies and data protection</li></ul>"
            ),
        },
        "prerequisites": {
            "nl": "Je hebt plannen om online te verkopen of je hebt al een webshop.",
            "fr": "Avoir un projet de vente en ligne ou une boutique en ligne existante.",
            "de": "Sie planen, online zu verkaufen, oder betreiben bereits einen Webshop.",
            "en": "You plan to sell online or already run a webshop.",
        },
        "accessibility_info": {
            "nl": "Live-ondertiteling is mogelijk als je erom vraagt bij je inschrijving.",
            "fr": "Un sous-titrage en direct est possible sur demande lors de l’inscription.",
            "de": "Live-Untertitel sind auf Anfrage bei der Anmeldung möglich.",
            "en": "Live captions are available on request when you register.",
        },
        "sessions": [
            {
                "in_days": 16,
                "start": "10:00",
                "hours": 2,
                "span_days": 0,
                "online": True,
                "venue": "",
                "address": "",
                "capacity": 250,
                "status": "open",
                "deadline_days_before": 2,
            },
            {
                "in_days": 23,
                "start": "10:00",
                "hours": 2,
                "span_days": 0,
                "online": True,
                "venue": "",
                "address": "",
                "capacity": 250,
                "status": "open",
                "deadline_days_before": 2,
            },
            {
                "in_days": 30,
                "start": "10:00",
                "hours": 2,
                "span_days": 0,
                "online": True,
                "venue": "",
                "address": "",
                "capacity": 250,
                "status": "open",
                "deadline_days_before": 2,
            },
        ],
    },
]
