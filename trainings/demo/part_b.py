"""Demo trainings, part B: Flanders and online offers.

Pure data (no logic). Session dates ("in_days") are relative to the day the demo is loaded.
"""

TRAININGS = [
    {
        "slug": "vl-digital-basics-for-job-seekers-gent",
        "owner": "vdab",
        "provider": "vdab",
        "kind": "course",
        "format": "onsite",
        "region": "flanders",
        "municipality": "Gent",
        "languages": ["nl"],
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
        "registration_url": "https://www.vdab.be",
        "contact_email": "",
        "title": {
            "nl": "Digitale basisvaardigheden voor werkzoekenden",
            "fr": "Compétences numériques de base pour chercheurs d'emploi",
            "de": "Digitale Grundkompetenzen für Arbeitsuchende",
            "en": "Digital basics for job seekers",
        },
        "summary": {
            "nl": (
                "Je leert vlot werken met een computer en smartphone, e-mails versturen, je "
                "cv online bijhouden en veilig solliciteren via Mijn Loopbaan."
            ),
            "fr": (
                "Vous apprenez à utiliser un ordinateur et un smartphone avec aisance, à "
                "envoyer des e-mails, à tenir votre CV à jour en ligne et à postuler en "
                "toute sécurité via Mijn Loopbaan, l'espace personnel du VDAB."
            ),
            "de": (
                "Sie lernen, sicher mit Computer und Smartphone umzugehen, E-Mails zu "
                "versenden, Ihren Lebenslauf online zu pflegen und sich über Mijn Loopbaan, "
                "das persönliche Portal des VDAB, zu bewerben."
            ),
            "en": (
                "You will learn to use a computer and smartphone with confidence, send "
                "e-mails, keep your CV up to date online and apply for jobs safely through "
                "Mijn Loopbaan, VDAB's personal portal for job seekers."
            ),
        },
        "description": {
            "nl": (
                "<p>In deze opleiding werk je in een kleine groep en op je eigen tempo aan "
                "de digitale vaardigheden die je vandaag nodig hebt om werk te zoeken. Een "
                "lesgever begeleidt je stap voor stap, ook als je nog nooit met een computer "
                "hebt gewerkt.</p>"
                "<ul>"
                "<li>Werken met bestanden, mappen en een tekstverwerker</li>"
                "<li>E-mails opstellen en bijlagen toevoegen</li>"
                "<li>Vacatures zoeken en solliciteren via Mijn Loopbaan</li>"
                "<li>Veilig omgaan met wachtwoorden en itsme</li>"
                "</ul>"
                "<p>De lessen worden gegeven in eenvoudig Nederlands.</p>"
            ),
            "fr": (
                "<p>Dans cette formation, vous travaillez en petit groupe et à votre rythme "
                "sur les compétences numériques indispensables aujourd'hui pour chercher un "
                "emploi. Un formateur vous accompagne pas à pas, même si vous n'avez jamais "
                "utilisé d'ordinateur.</p>"
                "<ul>"
                "<li>Gérer des fichiers et des dossiers, utiliser un traitement de texte</li>"
                "<li>Rédiger des e-mails et ajouter des pièces jointes</li>"
                "<li>Chercher des offres d'emploi et postuler via Mijn Loopbaan</li>"
                "<li>Utiliser ses mots de passe et itsme en toute sécurité</li>"
                "</ul>"
                "<p>Les cours sont donnés en néerlandais simple.</p>"
            ),
            "de": (
                "<p>In dieser Weiterbildung arbeiten Sie in einer kleinen Gruppe und in "
                "Ihrem eigenen Tempo an den digitalen Kompetenzen, die Sie heute für die "
                "Arbeitsuche brauchen. Eine Lehrkraft begleitet Sie Schritt für Schritt, "
                "auch wenn Sie noch nie mit einem Computer gearbeitet haben.</p>"
                "<ul>"
                "<li>Mit Dateien, Ordnern und einem Textverarbeitungsprogramm arbeiten</li>"
                "<li>E-Mails schreiben und Anhänge hinzufügen</li>"
                "<li>Stellenangebote suchen und sich über Mijn Loopbaan bewerben</li>"
                "<li>Passwörter und itsme sicher verwenden</li>"
                "</ul>"
                "<p>Der Unterricht findet in einfachem Niederländisch statt.</p>"
            ),
            "en": (
                "<p>In this course you work in a small group, at your own pace, on the "
                "digital skills you need to look for a job today. A trainer guides you step "
                "by step, even if you have never used a computer before.</p>"
                "<ul>"
                "<li>Working with files, folders and a word processor</li>"
                "<li>Writing e-mails and adding attachments</li>"
                "<li>Searching for vacancies and applying through Mijn Loopbaan</li>"
                "<li>Using passwords and itsme safely</li>"
                "</ul>"
                "<p>Classes are taught in plain Dutch.</p>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je bent ingeschreven als werkzoekende bij VDAB en begrijpt eenvoudig Nederlands."
            ),
            "fr": (
                "Être inscrit comme chercheur d'emploi au VDAB et comprendre un néerlandais simple."
            ),
            "de": (
                "Sie sind beim VDAB als arbeitsuchend gemeldet und verstehen einfaches "
                "Niederländisch."
            ),
            "en": "You are registered as a job seeker with VDAB and understand basic Dutch.",
        },
        "accessibility_info": {
            "nl": (
                "Het leslokaal is rolstoeltoegankelijk; laat ons vooraf weten als je extra "
                "ondersteuning nodig hebt."
            ),
            "fr": (
                "La salle de cours est accessible en fauteuil roulant ; signalez-nous à "
                "l'avance si vous avez besoin d'un soutien particulier."
            ),
            "de": (
                "Der Kursraum ist rollstuhlgerecht; teilen Sie uns bitte vorab mit, wenn Sie "
                "zusätzliche Unterstützung benötigen."
            ),
            "en": (
                "The classroom is wheelchair accessible; let us know in advance if you need "
                "any extra support."
            ),
        },
        "sessions": [
            {
                "in_days": 14,
                "start": "09:00",
                "hours": 4,
                "span_days": 35,
                "online": False,
                "venue": "VDAB Gent",
                "address": "Gent",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 5,
            },
            {
                "in_days": 63,
                "start": "09:00",
                "hours": 4,
                "span_days": 35,
                "online": False,
                "venue": "VDAB Gent",
                "address": "Gent",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 5,
            },
        ],
    },
    {
        "slug": "vl-junior-web-developer-bootcamp-antwerpen",
        "owner": "vdab",
        "provider": "becode",
        "kind": "bootcamp",
        "format": "onsite",
        "region": "flanders",
        "municipality": "Antwerpen",
        "languages": ["nl", "en"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "full_time",
        "level": "foundation",
        "areas": ["content_creation", "problem_solving"],
        "technologies": ["programming"],
        "audiences": ["job_seekers", "career_switchers"],
        "certificate": "attendance",
        "duration_hours": 980,
        "registration_url": "https://becode.org",
        "contact_email": "",
        "title": {
            "nl": "Bootcamp junior webontwikkeling in Antwerpen",
            "fr": "Bootcamp développement web junior à Anvers",
            "de": "Bootcamp Junior-Webentwicklung in Antwerpen",
            "en": "Junior web developer bootcamp in Antwerp",
        },
        "summary": {
            "nl": (
                "In zeven maanden leer je websites en webapplicaties bouwen met HTML, CSS, "
                "JavaScript en PHP, zodat je aan de slag kunt als junior webontwikkelaar."
            ),
            "fr": (
                "En sept mois, vous apprenez à créer des sites et des applications web avec "
                "HTML, CSS, JavaScript et PHP, pour décrocher un premier poste de "
                "développeur web junior."
            ),
            "de": (
                "In sieben Monaten lernen Sie, Websites und Webanwendungen mit HTML, CSS, "
                "JavaScript und PHP zu entwickeln, um als Junior-Webentwicklerin oder "
                "-Webentwickler einzusteigen."
            ),
            "en": (
                "In seven months you learn to build websites and web applications with HTML, "
                "CSS, JavaScript and PHP, so you can start work as a junior web developer."
            ),
        },
        "description": {
            "nl": (
                "<p>BeCode werkt zonder klassieke lessen: je leert door echte projecten te "
                "bouwen, alleen en in team, met de steun van een coach. Na de opleiding "
                "volgt een stage in een bedrijf. De opleiding is gratis voor werkzoekenden, "
                "in samenwerking met VDAB.</p>"
                "<ul>"
                "<li>Front-end: HTML, CSS en JavaScript</li>"
                "<li>Back-end: PHP, databanken en SQL</li>"
                "<li>Werken met Git en in agile teams</li>"
                "<li>Sollicitatietraining en een stage van enkele weken</li>"
                "</ul>"
            ),
            "fr": (
                "<p>Chez BeCode, pas de cours magistraux : vous apprenez en réalisant de "
                "vrais projets, seul ou en équipe, avec l'aide d'un coach. La formation se "
                "termine par un stage en entreprise. Elle est gratuite pour les chercheurs "
                "d'emploi, en partenariat avec le VDAB.</p>"
                "<ul>"
                "<li>Front-end : HTML, CSS et JavaScript</li>"
                "<li>Back-end : PHP, bases de données et SQL</li>"
                "<li>Travailler avec Git et en équipe agile</li>"
                "<li>Préparation aux entretiens d'embauche et stage de quelques semaines</li>"
                "</ul>"
            ),
            "de": (
                "<p>Bei BeCode gibt es keinen Frontalunterricht: Sie lernen, indem Sie echte "
                "Projekte umsetzen, allein und im Team, begleitet von einem Coach. Im "
                "Anschluss folgt ein Praktikum in einem Unternehmen. Für Arbeitsuchende ist "
                "die Ausbildung in Zusammenarbeit mit dem VDAB kostenlos.</p>"
                "<ul>"
                "<li>Frontend: HTML, CSS und JavaScript</li>"
                "<li>Backend: PHP, Datenbanken und SQL</li>"
                "<li>Arbeiten mit Git und in agilen Teams</li>"
                "<li>Bewerbungstraining und ein mehrwöchiges Praktikum</li>"
                "</ul>"
            ),
            "en": (
                "<p>BeCode has no traditional lectures: you learn by building real projects, "
                "on your own and in teams, with support from a coach. The programme ends "
                "with a work placement in a company. It is free for job seekers, in "
                "partnership with VDAB.</p>"
                "<ul>"
                "<li>Front end: HTML, CSS and JavaScript</li>"
                "<li>Back end: PHP, databases and SQL</li>"
                "<li>Working with Git and in agile teams</li>"
                "<li>Job interview coaching and a placement of several weeks</li>"
                "</ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je hebt geen diploma nodig, wel motivatie, logisch denkvermogen en een "
                "basiskennis Engels; vooraf leg je een korte selectieproef af."
            ),
            "fr": (
                "Aucun diplôme n'est requis, mais de la motivation, un esprit logique et des "
                "bases d'anglais ; un court test de sélection a lieu avant le début."
            ),
            "de": (
                "Kein Abschluss erforderlich, wohl aber Motivation, logisches Denken und "
                "Grundkenntnisse in Englisch; vorab findet ein kurzer Auswahltest statt."
            ),
            "en": (
                "No diploma is required, but you need motivation, logical thinking and basic "
                "English; a short selection test takes place beforehand."
            ),
        },
        "accessibility_info": {
            "nl": (
                "De campus is rolstoeltoegankelijk en op vraag krijg je een laptop in bruikleen."
            ),
            "fr": (
                "Le campus est accessible en fauteuil roulant et un ordinateur portable peut "
                "vous être prêté sur demande."
            ),
            "de": (
                "Der Campus ist rollstuhlgerecht, und auf Anfrage erhalten Sie einen Leih-Laptop."
            ),
            "en": (
                "The campus is wheelchair accessible and a loan laptop is available on request."
            ),
        },
        "sessions": [
            {
                "in_days": -150,
                "start": "09:00",
                "hours": 7,
                "span_days": 210,
                "online": False,
                "venue": "BeCode Antwerpen",
                "address": "Antwerpen",
                "capacity": 24,
                "status": "full",
                "deadline_days_before": 14,
            },
            {
                "in_days": 40,
                "start": "09:00",
                "hours": 7,
                "span_days": 210,
                "online": False,
                "venue": "BeCode Antwerpen",
                "address": "Antwerpen",
                "capacity": 24,
                "status": "open",
                "deadline_days_before": 14,
            },
        ],
    },
    {
        "slug": "vl-ai-literacy-webinar",
        "owner": "digitaal-vlaanderen",
        "provider": "digitaal-vlaanderen",
        "kind": "webinar",
        "format": "online",
        "region": "online",
        "municipality": "",
        "languages": ["nl"],
        "cost": "free",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "evening",
        "level": "foundation",
        "areas": ["information_data", "safety"],
        "technologies": ["ai"],
        "audiences": ["all", "education"],
        "certificate": "none",
        "duration_hours": 2,
        "registration_url": "https://www.vlaanderen.be/digitaal-vlaanderen",
        "contact_email": "",
        "title": {
            "nl": "Wat is AI en hoe gebruik je het verstandig?",
            "fr": "L'IA, c'est quoi et comment l'utiliser à bon escient ?",
            "de": "Was ist KI und wie nutzt man sie sinnvoll?",
            "en": "What is AI and how do you use it wisely?",
        },
        "summary": {
            "nl": (
                "Na dit webinar begrijp je hoe chatbots en andere AI-toepassingen werken, "
                "waar ze goed in zijn en wanneer je beter voorzichtig bent."
            ),
            "fr": (
                "Après ce webinaire, vous comprendrez comment fonctionnent les chatbots et "
                "les autres outils d'IA, ce qu'ils font bien et quand il vaut mieux rester "
                "prudent."
            ),
            "de": (
                "Nach diesem Webinar verstehen Sie, wie Chatbots und andere KI-Anwendungen "
                "funktionieren, was sie gut können und wo Vorsicht geboten ist."
            ),
            "en": (
                "After this webinar you will understand how chatbots and other AI tools "
                "work, what they do well and when to be careful."
            ),
        },
        "description": {
            "nl": (
                "<p>Artificiële intelligentie duikt overal op: in zoekmachines, in je "
                "mailbox en op het werk. In dit webinar van twee uur leggen experts van "
                "Digitaal Vlaanderen in begrijpelijke taal uit wat AI is, en tonen ze met "
                "concrete voorbeelden hoe je er zelf mee aan de slag gaat.</p>"
                "<ul>"
                "<li>Hoe een taalmodel tot een antwoord komt</li>"
                "<li>Goede vragen stellen aan een chatbot</li>"
                "<li>Fouten, vooroordelen en verzonnen antwoorden herkennen</li>"
                "<li>Wat je beter niet deelt: privacy en vertrouwelijke gegevens</li>"
                "</ul>"
            ),
            "fr": (
                "<p>L'intelligence artificielle est partout : dans les moteurs de recherche, "
                "dans votre messagerie et au travail. Pendant ce webinaire de deux heures, "
                "des experts de Digitaal Vlaanderen expliquent simplement ce qu'est l'IA et "
                "montrent, exemples à l'appui, comment l'utiliser vous-même.</p>"
                "<ul>"
                "<li>Comment un modèle de langage construit une réponse</li>"
                "<li>Bien formuler ses questions à un chatbot</li>"
                "<li>Repérer les erreurs, les biais et les réponses inventées</li>"
                "<li>Ce qu'il vaut mieux ne pas partager : vie privée et données "
                "confidentielles</li>"
                "</ul>"
            ),
            "de": (
                "<p>Künstliche Intelligenz ist überall: in Suchmaschinen, im E-Mail-Postfach "
                "und am Arbeitsplatz. In diesem zweistündigen Webinar erklären Fachleute von "
                "Digitaal Vlaanderen verständlich, was KI ist, und zeigen anhand konkreter "
                "Beispiele, wie Sie sie selbst einsetzen können.</p>"
                "<ul>"
                "<li>Wie ein Sprachmodell zu einer Antwort kommt</li>"
                "<li>Einem Chatbot gute Fragen stellen</li>"
                "<li>Fehler, Vorurteile und erfundene Antworten erkennen</li>"
                "<li>Was Sie besser nicht teilen: Privatsphäre und vertrauliche Daten</li>"
                "</ul>"
            ),
            "en": (
                "<p>Artificial intelligence is everywhere: in search engines, in your inbox "
                "and at work. In this two-hour webinar, experts from Digitaal Vlaanderen "
                "explain in plain language what AI is, and use concrete examples to show how "
                "you can start using it yourself.</p>"
                "<ul>"
                "<li>How a language model arrives at an answer</li>"
                "<li>Asking a chatbot good questions</li>"
                "<li>Spotting mistakes, bias and made-up answers</li>"
                "<li>What not to share: privacy and confidential data</li>"
                "</ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je hebt geen voorkennis nodig, alleen een computer, tablet of smartphone "
                "met internetverbinding."
            ),
            "fr": (
                "Aucun prérequis : il suffit d'un ordinateur, d'une tablette ou d'un "
                "smartphone connecté à internet."
            ),
            "de": (
                "Sie brauchen keine Vorkenntnisse, nur einen Computer, ein Tablet oder ein "
                "Smartphone mit Internetverbindung."
            ),
            "en": (
                "No prior knowledge is needed, just a computer, tablet or smartphone with an "
                "internet connection."
            ),
        },
        "accessibility_info": {
            "nl": (
                "Het webinar wordt live ondertiteld in het Nederlands en de opname wordt "
                "achteraf met ondertitels online gezet."
            ),
            "fr": (
                "Le webinaire est sous-titré en direct en néerlandais et l'enregistrement "
                "sous-titré est ensuite mis en ligne."
            ),
            "de": (
                "Das Webinar wird live auf Niederländisch untertitelt, und die Aufzeichnung "
                "wird anschließend mit Untertiteln online gestellt."
            ),
            "en": (
                "The webinar has live Dutch subtitles, and a subtitled recording is "
                "published afterwards."
            ),
        },
        "sessions": [
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
                "in_days": 38,
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
        "slug": "vl-cybersecurity-basics-for-small-businesses-leuven",
        "owner": "syntra",
        "provider": "syntra",
        "kind": "workshop",
        "format": "onsite",
        "region": "flanders",
        "municipality": "Leuven",
        "languages": ["nl"],
        "cost": "subsidised",
        "price": "120.00",
        "women_only": False,
        "childcare": False,
        "schedule": "evening",
        "level": "foundation",
        "areas": ["safety"],
        "technologies": ["cybersecurity"],
        "audiences": ["entrepreneurs", "employees"],
        "certificate": "attendance",
        "duration_hours": 6,
        "registration_url": "https://www.syntra.be",
        "contact_email": "",
        "title": {
            "nl": "Cyberveilig ondernemen: de basis voor kleine bedrijven",
            "fr": "Cybersécurité : les bases pour les petites entreprises",
            "de": "Cybersicherheit: Grundlagen für kleine Unternehmen",
            "en": "Cybersecurity basics for small businesses",
        },
        "summary": {
            "nl": (
                "Je leert phishing herkennen, je accounts en toestellen beveiligen en een "
                "eenvoudig noodplan opstellen voor als het toch misloopt."
            ),
            "fr": (
                "Vous apprenez à repérer l'hameçonnage, à sécuriser vos comptes et vos "
                "appareils et à préparer un plan d'action simple en cas d'incident."
            ),
            "de": (
                "Sie lernen, Phishing zu erkennen, Ihre Konten und Geräte abzusichern und "
                "einen einfachen Notfallplan für den Ernstfall aufzustellen."
            ),
            "en": (
                "You will learn to recognise phishing, secure your accounts and devices, and "
                "draw up a simple plan for when things do go wrong."
            ),
        },
        "description": {
            "nl": (
                "<p>Zelfstandigen en kleine bedrijven zijn een geliefd doelwit van "
                "cybercriminelen. In twee avondsessies ontdek je aan de hand van "
                "praktijkvoorbeelden welke eenvoudige maatregelen het grootste verschil "
                "maken.</p>"
                "<ul>"
                "<li>Phishing en CEO-fraude herkennen</li>"
                "<li>Tweestapsverificatie en een wachtwoordmanager instellen</li>"
                "<li>Back-ups en updates goed regelen</li>"
                "<li>Wat je doet bij een incident</li>"
                "</ul>"
                "<p>Je kunt voor deze opleiding de KMO-portefeuille gebruiken.</p>"
            ),
            "fr": (
                "<p>Les indépendants et les petites entreprises sont une cible de choix pour "
                "les cybercriminels. En deux soirées, vous découvrez à partir d'exemples "
                "concrets les mesures simples qui font la plus grande différence.</p>"
                "<ul>"
                "<li>Reconnaître l'hameçonnage et la fraude au CEO</li>"
                "<li>Activer la double authentification et utiliser un gestionnaire de mots "
                "de passe</li>"
                "<li>Organiser correctement sauvegardes et mises à jour</li>"
                "<li>Réagir en cas d'incident</li>"
                "</ul>"
                "<p>Cette formation est éligible au portefeuille PME flamand "
                "(KMO-portefeuille).</p>"
            ),
            "de": (
                "<p>Selbstständige und kleine Unternehmen sind ein beliebtes Ziel von "
                "Cyberkriminellen. An zwei Abenden erfahren Sie anhand von Praxisbeispielen, "
                "welche einfachen Maßnahmen am meisten bewirken.</p>"
                "<ul>"
                "<li>Phishing und CEO-Betrug erkennen</li>"
                "<li>Zwei-Faktor-Authentifizierung und einen Passwort-Manager einrichten</li>"
                "<li>Sicherungskopien und Updates richtig organisieren</li>"
                "<li>Richtig reagieren bei einem Vorfall</li>"
                "</ul>"
                "<p>Für diese Weiterbildung können Sie das flämische KMU-Portfolio "
                "(KMO-portefeuille) nutzen.</p>"
            ),
            "en": (
                "<p>Self-employed people and small businesses are a favourite target for "
                "cybercriminals. Over two evenings, practical examples show you which simple "
                "measures make the biggest difference.</p>"
                "<ul>"
                "<li>Recognising phishing and CEO fraud</li>"
                "<li>Setting up two-factor authentication and a password manager</li>"
                "<li>Getting backups and updates right</li>"
                "<li>What to do when an incident happens</li>"
                "</ul>"
                "<p>You can use the Flemish SME wallet (KMO-portefeuille) for this "
                "course.</p>"
            ),
        },
        "prerequisites": {
            "nl": "Je werkt vlot met een computer en e-mail.",
            "fr": "Vous utilisez couramment un ordinateur et la messagerie électronique.",
            "de": "Sie arbeiten sicher mit Computer und E-Mail.",
            "en": "You are comfortable using a computer and e-mail.",
        },
        "accessibility_info": {
            "nl": "Het gebouw is rolstoeltoegankelijk en heeft een aangepast toilet.",
            "fr": (
                "Le bâtiment est accessible en fauteuil roulant et dispose de toilettes adaptées."
            ),
            "de": "Das Gebäude ist rollstuhlgerecht und verfügt über ein barrierefreies WC.",
            "en": "The building is wheelchair accessible and has an accessible toilet.",
        },
        "sessions": [
            {
                "in_days": 12,
                "start": "18:30",
                "hours": 3,
                "span_days": 7,
                "online": False,
                "venue": "Syntra AB",
                "address": "Leuven",
                "capacity": 16,
                "status": "cancelled",
                "deadline_days_before": 5,
            },
            {
                "in_days": 33,
                "start": "18:30",
                "hours": 3,
                "span_days": 7,
                "online": False,
                "venue": "Syntra AB",
                "address": "Leuven",
                "capacity": 16,
                "status": "open",
                "deadline_days_before": 5,
            },
        ],
    },
    {
        "slug": "vl-excel-and-data-for-women-returners-hasselt",
        "owner": "vdab",
        "provider": "syntra",
        "kind": "course",
        "format": "onsite",
        "region": "flanders",
        "municipality": "Hasselt",
        "languages": ["nl"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": True,
        "childcare": True,
        "schedule": "daytime",
        "level": "foundation",
        "areas": ["information_data", "problem_solving"],
        "technologies": ["data", "digital_skills"],
        "audiences": ["women_returners", "job_seekers"],
        "certificate": "attendance",
        "duration_hours": 48,
        "registration_url": "https://www.syntra.be",
        "contact_email": "",
        "title": {
            "nl": "Excel en gegevens voor vrouwen die opnieuw aan de slag gaan",
            "fr": "Excel et données pour les femmes qui reprennent le travail",
            "de": "Excel und Daten für Wiedereinsteigerinnen",
            "en": "Excel and data for women returning to work",
        },
        "summary": {
            "nl": (
                "Je leert gegevens ordenen, berekenen en overzichtelijk voorstellen in "
                "Excel, een vaardigheid die in bijna elke administratieve job gevraagd wordt."
            ),
            "fr": (
                "Vous apprenez à organiser, calculer et présenter clairement des données "
                "dans Excel, une compétence demandée dans presque tous les emplois "
                "administratifs."
            ),
            "de": (
                "Sie lernen, Daten in Excel zu ordnen, zu berechnen und übersichtlich "
                "darzustellen – eine Fähigkeit, die in fast jeder Bürotätigkeit gefragt ist."
            ),
            "en": (
                "You will learn to organise, calculate and clearly present data in Excel, a "
                "skill asked for in almost every office job."
            ),
        },
        "description": {
            "nl": (
                "<p>Deze opleiding is bedoeld voor vrouwen die na een loopbaanonderbreking "
                "opnieuw aan de slag willen. De lessen vallen binnen de schooluren en voor "
                "kinderen die nog niet naar school gaan, is er opvang op de campus.</p>"
                "<ul>"
                "<li>Tabellen opmaken, gegevens sorteren en filteren</li>"
                "<li>Rekenen met formules en veelgebruikte functies</li>"
                "<li>Grafieken en draaitabellen maken</li>"
                "<li>Een eenvoudig maandrapport opbouwen</li>"
                "</ul>"
            ),
            "fr": (
                "<p>Cette formation s'adresse aux femmes qui souhaitent reprendre le travail "
                "après une interruption de carrière. Les cours ont lieu pendant les heures "
                "d'école et une garderie est prévue sur place pour les enfants qui ne vont "
                "pas encore à l'école.</p>"
                "<ul>"
                "<li>Mettre en forme des tableaux, trier et filtrer des données</li>"
                "<li>Calculer avec des formules et les fonctions courantes</li>"
                "<li>Créer des graphiques et des tableaux croisés dynamiques</li>"
                "<li>Construire un rapport mensuel simple</li>"
                "</ul>"
            ),
            "de": (
                "<p>Diese Weiterbildung richtet sich an Frauen, die nach einer beruflichen "
                "Pause wieder ins Arbeitsleben einsteigen möchten. Der Unterricht findet "
                "während der Schulzeiten statt, und für Kinder, die noch nicht zur Schule "
                "gehen, gibt es eine Betreuung vor Ort.</p>"
                "<ul>"
                "<li>Tabellen formatieren, Daten sortieren und filtern</li>"
                "<li>Mit Formeln und gängigen Funktionen rechnen</li>"
                "<li>Diagramme und Pivot-Tabellen erstellen</li>"
                "<li>Einen einfachen Monatsbericht aufbauen</li>"
                "</ul>"
            ),
            "en": (
                "<p>This course is for women who want to return to work after a career "
                "break. Classes take place during school hours, and there is on-site "
                "childcare for children who are not yet at school.</p>"
                "<ul>"
                "<li>Formatting tables, sorting and filtering data</li>"
                "<li>Calculating with formulas and common functions</li>"
                "<li>Creating charts and pivot tables</li>"
                "<li>Building a simple monthly report</li>"
                "</ul>"
            ),
        },
        "prerequisites": {
            "nl": ("Je kunt met een muis en toetsenbord werken; ervaring met Excel is niet nodig."),
            "fr": (
                "Vous savez utiliser une souris et un clavier ; aucune expérience d'Excel "
                "n'est nécessaire."
            ),
            "de": (
                "Sie können mit Maus und Tastatur umgehen; Excel-Kenntnisse sind nicht "
                "erforderlich."
            ),
            "en": "You can use a mouse and keyboard; no Excel experience is needed.",
        },
        "accessibility_info": {
            "nl": (
                "De kinderopvang is gratis tijdens de lesuren; vermeld bij je inschrijving "
                "voor hoeveel kinderen je opvang nodig hebt."
            ),
            "fr": (
                "La garderie est gratuite pendant les heures de cours ; indiquez lors de "
                "l'inscription pour combien d'enfants vous en avez besoin."
            ),
            "de": (
                "Die Kinderbetreuung ist während der Unterrichtszeit kostenlos; geben Sie "
                "bei der Anmeldung an, für wie viele Kinder Sie sie benötigen."
            ),
            "en": (
                "Childcare is free during class hours; when you register, tell us how many "
                "children need a place."
            ),
        },
        "sessions": [
            {
                "in_days": 21,
                "start": "09:00",
                "hours": 5,
                "span_days": 42,
                "online": False,
                "venue": "Syntra Limburg",
                "address": "Hasselt",
                "capacity": 14,
                "status": "open",
                "deadline_days_before": 7,
            },
        ],
    },
    {
        "slug": "vl-python-for-data-analysis-evening-course-gent",
        "owner": "syntra",
        "provider": "syntra",
        "kind": "course",
        "format": "blended",
        "region": "flanders",
        "municipality": "Gent",
        "languages": ["nl"],
        "cost": "paid",
        "price": "495.00",
        "women_only": False,
        "childcare": False,
        "schedule": "evening",
        "level": "intermediate",
        "areas": ["information_data", "problem_solving"],
        "technologies": ["programming", "data"],
        "audiences": ["employees", "career_switchers"],
        "certificate": "attendance",
        "duration_hours": 60,
        "registration_url": "https://www.syntra.be",
        "contact_email": "",
        "title": {
            "nl": "Python voor data-analyse (avondopleiding)",
            "fr": "Python pour l'analyse de données (cours du soir)",
            "de": "Python für die Datenanalyse (Abendkurs)",
            "en": "Python for data analysis (evening course)",
        },
        "summary": {
            "nl": (
                "Je leert met Python en pandas gegevens inlezen, opschonen, analyseren en "
                "visualiseren, zodat je repetitief werk in Excel kunt automatiseren."
            ),
            "fr": (
                "Vous apprenez à importer, nettoyer, analyser et visualiser des données avec "
                "Python et pandas, pour automatiser les tâches répétitives que vous faites "
                "aujourd'hui dans Excel."
            ),
            "de": (
                "Sie lernen, mit Python und pandas Daten einzulesen, zu bereinigen, zu "
                "analysieren und zu visualisieren, um wiederkehrende Aufgaben in Excel zu "
                "automatisieren."
            ),
            "en": (
                "You will learn to load, clean, analyse and visualise data with Python and "
                "pandas, so you can automate repetitive work you now do in Excel."
            ),
        },
        "description": {
            "nl": (
                "<p>Deze avondopleiding combineert lessen in de klas met opdrachten die je "
                "thuis online afwerkt. Je werkt met echte open datasets, onder meer van "
                "Statistiek Vlaanderen, en sluit af met een eigen analyseproject.</p>"
                "<ul>"
                "<li>De basis van Python en Jupyter Notebooks</li>"
                "<li>Gegevens bewerken met pandas</li>"
                "<li>Grafieken maken met matplotlib en seaborn</li>"
                "<li>Je resultaten helder presenteren</li>"
                "</ul>"
            ),
            "fr": (
                "<p>Ce cours du soir combine des séances en classe et des exercices à "
                "réaliser en ligne chez vous. Vous travaillez sur de véritables jeux de "
                "données ouverts, notamment de Statistiek Vlaanderen, et terminez par votre "
                "propre projet d'analyse.</p>"
                "<ul>"
                "<li>Les bases de Python et des notebooks Jupyter</li>"
                "<li>Manipuler des données avec pandas</li>"
                "<li>Créer des graphiques avec matplotlib et seaborn</li>"
                "<li>Présenter clairement vos résultats</li>"
                "</ul>"
            ),
            "de": (
                "<p>Dieser Abendkurs verbindet Präsenzunterricht mit Aufgaben, die Sie zu "
                "Hause online bearbeiten. Sie arbeiten mit echten offenen Datensätzen, unter "
                "anderem von Statistiek Vlaanderen, und schließen mit einem eigenen "
                "Analyseprojekt ab.</p>"
                "<ul>"
                "<li>Grundlagen von Python und Jupyter Notebooks</li>"
                "<li>Daten mit pandas bearbeiten</li>"
                "<li>Diagramme mit matplotlib und seaborn erstellen</li>"
                "<li>Ergebnisse verständlich präsentieren</li>"
                "</ul>"
            ),
            "en": (
                "<p>This evening course combines classroom sessions with assignments you "
                "complete online at home. You work with real open datasets, including data "
                "from Statistiek Vlaanderen, and finish with an analysis project of your "
                "own.</p>"
                "<ul>"
                "<li>Python and Jupyter Notebook basics</li>"
                "<li>Working with data in pandas</li>"
                "<li>Making charts with matplotlib and seaborn</li>"
                "<li>Presenting your results clearly</li>"
                "</ul>"
            ),
        },
        "prerequisites": {
            "nl": "Je werkt vlot met Excel; programmeerervaring is niet vereist.",
            "fr": "Vous maîtrisez Excel ; aucune expérience en programmation n'est requise.",
            "de": ("Sie arbeiten sicher mit Excel; Programmiererfahrung ist nicht erforderlich."),
            "en": "You are comfortable with Excel; no programming experience is required.",
        },
        "accessibility_info": {
            "nl": "Het leslokaal is bereikbaar met de lift; breng je eigen laptop mee.",
            "fr": (
                "La salle de cours est accessible par ascenseur ; apportez votre propre "
                "ordinateur portable."
            ),
            "de": (
                "Der Kursraum ist mit dem Aufzug erreichbar; bringen Sie bitte Ihren eigenen "
                "Laptop mit."
            ),
            "en": "The classroom can be reached by lift; please bring your own laptop.",
        },
        "sessions": [
            {
                "in_days": -70,
                "start": "18:30",
                "hours": 3,
                "span_days": 91,
                "online": False,
                "venue": "Syntra Midden-Vlaanderen",
                "address": "Gent",
                "capacity": 18,
                "status": "open",
                "deadline_days_before": 10,
            },
            {
                "in_days": 30,
                "start": "18:30",
                "hours": 3,
                "span_days": 91,
                "online": False,
                "venue": "Syntra Midden-Vlaanderen",
                "address": "Gent",
                "capacity": 18,
                "status": "open",
                "deadline_days_before": 10,
            },
        ],
    },
    {
        "slug": "vl-coding-weekend-for-women-antwerpen",
        "owner": "becode",
        "provider": "becode",
        "kind": "workshop",
        "format": "onsite",
        "region": "flanders",
        "municipality": "Antwerpen",
        "languages": ["nl", "en"],
        "cost": "free",
        "price": None,
        "women_only": True,
        "childcare": True,
        "schedule": "weekend",
        "level": "foundation",
        "areas": ["content_creation", "problem_solving"],
        "technologies": ["programming"],
        "audiences": ["women_returners", "career_switchers", "job_seekers"],
        "certificate": "none",
        "duration_hours": 12,
        "registration_url": "https://becode.org",
        "contact_email": "",
        "title": {
            "nl": "Codeerweekend voor vrouwen: bouw je eerste webpagina",
            "fr": "Week-end de code pour femmes : créez votre première page web",
            "de": "Programmierwochenende für Frauen: Ihre erste Webseite",
            "en": "Coding weekend for women: build your first web page",
        },
        "summary": {
            "nl": (
                "In twee dagen bouw je met HTML en CSS je eigen webpagina en ontdek je of "
                "een opleiding tot webontwikkelaar iets voor jou is."
            ),
            "fr": (
                "En deux jours, vous créez votre propre page web avec HTML et CSS et "
                "découvrez si une formation de développeuse web est faite pour vous."
            ),
            "de": (
                "In zwei Tagen erstellen Sie mit HTML und CSS Ihre eigene Webseite und "
                "finden heraus, ob eine Ausbildung zur Webentwicklerin zu Ihnen passt."
            ),
            "en": (
                "In two days you build your own web page with HTML and CSS and find out "
                "whether training as a web developer is right for you."
            ),
        },
        "description": {
            "nl": (
                "<p>Twijfel je of programmeren iets voor jou is? Tijdens dit weekend leer je "
                "in een ontspannen sfeer, samen met andere vrouwen, de basis van "
                "webontwikkeling. Coaches en oud-cursisten van BeCode vertellen ook over hun "
                "eigen overstap naar de IT-sector.</p>"
                "<ul>"
                "<li>De structuur van een webpagina in HTML</li>"
                "<li>Opmaak en kleuren met CSS</li>"
                "<li>Je pagina online zetten</li>"
                "</ul>"
                "<p>Op beide dagen zijn er kinderopvang en een gratis lunch.</p>"
            ),
            "fr": (
                "<p>Vous vous demandez si la programmation est faite pour vous ? Pendant ce "
                "week-end, vous découvrez les bases du développement web dans une ambiance "
                "détendue, entre femmes. Des coachs et d'anciennes apprenantes de BeCode "
                "racontent aussi leur reconversion dans l'IT.</p>"
                "<ul>"
                "<li>La structure d'une page web en HTML</li>"
                "<li>Mise en page et couleurs avec CSS</li>"
                "<li>Mettre votre page en ligne</li>"
                "</ul>"
                "<p>Une garderie et un lunch gratuit sont prévus les deux jours.</p>"
            ),
            "de": (
                "<p>Sie fragen sich, ob Programmieren etwas für Sie ist? An diesem "
                "Wochenende lernen Sie in entspannter Atmosphäre und unter Frauen die "
                "Grundlagen der Webentwicklung. Coaches und ehemalige Teilnehmerinnen von "
                "BeCode berichten außerdem von ihrem eigenen Wechsel in die IT-Branche.</p>"
                "<ul>"
                "<li>Der Aufbau einer Webseite in HTML</li>"
                "<li>Gestaltung und Farben mit CSS</li>"
                "<li>Ihre Seite online stellen</li>"
                "</ul>"
                "<p>An beiden Tagen gibt es eine Kinderbetreuung und ein kostenloses "
                "Mittagessen.</p>"
            ),
            "en": (
                "<p>Wondering whether programming is for you? Over this weekend you learn "
                "the basics of web development in a relaxed atmosphere, together with other "
                "women. BeCode coaches and former learners also talk about their own move "
                "into IT.</p>"
                "<ul>"
                "<li>Structuring a web page in HTML</li>"
                "<li>Layout and colours with CSS</li>"
                "<li>Putting your page online</li>"
                "</ul>"
                "<p>Childcare and a free lunch are provided on both days.</p>"
            ),
        },
        "prerequisites": {
            "nl": "Je hebt geen voorkennis nodig; breng indien mogelijk een laptop mee.",
            "fr": "Aucun prérequis ; si possible, apportez un ordinateur portable.",
            "de": (
                "Sie brauchen keine Vorkenntnisse; bringen Sie nach Möglichkeit einen Laptop mit."
            ),
            "en": "No prior knowledge is needed; bring a laptop if you can.",
        },
        "accessibility_info": {
            "nl": (
                "De kinderopvang voor kinderen van 2,5 tot 12 jaar is gratis; meld bij je "
                "inschrijving hoeveel kinderen meekomen."
            ),
            "fr": (
                "La garderie est gratuite pour les enfants de 2 ans et demi à 12 ans ; "
                "précisez lors de l'inscription combien d'enfants vous accompagnent."
            ),
            "de": (
                "Die Kinderbetreuung für Kinder von 2,5 bis 12 Jahren ist kostenlos; geben "
                "Sie bei der Anmeldung an, wie viele Kinder mitkommen."
            ),
            "en": (
                "Childcare for children aged two and a half to 12 is free; when you "
                "register, tell us how many children are coming."
            ),
        },
        "sessions": [
            {
                "in_days": -40,
                "start": "10:00",
                "hours": 6,
                "span_days": 1,
                "online": False,
                "venue": "BeCode Antwerpen",
                "address": "Antwerpen",
                "capacity": 20,
                "status": "open",
                "deadline_days_before": 3,
            },
            {
                "in_days": 9,
                "start": "10:00",
                "hours": 6,
                "span_days": 1,
                "online": False,
                "venue": "BeCode Antwerpen",
                "address": "Antwerpen",
                "capacity": 20,
                "status": "open",
                "deadline_days_before": 3,
            },
        ],
    },
    {
        "slug": "vl-azure-fundamentals-certification-prep-mechelen",
        "owner": "vdab",
        "provider": "vdab",
        "kind": "course",
        "format": "blended",
        "region": "flanders",
        "municipality": "Mechelen",
        "languages": ["nl"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "daytime",
        "level": "intermediate",
        "areas": ["problem_solving", "safety"],
        "technologies": ["cloud"],
        "audiences": ["job_seekers", "ict_professionals"],
        "certificate": "industry",
        "duration_hours": 80,
        "registration_url": "https://www.vdab.be",
        "contact_email": "",
        "title": {
            "nl": "Voorbereiding op de certificering Microsoft Azure Fundamentals",
            "fr": "Préparation à la certification Microsoft Azure Fundamentals",
            "de": "Vorbereitung auf die Zertifizierung Microsoft Azure Fundamentals",
            "en": "Microsoft Azure Fundamentals certification prep",
        },
        "summary": {
            "nl": (
                "Je leert de basisprincipes van cloudcomputing en de belangrijkste diensten "
                "van Microsoft Azure kennen en je bereidt je voor op het examen AZ-900."
            ),
            "fr": (
                "Vous apprenez les principes du cloud computing et les principaux services "
                "de Microsoft Azure, et vous vous préparez à l'examen AZ-900."
            ),
            "de": (
                "Sie lernen die Grundprinzipien des Cloud-Computings und die wichtigsten "
                "Dienste von Microsoft Azure kennen und bereiten sich auf die Prüfung AZ-900 "
                "vor."
            ),
            "en": (
                "You will learn the principles of cloud computing and the main Microsoft "
                "Azure services, and prepare for the AZ-900 exam."
            ),
        },
        "description": {
            "nl": (
                "<p>Steeds meer bedrijven brengen hun IT onder in de cloud en zoeken mensen "
                "die daarmee overweg kunnen. In deze opleiding wisselen klasdagen in "
                "Mechelen af met online zelfstudie en oefenlabs in een echte "
                "Azure-omgeving.</p>"
                "<ul>"
                "<li>Cloudmodellen: IaaS, PaaS en SaaS</li>"
                "<li>Virtuele machines, opslag en netwerken in Azure</li>"
                "<li>Identiteit, beveiliging en beheer</li>"
                "<li>Kosten inschatten en opvolgen</li>"
                "<li>Proefexamens en examentraining</li>"
                "</ul>"
            ),
            "fr": (
                "<p>De plus en plus d'entreprises migrent leur informatique vers le cloud et "
                "recherchent des personnes capables de la gérer. Dans cette formation, des "
                "journées en classe à Malines alternent avec de l'autoformation en ligne et "
                "des exercices pratiques dans un véritable environnement Azure.</p>"
                "<ul>"
                "<li>Modèles de cloud : IaaS, PaaS et SaaS</li>"
                "<li>Machines virtuelles, stockage et réseaux dans Azure</li>"
                "<li>Identité, sécurité et gouvernance</li>"
                "<li>Estimer et suivre les coûts</li>"
                "<li>Examens blancs et entraînement à l'examen</li>"
                "</ul>"
            ),
            "de": (
                "<p>Immer mehr Unternehmen verlagern ihre IT in die Cloud und suchen "
                "Fachkräfte, die damit umgehen können. In dieser Weiterbildung wechseln sich "
                "Präsenztage in Mechelen mit Online-Selbststudium und praktischen Übungen in "
                "einer echten Azure-Umgebung ab.</p>"
                "<ul>"
                "<li>Cloud-Modelle: IaaS, PaaS und SaaS</li>"
                "<li>Virtuelle Maschinen, Speicher und Netzwerke in Azure</li>"
                "<li>Identität, Sicherheit und Governance</li>"
                "<li>Kosten abschätzen und überwachen</li>"
                "<li>Probeprüfungen und Prüfungstraining</li>"
                "</ul>"
            ),
            "en": (
                "<p>More and more companies are moving their IT to the cloud and need people "
                "who can work with it. In this course, classroom days in Mechelen alternate "
                "with online self-study and hands-on labs in a real Azure environment.</p>"
                "<ul>"
                "<li>Cloud models: IaaS, PaaS and SaaS</li>"
                "<li>Virtual machines, storage and networking in Azure</li>"
                "<li>Identity, security and governance</li>"
                "<li>Estimating and monitoring costs</li>"
                "<li>Practice exams and exam coaching</li>"
                "</ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je hebt basiskennis van computers en netwerken en kunt Engelstalige "
                "technische teksten lezen."
            ),
            "fr": (
                "Vous avez des notions de base en informatique et en réseaux et pouvez lire "
                "des textes techniques en anglais."
            ),
            "de": (
                "Sie verfügen über Grundkenntnisse in IT und Netzwerken und können englische "
                "Fachtexte lesen."
            ),
            "en": (
                "You have a basic knowledge of computers and networks and can read technical "
                "texts in English."
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
                "in_days": 7,
                "start": "09:00",
                "hours": 6,
                "span_days": 42,
                "online": False,
                "venue": "VDAB Mechelen",
                "address": "Mechelen",
                "capacity": 16,
                "status": "full",
                "deadline_days_before": 7,
            },
            {
                "in_days": 63,
                "start": "09:00",
                "hours": 6,
                "span_days": 42,
                "online": False,
                "venue": "VDAB Mechelen",
                "address": "Mechelen",
                "capacity": 16,
                "status": "open",
                "deadline_days_before": 7,
            },
        ],
    },
    {
        "slug": "vl-digital-marketing-for-women-entrepreneurs-brugge",
        "owner": "syntra",
        "provider": "syntra",
        "kind": "course",
        "format": "onsite",
        "region": "flanders",
        "municipality": "Brugge",
        "languages": ["nl"],
        "cost": "subsidised",
        "price": "260.00",
        "women_only": True,
        "childcare": False,
        "schedule": "evening",
        "level": "foundation",
        "areas": ["content_creation", "communication_collaboration"],
        "technologies": ["digital_marketing"],
        "audiences": ["entrepreneurs", "women_returners"],
        "certificate": "attendance",
        "duration_hours": 24,
        "registration_url": "https://www.syntra.be",
        "contact_email": "",
        "title": {
            "nl": "Online zichtbaar: digitale marketing voor vrouwelijke ondernemers",
            "fr": "Gagner en visibilité en ligne : marketing numérique pour entrepreneuses",
            "de": "Online sichtbar werden: digitales Marketing für Unternehmerinnen",
            "en": "Getting seen online: digital marketing for women entrepreneurs",
        },
        "summary": {
            "nl": (
                "Je maakt een concreet plan om je zaak online te laten groeien, met een "
                "verzorgd Google-bedrijfsprofiel, een doordachte aanwezigheid op sociale "
                "media en een eenvoudige nieuwsbrief."
            ),
            "fr": (
                "Vous élaborez un plan concret pour développer votre activité en ligne : "
                "fiche d'établissement Google soignée, présence réfléchie sur les réseaux "
                "sociaux et newsletter simple."
            ),
            "de": (
                "Sie erstellen einen konkreten Plan, um Ihr Geschäft online wachsen zu "
                "lassen: mit einem gepflegten Google-Unternehmensprofil, einem durchdachten "
                "Auftritt in den sozialen Medien und einem einfachen Newsletter."
            ),
            "en": (
                "You draw up a concrete plan to grow your business online, with a well-kept "
                "Google Business Profile, a considered social media presence and a simple "
                "newsletter."
            ),
        },
        "description": {
            "nl": (
                "<p>Start je een eigen zaak of ben je net begonnen, en wil je meer klanten "
                "bereiken zonder groot budget? In acht avonden werk je in een groep van "
                "vrouwelijke ondernemers aan je eigen online marketing, met veel ruimte voor "
                "vragen en uitwisseling.</p>"
                "<ul>"
                "<li>Je doelgroep en je boodschap scherpstellen</li>"
                "<li>Instagram, Facebook en LinkedIn doelgericht inzetten</li>"
                "<li>Gevonden worden in Google</li>"
                "<li>Een nieuwsbrief opzetten en resultaten meten</li>"
                "</ul>"
                "<p>Je kunt deze opleiding betalen met de KMO-portefeuille.</p>"
            ),
            "fr": (
                "<p>Vous lancez votre activité ou venez de démarrer, et vous voulez toucher "
                "plus de clients sans gros budget ? En huit soirées, au sein d'un groupe "
                "d'entrepreneuses, vous travaillez sur votre propre marketing en ligne, avec "
                "beaucoup de place pour les questions et les échanges.</p>"
                "<ul>"
                "<li>Affiner votre public cible et votre message</li>"
                "<li>Utiliser Instagram, Facebook et LinkedIn de manière ciblée</li>"
                "<li>Être trouvée sur Google</li>"
                "<li>Lancer une newsletter et mesurer les résultats</li>"
                "</ul>"
                "<p>Cette formation peut être payée avec le portefeuille PME flamand "
                "(KMO-portefeuille).</p>"
            ),
            "de": (
                "<p>Sie gründen ein eigenes Geschäft oder haben vor Kurzem damit begonnen "
                "und möchten ohne großes Budget mehr Kundschaft erreichen? An acht Abenden "
                "arbeiten Sie in einer Gruppe von Unternehmerinnen an Ihrem eigenen "
                "Online-Marketing, mit viel Raum für Fragen und Austausch.</p>"
                "<ul>"
                "<li>Zielgruppe und Botschaft schärfen</li>"
                "<li>Instagram, Facebook und LinkedIn gezielt einsetzen</li>"
                "<li>Bei Google gefunden werden</li>"
                "<li>Einen Newsletter aufsetzen und Ergebnisse messen</li>"
                "</ul>"
                "<p>Sie können diese Weiterbildung mit dem flämischen KMU-Portfolio "
                "(KMO-portefeuille) bezahlen.</p>"
            ),
            "en": (
                "<p>Are you setting up a business or just getting started, and do you want "
                "to reach more customers without a big budget? Over eight evenings, in a "
                "group of women entrepreneurs, you work on your own online marketing, with "
                "plenty of room for questions and sharing experiences.</p>"
                "<ul>"
                "<li>Sharpening your target audience and message</li>"
                "<li>Using Instagram, Facebook and LinkedIn with a clear purpose</li>"
                "<li>Getting found on Google</li>"
                "<li>Setting up a newsletter and measuring results</li>"
                "</ul>"
                "<p>You can pay for this course with the Flemish SME wallet "
                "(KMO-portefeuille).</p>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je hebt een onderneming of een concreet ondernemingsplan en werkt vlot met "
                "een computer en smartphone."
            ),
            "fr": (
                "Vous avez une entreprise ou un projet d'entreprise concret et utilisez "
                "aisément un ordinateur et un smartphone."
            ),
            "de": (
                "Sie haben ein Unternehmen oder ein konkretes Gründungsvorhaben und gehen "
                "sicher mit Computer und Smartphone um."
            ),
            "en": (
                "You run a business or have a concrete business plan and are comfortable "
                "with a computer and smartphone."
            ),
        },
        "accessibility_info": {
            "nl": "Het gebouw is rolstoeltoegankelijk en er is gratis parking.",
            "fr": (
                "Le bâtiment est accessible en fauteuil roulant et dispose d'un parking gratuit."
            ),
            "de": "Das Gebäude ist rollstuhlgerecht, und es gibt kostenlose Parkplätze.",
            "en": "The building is wheelchair accessible and has free parking.",
        },
        "sessions": [
            {
                "in_days": 18,
                "start": "19:00",
                "hours": 3,
                "span_days": 49,
                "online": False,
                "venue": "Syntra West",
                "address": "Brugge",
                "capacity": 15,
                "status": "open",
                "deadline_days_before": 7,
            },
        ],
    },
    {
        "slug": "vl-it-support-technician-kortrijk",
        "owner": "vdab",
        "provider": "vdab",
        "kind": "upskilling_programme",
        "format": "onsite",
        "region": "flanders",
        "municipality": "Kortrijk",
        "languages": ["nl"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "full_time",
        "level": "intermediate",
        "areas": ["problem_solving", "safety"],
        "technologies": ["digital_skills", "cybersecurity", "cloud"],
        "audiences": ["job_seekers", "career_switchers"],
        "certificate": "recognised",
        "duration_hours": 560,
        "registration_url": "https://www.vdab.be",
        "contact_email": "",
        "title": {
            "nl": "IT-supportmedewerker (m/v/x)",
            "fr": "Technicien support informatique (H/F/X)",
            "de": "IT-Supporttechniker (m/w/d)",
            "en": "IT support technician",
        },
        "summary": {
            "nl": (
                "Je leert computers, printers en netwerken installeren en onderhouden, "
                "gebruikers helpen met Microsoft 365 en problemen gestructureerd oplossen "
                "via een ticketsysteem."
            ),
            "fr": (
                "Vous apprenez à installer et entretenir ordinateurs, imprimantes et "
                "réseaux, à aider les utilisateurs avec Microsoft 365 et à résoudre les "
                "problèmes de façon structurée via un système de tickets."
            ),
            "de": (
                "Sie lernen, Computer, Drucker und Netzwerke zu installieren und zu warten, "
                "Nutzerinnen und Nutzern bei Microsoft 365 zu helfen und Probleme "
                "strukturiert über ein Ticketsystem zu lösen."
            ),
            "en": (
                "You will learn to install and maintain computers, printers and networks, "
                "help users with Microsoft 365 and solve problems methodically using a "
                "ticketing system."
            ),
        },
        "description": {
            "nl": (
                "<p>IT-supportmedewerkers zijn het eerste aanspreekpunt voor collega's met "
                "computerproblemen. In dit traject van ongeveer vier maanden combineer je "
                "opleiding in het VDAB-opleidingscentrum met een periode van werkplekleren "
                "in een bedrijf.</p>"
                "<ul>"
                "<li>Windows installeren, configureren en herstellen</li>"
                "<li>Netwerken, wifi en printers</li>"
                "<li>Gebruikersbeheer en Microsoft 365</li>"
                "<li>Klantvriendelijk communiceren aan de telefoon en op afstand</li>"
                "</ul>"
                "<p>Na afloop ontvang je een attest van de competenties die je verworven "
                "hebt.</p>"
            ),
            "fr": (
                "<p>Le technicien support est le premier interlocuteur des collègues qui "
                "rencontrent un problème informatique. Dans ce parcours d'environ quatre "
                "mois, vous combinez la formation au centre du VDAB et une période "
                "d'apprentissage en entreprise.</p>"
                "<ul>"
                "<li>Installer, configurer et réparer Windows</li>"
                "<li>Réseaux, wifi et imprimantes</li>"
                "<li>Gestion des utilisateurs et Microsoft 365</li>"
                "<li>Communiquer avec tact au téléphone et à distance</li>"
                "</ul>"
                "<p>À l'issue du parcours, vous recevez une attestation des compétences "
                "acquises.</p>"
            ),
            "de": (
                "<p>IT-Supporttechniker sind die erste Anlaufstelle für Kolleginnen und "
                "Kollegen mit Computerproblemen. In diesem etwa viermonatigen Lehrgang "
                "verbinden Sie die Ausbildung im Schulungszentrum des VDAB mit einer "
                "Lernphase in einem Unternehmen.</p>"
                "<ul>"
                "<li>Windows installieren, konfigurieren und reparieren</li>"
                "<li>Netzwerke, WLAN und Drucker</li>"
                "<li>Benutzerverwaltung und Microsoft 365</li>"
                "<li>Kundenfreundlich am Telefon und per Fernwartung kommunizieren</li>"
                "</ul>"
                "<p>Zum Abschluss erhalten Sie eine Bescheinigung über die erworbenen "
                "Kompetenzen.</p>"
            ),
            "en": (
                "<p>IT support technicians are the first point of contact for colleagues "
                "with computer problems. In this programme of about four months, you combine "
                "training at the VDAB centre with a period of on-the-job learning in a "
                "company.</p>"
                "<ul>"
                "<li>Installing, configuring and repairing Windows</li>"
                "<li>Networks, Wi-Fi and printers</li>"
                "<li>User management and Microsoft 365</li>"
                "<li>Communicating clearly with users by phone and remotely</li>"
                "</ul>"
                "<p>At the end you receive a certificate listing the skills you have "
                "acquired.</p>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je werkt vlot met een computer, hebt interesse in techniek en kunt je goed "
                "uitdrukken in het Nederlands."
            ),
            "fr": (
                "Vous utilisez aisément un ordinateur, vous intéressez à la technique et "
                "vous exprimez bien en néerlandais."
            ),
            "de": (
                "Sie gehen sicher mit dem Computer um, interessieren sich für Technik und "
                "können sich gut auf Niederländisch verständigen."
            ),
            "en": (
                "You are at ease with computers, interested in technology and can express "
                "yourself well in Dutch."
            ),
        },
        "accessibility_info": {
            "nl": (
                "Het opleidingscentrum is rolstoeltoegankelijk; werkzoekenden krijgen een "
                "vergoeding voor verplaatsings- en kinderopvangkosten."
            ),
            "fr": (
                "Le centre de formation est accessible en fauteuil roulant ; les chercheurs "
                "d'emploi reçoivent une indemnité pour leurs frais de déplacement et de "
                "garde d'enfants."
            ),
            "de": (
                "Das Schulungszentrum ist rollstuhlgerecht; Arbeitsuchende erhalten eine "
                "Erstattung ihrer Fahrt- und Kinderbetreuungskosten."
            ),
            "en": (
                "The training centre is wheelchair accessible; job seekers receive an "
                "allowance for travel and childcare costs."
            ),
        },
        "sessions": [
            {
                "in_days": -260,
                "start": "08:30",
                "hours": 7,
                "span_days": 120,
                "online": False,
                "venue": "VDAB Kortrijk",
                "address": "Kortrijk",
                "capacity": 14,
                "status": "open",
                "deadline_days_before": 14,
            },
            {
                "in_days": -150,
                "start": "08:30",
                "hours": 7,
                "span_days": 120,
                "online": False,
                "venue": "VDAB Kortrijk",
                "address": "Kortrijk",
                "capacity": 14,
                "status": "open",
                "deadline_days_before": 14,
            },
        ],
    },
    {
        "slug": "vl-ux-design-saturday-course-leuven",
        "owner": "syntra",
        "provider": "syntra",
        "kind": "course",
        "format": "onsite",
        "region": "flanders",
        "municipality": "Leuven",
        "languages": ["nl"],
        "cost": "paid",
        "price": "650.00",
        "women_only": False,
        "childcare": False,
        "schedule": "weekend",
        "level": "intermediate",
        "areas": ["content_creation", "problem_solving"],
        "technologies": ["other"],
        "audiences": ["career_switchers", "employees"],
        "certificate": "attendance",
        "duration_hours": 48,
        "registration_url": "https://www.syntra.be",
        "contact_email": "",
        "title": {
            "nl": "UX-design: gebruiksvriendelijke digitale diensten ontwerpen",
            "fr": "Design UX : concevoir des services numériques faciles à utiliser",
            "de": "UX-Design: nutzerfreundliche digitale Angebote gestalten",
            "en": "UX design: creating user-friendly digital services",
        },
        "summary": {
            "nl": (
                "Je leert gebruikers interviewen, hun noden vertalen naar wireframes en "
                "klikbare prototypes in Figma, en je ontwerp testen met echte gebruikers."
            ),
            "fr": (
                "Vous apprenez à interroger des utilisateurs, à traduire leurs besoins en "
                "wireframes et en prototypes cliquables dans Figma, puis à tester votre "
                "conception auprès de vrais utilisateurs."
            ),
            "de": (
                "Sie lernen, Nutzerinnen und Nutzer zu befragen, ihre Bedürfnisse in "
                "Wireframes und klickbare Prototypen in Figma umzusetzen und Ihren Entwurf "
                "mit echten Testpersonen zu prüfen."
            ),
            "en": (
                "You will learn to interview users, turn their needs into wireframes and "
                "clickable prototypes in Figma, and test your design with real users."
            ),
        },
        "description": {
            "nl": (
                "<p>Een goede website of app begint bij de mensen die hem gebruiken. Tijdens "
                "acht zaterdagen doorloop je het volledige ontwerpproces aan de hand van een "
                "eigen case, van onderzoek tot prototype.</p>"
                "<ul>"
                "<li>Gebruikersonderzoek en persona's</li>"
                "<li>Informatiearchitectuur en wireframes</li>"
                "<li>Prototypes bouwen in Figma</li>"
                "<li>Toegankelijk ontwerpen volgens de WCAG-richtlijnen</li>"
                "<li>Gebruikerstests organiseren en verwerken</li>"
                "</ul>"
            ),
            "fr": (
                "<p>Un bon site ou une bonne application commence par les personnes qui "
                "l'utilisent. Pendant huit samedis, vous parcourez tout le processus de "
                "conception à partir de votre propre cas, de la recherche au prototype.</p>"
                "<ul>"
                "<li>Recherche utilisateur et personas</li>"
                "<li>Architecture de l'information et wireframes</li>"
                "<li>Construire des prototypes dans Figma</li>"
                "<li>Concevoir des interfaces accessibles selon les règles WCAG</li>"
                "<li>Organiser et exploiter des tests utilisateurs</li>"
                "</ul>"
            ),
            "de": (
                "<p>Eine gute Website oder App beginnt bei den Menschen, die sie nutzen. An "
                "acht Samstagen durchlaufen Sie anhand eines eigenen Projekts den gesamten "
                "Gestaltungsprozess, von der Recherche bis zum Prototyp.</p>"
                "<ul>"
                "<li>Nutzerforschung und Personas</li>"
                "<li>Informationsarchitektur und Wireframes</li>"
                "<li>Prototypen in Figma erstellen</li>"
                "<li>Barrierefrei gestalten nach den WCAG-Richtlinien</li>"
                "<li>Nutzertests organisieren und auswerten</li>"
                "</ul>"
            ),
            "en": (
                "<p>A good website or app starts with the people who use it. Over eight "
                "Saturdays you go through the entire design process using a case of your "
                "own, from research to prototype.</p>"
                "<ul>"
                "<li>User research and personas</li>"
                "<li>Information architecture and wireframes</li>"
                "<li>Building prototypes in Figma</li>"
                "<li>Accessible design following the WCAG guidelines</li>"
                "<li>Running and analysing user tests</li>"
                "</ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je hebt ervaring met digitale projecten, bijvoorbeeld als webredacteur, "
                "marketeer of ontwikkelaar."
            ),
            "fr": (
                "Vous avez une expérience des projets numériques, par exemple comme "
                "rédacteur web, chargé de marketing ou développeur."
            ),
            "de": (
                "Sie haben Erfahrung mit digitalen Projekten, etwa in der Online-Redaktion, "
                "im Marketing oder in der Softwareentwicklung."
            ),
            "en": (
                "You have experience with digital projects, for example as a web editor, "
                "marketer or developer."
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
                "in_days": 16,
                "start": "09:30",
                "hours": 6,
                "span_days": 49,
                "online": False,
                "venue": "Syntra AB",
                "address": "Leuven",
                "capacity": 16,
                "status": "open",
                "deadline_days_before": 10,
            },
        ],
    },
    {
        "slug": "vl-iot-sensors-in-production-workshop-genk",
        "owner": "syntra",
        "provider": "syntra",
        "kind": "workshop",
        "format": "onsite",
        "region": "flanders",
        "municipality": "Genk",
        "languages": ["nl"],
        "cost": "subsidised",
        "price": "75.00",
        "women_only": False,
        "childcare": False,
        "schedule": "daytime",
        "level": "intermediate",
        "areas": ["problem_solving", "information_data"],
        "technologies": ["iot"],
        "audiences": ["employees", "labour_force"],
        "certificate": "attendance",
        "duration_hours": 7,
        "registration_url": "https://www.syntra.be",
        "contact_email": "",
        "title": {
            "nl": "Aan de slag met IoT-sensoren in de productie",
            "fr": "",
            "de": "",
            "en": "",
        },
        "summary": {
            "nl": (
                "Je leert sensoren aansluiten op een microcontroller, meetgegevens "
                "doorsturen naar een dashboard en zo een productieproces van op afstand "
                "opvolgen."
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "description": {
            "nl": (
                "<p>In deze praktijkgerichte workshop bouw je in duo een kleine "
                "meetopstelling met temperatuur- en trillingssensoren. Je ontdekt hoe "
                "bedrijven met het internet der dingen storingen vroeg opsporen en energie "
                "besparen.</p>"
                "<ul>"
                "<li>Sensoren aansluiten op een ESP32</li>"
                "<li>Gegevens doorsturen via MQTT</li>"
                "<li>Een eenvoudig dashboard opzetten</li>"
                "<li>Aandachtspunten bij de beveiliging van IoT-toestellen</li>"
                "</ul>"
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "prerequisites": {
            "nl": (
                "Je hebt een technische achtergrond, bijvoorbeeld in elektriciteit, "
                "onderhoud of automatisering."
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "accessibility_info": {
            "nl": "Het praktijklokaal bevindt zich op het gelijkvloers.",
            "fr": "",
            "de": "",
            "en": "",
        },
        "sessions": [
            {
                "in_days": -90,
                "start": "09:00",
                "hours": 7,
                "span_days": 0,
                "online": False,
                "venue": "Syntra Limburg",
                "address": "Genk",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 7,
            },
            {
                "in_days": -30,
                "start": "09:00",
                "hours": 7,
                "span_days": 0,
                "online": False,
                "venue": "Syntra Limburg",
                "address": "Genk",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 7,
            },
        ],
    },
    {
        "slug": "vl-online-public-services-workshop-mechelen",
        "owner": "digitaal-vlaanderen",
        "provider": "digitaal-vlaanderen",
        "kind": "workshop",
        "format": "onsite",
        "region": "flanders",
        "municipality": "Mechelen",
        "languages": ["nl"],
        "cost": "free",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "daytime",
        "level": "foundation",
        "areas": ["information_data", "safety"],
        "technologies": ["digital_skills"],
        "audiences": ["all", "job_seekers"],
        "certificate": "none",
        "duration_hours": 3,
        "registration_url": "https://www.vlaanderen.be/digitaal-vlaanderen",
        "contact_email": "",
        "title": {
            "nl": "Je administratie online regelen met itsme, Mijn Burgerprofiel en eBox",
            "fr": "",
            "de": "",
            "en": "",
        },
        "summary": {
            "nl": (
                "Je leert hoe je veilig inlogt met itsme, je officiële documenten terugvindt "
                "in Mijn Burgerprofiel en berichten van de overheid leest in je eBox."
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "description": {
            "nl": (
                "<p>Steeds meer overheidsdiensten zijn online: een attest aanvragen, je "
                "belastingaangifte indienen of je Groeipakket opvolgen. In deze workshop "
                "oefen je op je eigen smartphone, in een rustig tempo en met een begeleider "
                "naast je.</p>"
                "<ul>"
                "<li>itsme installeren en gebruiken</li>"
                "<li>Inloggen op Mijn Burgerprofiel</li>"
                "<li>Je eBox activeren en berichten lezen</li>"
                "<li>Valse berichten die zich voordoen als de overheid herkennen</li>"
                "</ul>"
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "prerequisites": {
            "nl": "Breng je smartphone, je identiteitskaart en je pincode mee.",
            "fr": "",
            "de": "",
            "en": "",
        },
        "accessibility_info": {
            "nl": (
                "De bibliotheek is rolstoeltoegankelijk en de begeleiders nemen de tijd voor "
                "wie wat meer uitleg nodig heeft."
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "sessions": [
            {
                "in_days": 5,
                "start": "10:00",
                "hours": 3,
                "span_days": 0,
                "online": False,
                "venue": "Bibliotheek Het Predikheren",
                "address": "Mechelen",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 1,
            },
            {
                "in_days": 19,
                "start": "13:30",
                "hours": 3,
                "span_days": 0,
                "online": False,
                "venue": "Bibliotheek Het Predikheren",
                "address": "Mechelen",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 1,
            },
            {
                "in_days": 33,
                "start": "10:00",
                "hours": 3,
                "span_days": 0,
                "online": False,
                "venue": "Bibliotheek Het Predikheren",
                "address": "Mechelen",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 1,
            },
        ],
    },
    {
        "slug": "vl-ai-in-manufacturing-self-paced",
        "owner": "agoria",
        "provider": "agoria",
        "kind": "course",
        "format": "online",
        "region": "online",
        "municipality": "",
        "languages": ["nl", "fr", "en"],
        "cost": "free",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "self_paced",
        "level": "advanced",
        "areas": ["information_data", "problem_solving"],
        "technologies": ["ai", "data"],
        "audiences": ["ict_professionals", "employees"],
        "certificate": "attendance",
        "duration_hours": 20,
        "registration_url": "https://www.agoria.be",
        "contact_email": "",
        "title": {
            "nl": "AI in de maakindustrie: van data tot toepassing",
            "fr": "L'IA dans l'industrie manufacturière : des données à l'application",
            "de": "KI in der Fertigungsindustrie: von den Daten zur Anwendung",
            "en": "AI in manufacturing: from data to deployment",
        },
        "summary": {
            "nl": (
                "Je leert hoe je in een productieomgeving een AI-project opzet, van het "
                "verzamelen en voorbereiden van data tot het evalueren en in gebruik nemen "
                "van een model."
            ),
            "fr": (
                "Vous apprenez à mener un projet d'IA en environnement de production, de la "
                "collecte et la préparation des données jusqu'à l'évaluation et la mise en "
                "service d'un modèle."
            ),
            "de": (
                "Sie lernen, wie man in einer Produktionsumgebung ein KI-Projekt aufsetzt: "
                "von der Erfassung und Aufbereitung der Daten bis zur Bewertung und "
                "Inbetriebnahme eines Modells."
            ),
            "en": (
                "You will learn how to run an AI project in a production environment, from "
                "collecting and preparing data to evaluating and deploying a model."
            ),
        },
        "description": {
            "nl": (
                "<p>Deze online leerlijn richt zich tot ingenieurs, technici en IT-profielen "
                "in technologiebedrijven die AI willen inzetten voor kwaliteitscontrole, "
                "voorspellend onderhoud of planning. Je volgt de modules wanneer het jou "
                "past en test je kennis aan de hand van praktijkcases.</p>"
                "<ul>"
                "<li>Geschikte toepassingen kiezen en een businesscase opstellen</li>"
                "<li>Sensordata verzamelen, opschonen en labelen</li>"
                "<li>Modellen trainen, evalueren en opvolgen</li>"
                "<li>Het juridische kader: de Europese AI-verordening en de AVG</li>"
                "</ul>"
            ),
            "fr": (
                "<p>Ce parcours en ligne s'adresse aux ingénieurs, techniciens et profils IT "
                "des entreprises technologiques qui souhaitent utiliser l'IA pour le "
                "contrôle qualité, la maintenance prédictive ou la planification. Vous "
                "suivez les modules quand cela vous convient et testez vos connaissances sur "
                "des cas pratiques.</p>"
                "<ul>"
                "<li>Choisir les bonnes applications et établir un business case</li>"
                "<li>Collecter, nettoyer et annoter des données de capteurs</li>"
                "<li>Entraîner, évaluer et surveiller des modèles</li>"
                "<li>Le cadre juridique : le règlement européen sur l'IA et le RGPD</li>"
                "</ul>"
            ),
            "de": (
                "<p>Dieser Online-Lernpfad richtet sich an Ingenieure, Technikerinnen und "
                "Techniker sowie IT-Fachleute in Technologieunternehmen, die KI für "
                "Qualitätskontrolle, vorausschauende Wartung oder Planung einsetzen möchten. "
                "Sie bearbeiten die Module, wann es Ihnen passt, und prüfen Ihr Wissen "
                "anhand von Praxisfällen.</p>"
                "<ul>"
                "<li>Geeignete Anwendungen auswählen und einen Business Case erstellen</li>"
                "<li>Sensordaten erfassen, bereinigen und annotieren</li>"
                "<li>Modelle trainieren, bewerten und überwachen</li>"
                "<li>Der rechtliche Rahmen: die KI-Verordnung der EU und die DSGVO</li>"
                "</ul>"
            ),
            "en": (
                "<p>This online learning path is for engineers, technicians and IT "
                "professionals in technology companies who want to use AI for quality "
                "control, predictive maintenance or planning. You take the modules whenever "
                "it suits you and test your knowledge on practical cases.</p>"
                "<ul>"
                "<li>Choosing suitable use cases and building a business case</li>"
                "<li>Collecting, cleaning and labelling sensor data</li>"
                "<li>Training, evaluating and monitoring models</li>"
                "<li>The legal framework: the EU AI Act and the GDPR</li>"
                "</ul>"
            ),
        },
        "prerequisites": {
            "nl": "Je hebt ervaring met data-analyse en een basiskennis van Python.",
            "fr": "Vous avez de l'expérience en analyse de données et des bases en Python.",
            "de": "Sie haben Erfahrung in der Datenanalyse und Grundkenntnisse in Python.",
            "en": "You have experience in data analysis and a basic knowledge of Python.",
        },
        "accessibility_info": {
            "nl": "Alle video's zijn ondertiteld in het Nederlands, het Frans en het Engels.",
            "fr": (
                "Toutes les vidéos sont sous-titrées en néerlandais, en français et en anglais."
            ),
            "de": "Alle Videos sind auf Niederländisch, Französisch und Englisch untertitelt.",
            "en": "All videos have Dutch, French and English subtitles.",
        },
        "sessions": [],
    },
    {
        "slug": "vl-staying-safe-online-self-paced",
        "owner": "proximus",
        "provider": "proximus",
        "kind": "course",
        "format": "online",
        "region": "online",
        "municipality": "",
        "languages": ["nl", "fr"],
        "cost": "free",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "self_paced",
        "level": "foundation",
        "areas": ["safety"],
        "technologies": ["cybersecurity", "digital_skills"],
        "audiences": ["all"],
        "certificate": "none",
        "duration_hours": 2,
        "registration_url": "https://www.proximus.be",
        "contact_email": "",
        "title": {
            "nl": "Veilig online: bescherm je gegevens en je toestellen",
            "fr": "En sécurité en ligne : protégez vos données et vos appareils",
            "de": "Sicher im Internet: Daten und Geräte schützen",
            "en": "Staying safe online: protect your data and devices",
        },
        "summary": {
            "nl": (
                "Met korte video's en oefeningen leer je valse berichten herkennen, sterke "
                "wachtwoorden gebruiken en je smartphone en computer beter beveiligen."
            ),
            "fr": (
                "Grâce à de courtes vidéos et à des exercices, vous apprenez à repérer les "
                "faux messages, à utiliser des mots de passe solides et à mieux sécuriser "
                "votre smartphone et votre ordinateur."
            ),
            "de": (
                "In kurzen Videos und Übungen lernen Sie, gefälschte Nachrichten zu "
                "erkennen, sichere Passwörter zu verwenden und Ihr Smartphone und Ihren "
                "Computer besser zu schützen."
            ),
            "en": (
                "Through short videos and exercises you learn to spot fake messages, use "
                "strong passwords and better secure your smartphone and computer."
            ),
        },
        "description": {
            "nl": (
                "<p>Deze gratis online opleiding bestaat uit vijf modules van telkens een "
                "twintigtal minuten. Je kiest zelf wanneer en waar je leert, op je computer, "
                "tablet of smartphone.</p>"
                "<ul>"
                "<li>Phishing via e-mail, sms en WhatsApp</li>"
                "<li>Wachtwoorden en tweestapsverificatie</li>"
                "<li>Updates, back-ups en antivirus</li>"
                "<li>Veilig betalen en online winkelen</li>"
                "<li>Je privacy op sociale media</li>"
                "</ul>"
            ),
            "fr": (
                "<p>Cette formation en ligne gratuite comprend cinq modules d'une vingtaine "
                "de minutes chacun. Vous choisissez vous-même quand et où apprendre, sur "
                "ordinateur, tablette ou smartphone.</p>"
                "<ul>"
                "<li>L'hameçonnage par e-mail, SMS et WhatsApp</li>"
                "<li>Mots de passe et double authentification</li>"
                "<li>Mises à jour, sauvegardes et antivirus</li>"
                "<li>Payer et faire ses achats en ligne en toute sécurité</li>"
                "<li>Votre vie privée sur les réseaux sociaux</li>"
                "</ul>"
            ),
            "de": (
                "<p>Diese kostenlose Online-Schulung besteht aus fünf Modulen von jeweils "
                "etwa zwanzig Minuten. Sie entscheiden selbst, wann und wo Sie lernen – am "
                "Computer, Tablet oder Smartphone.</p>"
                "<ul>"
                "<li>Phishing per E-Mail, SMS und WhatsApp</li>"
                "<li>Passwörter und Zwei-Faktor-Authentifizierung</li>"
                "<li>Updates, Sicherungskopien und Virenschutz</li>"
                "<li>Sicher bezahlen und online einkaufen</li>"
                "<li>Ihre Privatsphäre in sozialen Netzwerken</li>"
                "</ul>"
            ),
            "en": (
                "<p>This free online course consists of five modules of about twenty minutes "
                "each. You choose when and where you learn, on a computer, tablet or "
                "smartphone.</p>"
                "<ul>"
                "<li>Phishing by e-mail, text message and WhatsApp</li>"
                "<li>Passwords and two-factor authentication</li>"
                "<li>Updates, backups and antivirus software</li>"
                "<li>Paying and shopping online safely</li>"
                "<li>Your privacy on social media</li>"
                "</ul>"
            ),
        },
        "prerequisites": {
            "nl": "Je hebt een e-mailadres nodig om je account aan te maken.",
            "fr": "Une adresse e-mail est nécessaire pour créer votre compte.",
            "de": "Zum Anlegen Ihres Kontos benötigen Sie eine E-Mail-Adresse.",
            "en": "You need an e-mail address to create your account.",
        },
        "accessibility_info": {
            "nl": "De video's zijn ondertiteld en de modules werken met een schermlezer.",
            "fr": (
                "Les vidéos sont sous-titrées et les modules sont compatibles avec les "
                "lecteurs d'écran."
            ),
            "de": (
                "Die Videos sind untertitelt, und die Module lassen sich mit Screenreadern nutzen."
            ),
            "en": "The videos are subtitled and the modules work with screen readers.",
        },
        "sessions": [],
    },
    {
        "slug": "vl-digital-restart-microsoft-365-for-women-antwerpen",
        "owner": "vdab",
        "provider": "vdab",
        "kind": "course",
        "format": "onsite",
        "region": "flanders",
        "municipality": "Antwerpen",
        "languages": ["nl"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": True,
        "childcare": True,
        "schedule": "daytime",
        "level": "foundation",
        "areas": ["communication_collaboration", "information_data", "safety"],
        "technologies": ["digital_skills"],
        "audiences": ["women_returners", "job_seekers"],
        "certificate": "attendance",
        "duration_hours": 36,
        "registration_url": "https://www.vdab.be",
        "contact_email": "",
        "title": {
            "nl": "Digitaal herstarten: online samenwerken met Microsoft 365",
            "fr": "Redémarrer avec le numérique : travailler en ligne avec Microsoft 365",
            "de": "Digitaler Neustart: online zusammenarbeiten mit Microsoft 365",
            "en": "Digital restart: working together online with Microsoft 365",
        },
        "summary": {
            "nl": (
                "Je leert werken met Outlook, Teams, OneDrive en Word zoals dat vandaag op "
                "kantoor gebeurt, zodat je met vertrouwen aan een nieuwe job begint."
            ),
            "fr": (
                "Vous apprenez à utiliser Outlook, Teams, OneDrive et Word comme on le fait "
                "aujourd'hui au bureau, pour commencer un nouvel emploi en toute confiance."
            ),
            "de": (
                "Sie lernen, mit Outlook, Teams, OneDrive und Word so zu arbeiten, wie es "
                "heute im Büro üblich ist, damit Sie eine neue Stelle mit Selbstvertrauen "
                "antreten."
            ),
            "en": (
                "You will learn to use Outlook, Teams, OneDrive and Word the way offices "
                "work today, so you can start a new job with confidence."
            ),
        },
        "description": {
            "nl": (
                "<p>Ben je een tijd thuis geweest om voor je gezin te zorgen, en is de "
                "kantoorsoftware intussen sterk veranderd? In deze opleiding voor vrouwen "
                "frissen we je digitale vaardigheden op in een kleine, vertrouwde groep.</p>"
                "<ul>"
                "<li>Mails en agenda beheren in Outlook</li>"
                "<li>Vergaderen en chatten in Teams</li>"
                "<li>Samen aan documenten werken in OneDrive en SharePoint</li>"
                "<li>Veilig omgaan met bedrijfsgegevens</li>"
                "</ul>"
                "<p>De lesuren houden rekening met de schooluren, en voor de jongste "
                "kinderen is er kinderopvang.</p>"
            ),
            "fr": (
                "<p>Vous êtes restée un moment à la maison pour vous occuper de votre "
                "famille, et les logiciels de bureau ont bien changé entre-temps ? Dans "
                "cette formation réservée aux femmes, vous remettez vos compétences "
                "numériques à niveau au sein d'un petit groupe, en toute confiance.</p>"
                "<ul>"
                "<li>Gérer ses e-mails et son agenda dans Outlook</li>"
                "<li>Se réunir et échanger dans Teams</li>"
                "<li>Travailler à plusieurs sur des documents dans OneDrive et "
                "SharePoint</li>"
                "<li>Traiter les données de l'entreprise en toute sécurité</li>"
                "</ul>"
                "<p>Les horaires tiennent compte des heures d'école, et une garderie est "
                "prévue pour les plus petits.</p>"
            ),
            "de": (
                "<p>Sie waren eine Zeit lang zu Hause, um sich um Ihre Familie zu kümmern, "
                "und die Bürosoftware hat sich inzwischen stark verändert? In dieser "
                "Weiterbildung für Frauen frischen Sie Ihre digitalen Kenntnisse in einer "
                "kleinen, vertrauten Gruppe auf.</p>"
                "<ul>"
                "<li>E-Mails und Kalender in Outlook verwalten</li>"
                "<li>Besprechungen und Chats in Teams</li>"
                "<li>Gemeinsam an Dokumenten in OneDrive und SharePoint arbeiten</li>"
                "<li>Sicher mit Unternehmensdaten umgehen</li>"
                "</ul>"
                "<p>Die Unterrichtszeiten richten sich nach den Schulzeiten, und für die "
                "Kleinsten gibt es eine Kinderbetreuung.</p>"
            ),
            "en": (
                "<p>Have you spent some time at home caring for your family, and has office "
                "software changed a lot in the meantime? In this course for women, you "
                "refresh your digital skills in a small, supportive group.</p>"
                "<ul>"
                "<li>Managing e-mail and your calendar in Outlook</li>"
                "<li>Meetings and chat in Teams</li>"
                "<li>Working on documents together in OneDrive and SharePoint</li>"
                "<li>Handling company data securely</li>"
                "</ul>"
                "<p>Class times fit around school hours, and childcare is available for the "
                "youngest children.</p>"
            ),
        },
        "prerequisites": {
            "nl": "Je hebt al eens met een computer gewerkt, ook al is dat lang geleden.",
            "fr": "Vous avez déjà utilisé un ordinateur, même si c'était il y a longtemps.",
            "de": (
                "Sie haben schon einmal mit einem Computer gearbeitet, auch wenn es lange her ist."
            ),
            "en": "You have used a computer before, even if it was a long time ago.",
        },
        "accessibility_info": {
            "nl": (
                "De kinderopvang is gratis en bevindt zich in hetzelfde gebouw, dat "
                "rolstoeltoegankelijk is."
            ),
            "fr": (
                "La garderie, gratuite, se trouve dans le même bâtiment, qui est accessible "
                "en fauteuil roulant."
            ),
            "de": (
                "Die kostenlose Kinderbetreuung befindet sich im selben Gebäude, das "
                "rollstuhlgerecht ist."
            ),
            "en": ("The free childcare is in the same building, which is wheelchair accessible."),
        },
        "sessions": [
            {
                "in_days": 6,
                "start": "09:00",
                "hours": 5,
                "span_days": 30,
                "online": False,
                "venue": "VDAB Antwerpen",
                "address": "Antwerpen",
                "capacity": 12,
                "status": "cancelled",
                "deadline_days_before": 7,
            },
            {
                "in_days": 34,
                "start": "09:00",
                "hours": 5,
                "span_days": 30,
                "online": False,
                "venue": "VDAB Antwerpen",
                "address": "Antwerpen",
                "capacity": 12,
                "status": "open",
                "deadline_days_before": 7,
            },
        ],
    },
    {
        "slug": "vl-data-analyst-bootcamp-gent",
        "owner": "becode",
        "provider": "becode",
        "kind": "bootcamp",
        "format": "onsite",
        "region": "flanders",
        "municipality": "Gent",
        "languages": ["nl", "en"],
        "cost": "free_for_job_seekers",
        "price": None,
        "women_only": False,
        "childcare": False,
        "schedule": "full_time",
        "level": "intermediate",
        "areas": ["information_data", "problem_solving"],
        "technologies": ["data", "ai", "programming"],
        "audiences": ["job_seekers", "career_switchers"],
        "certificate": "attendance",
        "duration_hours": 980,
        "registration_url": "https://becode.org",
        "contact_email": "",
        "title": {
            "nl": "Bootcamp data-analist in Gent",
            "fr": "Bootcamp analyste de données à Gand",
            "de": "Bootcamp Datenanalyse in Gent",
            "en": "Data analyst bootcamp in Ghent",
        },
        "summary": {
            "nl": (
                "Je leert gegevens verzamelen, analyseren en visualiseren met SQL, Python en "
                "Power BI, en eenvoudige machinelearningmodellen bouwen."
            ),
            "fr": (
                "Vous apprenez à collecter, analyser et visualiser des données avec SQL, "
                "Python et Power BI, et à construire des modèles simples d'apprentissage "
                "automatique."
            ),
            "de": (
                "Sie lernen, Daten mit SQL, Python und Power BI zu erfassen, zu analysieren "
                "und zu visualisieren und einfache Modelle für maschinelles Lernen zu "
                "erstellen."
            ),
            "en": (
                "You will learn to collect, analyse and visualise data with SQL, Python and "
                "Power BI, and build simple machine learning models."
            ),
        },
        "description": {
            "nl": (
                "<p>Bedrijven verzamelen grote hoeveelheden gegevens, maar hebben mensen "
                "nodig die er de juiste conclusies uit trekken. In deze intensieve opleiding "
                "van zeven maanden werk je in teams aan opdrachten van echte bedrijven, "
                "begeleid door coaches uit de sector.</p>"
                "<ul>"
                "<li>SQL en databanken</li>"
                "<li>Data opschonen en analyseren met Python</li>"
                "<li>Dashboards bouwen in Power BI</li>"
                "<li>Introductie tot machine learning</li>"
                "<li>Een stage van enkele weken in een bedrijf</li>"
                "</ul>"
            ),
            "fr": (
                "<p>Les entreprises collectent d'énormes quantités de données, mais ont "
                "besoin de personnes capables d'en tirer les bonnes conclusions. Dans cette "
                "formation intensive de sept mois, vous travaillez en équipe sur des "
                "missions proposées par de vraies entreprises, avec l'accompagnement de "
                "coachs du secteur.</p>"
                "<ul>"
                "<li>SQL et bases de données</li>"
                "<li>Nettoyer et analyser des données avec Python</li>"
                "<li>Créer des tableaux de bord dans Power BI</li>"
                "<li>Introduction au machine learning</li>"
                "<li>Stage de quelques semaines en entreprise</li>"
                "</ul>"
            ),
            "de": (
                "<p>Unternehmen sammeln große Datenmengen, brauchen aber Menschen, die "
                "daraus die richtigen Schlüsse ziehen. In dieser intensiven siebenmonatigen "
                "Ausbildung arbeiten Sie im Team an Aufträgen echter Unternehmen, begleitet "
                "von Coaches aus der Branche.</p>"
                "<ul>"
                "<li>SQL und Datenbanken</li>"
                "<li>Daten mit Python bereinigen und analysieren</li>"
                "<li>Dashboards in Power BI erstellen</li>"
                "<li>Einführung in maschinelles Lernen</li>"
                "<li>Mehrwöchiges Praktikum in einem Unternehmen</li>"
                "</ul>"
            ),
            "en": (
                "<p>Companies collect huge amounts of data but need people who can draw the "
                "right conclusions from it. In this intensive seven-month programme you work "
                "in teams on assignments from real companies, guided by coaches from the "
                "industry.</p>"
                "<ul>"
                "<li>SQL and databases</li>"
                "<li>Cleaning and analysing data with Python</li>"
                "<li>Building dashboards in Power BI</li>"
                "<li>Introduction to machine learning</li>"
                "<li>A placement of several weeks in a company</li>"
                "</ul>"
            ),
        },
        "prerequisites": {
            "nl": (
                "Je hebt een sterk analytisch denkvermogen en een goede kennis van het "
                "Engels, en je slaagt voor een selectieproef met logische en wiskundige "
                "vragen."
            ),
            "fr": (
                "Vous avez un bon esprit d'analyse et une bonne maîtrise de l'anglais, et "
                "vous réussissez un test de sélection comportant des questions de logique et "
                "de mathématiques."
            ),
            "de": (
                "Sie verfügen über ein ausgeprägtes analytisches Denkvermögen und gute "
                "Englischkenntnisse und bestehen einen Auswahltest mit Logik- und "
                "Mathematikaufgaben."
            ),
            "en": (
                "You have strong analytical skills and good English, and pass a selection "
                "test with logic and maths questions."
            ),
        },
        "accessibility_info": {
            "nl": "Heb je geen eigen laptop, dan krijg je er een in bruikleen.",
            "fr": "Si vous n'avez pas d'ordinateur portable, un appareil vous est prêté.",
            "de": "Wenn Sie keinen eigenen Laptop haben, erhalten Sie ein Leihgerät.",
            "en": "If you don't have a laptop of your own, we will lend you one.",
        },
        "sessions": [
            {
                "in_days": 45,
                "start": "09:00",
                "hours": 7,
                "span_days": 210,
                "online": False,
                "venue": "BeCode Gent",
                "address": "Gent",
                "capacity": 24,
                "status": "open",
                "deadline_days_before": 21,
            },
        ],
    },
    {
        "slug": "vl-generative-ai-for-small-businesses-webinar",
        "owner": "proximus",
        "provider": "proximus",
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
        "level": "intermediate",
        "areas": ["content_creation", "problem_solving"],
        "technologies": ["ai"],
        "audiences": ["entrepreneurs", "employees"],
        "certificate": "none",
        "duration_hours": 2,
        "registration_url": "https://www.proximus.be",
        "contact_email": "",
        "title": {
            "nl": "Generatieve AI slim inzetten in je kmo",
            "fr": "Utiliser l'IA générative à bon escient dans votre PME",
            "de": "Generative KI sinnvoll im KMU einsetzen",
            "en": "Putting generative AI to good use in your small business",
        },
        "summary": {
            "nl": (
                "Je ontdekt hoe je met AI-assistenten sneller teksten, offertes en berichten "
                "voor sociale media maakt, en welke afspraken je best vastlegt over privacy "
                "en vertrouwelijkheid."
            ),
            "fr": (
                "Vous découvrez comment rédiger plus vite textes, devis et publications pour "
                "les réseaux sociaux avec des assistants d'IA, et quelles règles fixer en "
                "matière de vie privée et de confidentialité."
            ),
            "de": (
                "Sie erfahren, wie Sie mit KI-Assistenten schneller Texte, Angebote und "
                "Beiträge für soziale Medien erstellen und welche Regeln Sie zu Datenschutz "
                "und Vertraulichkeit festlegen sollten."
            ),
            "en": (
                "You will see how AI assistants can help you write texts, quotes and social "
                "media posts faster, and which rules to set on privacy and confidentiality."
            ),
        },
        "description": {
            "nl": (
                "<p>In dit webinar tonen experts van Proximus met live demonstraties hoe "
                "kleine ondernemingen generatieve AI gebruiken in hun dagelijkse werk. Er is "
                "ruim tijd voor vragen van deelnemers.</p>"
                "<ul>"
                "<li>Welke AI-tools er zijn en wat ze kosten</li>"
                "<li>Goede instructies (prompts) schrijven</li>"
                "<li>Resultaten controleren en bijsturen</li>"
                "<li>Een eenvoudig AI-beleid voor je team</li>"
                "</ul>"
                "<p>Het webinar vindt één keer in het Nederlands en één keer in het Frans "
                "plaats.</p>"
            ),
            "fr": (
                "<p>Lors de ce webinaire, des experts de Proximus montrent, démonstrations "
                "en direct à l'appui, comment les petites entreprises utilisent l'IA "
                "générative au quotidien. Une large place est réservée aux questions des "
                "participants.</p>"
                "<ul>"
                "<li>Les outils d'IA disponibles et leur coût</li>"
                "<li>Rédiger de bonnes instructions (prompts)</li>"
                "<li>Vérifier et ajuster les résultats</li>"
                "<li>Une politique d'IA simple pour votre équipe</li>"
                "</ul>"
                "<p>Le webinaire a lieu une fois en néerlandais et une fois en français.</p>"
            ),
            "de": (
                "<p>In diesem Webinar zeigen Fachleute von Proximus in Live-Demonstrationen, "
                "wie kleine Unternehmen generative KI im Arbeitsalltag nutzen. Für Fragen "
                "der Teilnehmenden ist ausreichend Zeit vorgesehen.</p>"
                "<ul>"
                "<li>Welche KI-Werkzeuge es gibt und was sie kosten</li>"
                "<li>Gute Anweisungen (Prompts) formulieren</li>"
                "<li>Ergebnisse prüfen und nachbessern</li>"
                "<li>Eine einfache KI-Richtlinie für Ihr Team</li>"
                "</ul>"
                "<p>Das Webinar findet einmal auf Niederländisch und einmal auf Französisch "
                "statt.</p>"
            ),
            "en": (
                "<p>In this webinar, Proximus experts use live demonstrations to show how "
                "small businesses use generative AI in their day-to-day work. There is "
                "plenty of time for questions from participants.</p>"
                "<ul>"
                "<li>Which AI tools are available and what they cost</li>"
                "<li>Writing good instructions (prompts)</li>"
                "<li>Checking and refining the results</li>"
                "<li>A simple AI policy for your team</li>"
                "</ul>"
                "<p>The webinar runs once in Dutch and once in French.</p>"
            ),
        },
        "prerequisites": {
            "nl": "Je hebt al eens een AI-chatbot zoals ChatGPT of Copilot uitgeprobeerd.",
            "fr": "Vous avez déjà essayé un chatbot d'IA comme ChatGPT ou Copilot.",
            "de": ("Sie haben schon einmal einen KI-Chatbot wie ChatGPT oder Copilot ausprobiert."),
            "en": "You have already tried an AI chatbot such as ChatGPT or Copilot.",
        },
        "accessibility_info": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "sessions": [
            {
                "in_days": -21,
                "start": "18:00",
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
                "in_days": -14,
                "start": "18:00",
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
        "slug": "vl-holiday-coding-camp-for-girls-gent",
        "owner": "agoria",
        "provider": "becode",
        "kind": "workshop",
        "format": "onsite",
        "region": "flanders",
        "municipality": "Gent",
        "languages": ["nl"],
        "cost": "free",
        "price": None,
        "women_only": True,
        "childcare": False,
        "schedule": "daytime",
        "level": "foundation",
        "areas": ["content_creation", "problem_solving"],
        "technologies": ["programming", "ai"],
        "audiences": ["students_girls"],
        "certificate": "none",
        "duration_hours": 15,
        "registration_url": "https://becode.org",
        "contact_email": "",
        "title": {
            "nl": "Codeerkamp voor meisjes tijdens de schoolvakantie",
            "fr": "Stage de code pour filles pendant les vacances scolaires",
            "de": "Programmierkurs für Mädchen in den Schulferien",
            "en": "Holiday coding camp for girls",
        },
        "summary": {
            "nl": (
                "Meisjes van 12 tot 16 jaar programmeren in drie dagen hun eigen spel en "
                "ontdekken hoe een eenvoudige AI-toepassing werkt."
            ),
            "fr": (
                "En trois jours, des filles de 12 à 16 ans programment leur propre jeu et "
                "découvrent comment fonctionne une application d'IA simple."
            ),
            "de": (
                "Mädchen von 12 bis 16 Jahren programmieren in drei Tagen ihr eigenes Spiel "
                "und entdecken, wie eine einfache KI-Anwendung funktioniert."
            ),
            "en": (
                "Over three days, girls aged 12 to 16 program their own game and find out "
                "how a simple AI application works."
            ),
        },
        "description": {
            "nl": (
                "<p>Met dit vakantiekamp willen Agoria en BeCode meer meisjes warm maken "
                "voor een opleiding of job in de technologie. De deelneemsters werken in "
                "kleine groepjes, begeleid door vrouwelijke coaches en rolmodellen uit "
                "technologiebedrijven.</p>"
                "<ul>"
                "<li>Een spel programmeren in Scratch of Python</li>"
                "<li>Een model voor beeldherkenning trainen</li>"
                "<li>Kennismaken met vrouwen die in de technologiesector werken</li>"
                "</ul>"
            ),
            "fr": (
                "<p>Avec ce stage de vacances, Agoria et BeCode veulent donner envie à "
                "davantage de filles de se lancer dans des études ou un métier "
                "technologique. Les participantes travaillent en petits groupes, encadrées "
                "par des coachs et des modèles féminins issus d'entreprises "
                "technologiques.</p>"
                "<ul>"
                "<li>Programmer un jeu dans Scratch ou en Python</li>"
                "<li>Entraîner un modèle de reconnaissance d'images</li>"
                "<li>Rencontrer des femmes qui travaillent dans le secteur technologique</li>"
                "</ul>"
            ),
            "de": (
                "<p>Mit diesem Ferienangebot möchten Agoria und BeCode mehr Mädchen für eine "
                "Ausbildung oder einen Beruf in der Technologie begeistern. Die "
                "Teilnehmerinnen arbeiten in kleinen Gruppen, begleitet von Trainerinnen und "
                "weiblichen Vorbildern aus Technologieunternehmen.</p>"
                "<ul>"
                "<li>Ein Spiel in Scratch oder Python programmieren</li>"
                "<li>Ein Modell zur Bilderkennung trainieren</li>"
                "<li>Frauen kennenlernen, die in der Technologiebranche arbeiten</li>"
                "</ul>"
            ),
            "en": (
                "<p>With this holiday camp, Agoria and BeCode want to get more girls "
                "interested in studying or working in technology. The participants work in "
                "small groups, supported by female coaches and role models from tech "
                "companies.</p>"
                "<ul>"
                "<li>Programming a game in Scratch or Python</li>"
                "<li>Training an image recognition model</li>"
                "<li>Meeting women who work in the tech sector</li>"
                "</ul>"
            ),
        },
        "prerequisites": {
            "nl": ("Er is geen voorkennis nodig; een ouder of voogd schrijft de deelneemster in."),
            "fr": "Aucun prérequis ; l'inscription se fait par un parent ou un tuteur.",
            "de": (
                "Keine Vorkenntnisse nötig; die Anmeldung erfolgt durch einen Elternteil "
                "oder Vormund."
            ),
            "en": ("No prior knowledge is needed; a parent or guardian registers the participant."),
        },
        "accessibility_info": {
            "nl": "Laptops en een middagmaal worden voorzien.",
            "fr": "Les ordinateurs portables et le repas de midi sont fournis.",
            "de": "Laptops und ein Mittagessen werden gestellt.",
            "en": "Laptops and lunch are provided.",
        },
        "sessions": [
            {
                "in_days": 50,
                "start": "09:30",
                "hours": 5,
                "span_days": 2,
                "online": False,
                "venue": "BeCode Gent",
                "address": "Gent",
                "capacity": 20,
                "status": "open",
                "deadline_days_before": 14,
            },
        ],
    },
    {
        "slug": "vl-from-it-administrator-to-security-analyst-antwerpen",
        "owner": "syntra",
        "provider": "syntra",
        "kind": "upskilling_programme",
        "format": "blended",
        "region": "flanders",
        "municipality": "Antwerpen",
        "languages": ["nl"],
        "cost": "subsidised",
        "price": "350.00",
        "women_only": False,
        "childcare": False,
        "schedule": "evening",
        "level": "advanced",
        "areas": ["safety", "problem_solving"],
        "technologies": ["cybersecurity", "cloud"],
        "audiences": ["ict_professionals", "employees"],
        "certificate": "industry",
        "duration_hours": 120,
        "registration_url": "https://www.syntra.be",
        "contact_email": "",
        "title": {
            "nl": "Van IT-beheerder naar securityanalist",
            "fr": "D'administrateur IT à analyste en cybersécurité",
            "de": "Von der IT-Administration zur Sicherheitsanalyse",
            "en": "From IT administrator to security analyst",
        },
        "summary": {
            "nl": (
                "Je leert netwerken en cloudomgevingen monitoren, aanvallen opsporen en "
                "analyseren, en incidenten afhandelen volgens een vaste procedure."
            ),
            "fr": (
                "Vous apprenez à surveiller des réseaux et des environnements cloud, à "
                "détecter et analyser des attaques et à traiter les incidents selon une "
                "procédure établie."
            ),
            "de": (
                "Sie lernen, Netzwerke und Cloud-Umgebungen zu überwachen, Angriffe zu "
                "erkennen und zu analysieren und Sicherheitsvorfälle nach einem festen "
                "Verfahren zu bearbeiten."
            ),
            "en": (
                "You will learn to monitor networks and cloud environments, detect and "
                "analyse attacks, and handle incidents following a set procedure."
            ),
        },
        "description": {
            "nl": (
                "<p>Dit traject is bedoeld voor IT-professionals die zich willen "
                "specialiseren in cyberbeveiliging. Avondlessen in Antwerpen wisselen af met "
                "online labs waarin je aanvallen naspeelt in een afgeschermde omgeving. Je "
                "wordt voorbereid op een erkend industriecertificaat zoals CompTIA "
                "Security+.</p>"
                "<ul>"
                "<li>Logbestanden analyseren met een SIEM</li>"
                "<li>Microsoft 365 en Azure beveiligen</li>"
                "<li>Kwetsbaarheden opsporen en prioriteren</li>"
                "<li>Incidentrespons en rapportering</li>"
                "<li>Het wettelijke kader, waaronder de NIS2-richtlijn</li>"
                "</ul>"
                "<p>Je kunt hiervoor opleidingscheques of Vlaams opleidingsverlof "
                "gebruiken.</p>"
            ),
            "fr": (
                "<p>Ce parcours s'adresse aux professionnels de l'IT qui veulent se "
                "spécialiser en cybersécurité. Des cours du soir à Anvers alternent avec des "
                "laboratoires en ligne où vous rejouez des attaques dans un environnement "
                "isolé. La formation prépare à une certification reconnue du secteur, comme "
                "CompTIA Security+.</p>"
                "<ul>"
                "<li>Analyser des journaux avec un SIEM</li>"
                "<li>Sécuriser Microsoft 365 et Azure</li>"
                "<li>Détecter et prioriser les vulnérabilités</li>"
                "<li>Réponse aux incidents et rapports</li>"
                "<li>Le cadre légal, dont la directive NIS2</li>"
                "</ul>"
                "<p>Vous pouvez utiliser les chèques-formation flamands (opleidingscheques) "
                "ou le congé-éducation flamand (Vlaams opleidingsverlof).</p>"
            ),
            "de": (
                "<p>Dieser Lehrgang richtet sich an IT-Fachleute, die sich auf "
                "Cybersicherheit spezialisieren möchten. Abendkurse in Antwerpen wechseln "
                "sich mit Online-Labs ab, in denen Sie Angriffe in einer abgeschotteten "
                "Umgebung nachstellen. Der Lehrgang bereitet auf ein anerkanntes "
                "Branchenzertifikat wie CompTIA Security+ vor.</p>"
                "<ul>"
                "<li>Protokolldaten mit einem SIEM analysieren</li>"
                "<li>Microsoft 365 und Azure absichern</li>"
                "<li>Schwachstellen aufspüren und priorisieren</li>"
                "<li>Reaktion auf Sicherheitsvorfälle und Berichterstattung</li>"
                "<li>Der rechtliche Rahmen, unter anderem die NIS2-Richtlinie</li>"
                "</ul>"
                "<p>Sie können dafür die flämischen Bildungsschecks (opleidingscheques) oder "
                "den flämischen Bildungsurlaub (Vlaams opleidingsverlof) nutzen.</p>"
            ),
            "en": (
                "<p>This programme is for IT professionals who want to specialise in "
                "cybersecurity. Evening classes in Antwerp alternate with online labs in "
                "which you re-enact attacks in an isolated environment. It prepares you for "
                "a recognised industry certification such as CompTIA Security+.</p>"
                "<ul>"
                "<li>Analysing logs with a SIEM</li>"
                "<li>Securing Microsoft 365 and Azure</li>"
                "<li>Finding and prioritising vulnerabilities</li>"
                "<li>Incident response and reporting</li>"
                "<li>The legal framework, including the NIS2 Directive</li>"
                "</ul>"
                "<p>You can use Flemish training vouchers (opleidingscheques) or Flemish "
                "training leave (Vlaams opleidingsverlof).</p>"
            ),
        },
        "prerequisites": {
            "nl": "Je hebt minstens twee jaar ervaring als systeem- of netwerkbeheerder.",
            "fr": (
                "Vous avez au moins deux ans d'expérience comme administrateur système ou réseau."
            ),
            "de": (
                "Sie haben mindestens zwei Jahre Berufserfahrung in der System- oder "
                "Netzwerkadministration."
            ),
            "en": ("You have at least two years' experience as a system or network administrator."),
        },
        "accessibility_info": {
            "nl": (
                "De online labs zijn altijd beschikbaar, zodat je ze kunt inplannen rond je "
                "werk en je gezin."
            ),
            "fr": (
                "Les laboratoires en ligne sont accessibles à tout moment, pour s'organiser "
                "en fonction du travail et de la vie de famille."
            ),
            "de": (
                "Die Online-Labs sind jederzeit verfügbar, sodass Sie sie mit Beruf und "
                "Familie vereinbaren können."
            ),
            "en": (
                "The online labs are available at any time, so you can fit them around work "
                "and family."
            ),
        },
        "sessions": [
            {
                "in_days": 25,
                "start": "18:30",
                "hours": 3,
                "span_days": 120,
                "online": False,
                "venue": "Syntra AB",
                "address": "Antwerpen",
                "capacity": 16,
                "status": "open",
                "deadline_days_before": 14,
            },
        ],
    },
]
