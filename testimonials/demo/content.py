"""Demo testimonials: fictional role models for the Be Digital Together demo site.

Pure data, no logic. All people are fictional; employers are generic descriptions or
invented small companies. Two stories are given in one language only (fallback demo) and
one has a consent that expired on 2026-06-30, to show that expired consent hides a story."""

TESTIMONIALS = [
    {
        "slug": "amina-data-analyst",
        "owner": "interface3",
        "name": "Amina El Khatib",
        "employer": {
            "nl": "een Brusselse ziekenhuisgroep",
            "fr": "un groupe hospitalier bruxellois",
            "de": "eine Brüsseler Krankenhausgruppe",
            "en": "a Brussels hospital group",
        },
        "sector": "health",
        "career_path": "career_switcher",
        "region": "brussels",
        "featured": True,
        "role": {
            "nl": "Data-analist",
            "fr": "Analyste de données",
            "de": "Datenanalystin",
            "en": "Data analyst",
        },
        "quote": {
            "nl": (
                "Vijftien jaar lang verzorgde ik patiënten één voor één. Vandaag helpen mijn "
                "cijfers een hele afdeling om haar nachtdiensten beter te plannen."
            ),
            "fr": (
                "Pendant quinze ans, j’ai soigné des patients un par un. Aujourd’hui, les chiffres "
                "que je prépare aident tout un service à mieux organiser ses nuits."
            ),
            "de": (
                "Fünfzehn Jahre lang habe ich Patientinnen und Patienten einzeln versorgt. Heute "
                "helfen meine Zahlen einer ganzen Station, ihre Nachtdienste besser zu planen."
            ),
            "en": (
                "For fifteen years I cared for patients one at a time. Today the figures I prepare "
                "help a whole ward plan its night shifts better."
            ),
        },
        "story": {
            "nl": (
                "<p>Vijftien jaar lang werkte ik als verpleegkundige op intensieve zorg. Na een "
                "rugletsel mocht ik geen nachtdiensten meer doen, en anderhalf jaar lang wist ik "
                "niet wat er zou volgen. Wat ik wel wist: op de afdeling was ik altijd degene die "
                "de Excel-lijsten bijhield en zag wanneer een cijfer niet klopte.</p>"
                "<p>Bij Interface3 volgde ik een opleiding <strong>data-analyse voor vrouwen die "
                "terug aan de slag willen</strong>, en daarna avondles Excel. De eerste weken "
                "waren zwaar: ik had twintig jaar niet meer gestudeerd en woorden als "
                "<em>join</em> of draaitabel zeiden me niets. Wat hielp, was dat we vanaf de "
                "eerste dag met echte datasets werkten, in een groep vrouwen die allemaal opnieuw "
                "begonnen.</p>"
                "<p>Vandaag werk ik in het team planning en kwaliteit van een Brusselse "
                "ziekenhuisgroep. Ik bouw dashboards over de bedbezetting en de wachttijden, en ik "
                "controleer of de gegevens die de afdelingen invoeren betrouwbaar zijn. Mijn "
                "achtergrond als verpleegkundige is een troef: ik weet wat er achter elke lijn in "
                "de tabel zit, en de verpleegkundigen weten dat ik hun taal spreek.</p>"
                "<p>Mijn tip: doe je vroegere ervaring niet af als onbelangrijk. Schrijf op bij "
                "welke taken je al met cijfers werkte, hoe klein ook, en neem dat lijstje mee naar "
                "je eerste sollicitatiegesprek.</p>"
            ),
            "fr": (
                "<p>J’ai été infirmière aux soins intensifs pendant quinze ans. Après une blessure "
                "au dos, j’ai dû arrêter les gardes de nuit et, pendant un an et demi, je ne "
                "savais pas ce qui allait suivre. Ce que je savais, c’est que dans le service, "
                "c’était toujours moi qui tenais les tableaux Excel et qui remarquais quand un "
                "chiffre clochait.</p>"
                "<p>Chez Interface3, j’ai suivi une formation en <strong>analyse de données pour "
                "les femmes qui reprennent une activité</strong>, puis des cours du soir en Excel. "
                "Les premières semaines ont été difficiles : je n’avais plus étudié depuis vingt "
                "ans, et des mots comme <em>jointure</em> ou tableau croisé dynamique ne me "
                "disaient rien. Ce qui m’a aidée, c’est de travailler dès le premier jour sur de "
                "vraies données, dans un groupe de femmes qui recommençaient toutes quelque "
                "chose.</p>"
                "<p>Aujourd’hui, je travaille dans l’équipe planification et qualité d’un groupe "
                "hospitalier bruxellois. Je construis des tableaux de bord sur l’occupation des "
                "lits et les temps d’attente, et je vérifie la fiabilité des données encodées par "
                "les services. Mon passé d’infirmière est un atout : je sais ce qui se cache "
                "derrière chaque ligne du tableau, et les infirmières savent que je parle leur "
                "langue.</p>"
                "<p>Mon conseil : ne considérez pas votre expérience passée comme inutile. Notez "
                "toutes les tâches où vous travailliez déjà avec des chiffres, même petites, et "
                "emportez cette liste à votre premier entretien.</p>"
            ),
            "de": (
                "<p>Fünfzehn Jahre lang habe ich als Krankenpflegerin auf der Intensivstation "
                "gearbeitet. Nach einer Rückenverletzung durfte ich keine Nachtdienste mehr "
                "machen, und anderthalb Jahre lang wusste ich nicht, wie es weitergeht. Eines "
                "wusste ich aber: Auf der Station war immer ich diejenige, die die Excel-Listen "
                "führte und merkte, wenn eine Zahl nicht stimmte.</p>"
                "<p>Bei Interface3 habe ich eine Weiterbildung in <strong>Datenanalyse für Frauen "
                "beim beruflichen Wiedereinstieg</strong> gemacht und danach Abendkurse in Excel "
                "besucht. Die ersten Wochen waren hart: Ich hatte zwanzig Jahre lang nicht mehr "
                "gelernt, und Begriffe wie <em>Join</em> oder Pivot-Tabelle sagten mir nichts. "
                "Geholfen hat, dass wir vom ersten Tag an mit echten Datensätzen gearbeitet haben, "
                "in einer Gruppe von Frauen, die alle neu anfingen.</p>"
                "<p>Heute arbeite ich im Team Planung und Qualität einer Brüsseler "
                "Krankenhausgruppe. Ich erstelle Dashboards zur Bettenbelegung und zu den "
                "Wartezeiten und prüfe, ob die Daten, die die Stationen eingeben, zuverlässig "
                "sind. Meine Erfahrung in der Pflege ist ein Vorteil: Ich weiß, was hinter jeder "
                "Zeile der Tabelle steckt, und die Pflegekräfte wissen, dass ich ihre Sprache "
                "spreche.</p>"
                "<p>Mein Tipp: Tun Sie Ihre bisherige Erfahrung nicht als unwichtig ab. Schreiben "
                "Sie auf, bei welchen Aufgaben Sie schon mit Zahlen gearbeitet haben, auch bei "
                "kleinen, und nehmen Sie diese Liste zum ersten Vorstellungsgespräch mit.</p>"
            ),
            "en": (
                "<p>I worked as an intensive care nurse for fifteen years. After a back injury I "
                "could no longer do night shifts, and for a year and a half I did not know what "
                "would come next. What I did know was that on the ward I had always been the one "
                "who kept the spreadsheets and noticed when a figure did not add up.</p>"
                "<p>At Interface3 I took a course in <strong>data analysis for women returning to "
                "work</strong>, followed by evening classes in Excel. The first weeks were hard: I "
                "had not studied for twenty years, and words like <em>join</em> or pivot table "
                "meant nothing to me. What helped was working with real data sets from day one, in "
                "a group of women who were all starting over.</p>"
                "<p>Today I work in the planning and quality team of a Brussels hospital group. I "
                "build dashboards on bed occupancy and waiting times, and I check whether the data "
                "the wards enter are reliable. My nursing background is an asset: I know what lies "
                "behind every line in the table, and the nurses know I speak their language.</p>"
                "<p>My tip: do not write off your previous experience as irrelevant. Make a list "
                "of the tasks where you already worked with figures, however small, and take it "
                "with you to your first interview.</p>"
            ),
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Amina El Khatib: haar initialen op een oranje "
                "achtergrond"
            ),
            "fr": "Portrait illustré d’Amina El Khatib : ses initiales sur un fond orange",
            "de": (
                "Illustriertes Porträt von Amina El Khatib: ihre Initialen auf orangefarbenem "
                "Hintergrund"
            ),
            "en": "Illustrated portrait of Amina El Khatib: her initials on an orange background",
        },
        "colour": "orange",
        "video_url": "https://www.youtube-nocookie.com/embed/kT4mQ9vRx2L",
        "transcript": {
            "nl": (
                "Ik ben Amina en ik werk als data-analist bij een Brusselse ziekenhuisgroep. "
                "Daarvoor was ik vijftien jaar verpleegkundige op intensieve zorg. Toen ik geen "
                "nachtdiensten meer mocht doen, volgde ik een opleiding data-analyse voor vrouwen "
                "die terug aan de slag willen. Vandaag maak ik dashboards die de afdelingen helpen "
                "om hun personeel en hun bedden te plannen. Zoek je graag uit waarom iets niet "
                "klopt? Dan is data misschien ook iets voor jou."
            ),
            "fr": (
                "Je m’appelle Amina et je suis analyste de données dans un groupe hospitalier "
                "bruxellois. Avant, j’ai été infirmière aux soins intensifs pendant quinze ans. "
                "Quand j’ai dû arrêter les gardes de nuit, j’ai suivi une formation en analyse de "
                "données pour les femmes qui reprennent une activité. Aujourd’hui, je crée des "
                "tableaux de bord qui aident les services à planifier leur personnel et leurs "
                "lits. Si vous aimez chercher ce qui cloche dans des chiffres, les données sont "
                "peut-être faites pour vous aussi."
            ),
            "de": (
                "Ich heiße Amina und bin Datenanalystin bei einer Brüsseler Krankenhausgruppe. "
                "Vorher war ich fünfzehn Jahre lang Krankenpflegerin auf der Intensivstation. Als "
                "ich keine Nachtdienste mehr machen durfte, habe ich eine Weiterbildung in "
                "Datenanalyse für Frauen beim beruflichen Wiedereinstieg gemacht. Heute erstelle "
                "ich Dashboards, mit denen die Stationen ihr Personal und ihre Betten planen. Wenn "
                "Sie gerne herausfinden, warum eine Zahl nicht stimmt, ist Datenanalyse vielleicht "
                "auch etwas für Sie."
            ),
            "en": (
                "My name is Amina and I am a data analyst at a hospital group in Brussels. Before "
                "that, I was an intensive care nurse for fifteen years. When I could no longer "
                "work nights, I took a data analysis course for women returning to work. Today I "
                "build dashboards that help the wards plan their staff and their beds. If you like "
                "finding out why a figure does not add up, data might be for you too."
            ),
        },
        "consent_date": "2026-02-10",
        "consent_expires": None,
        "trainings": [
            "bxl-data-analysis-for-women-returners",
            "bxl-excel-for-data-analysis-evening",
        ],
        "initiatives": [],
    },
    {
        "slug": "els-web-developer",
        "owner": "vdab",
        "name": "Els Janssens",
        "employer": {
            "nl": "een klein webbureau in Antwerpen",
            "fr": "une petite agence web à Anvers",
            "de": "eine kleine Webagentur in Antwerpen",
            "en": "a small web agency in Antwerp",
        },
        "sector": "ict",
        "career_path": "returner",
        "region": "flanders",
        "featured": True,
        "role": {
            "nl": "Webontwikkelaar",
            "fr": "Développeuse web",
            "de": "Webentwicklerin",
            "en": "Web developer",
        },
        "quote": {
            "nl": (
                "Na zes jaar thuis dacht ik dat de technologie me voorbijgestoken was. Maar geduld "
                "en structuur, dingen die ik thuis elke dag oefende, werken in code net zo goed."
            ),
            "fr": (
                "Après six ans à la maison, je pensais que la technologie m’avait dépassée. Mais "
                "la patience et l’organisation, que j’exerçais tous les jours à la maison, servent "
                "tout autant quand on code."
            ),
            "de": (
                "Nach sechs Jahren zu Hause dachte ich, die Technik hätte mich abgehängt. Aber "
                "Geduld und Struktur, die ich zu Hause jeden Tag geübt habe, helfen beim "
                "Programmieren genauso."
            ),
            "en": (
                "After six years at home I thought technology had left me behind. But patience and "
                "structure, which I practised at home every day, work just as well in code."
            ),
        },
        "story": {
            "nl": (
                "<p>Voor de geboorte van mijn tweede kind werkte ik als administratief bediende "
                "bij een rederij. Daarna ben ik zes jaar thuisgebleven met drie kinderen. Toen de "
                "jongste naar school ging, wilde ik terug aan het werk, maar in elke vacature "
                "stonden programma’s die ik nog nooit had gebruikt.</p>"
                "<p>Ik ben klein begonnen met een opleiding Microsoft 365 voor vrouwen die opnieuw "
                "starten: Teams, gedeelde mappen, samen in één document werken. Daar hoorde ik van "
                "een codeerweekend voor vrouwen. Op zondagavond stond mijn eerste webpagina online "
                "en was ik verkocht. Daarna volgde ik het <strong>bootcamp junior "
                "webontwikkelaar</strong> in Antwerpen. Het zwaarste was niet de code, maar de "
                "opvang: zonder mijn schoonmoeder en de naschoolse opvang was het niet gelukt.</p>"
                "<p>Nu bouw ik bij een klein webbureau websites voor vzw’s en kmo’s. Mijn dag "
                "begint met een korte stand-up, daarna werk ik aan formulieren, pagina’s en kleine "
                "aanpassingen die klanten vragen. Ik let extra op toegankelijkheid: werkt alles "
                "met het toetsenbord, is de tekst leesbaar genoeg? Als ik vastzit, programmeer ik "
                "een uur samen met een collega.</p>"
                "<p>Mijn tip: bouw tijdens je opleiding al iets echts. Ik maakte gratis een "
                "website voor de oudervereniging van de school en voor de voetbalclub van mijn "
                "zoon. Die twee projecten heb ik in elk sollicitatiegesprek getoond.</p>"
            ),
            "fr": (
                "<p>Avant la naissance de mon deuxième enfant, j’étais employée administrative "
                "dans une compagnie maritime. Ensuite, je suis restée six ans à la maison avec mes "
                "trois enfants. Quand la plus jeune est entrée à l’école, j’ai voulu reprendre le "
                "travail, mais chaque offre d’emploi citait des logiciels que je n’avais jamais "
                "utilisés.</p>"
                "<p>J’ai commencé petit, avec une formation Microsoft 365 pour les femmes qui "
                "reprennent le travail : Teams, dossiers partagés, travailler à plusieurs sur un "
                "même document. C’est là que j’ai entendu parler d’un week-end de codage pour "
                "femmes. Le dimanche soir, ma première page web était en ligne et j’étais "
                "conquise. J’ai ensuite suivi le <strong>bootcamp de développeur·euse web "
                "junior</strong> à Anvers. Le plus difficile n’était pas le code, mais la garde "
                "des enfants : sans ma belle-mère et l’accueil extrascolaire, je n’y serais pas "
                "arrivée.</p>"
                "<p>Aujourd’hui, je crée des sites web pour des ASBL et des PME dans une petite "
                "agence web. Ma journée commence par un court stand-up, puis je travaille sur des "
                "formulaires, des pages et les petites modifications demandées par les clients. Je "
                "fais particulièrement attention à l’accessibilité : tout fonctionne-t-il au "
                "clavier, le texte est-il assez lisible ? Quand je bloque, je code une heure en "
                "binôme avec un collègue.</p>"
                "<p>Mon conseil : construisez quelque chose de concret pendant votre formation. "
                "J’ai réalisé gratuitement un site pour l’association de parents de l’école et un "
                "autre pour le club de foot de mon fils. J’ai montré ces deux projets à chaque "
                "entretien.</p>"
            ),
            "de": (
                "<p>Vor der Geburt meines zweiten Kindes war ich Verwaltungsangestellte bei einer "
                "Reederei. Danach bin ich sechs Jahre mit meinen drei Kindern zu Hause geblieben. "
                "Als die Jüngste in die Schule kam, wollte ich wieder arbeiten, aber in jeder "
                "Stellenanzeige standen Programme, die ich noch nie benutzt hatte.</p>"
                "<p>Ich habe klein angefangen, mit einem Microsoft-365-Kurs für Frauen beim "
                "Wiedereinstieg: Teams, gemeinsame Ordner, zu mehreren an einem Dokument arbeiten. "
                "Dort habe ich von einem Programmierwochenende für Frauen erfahren. Am "
                "Sonntagabend war meine erste Webseite online, und ich war begeistert. Danach habe "
                "ich das <strong>Bootcamp für Junior-Webentwicklung</strong> in Antwerpen gemacht. "
                "Am schwierigsten war nicht der Code, sondern die Kinderbetreuung: Ohne meine "
                "Schwiegermutter und die Nachmittagsbetreuung hätte ich es nicht geschafft.</p>"
                "<p>Heute baue ich in einer kleinen Webagentur Websites für Vereine und kleine "
                "Unternehmen. Mein Tag beginnt mit einem kurzen Stand-up, danach arbeite ich an "
                "Formularen, Seiten und kleinen Änderungen, um die Kunden bitten. Besonders achte "
                "ich auf Barrierefreiheit: Funktioniert alles mit der Tastatur, ist der Text gut "
                "genug lesbar? Wenn ich nicht weiterkomme, programmiere ich eine Stunde lang "
                "zusammen mit einem Kollegen.</p>"
                "<p>Mein Tipp: Bauen Sie schon während der Ausbildung etwas Echtes. Ich habe "
                "ehrenamtlich eine Website für den Elternrat der Schule und eine für den "
                "Fußballverein meines Sohnes gemacht. Diese beiden Projekte habe ich in jedem "
                "Vorstellungsgespräch gezeigt.</p>"
            ),
            "en": (
                "<p>Before my second child was born, I was an administrative assistant at a "
                "shipping company. After that I stayed at home for six years with my three "
                "children. When the youngest started school I wanted to go back to work, but every "
                "job ad mentioned software I had never used.</p>"
                "<p>I started small, with a Microsoft 365 course for women returning to work: "
                "Teams, shared folders, working on the same document together. That is where I "
                "heard about a coding weekend for women. By Sunday evening my first web page was "
                "online and I was hooked. I then did the <strong>junior web developer "
                "bootcamp</strong> in Antwerp. The hardest part was not the code but childcare: "
                "without my mother-in-law and after-school care I would not have made it.</p>"
                "<p>Now I build websites for non-profits and small businesses at a small web "
                "agency. My day starts with a short stand-up, then I work on forms, pages and the "
                "small changes clients ask for. I pay extra attention to accessibility: does "
                "everything work with a keyboard, is the text easy enough to read? When I get "
                "stuck, I spend an hour pair programming with a colleague.</p>"
                "<p>My tip: build something real while you are training. I made a website for free "
                "for the school’s parents’ association and one for my son’s football club. I "
                "showed those two projects in every job interview.</p>"
            ),
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Els Janssens: haar initialen op een petrolblauwe "
                "achtergrond"
            ),
            "fr": "Portrait illustré d’Els Janssens : ses initiales sur un fond bleu canard",
            "de": (
                "Illustriertes Porträt von Els Janssens: ihre Initialen auf petrolfarbenem "
                "Hintergrund"
            ),
            "en": "Illustrated portrait of Els Janssens: her initials on a teal background",
        },
        "colour": "teal",
        "video_url": "",
        "transcript": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "consent_date": "2025-11-04",
        "consent_expires": None,
        "trainings": [
            "vl-digital-restart-microsoft-365-for-women-antwerpen",
            "vl-coding-weekend-for-women-antwerpen",
            "vl-junior-web-developer-bootcamp-antwerpen",
        ],
        "initiatives": [],
    },
    {
        "slug": "lea-cybersecurity-analyst",
        "owner": "technobel",
        "name": "Léa Lambert",
        "employer": {
            "nl": "een aanbieder van beheerde beveiligingsdiensten in Namen",
            "fr": "un prestataire de services de sécurité managés à Namur",
            "de": "ein Anbieter verwalteter Sicherheitsdienste in Namur",
            "en": "a managed security services provider in Namur",
        },
        "sector": "ict",
        "career_path": "graduate",
        "region": "wallonia",
        "featured": False,
        "role": {
            "nl": "Junior cybersecurityanalist",
            "fr": "Analyste en cybersécurité junior",
            "de": "Junior-Analystin für Cybersicherheit",
            "en": "Junior cybersecurity analyst",
        },
        "quote": {
            "nl": (
                "Elke melding is een klein onderzoek. Ik hou van dat moment waarop ik begrijp wat "
                "er echt gebeurd is."
            ),
            "fr": (
                "Chaque alerte est une petite enquête. J’aime le moment où je comprends ce qui "
                "s’est vraiment passé."
            ),
            "de": (
                "Jede Warnmeldung ist eine kleine Ermittlung. Ich mag den Moment, in dem ich "
                "verstehe, was wirklich passiert ist."
            ),
            "en": (
                "Every alert is a small investigation. I love the moment when I understand what "
                "really happened."
            ),
        },
        "story": {
            "nl": (
                "<p>Ik ben 23 en heb een bachelor netwerken en telecommunicatie behaald aan een "
                "hogeschool in Namen. Tijdens mijn stage zag ik hoe een phishingmail een heel "
                "bedrijf twee dagen platlegde. Vanaf toen wist ik dat ik in beveiliging wilde "
                "werken.</p>"
                "<p>Om me te specialiseren volgde ik na mijn diploma de opleiding "
                "<strong>cybersecuritytechnicus</strong> in Ciney. We werkten in een oefenomgeving "
                "waar we aanvallen moesten opsporen en stoppen. Ik was de enige vrouw in mijn "
                "groep. De eerste weken durfde ik weinig te vragen, tot ik merkte dat mijn "
                "medecursisten met precies dezelfde vragen zaten.</p>"
                "<p>Nu werk ik als junior analist in het <em>security operations center</em> van "
                "een dienstverlener in Namen. Ik volg de meldingen op die binnenkomen bij onze "
                "klanten, vooral gemeenten en kmo’s. Ik onderzoek verdachte e-mails die "
                "medewerkers doorsturen, controleer vreemde aanmeldingen en schrijf voor elk "
                "incident een helder verslag. Eén week per maand heb ik wachtdienst.</p>"
                "<p>Mijn tip: doe mee aan <em>capture the flag</em>-wedstrijden. Je leert er in "
                "een weekend meer dan uit een boek, en je bouwt een netwerk op van mensen die je "
                "later om raad kunt vragen.</p>"
            ),
            "fr": (
                "<p>J’ai 23 ans et j’ai obtenu un bachelier en réseaux et télécommunications dans "
                "une haute école namuroise. Pendant mon stage, j’ai vu un e-mail d’hameçonnage "
                "paralyser toute une entreprise pendant deux jours. À partir de là, j’ai su que je "
                "voulais travailler dans la sécurité.</p>"
                "<p>Pour me spécialiser, j’ai suivi après mon diplôme la formation de "
                "<strong>technicienne en cybersécurité</strong> à Ciney. Nous travaillions dans un "
                "environnement d’exercice où nous devions détecter et arrêter des attaques. "
                "J’étais la seule femme du groupe. Les premières semaines, j’osais peu poser de "
                "questions, jusqu’au jour où j’ai compris que les autres se posaient exactement "
                "les mêmes.</p>"
                "<p>Je suis aujourd’hui analyste junior dans le centre opérationnel de sécurité "
                "d’un prestataire namurois. Je suis les alertes de nos clients, surtout des "
                "communes et des PME. J’analyse les e-mails suspects que le personnel nous "
                "transfère, je vérifie les connexions inhabituelles et je rédige un rapport clair "
                "pour chaque incident. Une semaine par mois, je suis de garde.</p>"
                "<p>Mon conseil : participez à des compétitions de type <em>capture the flag</em>. "
                "On y apprend plus en un week-end que dans un livre, et on s’y constitue un réseau "
                "de personnes à qui demander conseil plus tard.</p>"
            ),
            "de": (
                "<p>Ich bin 23 und habe an einer Hochschule in Namur einen Bachelor in Netzwerken "
                "und Telekommunikation gemacht. Während meines Praktikums habe ich erlebt, wie "
                "eine Phishing-Mail ein ganzes Unternehmen zwei Tage lang lahmgelegt hat. Seitdem "
                "wusste ich, dass ich in der IT-Sicherheit arbeiten will.</p>"
                "<p>Um mich zu spezialisieren, habe ich nach dem Abschluss die Ausbildung zur "
                "<strong>Technikerin für Cybersicherheit</strong> in Ciney gemacht. Wir haben in "
                "einer Übungsumgebung gearbeitet, in der wir Angriffe erkennen und stoppen "
                "mussten. Ich war die einzige Frau in der Gruppe. In den ersten Wochen habe ich "
                "mich kaum getraut, Fragen zu stellen, bis ich gemerkt habe, dass die anderen "
                "genau dieselben Fragen hatten.</p>"
                "<p>Heute arbeite ich als Junior-Analystin im Sicherheitszentrum eines "
                "Dienstleisters in Namur. Ich verfolge die Warnmeldungen unserer Kunden, vor allem "
                "Gemeinden und kleine Unternehmen. Ich untersuche verdächtige E-Mails, die "
                "Mitarbeitende uns weiterleiten, prüfe ungewöhnliche Anmeldungen und schreibe zu "
                "jedem Vorfall einen klaren Bericht. Eine Woche im Monat habe ich "
                "Bereitschaftsdienst.</p>"
                "<p>Mein Tipp: Machen Sie bei <em>Capture-the-Flag</em>-Wettbewerben mit. Dort "
                "lernt man an einem Wochenende mehr als aus einem Buch, und man lernt Leute "
                "kennen, die man später um Rat fragen kann.</p>"
            ),
            "en": (
                "<p>I am 23 and I have a bachelor’s degree in networks and telecommunications from "
                "a university college in Namur. During my work placement I saw a single phishing "
                "email bring a whole company to a standstill for two days. From then on I knew I "
                "wanted to work in security.</p>"
                "<p>To specialise, I took the <strong>cybersecurity technician</strong> course in "
                "Ciney after graduating. We worked in a practice environment where we had to "
                "detect and stop attacks. I was the only woman in my group. For the first few "
                "weeks I hardly dared to ask questions, until I realised the others had exactly "
                "the same ones.</p>"
                "<p>I now work as a junior analyst in the security operations centre of a service "
                "provider in Namur. I follow up the alerts from our clients, mostly municipalities "
                "and small businesses. I analyse suspicious emails that staff forward to us, check "
                "unusual logins and write a clear report on every incident. One week a month I am "
                "on call.</p>"
                "<p>My tip: take part in <em>capture the flag</em> competitions. You learn more in "
                "one weekend than from a book, and you build a network of people you can ask for "
                "advice later.</p>"
            ),
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Léa Lambert: haar initialen op een pruimkleurige "
                "achtergrond"
            ),
            "fr": "Portrait illustré de Léa Lambert : ses initiales sur un fond prune",
            "de": (
                "Illustriertes Porträt von Léa Lambert: ihre Initialen auf pflaumenfarbenem "
                "Hintergrund"
            ),
            "en": "Illustrated portrait of Léa Lambert: her initials on a plum background",
        },
        "colour": "plum",
        "video_url": "",
        "transcript": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "consent_date": "2025-04-01",
        "consent_expires": "2027-03-31",
        "trainings": ["wal-cybersecurity-technician-ciney"],
        "initiatives": [],
    },
    {
        "slug": "nour-e-commerce-founder",
        "owner": "le-forem",
        "name": "Nour Haddad",
        "employer": {
            "nl": "Mouneh & Co",
            "fr": "Mouneh & Co",
            "de": "Mouneh & Co",
            "en": "Mouneh & Co",
        },
        "sector": "startup",
        "career_path": "entrepreneur",
        "region": "wallonia",
        "featured": True,
        "role": {
            "nl": "Oprichter van een webwinkel",
            "fr": "Fondatrice d’une boutique en ligne",
            "de": "Gründerin eines Onlineshops",
            "en": "Founder of an online shop",
        },
        "quote": {
            "nl": (
                "Op de markt kende ik al mijn klanten bij naam. Online moest ik leren om dat "
                "gevoel over te brengen met foto’s, teksten en een pakje dat op tijd aankomt."
            ),
            "fr": (
                "Au marché, je connaissais tous mes clients par leur prénom. En ligne, j’ai dû "
                "apprendre à transmettre la même chose avec des photos, des textes et un colis qui "
                "arrive à temps."
            ),
            "de": (
                "Auf dem Markt kannte ich alle meine Kundinnen und Kunden beim Namen. Online "
                "musste ich lernen, dasselbe Gefühl mit Fotos, Texten und einem Paket zu "
                "vermitteln, das pünktlich ankommt."
            ),
            "en": (
                "At the market I knew all my customers by name. Online I had to learn to convey "
                "the same feeling with photos, words and a parcel that arrives on time."
            ),
        },
        "story": {
            "nl": (
                "<p>Ik kwam in 2016 uit Aleppo naar België. In Syrië had ik handelswetenschappen "
                "gestudeerd, maar hier begon ik opnieuw: eerst Frans leren, daarna op zaterdag een "
                "kraam op de markt van Bergen met kruidenmengsels en ingemaakte groenten volgens "
                "de recepten van mijn grootmoeder.</p>"
                "<p>Toen de markten tijdens de coronacrisis stillagen, vroegen klanten of ze "
                "online konden bestellen. Ik had geen idee hoe. In een workshop voor vrouwelijke "
                "ondernemers leerde ik stap voor stap een webwinkel opzetten, en in een webinar "
                "van de FOD Economie ontdekte ik wat ik wettelijk moest vermelden: het "
                "herroepingsrecht, de algemene voorwaarden, prijzen inclusief btw. Daarna volgde "
                "ik in mijn eigen tempo een cursus onlinemarketing.</p>"
                "<p>Vandaag draait Mouneh &amp; Co vooral online. ’s Ochtends pak ik bestellingen "
                "in, ’s middags maak ik productfoto’s aan het raam van mijn keuken en beantwoord "
                "ik berichten op Instagram. Eén keer per week bekijk ik de cijfers: welke "
                "producten worden samen gekocht, waar haken mensen af in het bestelproces?</p>"
                "<p>Het moeilijkste waren de verzendkosten: glazen potten zijn zwaar en breekbaar. "
                "Mijn tip: begin met één product en test alles, van de verpakking tot de betaling, "
                "bij vrienden voor je de winkel opent.</p>"
            ),
            "fr": (
                "<p>Je suis arrivée d’Alep en Belgique en 2016. En Syrie, j’avais étudié le "
                "commerce, mais ici j’ai tout recommencé : d’abord apprendre le français, puis "
                "tenir le samedi un stand au marché de Mons, avec des mélanges d’épices et des "
                "conserves de légumes préparés selon les recettes de ma grand-mère.</p>"
                "<p>Quand les marchés se sont arrêtés pendant la crise du coronavirus, des clients "
                "m’ont demandé s’ils pouvaient commander en ligne. Je ne savais pas comment faire. "
                "Dans un atelier pour femmes entrepreneures, j’ai appris pas à pas à lancer une "
                "boutique en ligne, et un webinaire du SPF Économie m’a expliqué ce que je devais "
                "mentionner légalement : le droit de rétractation, les conditions générales, les "
                "prix TVA comprise. J’ai ensuite suivi à mon rythme un cours de marketing en "
                "ligne.</p>"
                "<p>Aujourd’hui, Mouneh &amp; Co vend surtout en ligne. Le matin, je prépare les "
                "commandes ; l’après-midi, je photographie les produits près de la fenêtre de ma "
                "cuisine et je réponds aux messages sur Instagram. Une fois par semaine, je "
                "regarde les chiffres : quels produits sont achetés ensemble, à quel moment les "
                "gens abandonnent-ils leur commande ?</p>"
                "<p>Le plus compliqué, ce sont les frais d’envoi : les bocaux en verre sont lourds "
                "et fragiles. Mon conseil : commencez avec un seul produit et testez tout avec des "
                "amis, de l’emballage au paiement, avant d’ouvrir la boutique.</p>"
            ),
            "de": (
                "<p>Ich bin 2016 aus Aleppo nach Belgien gekommen. In Syrien hatte ich "
                "Betriebswirtschaft studiert, aber hier habe ich von vorne angefangen: zuerst "
                "Französisch lernen, dann samstags ein Stand auf dem Markt in Mons, mit "
                "Gewürzmischungen und eingelegtem Gemüse nach den Rezepten meiner Großmutter.</p>"
                "<p>Als die Märkte während der Coronakrise ausfielen, fragten mich Kundinnen, ob "
                "sie online bestellen könnten. Ich wusste nicht, wie das geht. In einem Workshop "
                "für Unternehmerinnen habe ich Schritt für Schritt gelernt, einen Onlineshop "
                "einzurichten, und in einem Webinar des FÖD Wirtschaft habe ich erfahren, was ich "
                "gesetzlich angeben muss: das Widerrufsrecht, die Allgemeinen "
                "Geschäftsbedingungen, Preise inklusive Mehrwertsteuer. Danach habe ich in meinem "
                "eigenen Tempo einen Kurs in Onlinemarketing gemacht.</p>"
                "<p>Heute verkauft Mouneh &amp; Co hauptsächlich online. Morgens packe ich die "
                "Bestellungen, nachmittags fotografiere ich die Produkte am Küchenfenster und "
                "beantworte Nachrichten auf Instagram. Einmal pro Woche schaue ich mir die Zahlen "
                "an: Welche Produkte werden zusammen gekauft, an welcher Stelle brechen Leute ihre "
                "Bestellung ab?</p>"
                "<p>Am schwierigsten waren die Versandkosten: Gläser sind schwer und zerbrechlich. "
                "Mein Tipp: Fangen Sie mit einem einzigen Produkt an und testen Sie alles mit "
                "Freunden, von der Verpackung bis zur Bezahlung, bevor Sie den Shop eröffnen.</p>"
            ),
            "en": (
                "<p>I came to Belgium from Aleppo in 2016. I had studied business in Syria, but "
                "here I started again from scratch: first learning French, then running a Saturday "
                "stall at the market in Mons, selling spice blends and pickled vegetables made "
                "from my grandmother’s recipes.</p>"
                "<p>When the markets stopped during the COVID-19 crisis, customers asked whether "
                "they could order online. I had no idea how. In a workshop for women entrepreneurs "
                "I learnt step by step how to set up an online shop, and a webinar by the FPS "
                "Economy explained what I was legally required to state: the right of withdrawal, "
                "the terms and conditions, prices including VAT. After that I took an online "
                "marketing course at my own pace.</p>"
                "<p>Today Mouneh &amp; Co sells mostly online. In the morning I pack orders; in "
                "the afternoon I photograph products by my kitchen window and answer messages on "
                "Instagram. Once a week I look at the figures: which products are bought together, "
                "and at what point do people abandon their order?</p>"
                "<p>The hardest part was shipping costs: glass jars are heavy and fragile. My tip: "
                "start with a single product and test everything with friends, from the packaging "
                "to the payment, before you open your shop.</p>"
            ),
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Nour Haddad: haar initialen op een goudkleurige "
                "achtergrond"
            ),
            "fr": "Portrait illustré de Nour Haddad : ses initiales sur un fond doré",
            "de": (
                "Illustriertes Porträt von Nour Haddad: ihre Initialen auf goldfarbenem Hintergrund"
            ),
            "en": "Illustrated portrait of Nour Haddad: her initials on a gold background",
        },
        "colour": "gold",
        "video_url": "",
        "transcript": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "consent_date": "2025-09-15",
        "consent_expires": None,
        "trainings": [
            "wal-online-shop-workshop-women-entrepreneurs-mons",
            "wal-fps-economy-webshop-legal-obligations-webinar",
            "wal-online-marketing-small-businesses-self-paced",
        ],
        "initiatives": [],
    },
    {
        "slug": "katarzyna-ai-researcher",
        "owner": "digitaal-vlaanderen",
        "name": "Katarzyna Nowak",
        "employer": {
            "nl": "een Vlaamse universiteit",
            "fr": "une université flamande",
            "de": "eine flämische Universität",
            "en": "a Flemish university",
        },
        "sector": "research",
        "career_path": "researcher",
        "region": "flanders",
        "featured": True,
        "role": {
            "nl": "Onderzoeker artificiële intelligentie",
            "fr": "Chercheuse en intelligence artificielle",
            "de": "Forscherin für künstliche Intelligenz",
            "en": "AI researcher",
        },
        "quote": {
            "nl": (
                "Spraakherkenning werkt goed voor wie praat zoals de data waarmee ze getraind is. "
                "Ik wil dat ze ook werkt voor wie anders praat."
            ),
            "fr": (
                "La reconnaissance vocale fonctionne bien pour ceux qui parlent comme les données "
                "qui ont servi à l’entraîner. Je veux qu’elle fonctionne aussi pour ceux qui "
                "parlent autrement."
            ),
            "de": (
                "Spracherkennung funktioniert gut für Menschen, die so sprechen wie die Daten, mit "
                "denen sie trainiert wurde. Ich möchte, dass sie auch für Menschen funktioniert, "
                "die anders sprechen."
            ),
            "en": (
                "Speech recognition works well for people who speak like the data it was trained "
                "on. I want it to work for people who speak differently too."
            ),
        },
        "story": {
            "nl": (
                "<p>Ik was tien toen mijn ouders van Wrocław naar Leuven verhuisden. Nederlands "
                "was mijn derde taal, en misschien ben ik daarom zo geboeid geraakt door hoe "
                "computers taal verwerken. Na een master computerwetenschappen begon ik aan een "
                "doctoraat aan een Vlaamse universiteit.</p>"
                "<p>Mijn onderzoek gaat over <strong>spraakherkenning voor mensen met een "
                "spraakstoornis</strong>, bijvoorbeeld na een beroerte of bij de ziekte van "
                "Parkinson. Standaardsystemen begrijpen hen vaak niet. Ik train modellen die zich "
                "aanpassen aan één stem met weinig opnames, zodat iemand zijn telefoon of "
                "thuisomgeving opnieuw met de stem kan bedienen.</p>"
                "<p>Een gewone week is een mix van programmeren, experimenten op de rekencluster, "
                "artikels lezen en overleg met logopedisten. Het moeilijkste? Afwijzingen. Mijn "
                "eerste artikel werd twee keer geweigerd. Ik heb geleerd dat kritiek van reviewers "
                "over het werk gaat, niet over mij.</p>"
                "<p>Via Be Digital Together ga ik geregeld naar secundaire scholen om te vertellen "
                "wat AI-onderzoek echt inhoudt. Mijn tip voor meisjes en vrouwen: stuur gerust een "
                "mail naar een onderzoeker wiens werk je interessant vindt. De meesten antwoorden "
                "graag.</p>"
            ),
            "fr": (
                "<p>J’avais dix ans quand mes parents ont quitté Wrocław pour Louvain. Le "
                "néerlandais était ma troisième langue, et c’est peut-être pour cela que je me "
                "suis passionnée pour la façon dont les ordinateurs traitent le langage. Après un "
                "master en informatique, j’ai commencé un doctorat dans une université "
                "flamande.</p>"
                "<p>Mes recherches portent sur la <strong>reconnaissance vocale pour les personnes "
                "atteintes de troubles de la parole</strong>, par exemple après un AVC ou en cas "
                "de maladie de Parkinson. Les systèmes standard les comprennent souvent mal. "
                "J’entraîne des modèles qui s’adaptent à une voix à partir de peu "
                "d’enregistrements, pour qu’une personne puisse à nouveau commander son téléphone "
                "ou sa maison par la voix.</p>"
                "<p>Une semaine ordinaire mélange programmation, expériences sur le cluster de "
                "calcul, lecture d’articles et réunions avec des logopèdes. Le plus difficile ? "
                "Les refus. Mon premier article a été rejeté deux fois. J’ai appris que les "
                "critiques des relecteurs portent sur le travail, pas sur moi.</p>"
                "<p>Avec Be Digital Together, je vais régulièrement dans des écoles secondaires "
                "pour expliquer en quoi consiste vraiment la recherche en IA. Mon conseil aux "
                "filles et aux femmes : n’hésitez pas à écrire à une chercheuse ou à un chercheur "
                "dont le travail vous intéresse. La plupart répondent volontiers.</p>"
            ),
            "de": (
                "<p>Ich war zehn, als meine Eltern von Wrocław nach Löwen zogen. Niederländisch "
                "war meine dritte Sprache, und vielleicht hat mich deshalb so fasziniert, wie "
                "Computer Sprache verarbeiten. Nach einem Master in Informatik habe ich an einer "
                "flämischen Universität mit meiner Doktorarbeit begonnen.</p>"
                "<p>Ich forsche zur <strong>Spracherkennung für Menschen mit "
                "Sprechstörungen</strong>, zum Beispiel nach einem Schlaganfall oder bei "
                "Parkinson. Standardsysteme verstehen sie oft nicht. Ich trainiere Modelle, die "
                "sich mit wenigen Aufnahmen an eine einzelne Stimme anpassen, damit jemand sein "
                "Telefon oder sein Zuhause wieder per Sprache bedienen kann.</p>"
                "<p>Eine normale Woche ist eine Mischung aus Programmieren, Experimenten auf dem "
                "Rechencluster, Fachartikeln und Besprechungen mit Logopädinnen und Logopäden. Das "
                "Schwierigste? Absagen. Mein erster Artikel wurde zweimal abgelehnt. Ich habe "
                "gelernt, dass sich die Kritik der Gutachter auf die Arbeit bezieht, nicht auf "
                "mich.</p>"
                "<p>Mit Be Digital Together besuche ich regelmäßig Sekundarschulen und erzähle, "
                "wie KI-Forschung wirklich aussieht. Mein Tipp an Mädchen und Frauen: Schreiben "
                "Sie ruhig eine E-Mail an eine Forscherin oder einen Forscher, deren Arbeit Sie "
                "interessiert. Die meisten antworten gern.</p>"
            ),
            "en": (
                "<p>I was ten when my parents moved from Wrocław to Leuven. Dutch was my third "
                "language, and perhaps that is why I became fascinated by how computers process "
                "language. After a master’s in computer science I started a PhD at a Flemish "
                "university.</p>"
                "<p>My research is on <strong>speech recognition for people with speech "
                "disorders</strong>, for example after a stroke or with Parkinson’s disease. "
                "Standard systems often fail to understand them. I train models that adapt to a "
                "single voice from only a few recordings, so that someone can control their phone "
                "or home by voice again.</p>"
                "<p>A normal week is a mix of programming, experiments on the computing cluster, "
                "reading papers and meetings with speech therapists. The hardest part? Rejection. "
                "My first paper was turned down twice. I have learnt that reviewers’ criticism is "
                "about the work, not about me.</p>"
                "<p>Through Be Digital Together I regularly visit secondary schools to explain "
                "what AI research really involves. My tip for girls and women: feel free to email "
                "a researcher whose work interests you. Most of them are happy to reply.</p>"
            ),
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Katarzyna Nowak: haar initialen op een blauwe "
                "achtergrond"
            ),
            "fr": "Portrait illustré de Katarzyna Nowak : ses initiales sur un fond bleu",
            "de": (
                "Illustriertes Porträt von Katarzyna Nowak: ihre Initialen auf blauem Hintergrund"
            ),
            "en": "Illustrated portrait of Katarzyna Nowak: her initials on a blue background",
        },
        "colour": "blue",
        "video_url": "https://www.youtube-nocookie.com/embed/Zp7wN3cHf0E",
        "transcript": {
            "nl": (
                "Ik ben Katarzyna en ik doe onderzoek naar artificiële intelligentie aan een "
                "Vlaamse universiteit. Ik werk aan spraakherkenning voor mensen die moeilijk "
                "spreken, bijvoorbeeld na een beroerte. Systemen die je op je telefoon vindt, "
                "begrijpen hen vaak niet. Ik probeer modellen te maken die zich aan één stem "
                "aanpassen. Als je nieuwsgierig bent en graag puzzelt, is onderzoek een mooie plek "
                "om te werken."
            ),
            "fr": (
                "Je m’appelle Katarzyna et je fais de la recherche en intelligence artificielle "
                "dans une université flamande. Je travaille sur la reconnaissance vocale pour les "
                "personnes qui ont des difficultés à parler, par exemple après un AVC. Les "
                "systèmes que l’on trouve sur nos téléphones les comprennent souvent mal. J’essaie "
                "de créer des modèles qui s’adaptent à une seule voix. Si vous êtes curieuse et "
                "que vous aimez les casse-têtes, la recherche est un bel endroit pour travailler."
            ),
            "de": (
                "Ich heiße Katarzyna und forsche an einer flämischen Universität zu künstlicher "
                "Intelligenz. Ich arbeite an Spracherkennung für Menschen, denen das Sprechen "
                "schwerfällt, zum Beispiel nach einem Schlaganfall. Die Systeme auf unseren "
                "Telefonen verstehen sie oft nicht. Ich versuche, Modelle zu entwickeln, die sich "
                "an eine einzelne Stimme anpassen. Wenn Sie neugierig sind und gerne knobeln, ist "
                "die Forschung ein schöner Arbeitsplatz."
            ),
            "en": (
                "My name is Katarzyna and I do research in artificial intelligence at a Flemish "
                "university. I work on speech recognition for people who find it hard to speak, "
                "for example after a stroke. The systems on our phones often do not understand "
                "them. I try to build models that adapt to a single voice. If you are curious and "
                "enjoy puzzles, research is a great place to work."
            ),
        },
        "consent_date": "2025-10-20",
        "consent_expires": None,
        "trainings": [],
        "initiatives": ["be-digital-together"],
    },
    {
        "slug": "ayse-it-team-leader",
        "owner": "agoria",
        "name": "Ayşe Demir",
        "employer": {
            "nl": "een Belgische bank",
            "fr": "une banque belge",
            "de": "eine belgische Bank",
            "en": "a Belgian bank",
        },
        "sector": "finance",
        "career_path": "leader",
        "region": "brussels",
        "featured": True,
        "role": {
            "nl": "Teamleider IT",
            "fr": "Cheffe d’équipe IT",
            "de": "IT-Teamleiterin",
            "en": "IT team leader",
        },
        "quote": {
            "nl": (
                "Als teamleider schrijf ik zelf nog weinig code. Mijn werk is ervoor zorgen dat "
                "negen mensen dat in alle rust goed kunnen doen."
            ),
            "fr": (
                "Comme cheffe d’équipe, j’écris moi-même peu de code. Mon travail, c’est de faire "
                "en sorte que neuf personnes puissent bien le faire, sereinement."
            ),
            "de": (
                "Als Teamleiterin schreibe ich selbst kaum noch Code. Meine Aufgabe ist es, dass "
                "neun Menschen das in Ruhe gut machen können."
            ),
            "en": (
                "As a team leader I write very little code myself. My job is to make sure nine "
                "people can do it well, without unnecessary pressure."
            ),
        },
        "story": {
            "nl": (
                "<p>Mijn ouders kwamen in de jaren zeventig uit Kayseri naar Schaarbeek. Ik "
                "studeerde voor burgerlijk ingenieur in de computerwetenschappen en begon als "
                "ontwikkelaar bij een bank. Vijftien jaar lang schreef ik software voor "
                "betalingen, van de oude mainframesystemen tot moderne webtoepassingen.</p>"
                "<p>Vijf jaar geleden werd ik <strong>teamleider</strong> van het team dat de "
                "betaalsystemen onderhoudt. Het moeilijkste was de overgang: plots moest ik "
                "feedback geven aan collega’s met wie ik jarenlang samen had geprogrammeerd. Ik "
                "heb een interne leiderschapsopleiding gevolgd, maar vooral veel geleerd van een "
                "mentor, een collega die me elke maand een uur vrijmaakte.</p>"
                "<p>Mijn dagen bestaan uit planning met de business, gesprekken met mijn "
                "teamleden, beslissingen over prioriteiten en af en toe een incident ’s avonds. Ik "
                "werk vier vijfde, omdat ik ook voor mijn ouders zorg. Dat heb ik van in het begin "
                "duidelijk gezegd, en het is nooit een probleem geweest.</p>"
                "<p>Mijn tip: zoek een vrouw die een paar stappen verder staat en stel haar één "
                "concrete vraag. Niet: hoe word ik manager? Maar: hoe heb jij je eerste moeilijke "
                "gesprek aangepakt?</p>"
            ),
            "fr": (
                "<p>Mes parents sont arrivés de Kayseri à Schaerbeek dans les années septante. "
                "J’ai fait des études d’ingénieure civile en informatique et j’ai commencé comme "
                "développeuse dans une banque. Pendant quinze ans, j’ai écrit des logiciels de "
                "paiement, des vieux systèmes mainframe aux applications web modernes.</p>"
                "<p>Il y a cinq ans, je suis devenue <strong>cheffe de l’équipe</strong> qui "
                "assure la maintenance des systèmes de paiement. Le plus dur a été la transition : "
                "du jour au lendemain, je devais donner du feedback à des collègues avec qui "
                "j’avais programmé pendant des années. J’ai suivi une formation interne au "
                "leadership, mais j’ai surtout beaucoup appris d’une mentore, une collègue qui me "
                "consacrait une heure chaque mois.</p>"
                "<p>Mes journées, ce sont des réunions de planification avec les métiers, des "
                "entretiens avec les membres de mon équipe, des arbitrages sur les priorités et, "
                "de temps en temps, un incident le soir. Je travaille à quatre cinquièmes, car je "
                "m’occupe aussi de mes parents. Je l’ai dit clairement dès le début, et cela n’a "
                "jamais posé de problème.</p>"
                "<p>Mon conseil : trouvez une femme qui a quelques étapes d’avance sur vous et "
                "posez-lui une question concrète. Pas : comment devenir manager ? Mais : comment "
                "as-tu abordé ta première conversation difficile ?</p>"
            ),
            "de": (
                "<p>Meine Eltern kamen in den Siebzigerjahren aus Kayseri nach Schaerbeek. Ich "
                "habe ein Ingenieurstudium in Informatik abgeschlossen und als Entwicklerin bei "
                "einer Bank angefangen. Fünfzehn Jahre lang habe ich Software für den "
                "Zahlungsverkehr geschrieben, von alten Großrechnersystemen bis zu modernen "
                "Webanwendungen.</p>"
                "<p>Vor fünf Jahren wurde ich <strong>Leiterin des Teams</strong>, das die "
                "Zahlungssysteme betreut. Am schwierigsten war der Übergang: Plötzlich musste ich "
                "Kolleginnen und Kollegen Feedback geben, mit denen ich jahrelang zusammen "
                "programmiert hatte. Ich habe eine interne Führungsschulung gemacht, aber am "
                "meisten von einer Mentorin gelernt, einer Kollegin, die sich jeden Monat eine "
                "Stunde Zeit für mich nahm.</p>"
                "<p>Meine Tage bestehen aus Planungsrunden mit den Fachabteilungen, Gesprächen mit "
                "meinem Team, Entscheidungen über Prioritäten und ab und zu einem Störfall am "
                "Abend. Ich arbeite in Teilzeit zu 80 Prozent, weil ich mich auch um meine Eltern "
                "kümmere. Das habe ich von Anfang an klar gesagt, und es war nie ein Problem.</p>"
                "<p>Mein Tipp: Suchen Sie sich eine Frau, die ein paar Schritte weiter ist, und "
                "stellen Sie ihr eine konkrete Frage. Nicht: Wie werde ich Führungskraft? Sondern: "
                "Wie bist du dein erstes schwieriges Gespräch angegangen?</p>"
            ),
            "en": (
                "<p>My parents came to Schaerbeek from Kayseri in the 1970s. I studied computer "
                "science engineering and started as a developer at a bank. For fifteen years I "
                "wrote payment software, from old mainframe systems to modern web applications.</p>"
                "<p>Five years ago I became <strong>leader of the team</strong> that maintains the "
                "payment systems. The hardest part was the transition: suddenly I had to give "
                "feedback to colleagues I had been programming with for years. I took an internal "
                "leadership course, but I learnt most from a mentor, a colleague who set aside an "
                "hour for me every month.</p>"
                "<p>My days consist of planning with the business side, one-to-one conversations "
                "with my team, decisions about priorities and, now and then, an incident in the "
                "evening. I work four days a week because I also care for my parents. I said so "
                "clearly from the start, and it has never been a problem.</p>"
                "<p>My tip: find a woman a few steps ahead of you and ask her one concrete "
                "question. Not: how do I become a manager? But: how did you handle your first "
                "difficult conversation?</p>"
            ),
        },
        "portrait_alt": {
            "nl": "Geïllustreerd portret van Ayşe Demir: haar initialen op een groene achtergrond",
            "fr": "Portrait illustré d’Ayşe Demir : ses initiales sur un fond vert",
            "de": "Illustriertes Porträt von Ayşe Demir: ihre Initialen auf grünem Hintergrund",
            "en": "Illustrated portrait of Ayşe Demir: her initials on a green background",
        },
        "colour": "green",
        "video_url": "",
        "transcript": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "consent_date": "2026-01-12",
        "consent_expires": None,
        "trainings": [],
        "initiatives": ["be-digital-together"],
    },
    {
        "slug": "hanne-cloud-engineer",
        "owner": "vdab",
        "name": "Hanne De Smet",
        "employer": {
            "nl": "een IT-dienstenbedrijf in Mechelen",
            "fr": "une société de services informatiques à Malines",
            "de": "ein IT-Dienstleister in Mechelen",
            "en": "an IT services company in Mechelen",
        },
        "sector": "ict",
        "career_path": "career_switcher",
        "region": "flanders",
        "featured": False,
        "role": {
            "nl": "Cloudengineer",
            "fr": "Ingénieure cloud",
            "de": "Cloud-Ingenieurin",
            "en": "Cloud engineer",
        },
        "quote": {
            "nl": (
                "Als vertaler leerde ik dat elk woord in een context staat. In de cloud is dat "
                "niet anders: een instelling betekent pas iets als je weet waarvoor ze dient."
            ),
            "fr": (
                "Comme traductrice, j’ai appris que chaque mot vit dans un contexte. Dans le "
                "cloud, c’est pareil : un paramètre n’a de sens que si l’on sait à quoi il sert."
            ),
            "de": (
                "Als Übersetzerin habe ich gelernt, dass jedes Wort in einem Kontext steht. In der "
                "Cloud ist das nicht anders: Eine Einstellung ergibt erst Sinn, wenn man weiß, "
                "wozu sie dient."
            ),
            "en": (
                "As a translator I learnt that every word lives in a context. The cloud is no "
                "different: a setting only makes sense once you know what it is for."
            ),
        },
        "story": {
            "nl": (
                "<p>Ik studeerde vertaalkunde, Engels en Spaans, en werkte drie jaar bij een "
                "vertaalbureau. Daar belandde ik steeds vaker bij de technische kant: "
                "vertaalgeheugens beheren, bestanden automatisch laten omzetten, problemen met "
                "servers melden. Ik merkte dat ik dat eigenlijk leuker vond dan het vertalen "
                "zelf.</p>"
                "<p>Via de VDAB volgde ik in Mechelen een opleiding ter voorbereiding op het "
                "examen <strong>Microsoft Azure Fundamentals</strong>. Netwerken waren voor mij "
                "het moeilijkste: subnetten en IP-adressen bleven lang abstract. Wat hielp, was "
                "een eigen testomgeving met gratis credits, waarin ik alles drie keer stuk maakte "
                "en opnieuw opbouwde.</p>"
                "<p>Nu werk ik als cloudengineer bij een IT-dienstverlener. Ik help klanten, vaak "
                "kmo’s, om hun servers naar de cloud te verhuizen. Ik schrijf de infrastructuur "
                "uit in code, stel monitoring in en zorg dat de kosten niet ontsporen. Mijn "
                "talenkennis gebruik ik elke dag: in documentatie, in mails naar klanten en om uit "
                "te leggen wat we doen zonder vakjargon.</p>"
                "<p>Mijn tip: behandel een nieuwe technologie zoals een nieuwe taal. Leer eerst de "
                "basiswoorden, oefen elke dag een beetje en wees niet bang om fouten te maken.</p>"
            ),
            "fr": (
                "<p>J’ai étudié la traduction, anglais et espagnol, et j’ai travaillé trois ans "
                "dans une agence de traduction. Je me retrouvais de plus en plus souvent du côté "
                "technique : gérer les mémoires de traduction, automatiser la conversion des "
                "fichiers, signaler les problèmes de serveurs. Je me suis rendu compte que cela me "
                "plaisait plus que la traduction elle-même.</p>"
                "<p>Par le VDAB, j’ai suivi à Malines une formation de préparation à l’examen "
                "<strong>Microsoft Azure Fundamentals</strong>. Le plus difficile pour moi, "
                "c’étaient les réseaux : les sous-réseaux et les adresses IP sont longtemps restés "
                "abstraits. Ce qui m’a aidée, c’est mon propre environnement de test avec des "
                "crédits gratuits, où j’ai tout cassé et reconstruit trois fois.</p>"
                "<p>Je suis maintenant ingénieure cloud chez un prestataire de services "
                "informatiques. J’aide des clients, souvent des PME, à migrer leurs serveurs vers "
                "le cloud. Je décris l’infrastructure sous forme de code, je mets en place la "
                "surveillance et je veille à ce que les coûts ne s’envolent pas. Mes langues me "
                "servent tous les jours : dans la documentation, dans les e-mails aux clients et "
                "pour expliquer ce que nous faisons sans jargon.</p>"
                "<p>Mon conseil : abordez une nouvelle technologie comme une nouvelle langue. "
                "Apprenez d’abord le vocabulaire de base, pratiquez un peu chaque jour et n’ayez "
                "pas peur de vous tromper.</p>"
            ),
            "de": (
                "<p>Ich habe Übersetzen studiert, Englisch und Spanisch, und drei Jahre in einem "
                "Übersetzungsbüro gearbeitet. Dort landete ich immer öfter auf der technischen "
                "Seite: Translation Memorys verwalten, Dateien automatisch umwandeln lassen, "
                "Serverprobleme melden. Ich habe gemerkt, dass mir das eigentlich mehr Spaß machte "
                "als das Übersetzen selbst.</p>"
                "<p>Über den VDAB habe ich in Mecheln einen Vorbereitungskurs für die Prüfung "
                "<strong>Microsoft Azure Fundamentals</strong> besucht. Am schwierigsten waren für "
                "mich Netzwerke: Subnetze und IP-Adressen blieben lange abstrakt. Geholfen hat "
                "eine eigene Testumgebung mit kostenlosem Guthaben, in der ich alles dreimal "
                "kaputt gemacht und neu aufgebaut habe.</p>"
                "<p>Heute arbeite ich als Cloud-Ingenieurin bei einem IT-Dienstleister. Ich helfe "
                "Kunden, oft kleinen und mittleren Unternehmen, ihre Server in die Cloud zu "
                "verlagern. Ich beschreibe die Infrastruktur als Code, richte die Überwachung ein "
                "und achte darauf, dass die Kosten nicht aus dem Ruder laufen. Meine "
                "Sprachkenntnisse brauche ich jeden Tag: in der Dokumentation, in E-Mails an "
                "Kunden und um ohne Fachjargon zu erklären, was wir tun.</p>"
                "<p>Mein Tipp: Gehen Sie an eine neue Technologie heran wie an eine neue Sprache. "
                "Lernen Sie zuerst die Grundwörter, üben Sie jeden Tag ein bisschen und haben Sie "
                "keine Angst vor Fehlern.</p>"
            ),
            "en": (
                "<p>I studied translation, English and Spanish, and worked for three years at a "
                "translation agency. I found myself more and more on the technical side: managing "
                "translation memories, automating file conversions, reporting server problems. I "
                "realised I actually enjoyed that more than the translating itself.</p>"
                "<p>Through VDAB I took a course in Mechelen to prepare for the <strong>Microsoft "
                "Azure Fundamentals</strong> exam. Networking was the hardest part for me: subnets "
                "and IP addresses stayed abstract for a long time. What helped was my own test "
                "environment with free credits, where I broke everything and rebuilt it three "
                "times.</p>"
                "<p>I now work as a cloud engineer at an IT services company. I help clients, "
                "often small and medium-sized businesses, move their servers to the cloud. I "
                "describe the infrastructure as code, set up monitoring and make sure costs do not "
                "spiral. I use my languages every day: in documentation, in emails to clients and "
                "to explain what we do without jargon.</p>"
                "<p>My tip: approach a new technology the way you would a new language. Learn the "
                "basic vocabulary first, practise a little every day and do not be afraid of "
                "making mistakes.</p>"
            ),
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Hanne De Smet: haar initialen op een petrolblauwe "
                "achtergrond"
            ),
            "fr": "Portrait illustré de Hanne De Smet : ses initiales sur un fond bleu canard",
            "de": (
                "Illustriertes Porträt von Hanne De Smet: ihre Initialen auf petrolfarbenem "
                "Hintergrund"
            ),
            "en": "Illustrated portrait of Hanne De Smet: her initials on a teal background",
        },
        "colour": "teal",
        "video_url": "",
        "transcript": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "consent_date": "2025-06-23",
        "consent_expires": None,
        "trainings": ["vl-azure-fundamentals-certification-prep-mechelen"],
        "initiatives": [],
    },
    {
        "slug": "sophie-digital-project-manager",
        "owner": "fps-economy",
        "name": "Sophie Mertens",
        "employer": {
            "nl": "een federale overheidsdienst",
            "fr": "un service public fédéral",
            "de": "ein föderaler öffentlicher Dienst",
            "en": "a federal public service",
        },
        "sector": "public_sector",
        "career_path": "career_switcher",
        "region": "federal",
        "featured": False,
        "role": {
            "nl": "Projectleider digitale dienstverlening",
            "fr": "Cheffe de projet numérique",
            "de": "Projektleiterin für digitale Dienste",
            "en": "Digital project manager",
        },
        "quote": {
            "nl": (
                "Een onlineformulier is pas klaar als een zelfstandige het om tien uur ’s avonds "
                "kan invullen zonder te bellen."
            ),
            "fr": (
                "Un formulaire en ligne n’est terminé que lorsqu’une indépendante peut le remplir "
                "à dix heures du soir sans devoir téléphoner."
            ),
            "de": (
                "Ein Onlineformular ist erst fertig, wenn eine Selbstständige es abends um zehn "
                "ausfüllen kann, ohne anrufen zu müssen."
            ),
            "en": (
                "An online form is only finished when a self-employed person can fill it in at ten "
                "at night without having to call us."
            ),
        },
        "story": {
            "nl": (
                "<p>Twaalf jaar lang was ik juriste bij een federale overheidsdienst. Ik schreef "
                "adviezen over regelgeving voor ondernemingen en zag telefonisch en per mail "
                "hoeveel vragen er kwamen over formulieren die niemand begreep. Toen er een "
                "project startte om een procedure volledig online te zetten, heb ik me kandidaat "
                "gesteld.</p>"
                "<p>Ik wist niets van sprints, <em>backlogs</em> of gebruikerstests. Ik volgde een "
                "avondcursus UX-design om te leren hoe je een dienst vanuit de gebruiker bekijkt, "
                "en een zelfstudiemodule over AI om de voorstellen van leveranciers beter te "
                "kunnen beoordelen. Het moeilijkste was leren zeggen: dit begrijp ik niet, leg het "
                "me nog eens uit.</p>"
                "<p>Vandaag ben ik <strong>projectleider</strong> van een nieuwe onlinedienst voor "
                "ondernemingen. Ik breng ontwikkelaars, juristen, de helpdesk en de "
                "communicatiedienst samen, schrijf de vereisten in eenvoudige taal en organiseer "
                "tests met echte zelfstandigen. Ik werk in het Nederlands en het Frans, soms in "
                "dezelfde vergadering.</p>"
                "<p>Mijn tip: onderschat je vakkennis niet. Een IT-team heeft iemand nodig die de "
                "regels én de mensen achter de regels kent. Die kennis kan je niet op zes maanden "
                "aanleren.</p>"
            ),
            "fr": (
                "<p>Pendant douze ans, j’ai été juriste dans un service public fédéral. Je "
                "rédigeais des avis sur la réglementation applicable aux entreprises et je voyais, "
                "au téléphone et par e-mail, combien de questions portaient sur des formulaires "
                "que personne ne comprenait. Quand un projet a démarré pour mettre une procédure "
                "entièrement en ligne, j’ai posé ma candidature.</p>"
                "<p>Je ne connaissais rien aux sprints, aux <em>backlogs</em> ni aux tests "
                "utilisateurs. J’ai suivi un cours du soir en UX design pour apprendre à regarder "
                "un service du point de vue de l’usager, et un module en autoformation sur l’IA "
                "pour mieux évaluer les propositions des fournisseurs. Le plus difficile a été "
                "d’apprendre à dire : je ne comprends pas, pouvez-vous me réexpliquer ?</p>"
                "<p>Aujourd’hui, je suis <strong>cheffe de projet</strong> d’un nouveau service en "
                "ligne pour les entreprises. Je fais travailler ensemble les développeurs, les "
                "juristes, le helpdesk et le service communication, je rédige les exigences dans "
                "un langage clair et j’organise des tests avec de vrais indépendants. Je travaille "
                "en français et en néerlandais, parfois dans la même réunion.</p>"
                "<p>Mon conseil : ne sous-estimez pas votre expertise métier. Une équipe IT a "
                "besoin de quelqu’un qui connaît les règles et les personnes derrière les règles. "
                "Cela ne s’apprend pas en six mois.</p>"
            ),
            "de": (
                "<p>Zwölf Jahre lang war ich Juristin in einem föderalen öffentlichen Dienst. Ich "
                "habe Stellungnahmen zu Vorschriften für Unternehmen geschrieben und am Telefon "
                "und per E-Mail gesehen, wie viele Fragen es zu Formularen gab, die niemand "
                "verstand. Als ein Projekt startete, um ein Verfahren komplett online anzubieten, "
                "habe ich mich beworben.</p>"
                "<p>Von Sprints, <em>Backlogs</em> oder Nutzertests wusste ich nichts. Ich habe "
                "einen Abendkurs in UX-Design besucht, um zu lernen, einen Dienst aus Sicht der "
                "Nutzerinnen und Nutzer zu betrachten, und ein Selbstlernmodul zu KI gemacht, um "
                "die Vorschläge von Anbietern besser beurteilen zu können. Am schwierigsten war "
                "es, sagen zu lernen: Das verstehe ich nicht, erklären Sie es mir bitte noch "
                "einmal.</p>"
                "<p>Heute bin ich <strong>Projektleiterin</strong> für einen neuen Onlinedienst "
                "für Unternehmen. Ich bringe Entwickler, Juristinnen, den Helpdesk und die "
                "Kommunikationsabteilung zusammen, formuliere die Anforderungen in einfacher "
                "Sprache und organisiere Tests mit echten Selbstständigen. Ich arbeite auf "
                "Niederländisch und Französisch, manchmal in derselben Besprechung.</p>"
                "<p>Mein Tipp: Unterschätzen Sie Ihr Fachwissen nicht. Ein IT-Team braucht "
                "jemanden, der die Regeln und die Menschen hinter den Regeln kennt. Das lernt man "
                "nicht in sechs Monaten.</p>"
            ),
            "en": (
                "<p>For twelve years I was a lawyer at a federal public service. I wrote opinions "
                "on the rules that apply to businesses, and on the phone and by email I saw how "
                "many questions came in about forms nobody understood. When a project started to "
                "put one procedure fully online, I applied.</p>"
                "<p>I knew nothing about sprints, <em>backlogs</em> or user testing. I took an "
                "evening course in UX design to learn to look at a service from the user’s point "
                "of view, and a self-paced module on AI so I could better assess suppliers’ "
                "proposals. The hardest part was learning to say: I do not understand this, please "
                "explain it again.</p>"
                "<p>Today I am the <strong>project manager</strong> for a new online service for "
                "businesses. I bring together developers, lawyers, the helpdesk and the "
                "communications team, write the requirements in plain language and organise tests "
                "with real self-employed people. I work in Dutch and French, sometimes in the same "
                "meeting.</p>"
                "<p>My tip: do not underestimate your subject knowledge. An IT team needs someone "
                "who knows the rules and the people behind the rules. That is not something you "
                "can learn in six months.</p>"
            ),
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Sophie Mertens: haar initialen op een blauwe achtergrond"
            ),
            "fr": "Portrait illustré de Sophie Mertens : ses initiales sur un fond bleu",
            "de": "Illustriertes Porträt von Sophie Mertens: ihre Initialen auf blauem Hintergrund",
            "en": "Illustrated portrait of Sophie Mertens: her initials on a blue background",
        },
        "colour": "blue",
        "video_url": "",
        "transcript": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "consent_date": "2025-12-01",
        "consent_expires": None,
        "trainings": ["bxl-ux-design-evening-course", "bxl-ai-literacy-self-paced"],
        "initiatives": ["be-digital-together"],
    },
    {
        "slug": "giulia-ux-designer",
        "owner": "technobel",
        "name": "Giulia Martinelli",
        "employer": {
            "nl": "een softwarebedrijf in Namen",
            "fr": "un éditeur de logiciels à Namur",
            "de": "ein Softwareunternehmen in Namur",
            "en": "a software company in Namur",
        },
        "sector": "media_creative",
        "career_path": "career_switcher",
        "region": "wallonia",
        "featured": False,
        "role": {
            "nl": "UX-designer",
            "fr": "Designeuse UX",
            "de": "UX-Designerin",
            "en": "UX designer",
        },
        "quote": {
            "nl": (
                "Als grafisch ontwerper vroeg ik me af of iets mooi was. Nu vraag ik me eerst af "
                "of iemand ermee uit de voeten kan."
            ),
            "fr": (
                "Comme graphiste, je me demandais si c’était beau. Aujourd’hui, je me demande "
                "d’abord si quelqu’un arrive à s’en servir."
            ),
            "de": (
                "Als Grafikerin habe ich mich gefragt, ob etwas schön ist. Heute frage ich mich "
                "zuerst, ob jemand damit zurechtkommt."
            ),
            "en": (
                "As a graphic designer I asked myself whether something looked good. Now I first "
                "ask whether someone can actually use it."
            ),
        },
        "story": {
            "nl": (
                "<p>Mijn grootvader kwam uit de Abruzzen om in de mijnen rond La Louvière te "
                "werken. Ik ben de eerste van de familie die hoger onderwijs volgde: grafische "
                "vormgeving. Twaalf jaar lang ontwierp ik als zelfstandige affiches, brochures en "
                "logo’s, tot de drukopdrachten steeds schaarser werden.</p>"
                "<p>Ik schreef me in voor een avondcursus <strong>UX/UI-design</strong> in Ciney, "
                "twee avonden per week na mijn werk. Het visuele deel ging vanzelf. Het "
                "moeilijkste was het onderzoek: interviews afnemen, luisteren zonder meteen een "
                "oplossing te tekenen, aanvaarden dat mijn mooiste ontwerp bij een test gewoon "
                "niet werkte.</p>"
                "<p>Nu werk ik als UX-designer bij een softwarebedrijf in Namen dat toepassingen "
                "maakt voor gemeenten en OCMW’s. Ik spreek met de mensen die de software "
                "gebruiken, teken wireframes, bouw klikbare prototypes en test ze. Samen met de "
                "ontwikkelaars zoek ik oplossingen die ook haalbaar zijn. Toegankelijkheid is voor "
                "ons geen extraatje: onze gebruikers zijn alle burgers.</p>"
                "<p>Mijn tip: kies voor je portfolio een bestaand onlineformulier dat je ergert en "
                "werk het volledig opnieuw uit, met gebruikerstests erbij. Dat zegt meer dan tien "
                "mooie schermen.</p>"
            ),
            "fr": (
                "<p>Mon grand-père est venu des Abruzzes pour travailler dans les charbonnages de "
                "la région de La Louvière. Je suis la première de la famille à avoir fait des "
                "études supérieures : en graphisme. Pendant douze ans, j’ai créé comme "
                "indépendante des affiches, des brochures et des logos, jusqu’à ce que les "
                "commandes d’impression se fassent de plus en plus rares.</p>"
                "<p>Je me suis inscrite à un cours du soir en <strong>design UX/UI</strong> à "
                "Ciney, deux soirs par semaine après le travail. La partie visuelle est venue "
                "toute seule. Le plus difficile, c’était la recherche : mener des entretiens, "
                "écouter sans dessiner tout de suite une solution, accepter que ma plus belle "
                "maquette ne fonctionne tout simplement pas lors d’un test.</p>"
                "<p>Je suis aujourd’hui designeuse UX dans une entreprise de logiciels namuroise "
                "qui développe des applications pour les communes et les CPAS. Je parle avec les "
                "personnes qui utilisent nos logiciels, je dessine des wireframes, je construis "
                "des prototypes cliquables et je les teste. Avec les développeurs, je cherche des "
                "solutions réalisables. L’accessibilité n’est pas une option chez nous : nos "
                "utilisateurs, ce sont tous les citoyens.</p>"
                "<p>Mon conseil : pour votre portfolio, choisissez un formulaire en ligne qui vous "
                "agace et retravaillez-le entièrement, tests utilisateurs compris. Cela en dit "
                "plus que dix beaux écrans.</p>"
            ),
            "de": (
                "<p>Mein Großvater kam aus den Abruzzen, um in den Kohlegruben um La Louvière zu "
                "arbeiten. Ich bin die Erste in der Familie, die studiert hat: Grafikdesign. Zwölf "
                "Jahre lang habe ich als Selbstständige Plakate, Broschüren und Logos gestaltet, "
                "bis die Druckaufträge immer seltener wurden.</p>"
                "<p>Ich habe mich für einen Abendkurs in <strong>UX/UI-Design</strong> in Ciney "
                "angemeldet, zwei Abende pro Woche nach der Arbeit. Der visuelle Teil fiel mir "
                "leicht. Am schwierigsten war die Recherche: Interviews führen, zuhören, ohne "
                "sofort eine Lösung zu zeichnen, und akzeptieren, dass mein schönster Entwurf im "
                "Test einfach nicht funktionierte.</p>"
                "<p>Heute arbeite ich als UX-Designerin bei einem Softwareunternehmen in Namur, "
                "das Anwendungen für Gemeinden und ÖSHZ entwickelt. Ich spreche mit den Menschen, "
                "die unsere Software nutzen, zeichne Wireframes, baue klickbare Prototypen und "
                "teste sie. Mit den Entwicklern suche ich nach Lösungen, die auch umsetzbar sind. "
                "Barrierefreiheit ist bei uns kein Extra: Unsere Nutzer sind alle Bürgerinnen und "
                "Bürger.</p>"
                "<p>Mein Tipp: Nehmen Sie sich für Ihr Portfolio ein Onlineformular vor, das Sie "
                "ärgert, und gestalten Sie es komplett neu, mit Nutzertests. Das sagt mehr als "
                "zehn schöne Bildschirme.</p>"
            ),
            "en": (
                "<p>My grandfather came from Abruzzo to work in the coal mines around La Louvière. "
                "I was the first in the family to go into higher education: graphic design. For "
                "twelve years I worked freelance on posters, brochures and logos, until print jobs "
                "became scarcer and scarcer.</p>"
                "<p>I signed up for an evening course in <strong>UX/UI design</strong> in Ciney, "
                "two evenings a week after work. The visual side came naturally. The hardest part "
                "was the research: conducting interviews, listening without immediately sketching "
                "a solution, accepting that my best-looking design simply did not work in a "
                "test.</p>"
                "<p>I now work as a UX designer at a software company in Namur that builds "
                "applications for municipalities and public social welfare centres. I talk to the "
                "people who use our software, draw wireframes, build clickable prototypes and test "
                "them. With the developers I look for solutions that are also feasible. "
                "Accessibility is not an extra for us: our users are all citizens.</p>"
                "<p>My tip: for your portfolio, pick an online form that annoys you and redesign "
                "it completely, with user testing. That says more than ten beautiful screens.</p>"
            ),
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Giulia Martinelli: haar initialen op een pruimkleurige "
                "achtergrond"
            ),
            "fr": "Portrait illustré de Giulia Martinelli : ses initiales sur un fond prune",
            "de": (
                "Illustriertes Porträt von Giulia Martinelli: ihre Initialen auf pflaumenfarbenem "
                "Hintergrund"
            ),
            "en": "Illustrated portrait of Giulia Martinelli: her initials on a plum background",
        },
        "colour": "plum",
        "video_url": "",
        "transcript": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "consent_date": "2025-05-19",
        "consent_expires": None,
        "trainings": ["wal-ux-ui-design-evening-course-ciney"],
        "initiatives": [],
    },
    {
        "slug": "anja-computer-science-teacher",
        "owner": "adg",
        "name": "Anja Kessler",
        "employer": {
            "nl": "een secundaire school in Eupen",
            "fr": "une école secondaire à Eupen",
            "de": "eine Sekundarschule in Eupen",
            "en": "a secondary school in Eupen",
        },
        "sector": "education",
        "career_path": "leader",
        "region": "german_community",
        "featured": True,
        "role": {
            "nl": "Leerkracht informatica en coördinator digitaal onderwijs",
            "fr": "Enseignante en informatique et coordinatrice du numérique",
            "de": "Informatiklehrerin und Koordinatorin für digitale Bildung",
            "en": "Computer science teacher and digital education coordinator",
        },
        "quote": {
            "nl": (
                "Ik hoef niet alles beter te weten dan mijn leerlingen. Ik moet hen leren hoe je "
                "iets uitzoekt, en dat kan ik."
            ),
            "fr": (
                "Je n’ai pas besoin d’en savoir plus que mes élèves sur tout. Je dois leur "
                "apprendre à chercher, et ça, je sais le faire."
            ),
            "de": (
                "Ich muss nicht alles besser wissen als meine Schülerinnen und Schüler. Ich muss "
                "ihnen beibringen, wie man etwas herausfindet, und das kann ich."
            ),
            "en": (
                "I do not need to know more than my pupils about everything. I need to teach them "
                "how to find things out, and that I can do."
            ),
        },
        "story": {
            "nl": (
                "<p>Ik ben opgegroeid in Raeren en geef al meer dan twintig jaar wiskunde aan een "
                "secundaire school in Eupen. Toen informatica een grotere plaats kreeg in het "
                "leerplan, zocht de directie iemand die het vak wilde opnemen. Niemand stak zijn "
                "hand op. Uiteindelijk deed ik het zelf.</p>"
                "<p>Ik volgde in Eupen een inleidende cursus <strong>webontwikkeling met HTML, CSS "
                "en JavaScript</strong> en later een workshop over AI-tools op het werk. De eerste "
                "maanden bereidde ik elke les twee keer zo lang voor als een les wiskunde. Sommige "
                "leerlingen wisten meer over apps dan ik. Ik heb dat gewoon gezegd, en daarna "
                "hebben we samen gezocht.</p>"
                "<p>Vandaag geef ik informatica in de derde graad en ben ik coördinator digitaal "
                "onderwijs. Mijn leerlingen bouwen een eigen website en schrijven kleine "
                "programma’s in Python. Na de lessen begeleid ik een roboticaclub, waar "
                "ondertussen bijna evenveel meisjes als jongens komen. Met een klein team van "
                "collega’s stel ik ook de afspraken op over het gebruik van AI bij huiswerk.</p>"
                "<p>Mijn tip voor leerkrachten: wacht niet tot je je expert voelt. Begin met één "
                "project in je klas en leer samen met je leerlingen.</p>"
            ),
            "fr": (
                "<p>J’ai grandi à Raeren et j’enseigne les mathématiques depuis plus de vingt ans "
                "dans une école secondaire d’Eupen. Quand l’informatique a pris plus de place dans "
                "le programme, la direction a cherché quelqu’un pour reprendre ce cours. Personne "
                "n’a levé la main, sauf moi, finalement.</p>"
                "<p>J’ai suivi à Eupen une initiation au <strong>développement web avec HTML, CSS "
                "et JavaScript</strong>, puis un atelier sur les outils d’IA au travail. Les "
                "premiers mois, je préparais chaque cours deux fois plus longtemps qu’un cours de "
                "maths. Certains élèves en savaient plus que moi sur les applications. Je le leur "
                "ai dit simplement, et nous avons cherché ensemble.</p>"
                "<p>Aujourd’hui, j’enseigne l’informatique au degré supérieur et je coordonne le "
                "numérique dans l’école. Mes élèves créent leur propre site web et écrivent de "
                "petits programmes en Python. Après les cours, j’anime un club de robotique où "
                "viennent désormais presque autant de filles que de garçons. Avec une petite "
                "équipe de collègues, je rédige aussi les règles sur l’utilisation de l’IA pour "
                "les devoirs.</p>"
                "<p>Mon conseil aux enseignantes et enseignants : n’attendez pas de vous sentir "
                "experte. Commencez par un projet dans votre classe et apprenez avec vos "
                "élèves.</p>"
            ),
            "de": (
                "<p>Ich bin in Raeren aufgewachsen und unterrichte seit über zwanzig Jahren "
                "Mathematik an einer Sekundarschule in Eupen. Als die Informatik im Lehrplan mehr "
                "Gewicht bekam, suchte die Schulleitung jemanden, der das Fach übernimmt. Niemand "
                "hat sich gemeldet, und am Ende habe ich es getan.</p>"
                "<p>In Eupen habe ich einen Einführungskurs in <strong>Webentwicklung mit HTML, "
                "CSS und JavaScript</strong> besucht und später einen Workshop zu KI-Werkzeugen im "
                "Büro. In den ersten Monaten habe ich jede Stunde doppelt so lange vorbereitet wie "
                "eine Mathestunde. Manche Schüler wussten mehr über Apps als ich. Das habe ich "
                "ihnen offen gesagt, und dann haben wir gemeinsam gesucht.</p>"
                "<p>Heute unterrichte ich Informatik in der Oberstufe und bin Koordinatorin für "
                "digitale Bildung. Meine Schülerinnen und Schüler bauen eine eigene Website und "
                "schreiben kleine Programme in Python. Nach dem Unterricht leite ich eine "
                "Robotik-AG, in die inzwischen fast so viele Mädchen wie Jungen kommen. Mit einem "
                "kleinen Team von Kolleginnen und Kollegen erarbeite ich außerdem die Regeln für "
                "den Einsatz von KI bei Hausaufgaben.</p>"
                "<p>Mein Tipp an Lehrkräfte: Warten Sie nicht, bis Sie sich als Expertin oder "
                "Experte fühlen. Fangen Sie mit einem Projekt in Ihrer Klasse an und lernen Sie "
                "gemeinsam mit Ihren Schülern.</p>"
            ),
            "en": (
                "<p>I grew up in Raeren and have taught maths at a secondary school in Eupen for "
                "more than twenty years. When computer science got a bigger place in the "
                "curriculum, the head teacher looked for someone to take on the subject. Nobody "
                "volunteered, until in the end I did.</p>"
                "<p>In Eupen I took an introductory course in <strong>web development with HTML, "
                "CSS and JavaScript</strong>, and later a workshop on AI tools at work. In the "
                "first months, every lesson took me twice as long to prepare as a maths lesson. "
                "Some pupils knew more about apps than I did. I simply told them so, and then we "
                "found things out together.</p>"
                "<p>Today I teach computer science to the upper years and coordinate digital "
                "education at the school. My pupils build their own website and write small "
                "programs in Python. After school I run a robotics club, which now has almost as "
                "many girls as boys. With a small team of colleagues I am also drawing up the "
                "rules on using AI for homework.</p>"
                "<p>My tip for teachers: do not wait until you feel like an expert. Start with one "
                "project in your class and learn alongside your pupils.</p>"
            ),
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Anja Kessler: haar initialen op een groene achtergrond"
            ),
            "fr": "Portrait illustré d’Anja Kessler : ses initiales sur un fond vert",
            "de": "Illustriertes Porträt von Anja Kessler: ihre Initialen auf grünem Hintergrund",
            "en": "Illustrated portrait of Anja Kessler: her initials on a green background",
        },
        "colour": "green",
        "video_url": "",
        "transcript": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "consent_date": "2026-03-02",
        "consent_expires": None,
        "trainings": [
            "wal-intro-web-development-eupen",
            "wal-ai-tools-office-workshop-women-eupen",
        ],
        "initiatives": ["be-digital-together"],
    },
    {
        "slug": "sabine-controlling-assistant",
        "owner": "adg",
        "name": "Sabine Heinen",
        "employer": {
            "nl": "een houtbouwbedrijf bij Sankt Vith",
            "fr": "une entreprise de construction en bois près de Saint-Vith",
            "de": "ein Holzbauunternehmen bei Sankt Vith",
            "en": "a timber construction company near Sankt Vith",
        },
        "sector": "industry",
        "career_path": "returner",
        "region": "german_community",
        "featured": False,
        "role": {
            "nl": "Medewerker controlling",
            "fr": "Assistante en contrôle de gestion",
            "de": "Sachbearbeiterin im Controlling",
            "en": "Controlling assistant",
        },
        "quote": {
            "nl": (
                "Ik was vergeten hoeveel ik al kon. De opleiding heeft me niet alleen Excel "
                "geleerd, maar ook het vertrouwen dat ik bij was."
            ),
            "fr": (
                "J’avais oublié tout ce que je savais déjà faire. La formation ne m’a pas "
                "seulement appris Excel, elle m’a aussi rendu confiance."
            ),
            "de": (
                "Ich hatte vergessen, wie viel ich schon konnte. Der Kurs hat mir nicht nur Excel "
                "beigebracht, sondern auch das Vertrauen, dass ich mithalten kann."
            ),
            "en": (
                "I had forgotten how much I already knew. The course did not just teach me Excel; "
                "it gave me the confidence that I could keep up."
            ),
        },
        "story": {
            "nl": (
                "<p>Voor de geboorte van mijn kinderen was ik boekhoudster bij een garage in Sankt "
                "Vith. Daarna ben ik negen jaar thuisgebleven: eerst voor mijn drie kinderen, "
                "later ook om mijn schoonmoeder te verzorgen. Toen ik wilde terugkeren, was alles "
                "veranderd. Facturen kwamen niet meer op papier, programma’s draaiden in de cloud "
                "en overal moest ik inloggen met codes op mijn gsm.</p>"
                "<p>In Eupen volgde ik een <strong>opfriscursus digitale vaardigheden voor vrouwen "
                "die terug aan de slag gaan</strong>. Daar leerde ik opnieuw met gedeelde "
                "documenten werken, videogesprekken voeren en mijn wachtwoorden veilig beheren. "
                "Daarna volgde ik in Sankt Vith een avondcursus Excel met formules, draaitabellen "
                "en grafieken.</p>"
                "<p>Vandaag werk ik in het controlling van een houtbouwbedrijf in de buurt. Ik "
                "volg de materiaalkosten per werf op, maak elke maand een rapport voor de "
                "zaakvoerder en bespreek afwijkingen met de werfleiders. Draaitabellen gebruik ik "
                "elke dag.</p>"
                "<p>Mijn tip: schaam je niet om bij de basis te beginnen. In mijn groep zaten "
                "vrouwen die twintig jaar niet meer hadden gewerkt, en iedereen heeft er iets aan "
                "gehad.</p>"
            ),
            "fr": (
                "<p>Avant la naissance de mes enfants, j’étais comptable dans un garage de "
                "Saint-Vith. Ensuite, je suis restée neuf ans à la maison : d’abord pour mes trois "
                "enfants, puis aussi pour m’occuper de ma belle-mère. Quand j’ai voulu reprendre, "
                "tout avait changé. Les factures n’arrivaient plus sur papier, les logiciels "
                "tournaient dans le cloud et il fallait partout se connecter avec des codes "
                "envoyés sur mon GSM.</p>"
                "<p>À Eupen, j’ai suivi une <strong>remise à niveau numérique pour les femmes qui "
                "reprennent le travail</strong>. J’y ai réappris à travailler sur des documents "
                "partagés, à participer à des visioconférences et à gérer mes mots de passe en "
                "toute sécurité. J’ai ensuite suivi à Saint-Vith un cours du soir en Excel : "
                "formules, tableaux croisés dynamiques et graphiques.</p>"
                "<p>Aujourd’hui, je travaille au contrôle de gestion d’une entreprise de "
                "construction en bois de la région. Je suis les coûts des matériaux par chantier, "
                "je prépare chaque mois un rapport pour le gérant et j’analyse les écarts avec les "
                "chefs de chantier. J’utilise des tableaux croisés dynamiques tous les jours.</p>"
                "<p>Mon conseil : n’ayez pas honte de recommencer par les bases. Dans mon groupe, "
                "certaines femmes n’avaient plus travaillé depuis vingt ans, et toutes en ont tiré "
                "quelque chose.</p>"
            ),
            "de": (
                "<p>Bevor meine Kinder geboren wurden, war ich Buchhalterin in einer Autowerkstatt "
                "in Sankt Vith. Danach bin ich neun Jahre zu Hause geblieben: zuerst für meine "
                "drei Kinder, später auch, um meine Schwiegermutter zu pflegen. Als ich wieder "
                "einsteigen wollte, hatte sich alles verändert. Rechnungen kamen nicht mehr auf "
                "Papier, die Programme liefen in der Cloud, und überall musste ich mich mit Codes "
                "auf dem Handy anmelden.</p>"
                "<p>In Eupen habe ich eine <strong>digitale Auffrischung für Frauen beim "
                "beruflichen Wiedereinstieg</strong> besucht. Dort habe ich wieder gelernt, mit "
                "gemeinsamen Dokumenten zu arbeiten, an Videokonferenzen teilzunehmen und meine "
                "Passwörter sicher zu verwalten. Danach habe ich in Sankt Vith einen Abendkurs in "
                "Excel gemacht: Formeln, Pivot-Tabellen und Diagramme.</p>"
                "<p>Heute arbeite ich im Controlling eines Holzbauunternehmens in der Gegend. Ich "
                "verfolge die Materialkosten pro Baustelle, erstelle jeden Monat einen Bericht für "
                "den Geschäftsführer und bespreche Abweichungen mit den Bauleitern. Pivot-Tabellen "
                "brauche ich jeden Tag.</p>"
                "<p>Mein Tipp: Schämen Sie sich nicht, bei den Grundlagen anzufangen. In meiner "
                "Gruppe waren Frauen, die zwanzig Jahre nicht mehr gearbeitet hatten, und alle "
                "haben etwas mitgenommen.</p>"
            ),
            "en": (
                "<p>Before my children were born, I was a bookkeeper at a car repair garage in "
                "Sankt Vith. Then I stayed at home for nine years: first for my three children, "
                "later also to care for my mother-in-law. When I wanted to go back to work, "
                "everything had changed. Invoices no longer came on paper, software ran in the "
                "cloud and I had to log in everywhere with codes sent to my mobile phone.</p>"
                "<p>In Eupen I took a <strong>digital skills refresher for women returning to "
                "work</strong>. There I relearnt how to work on shared documents, join video calls "
                "and manage my passwords safely. After that I took an evening course in Excel in "
                "Sankt Vith: formulas, pivot tables and charts.</p>"
                "<p>Today I work in the controlling department of a timber construction company in "
                "the area. I track material costs for each building site, prepare a monthly report "
                "for the managing director and go through any discrepancies with the site "
                "managers. I use pivot tables every day.</p>"
                "<p>My tip: do not be embarrassed to start with the basics. In my group there were "
                "women who had not worked for twenty years, and every one of us got something out "
                "of it.</p>"
            ),
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Sabine Heinen: haar initialen op een oranje achtergrond"
            ),
            "fr": "Portrait illustré de Sabine Heinen : ses initiales sur un fond orange",
            "de": (
                "Illustriertes Porträt von Sabine Heinen: ihre Initialen auf orangefarbenem "
                "Hintergrund"
            ),
            "en": "Illustrated portrait of Sabine Heinen: her initials on an orange background",
        },
        "colour": "orange",
        "video_url": "https://www.youtube-nocookie.com/embed/bV8sJ2yLq5D",
        "transcript": {
            "nl": (
                "Ik ben Sabine en ik woon in de buurt van Sankt Vith. Na negen jaar thuis met mijn "
                "kinderen en mijn schoonmoeder wilde ik opnieuw gaan werken. Ik volgde eerst een "
                "opfriscursus digitale vaardigheden in Eupen en daarna een avondcursus Excel. "
                "Vandaag volg ik de kosten op bij een houtbouwbedrijf. Als je twijfelt, begin dan "
                "gewoon met de eerste les."
            ),
            "fr": (
                "Je m’appelle Sabine et j’habite près de Saint-Vith. Après neuf ans à la maison "
                "avec mes enfants et ma belle-mère, j’ai voulu reprendre le travail. J’ai d’abord "
                "suivi une remise à niveau numérique à Eupen, puis un cours du soir en Excel. "
                "Aujourd’hui, je suis les coûts dans une entreprise de construction en bois. Si "
                "vous hésitez, commencez simplement par le premier cours."
            ),
            "de": (
                "Ich heiße Sabine und wohne in der Nähe von Sankt Vith. Nach neun Jahren zu Hause "
                "mit meinen Kindern und meiner Schwiegermutter wollte ich wieder arbeiten. Zuerst "
                "habe ich in Eupen eine digitale Auffrischung gemacht, danach einen Abendkurs in "
                "Excel. Heute kümmere ich mich in einem Holzbauunternehmen um die Kosten. Wenn Sie "
                "zögern, fangen Sie einfach mit der ersten Kursstunde an."
            ),
            "en": (
                "My name is Sabine and I live near Sankt Vith. After nine years at home with my "
                "children and my mother-in-law, I wanted to go back to work. I first took a "
                "digital skills refresher in Eupen, then an evening course in Excel. Today I keep "
                "track of costs at a timber construction company. If you are hesitating, just "
                "start with the first class."
            ),
        },
        "consent_date": "2025-08-28",
        "consent_expires": None,
        "trainings": [
            "wal-digital-refresher-women-returners-eupen",
            "wal-excel-at-work-evening-sankt-vith",
        ],
        "initiatives": [],
    },
    {
        "slug": "marieke-it-support-technician",
        "owner": "syntra",
        "name": "Marieke Claes",
        "employer": {
            "nl": "een sociale onderneming in West-Vlaanderen",
            "fr": "une entreprise sociale en Flandre occidentale",
            "de": "ein Sozialunternehmen in Westflandern",
            "en": "a social enterprise in West Flanders",
        },
        "sector": "other",
        "career_path": "career_switcher",
        "region": "flanders",
        "featured": False,
        "role": {
            "nl": "IT-supportmedewerker",
            "fr": "",
            "de": "",
            "en": "",
        },
        "quote": {
            "nl": (
                "Twaalf jaar aan de kassa hebben me geleerd om rustig te blijven als iemand "
                "gehaast of boos is. Aan de telefoon van de helpdesk komt dat elke dag van pas."
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "story": {
            "nl": (
                "<p>Twaalf jaar lang werkte ik als kassierster en vakkenvuller in een supermarkt "
                "in Waregem. Thuis was ik altijd degene die de wifi herstelde en de laptops van de "
                "familie opnieuw installeerde. Toen de winkel de uren inkromp, ben ik bij de VDAB "
                "gaan praten over een opleiding.</p>"
                "<p>Ik koos voor de opleiding <strong>IT-supporttechnicus</strong> in Kortrijk. "
                "Daar leerde ik computers installeren, gebruikersaccounts beheren, "
                "netwerkproblemen opsporen en tickets netjes documenteren. Het moeilijkste was de "
                "theorie over netwerken, na al die jaren zonder schoolbanken. Ik heb veel geoefend "
                "met oude pc’s die ik van vrienden kreeg.</p>"
                "<p>Nu werk ik op de IT-dienst van een maatwerkbedrijf met een paar honderd "
                "medewerkers. Ik help collega’s die hun wachtwoord kwijt zijn, installeer laptops "
                "voor nieuwe mensen en zorg dat de printers en scanners in de ateliers blijven "
                "werken. Veel van onze medewerkers zijn niet digitaal vaardig, dus ik leg alles "
                "stap voor stap uit, zonder vakjargon.</p>"
                "<p>Mijn tip: je ervaring met klanten is goud waard in de IT. Technische kennis "
                "kan je leren, geduld en vriendelijkheid heb je al.</p>"
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Marieke Claes: haar initialen op een goudkleurige "
                "achtergrond"
            ),
            "fr": "Portrait illustré de Marieke Claes : ses initiales sur un fond doré",
            "de": (
                "Illustriertes Porträt von Marieke Claes: ihre Initialen auf goldfarbenem "
                "Hintergrund"
            ),
            "en": "Illustrated portrait of Marieke Claes: her initials on a gold background",
        },
        "colour": "gold",
        "video_url": "",
        "transcript": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "consent_date": "2025-10-06",
        "consent_expires": None,
        "trainings": ["vl-it-support-technician-kortrijk"],
        "initiatives": [],
    },
    {
        "slug": "grace-network-security-administrator",
        "owner": "bruxelles-formation",
        "name": "Grâce Mbuyi",
        "employer": {
            "nl": "een Brussels gemeentebestuur",
            "fr": "une administration communale bruxelloise",
            "de": "eine Brüsseler Gemeindeverwaltung",
            "en": "a Brussels municipal administration",
        },
        "sector": "public_sector",
        "career_path": "career_switcher",
        "region": "brussels",
        "featured": False,
        "role": {
            "nl": "",
            "fr": "Administratrice réseaux et sécurité",
            "de": "",
            "en": "",
        },
        "quote": {
            "nl": "",
            "fr": (
                "Quand le réseau de la commune fonctionne, personne ne me remarque. C’est "
                "exactement comme ça que je sais que j’ai bien travaillé."
            ),
            "de": "",
            "en": "",
        },
        "story": {
            "nl": "",
            "fr": (
                "<p>Je suis née à Kinshasa et je suis arrivée à Bruxelles à quatorze ans. Après "
                "mes secondaires, j’ai travaillé sept ans dans un centre d’appels, au service "
                "clientèle d’un fournisseur d’énergie. Je passais mes journées à guider des gens "
                "au téléphone, et je me suis rendu compte que les appels techniques étaient ceux "
                "que je préférais.</p>"
                "<p>Avec Bruxelles Formation, j’ai d’abord suivi une formation de "
                "<strong>technicienne support informatique réservée aux femmes</strong>. Ce cadre "
                "m’a permis d’oser poser toutes mes questions. J’ai ensuite enchaîné avec la "
                "formation d’<strong>administratrice réseaux et sécurité</strong>. Ce n’était pas "
                "simple : je travaillais encore à mi-temps et j’étudiais le soir, avec ma fille de "
                "six ans à la maison.</p>"
                "<p>Aujourd’hui, je fais partie de l’équipe informatique d’une administration "
                "communale bruxelloise. Je configure les commutateurs et les pare-feu, je gère les "
                "accès à distance du personnel, j’applique les mises à jour de sécurité et je "
                "participe aux exercices de réaction en cas de cyberattaque. Une partie de mon "
                "travail consiste aussi à sensibiliser mes collègues à l’hameçonnage.</p>"
                "<p>Mon conseil : passez les certifications, même si vous avez déjà un emploi. "
                "Elles m’ont donné de la crédibilité face à des collègues qui avaient vingt ans "
                "d’expérience.</p>"
            ),
            "de": "",
            "en": "",
        },
        "portrait_alt": {
            "nl": "Geïllustreerd portret van Grâce Mbuyi: haar initialen op een blauwe achtergrond",
            "fr": "Portrait illustré de Grâce Mbuyi : ses initiales sur un fond bleu",
            "de": "Illustriertes Porträt von Grâce Mbuyi: ihre Initialen auf blauem Hintergrund",
            "en": "Illustrated portrait of Grâce Mbuyi: her initials on a blue background",
        },
        "colour": "blue",
        "video_url": "",
        "transcript": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "consent_date": "2026-01-26",
        "consent_expires": None,
        "trainings": [
            "bxl-it-support-technician-for-women",
            "bxl-technobel-network-and-security-administrator",
        ],
        "initiatives": [],
    },
    {
        "slug": "elif-iot-engineer",
        "owner": "agoria",
        "name": "Elif Yıldız",
        "employer": {
            "nl": "een toeleverancier voor de auto-industrie in Limburg",
            "fr": "un équipementier automobile dans le Limbourg",
            "de": "ein Automobilzulieferer in Limburg",
            "en": "an automotive supplier in Limburg",
        },
        "sector": "industry",
        "career_path": "graduate",
        "region": "flanders",
        "featured": False,
        "role": {
            "nl": "IoT-ingenieur",
            "fr": "Ingénieure IoT",
            "de": "IoT-Ingenieurin",
            "en": "IoT engineer",
        },
        "quote": {
            "nl": (
                "Een sensor op een machine zegt weinig. Het wordt pas interessant als de operator "
                "die machine kent en zegt: dat geluid hoort niet."
            ),
            "fr": (
                "Un capteur sur une machine, en soi, ne dit pas grand-chose. Cela devient "
                "intéressant quand l’opérateur qui la connaît dit : ce bruit-là, ce n’est pas "
                "normal."
            ),
            "de": (
                "Ein Sensor an einer Maschine sagt allein wenig. Spannend wird es, wenn der "
                "Maschinenbediener, der sie kennt, sagt: Dieses Geräusch gehört da nicht hin."
            ),
            "en": (
                "A sensor on a machine tells you little on its own. It gets interesting when the "
                "operator who knows that machine says: that noise is not right."
            ),
        },
        "story": {
            "nl": (
                "<p>Mijn grootvader kwam uit Emirdağ naar Limburg om in de mijn te werken. Ik ben "
                "25 en studeerde af als industrieel ingenieur elektromechanica. Tijdens mijn "
                "masterproef merkte ik dat ik het meest genoot van het moment waarop hardware en "
                "software samenkomen.</p>"
                "<p>Na mijn diploma volgde ik in Genk een praktijkworkshop over "
                "<strong>IoT-sensoren in de productie</strong>, en in mijn eigen tempo een cursus "
                "over AI in de maakindustrie. Op school had ik veel theorie gezien, maar daar "
                "leerde ik hoe je een sensor echt op een draaiende machine monteert en de data "
                "bruikbaar maakt.</p>"
                "<p>Vandaag werk ik bij een toeleverancier voor de autosector. Ik plaats "
                "trillings- en temperatuursensoren op persen en robots, bouw dashboards voor het "
                "onderhoudsteam en test modellen die pannes proberen te voorspellen. Ik sta "
                "minstens de helft van de tijd in de fabriekshal. In het begin waren sommige "
                "operatoren sceptisch over een jonge ingenieur met een laptop. Nu komen ze zelf "
                "met ideeën.</p>"
                "<p>Mijn tip: ga op de werkvloer staan en luister naar de mensen die er elke dag "
                "werken. Zij weten dingen die in geen enkele dataset staan.</p>"
            ),
            "fr": (
                "<p>Mon grand-père est venu d’Emirdağ dans le Limbourg pour travailler à la mine. "
                "J’ai 25 ans et je suis diplômée ingénieure industrielle en électromécanique. "
                "Pendant mon mémoire, j’ai compris que ce que je préférais, c’était le moment où "
                "le matériel et le logiciel se rencontrent.</p>"
                "<p>Après mon diplôme, j’ai suivi à Genk un atelier pratique sur les "
                "<strong>capteurs IoT en production</strong>, puis, à mon rythme, un cours sur "
                "l’IA dans l’industrie manufacturière. À l’école, j’avais vu beaucoup de théorie ; "
                "là, j’ai appris à monter un capteur sur une machine en marche et à rendre ses "
                "données utilisables.</p>"
                "<p>Aujourd’hui, je travaille chez un sous-traitant du secteur automobile. "
                "J’installe des capteurs de vibration et de température sur des presses et des "
                "robots, je crée des tableaux de bord pour l’équipe de maintenance et je teste des "
                "modèles qui essaient de prédire les pannes. Je passe au moins la moitié de mon "
                "temps dans l’atelier. Au début, certains opérateurs se méfiaient d’une jeune "
                "ingénieure avec un ordinateur portable. Aujourd’hui, ce sont eux qui viennent "
                "avec des idées.</p>"
                "<p>Mon conseil : allez sur le terrain et écoutez les personnes qui y travaillent "
                "tous les jours. Elles savent des choses qui ne figurent dans aucun jeu de "
                "données.</p>"
            ),
            "de": (
                "<p>Mein Großvater kam aus Emirdağ nach Limburg, um im Bergwerk zu arbeiten. Ich "
                "bin 25 und habe einen Abschluss als Industrieingenieurin in Elektromechanik. "
                "Während meiner Masterarbeit habe ich gemerkt, dass mir der Moment am meisten Spaß "
                "macht, in dem Hardware und Software zusammenkommen.</p>"
                "<p>Nach dem Abschluss habe ich in Genk einen Praxisworkshop zu "
                "<strong>IoT-Sensoren in der Produktion</strong> besucht und in meinem eigenen "
                "Tempo einen Kurs zu KI in der Fertigung gemacht. An der Hochschule hatte ich viel "
                "Theorie gehört; dort habe ich gelernt, wie man einen Sensor wirklich an einer "
                "laufenden Maschine montiert und die Daten nutzbar macht.</p>"
                "<p>Heute arbeite ich bei einem Zulieferer der Automobilindustrie. Ich bringe "
                "Vibrations- und Temperatursensoren an Pressen und Robotern an, baue Dashboards "
                "für das Instandhaltungsteam und teste Modelle, die Ausfälle vorhersagen sollen. "
                "Mindestens die Hälfte meiner Zeit verbringe ich in der Werkhalle. Anfangs waren "
                "manche Maschinenbediener skeptisch gegenüber einer jungen Ingenieurin mit Laptop. "
                "Heute kommen sie selbst mit Ideen.</p>"
                "<p>Mein Tipp: Gehen Sie in die Produktion und hören Sie den Menschen zu, die dort "
                "jeden Tag arbeiten. Sie wissen Dinge, die in keinem Datensatz stehen.</p>"
            ),
            "en": (
                "<p>My grandfather came to Limburg from Emirdağ to work in the coal mine. I am 25 "
                "and graduated as an industrial engineer in electromechanics. During my master’s "
                "thesis I realised that what I enjoyed most was the point where hardware and "
                "software meet.</p>"
                "<p>After graduating I took a hands-on workshop in Genk on <strong>IoT sensors in "
                "production</strong>, and a self-paced course on AI in manufacturing. At "
                "university I had covered a lot of theory; there I learnt how to actually mount a "
                "sensor on a running machine and make its data usable.</p>"
                "<p>Today I work for an automotive supplier. I fit vibration and temperature "
                "sensors to presses and robots, build dashboards for the maintenance team and test "
                "models that try to predict breakdowns. I spend at least half my time on the "
                "factory floor. At first some operators were sceptical about a young engineer with "
                "a laptop. Now they come to me with ideas.</p>"
                "<p>My tip: go onto the shop floor and listen to the people who work there every "
                "day. They know things that are not in any data set.</p>"
            ),
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Elif Yıldız: haar initialen op een petrolblauwe "
                "achtergrond"
            ),
            "fr": "Portrait illustré d’Elif Yıldız : ses initiales sur un fond bleu canard",
            "de": (
                "Illustriertes Porträt von Elif Yıldız: ihre Initialen auf petrolfarbenem "
                "Hintergrund"
            ),
            "en": "Illustrated portrait of Elif Yıldız: her initials on a teal background",
        },
        "colour": "teal",
        "video_url": "",
        "transcript": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "consent_date": "2025-03-17",
        "consent_expires": None,
        "trainings": [
            "vl-iot-sensors-in-production-workshop-genk",
            "vl-ai-in-manufacturing-self-paced",
        ],
        "initiatives": [],
    },
    {
        "slug": "marie-claire-digital-agency-founder",
        "owner": "hub-brussels",
        "name": "Marie-Claire Kabongo",
        "employer": {
            "nl": "Studio Lisanga",
            "fr": "Studio Lisanga",
            "de": "Studio Lisanga",
            "en": "Studio Lisanga",
        },
        "sector": "media_creative",
        "career_path": "entrepreneur",
        "region": "brussels",
        "featured": False,
        "role": {
            "nl": "Oprichter van een digitaal communicatiebureau",
            "fr": "Fondatrice d’une agence de communication numérique",
            "de": "Gründerin einer Agentur für digitale Kommunikation",
            "en": "Founder of a digital communication agency",
        },
        "quote": {
            "nl": (
                "Mijn klanten zijn bakkers, kappers en kleine restaurants. Ik maak niet alleen hun "
                "posts, ik leer hen ook om het zelf te doen."
            ),
            "fr": (
                "Mes clients, ce sont des boulangers, des coiffeuses et des petits restaurants. Je "
                "ne fais pas seulement leurs publications, je leur apprends aussi à les faire "
                "eux-mêmes."
            ),
            "de": (
                "Meine Kunden sind Bäckereien, Friseursalons und kleine Restaurants. Ich mache "
                "nicht nur ihre Beiträge, ich bringe ihnen auch bei, es selbst zu tun."
            ),
            "en": (
                "My clients are bakers, hairdressers and small restaurants. I do not just create "
                "their posts; I also teach them to do it themselves."
            ),
        },
        "story": {
            "nl": (
                "<p>Mijn ouders komen uit Lubumbashi en hadden een kleine winkel in Matonge. Ik "
                "heb zelf tien jaar in de kledingverkoop gewerkt, waarvan vijf als "
                "verantwoordelijke van een winkel. Ik zag hoe zelfstandigen in mijn buurt moeite "
                "hadden om online zichtbaar te worden, terwijl grote ketens elke dag reclame "
                "maakten.</p>"
                "<p>Ik volgde een opleiding <strong>socialemediamarketing voor kleine "
                "ondernemingen</strong> en daarna een opleiding e-commerce voor vrouwelijke "
                "ondernemers. Bij hub.brussels kreeg ik begeleiding bij mijn ondernemingsplan. Het "
                "moeilijkste was niet de techniek, maar mijn prijzen bepalen. In het begin werkte "
                "ik bijna gratis, omdat ik mijn klanten kende.</p>"
                "<p>Sinds drie jaar heb ik mijn eigen bureau, Studio Lisanga. Ik maak "
                "contentkalenders, fotografeer producten, zet eenvoudige webwinkels op en geef "
                "kleine workshops in de zaak van mijn klanten. Ik werk in het Frans, het "
                "Nederlands en het Lingala. Sinds vorig jaar werkt er een tweede persoon halftijds "
                "met me mee.</p>"
                "<p>Mijn tip: leg je tarieven vast voor je eerste klant binnenkomt, en schrijf ze "
                "op. Dan hoef je er niet bij elk gesprek opnieuw over te twijfelen.</p>"
            ),
            "fr": (
                "<p>Mes parents viennent de Lubumbashi et tenaient un petit magasin à Matonge. "
                "J’ai moi-même travaillé dix ans dans la vente de vêtements, dont cinq comme "
                "responsable de boutique. Je voyais les indépendants de mon quartier peiner à être "
                "visibles en ligne, alors que les grandes chaînes faisaient de la publicité tous "
                "les jours.</p>"
                "<p>J’ai suivi une formation en <strong>marketing sur les réseaux sociaux pour les "
                "petites entreprises</strong>, puis une formation en e-commerce pour femmes "
                "entrepreneures. J’ai été accompagnée par hub.brussels pour mon plan d’affaires. "
                "Le plus difficile n’a pas été la technique, mais fixer mes prix. Au début, je "
                "travaillais presque gratuitement, parce que je connaissais mes clients.</p>"
                "<p>Depuis trois ans, j’ai ma propre agence, Studio Lisanga. Je crée des "
                "calendriers de publication, je photographie les produits, je mets en place des "
                "boutiques en ligne simples et je donne de petits ateliers directement chez mes "
                "clients. Je travaille en français, en néerlandais et en lingala. Depuis l’an "
                "dernier, une deuxième personne travaille avec moi à mi-temps.</p>"
                "<p>Mon conseil : fixez vos tarifs avant l’arrivée de votre premier client, et "
                "mettez-les par écrit. Vous n’aurez pas à douter à chaque rendez-vous.</p>"
            ),
            "de": (
                "<p>Meine Eltern stammen aus Lubumbashi und hatten ein kleines Geschäft in "
                "Matonge. Ich selbst habe zehn Jahre im Modeverkauf gearbeitet, davon fünf als "
                "Filialleiterin. Ich habe gesehen, wie schwer es Selbstständigen in meinem Viertel "
                "fiel, online sichtbar zu werden, während große Ketten jeden Tag Werbung "
                "machten.</p>"
                "<p>Ich habe eine Weiterbildung in <strong>Social-Media-Marketing für kleine "
                "Unternehmen</strong> und danach eine Weiterbildung in E-Commerce für "
                "Unternehmerinnen gemacht. Bei hub.brussels wurde ich bei meinem Businessplan "
                "begleitet. Am schwierigsten war nicht die Technik, sondern meine Preise "
                "festzulegen. Am Anfang habe ich fast umsonst gearbeitet, weil ich meine Kunden "
                "kannte.</p>"
                "<p>Seit drei Jahren habe ich meine eigene Agentur, Studio Lisanga. Ich erstelle "
                "Redaktionspläne, fotografiere Produkte, richte einfache Onlineshops ein und gebe "
                "kleine Workshops direkt bei meinen Kunden. Ich arbeite auf Französisch, "
                "Niederländisch und Lingala. Seit letztem Jahr arbeitet eine zweite Person in "
                "Teilzeit mit mir.</p>"
                "<p>Mein Tipp: Legen Sie Ihre Preise fest, bevor der erste Kunde kommt, und "
                "schreiben Sie sie auf. Dann müssen Sie nicht bei jedem Gespräch neu zweifeln.</p>"
            ),
            "en": (
                "<p>My parents come from Lubumbashi and ran a small shop in Matonge. I myself "
                "worked in clothing retail for ten years, five of them as a shop manager. I saw "
                "how hard it was for the independent businesses in my neighbourhood to be visible "
                "online, while the big chains advertised every day.</p>"
                "<p>I took a course in <strong>social media marketing for small "
                "businesses</strong>, followed by a course in e-commerce for women entrepreneurs. "
                "I got support from hub.brussels for my business plan. The hardest part was not "
                "the technology but setting my prices. At first I worked almost for free, because "
                "I knew my clients.</p>"
                "<p>For three years now I have had my own agency, Studio Lisanga. I make content "
                "calendars, photograph products, set up simple online shops and give small "
                "workshops on my clients’ premises. I work in French, Dutch and Lingala. Since "
                "last year a second person has been working with me part-time.</p>"
                "<p>My tip: set your rates before your first client comes along, and write them "
                "down. Then you will not have to doubt them all over again at every meeting.</p>"
            ),
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Marie-Claire Kabongo: haar initialen op een "
                "goudkleurige achtergrond"
            ),
            "fr": "Portrait illustré de Marie-Claire Kabongo : ses initiales sur un fond doré",
            "de": (
                "Illustriertes Porträt von Marie-Claire Kabongo: ihre Initialen auf goldfarbenem "
                "Hintergrund"
            ),
            "en": "Illustrated portrait of Marie-Claire Kabongo: her initials on a gold background",
        },
        "colour": "gold",
        "video_url": "",
        "transcript": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "consent_date": "2025-07-14",
        "consent_expires": None,
        "trainings": [
            "bxl-social-media-marketing-for-small-businesses",
            "bxl-e-commerce-for-women-entrepreneurs",
        ],
        "initiatives": [],
    },
    {
        "slug": "chloe-embedded-systems-researcher",
        "owner": "le-forem",
        "name": "Chloé Gillet",
        "employer": {
            "nl": "een universitair onderzoekscentrum in Wallonië",
            "fr": "un centre de recherche universitaire en Wallonie",
            "de": "ein universitäres Forschungszentrum in der Wallonie",
            "en": "a university research centre in Wallonia",
        },
        "sector": "research",
        "career_path": "researcher",
        "region": "wallonia",
        "featured": False,
        "role": {
            "nl": "Onderzoeker embedded systemen",
            "fr": "Chercheuse en systèmes embarqués",
            "de": "Forscherin für eingebettete Systeme",
            "en": "Embedded systems researcher",
        },
        "quote": {
            "nl": (
                "Ik ontwerp sensoren die twee jaar op één batterij moeten werken, aan de oever van "
                "een rivier, in weer en wind."
            ),
            "fr": (
                "Je conçois des capteurs qui doivent fonctionner deux ans sur une seule pile, au "
                "bord d’une rivière, par tous les temps."
            ),
            "de": (
                "Ich entwickle Sensoren, die zwei Jahre lang mit einer einzigen Batterie "
                "funktionieren müssen, am Ufer eines Flusses, bei jedem Wetter."
            ),
            "en": (
                "I design sensors that have to run for two years on a single battery, on a "
                "riverbank, in all weathers."
            ),
        },
        "story": {
            "nl": (
                "<p>Ik studeerde fysica en dacht dat ik leerkracht zou worden. Tijdens mijn "
                "laatste jaar nam een vriendin me mee naar een weekend over <strong>prototypes "
                "bouwen met Arduino en ESP32</strong>. Op zondagavond had ik een kastje gebouwd "
                "dat de luchtvochtigheid in mijn kot mat en doorstuurde naar mijn gsm. Ik wilde "
                "niets anders meer doen.</p>"
                "<p>Ik heb een doctoraat gedaan over zuinige draadloze sensoren en werk nu als "
                "onderzoeker in een universitair onderzoekscentrum in Wallonië. Na de "
                "overstromingen van 2021 startten we een project met gemeenten om het waterpeil "
                "van kleine rivieren en beken op te volgen. Ik ontwerp de elektronica, schrijf de "
                "software die op de sensor draait en ga zelf mee op het terrein om ze te "
                "plaatsen.</p>"
                "<p>Het moeilijkste aan onderzoek is de onzekerheid: projecten duren drie of vier "
                "jaar en dan moet je nieuwe financiering vinden. Wat me overeind houdt, is het "
                "concrete resultaat. Een brandweerman vertelde me dat onze metingen hem een uur "
                "extra tijd gaven om een straat te waarschuwen.</p>"
                "<p>Ondertussen geef ik zelf af en toe les op zo’n Arduino-weekend. Mijn tip: koop "
                "een goedkoop bordje, een paar sensoren en probeer iets te meten in je eigen huis. "
                "Het eerste lampje dat knippert, vergeet je nooit.</p>"
            ),
            "fr": (
                "<p>J’ai étudié la physique et je pensais devenir professeure. Pendant ma dernière "
                "année, une amie m’a emmenée à un week-end de <strong>prototypage avec Arduino et "
                "ESP32</strong>. Le dimanche soir, j’avais construit un petit boîtier qui mesurait "
                "l’humidité de mon kot et l’envoyait sur mon GSM. Je ne voulais plus faire que "
                "ça.</p>"
                "<p>J’ai fait un doctorat sur les capteurs sans fil à basse consommation et je "
                "suis maintenant chercheuse dans un centre de recherche universitaire en Wallonie. "
                "Après les inondations de 2021, nous avons lancé avec des communes un projet de "
                "suivi du niveau des petites rivières et des ruisseaux. Je conçois l’électronique, "
                "j’écris le logiciel qui tourne sur le capteur et je vais moi-même sur le terrain "
                "pour les installer.</p>"
                "<p>Le plus difficile dans la recherche, c’est l’incertitude : les projets durent "
                "trois ou quatre ans et il faut ensuite trouver de nouveaux financements. Ce qui "
                "me tient, c’est le résultat concret. Un pompier m’a raconté que nos mesures lui "
                "avaient donné une heure de plus pour prévenir les habitants d’une rue.</p>"
                "<p>Aujourd’hui, j’anime moi-même de temps en temps un de ces week-ends Arduino. "
                "Mon conseil : achetez une petite carte bon marché, quelques capteurs, et essayez "
                "de mesurer quelque chose chez vous. La première LED qui clignote, on ne l’oublie "
                "jamais.</p>"
            ),
            "de": (
                "<p>Ich habe Physik studiert und dachte, ich würde Lehrerin werden. In meinem "
                "letzten Studienjahr hat mich eine Freundin zu einem Wochenende über "
                "<strong>Prototypenbau mit Arduino und ESP32</strong> mitgenommen. Am Sonntagabend "
                "hatte ich ein kleines Gerät gebaut, das die Luftfeuchtigkeit in meinem "
                "Studentenzimmer maß und an mein Handy schickte. Danach wollte ich nichts anderes "
                "mehr machen.</p>"
                "<p>Ich habe über energiesparende Funksensoren promoviert und arbeite heute als "
                "Forscherin in einem universitären Forschungszentrum in der Wallonie. Nach den "
                "Überschwemmungen von 2021 haben wir mit Gemeinden ein Projekt gestartet, um den "
                "Wasserstand kleiner Flüsse und Bäche zu überwachen. Ich entwerfe die Elektronik, "
                "schreibe die Software, die auf dem Sensor läuft, und fahre selbst mit ins "
                "Gelände, um die Sensoren zu installieren.</p>"
                "<p>Das Schwierigste an der Forschung ist die Unsicherheit: Projekte laufen drei "
                "oder vier Jahre, danach muss man neue Finanzierung finden. Was mich trägt, ist "
                "das konkrete Ergebnis. Ein Feuerwehrmann hat mir erzählt, dass unsere Messungen "
                "ihm eine Stunde mehr Zeit gegeben haben, um die Bewohner einer Straße zu "
                "warnen.</p>"
                "<p>Inzwischen leite ich selbst ab und zu eines dieser Arduino-Wochenenden. Mein "
                "Tipp: Kaufen Sie sich eine günstige Platine und ein paar Sensoren und versuchen "
                "Sie, bei sich zu Hause etwas zu messen. Die erste LED, die blinkt, vergisst man "
                "nie.</p>"
            ),
            "en": (
                "<p>I studied physics and thought I would become a teacher. In my final year a "
                "friend took me along to a weekend on <strong>prototyping with Arduino and "
                "ESP32</strong>. By Sunday evening I had built a little box that measured the "
                "humidity in my student room and sent it to my phone. After that I did not want to "
                "do anything else.</p>"
                "<p>I did a PhD on low-power wireless sensors and now work as a researcher at a "
                "university research centre in Wallonia. After the 2021 floods we started a "
                "project with municipalities to monitor water levels in small rivers and streams. "
                "I design the electronics, write the software that runs on the sensor and go out "
                "into the field myself to install them.</p>"
                "<p>The hardest thing about research is the uncertainty: projects last three or "
                "four years and then you have to find new funding. What keeps me going is the "
                "concrete result. A firefighter told me that our measurements gave him an extra "
                "hour to warn the residents of a street.</p>"
                "<p>These days I sometimes run one of those Arduino weekends myself. My tip: buy a "
                "cheap board and a few sensors, and try to measure something in your own home. You "
                "never forget the first LED that blinks.</p>"
            ),
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Chloé Gillet: haar initialen op een goudkleurige "
                "achtergrond"
            ),
            "fr": "Portrait illustré de Chloé Gillet : ses initiales sur un fond doré",
            "de": (
                "Illustriertes Porträt von Chloé Gillet: ihre Initialen auf goldfarbenem "
                "Hintergrund"
            ),
            "en": "Illustrated portrait of Chloé Gillet: her initials on a gold background",
        },
        "colour": "gold",
        "video_url": "",
        "transcript": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "consent_date": "2025-11-24",
        "consent_expires": None,
        "trainings": ["wal-iot-prototyping-arduino-esp32-weekend"],
        "initiatives": [],
    },
    {
        "slug": "manon-junior-data-analyst",
        "owner": "le-forem",
        "name": "Manon Lejeune",
        "employer": {
            "nl": "een ziekenfonds in Luik",
            "fr": "une mutualité à Liège",
            "de": "eine Krankenkasse in Lüttich",
            "en": "a health insurance fund in Liège",
        },
        "sector": "health",
        "career_path": "graduate",
        "region": "wallonia",
        "featured": False,
        "role": {
            "nl": "Junior data-analist",
            "fr": "Analyste de données junior",
            "de": "Junior-Datenanalystin",
            "en": "Junior data analyst",
        },
        "quote": {
            "nl": (
                "In sociologie leerde ik de juiste vragen stellen. Met data kan ik er nu ook op "
                "antwoorden."
            ),
            "fr": (
                "En sociologie, j’ai appris à poser les bonnes questions. Avec les données, je "
                "peux maintenant aussi y répondre."
            ),
            "de": (
                "Im Soziologiestudium habe ich gelernt, die richtigen Fragen zu stellen. Mit Daten "
                "kann ich sie jetzt auch beantworten."
            ),
            "en": (
                "Sociology taught me to ask the right questions. With data, I can now answer them "
                "too."
            ),
        },
        "story": {
            "nl": (
                "<p>Ik ben 24 en studeerde sociologie in Luik. Voor mijn masterproef werkte ik met "
                "enquêtegegevens en merkte ik dat ik het analyseren leuker vond dan het schrijven. "
                "Maar ik was altijd overtuigd geweest dat ik niet goed was in wiskunde.</p>"
                "<p>Ik begon met een cursus <strong>eerste stappen in Python</strong> voor "
                "vrouwen, zodat ik in een kleine groep fouten durfde te maken. Daarna volgde ik "
                "het <strong>bootcamp data-analist</strong> in Luik: SQL, Python, statistiek en "
                "visualisatie. Die wiskundeschrik bleek vooral een kwestie van oefenen. Ik werkte "
                "elke avond een uur extra aan oefeningen.</p>"
                "<p>Vandaag ben ik junior data-analist bij een ziekenfonds. Ik analyseer "
                "terugbetalingsgegevens, altijd gepseudonimiseerd, om te begrijpen welke leden "
                "geen gebruik maken van preventieve zorg, zoals een jaarlijkse tandartscontrole. "
                "Mijn resultaten helpen de sociale dienst om gerichte campagnes op te zetten. Ik "
                "werk veel samen met collega’s die het terrein kennen.</p>"
                "<p>Mijn tip: een diploma in de menswetenschappen is geen nadeel. Wie weet hoe "
                "mensen in elkaar zitten, stelt betere vragen aan de data.</p>"
            ),
            "fr": (
                "<p>J’ai 24 ans et j’ai étudié la sociologie à Liège. Pour mon mémoire, j’ai "
                "travaillé sur des données d’enquête et je me suis rendu compte que j’aimais plus "
                "l’analyse que la rédaction. Mais j’avais toujours été persuadée d’être nulle en "
                "maths.</p>"
                "<p>J’ai commencé par un cours de <strong>premiers pas en Python</strong> pour "
                "femmes, pour oser me tromper en petit groupe. J’ai ensuite suivi le "
                "<strong>bootcamp d’analyste de données</strong> à Liège : SQL, Python, "
                "statistiques et visualisation. Ma peur des maths était surtout une question de "
                "pratique. Chaque soir, je faisais une heure d’exercices en plus.</p>"
                "<p>Aujourd’hui, je suis analyste de données junior dans une mutualité. J’analyse "
                "des données de remboursement, toujours pseudonymisées, pour comprendre quels "
                "affiliés ne recourent pas aux soins préventifs, comme le contrôle annuel chez le "
                "dentiste. Mes résultats aident le service social à mener des campagnes ciblées. "
                "Je travaille beaucoup avec des collègues qui connaissent le terrain.</p>"
                "<p>Mon conseil : un diplôme en sciences humaines n’est pas un handicap. Quand on "
                "sait comment fonctionnent les gens, on pose de meilleures questions aux "
                "données.</p>"
            ),
            "de": (
                "<p>Ich bin 24 und habe in Lüttich Soziologie studiert. Für meine Masterarbeit "
                "habe ich mit Umfragedaten gearbeitet und gemerkt, dass mir das Auswerten mehr "
                "Spaß machte als das Schreiben. Aber ich war immer überzeugt gewesen, schlecht in "
                "Mathe zu sein.</p>"
                "<p>Ich habe mit einem Kurs <strong>Erste Schritte in Python</strong> für Frauen "
                "angefangen, um mich in einer kleinen Gruppe zu trauen, Fehler zu machen. Danach "
                "habe ich das <strong>Bootcamp Datenanalyse</strong> in Lüttich besucht: SQL, "
                "Python, Statistik und Visualisierung. Meine Angst vor Mathe war vor allem eine "
                "Frage der Übung. Ich habe jeden Abend eine Stunde zusätzlich geübt.</p>"
                "<p>Heute bin ich Junior-Datenanalystin bei einer Krankenkasse. Ich werte "
                "Erstattungsdaten aus, immer pseudonymisiert, um zu verstehen, welche Mitglieder "
                "keine Vorsorgeleistungen in Anspruch nehmen, etwa die jährliche Kontrolle beim "
                "Zahnarzt. Meine Ergebnisse helfen dem Sozialdienst, gezielte Kampagnen zu planen. "
                "Ich arbeite viel mit Kolleginnen und Kollegen zusammen, die die Praxis kennen.</p>"
                "<p>Mein Tipp: Ein Abschluss in den Humanwissenschaften ist kein Nachteil. Wer "
                "weiß, wie Menschen ticken, stellt den Daten bessere Fragen.</p>"
            ),
            "en": (
                "<p>I am 24 and studied sociology in Liège. For my master’s thesis I worked with "
                "survey data and realised I enjoyed the analysis more than the writing. But I had "
                "always been convinced I was bad at maths.</p>"
                "<p>I started with a women’s course in <strong>first steps in Python</strong>, so "
                "that I would dare to make mistakes in a small group. Then I did the <strong>data "
                "analyst bootcamp</strong> in Liège: SQL, Python, statistics and visualisation. My "
                "fear of maths turned out to be mostly a matter of practice. Every evening I spent "
                "an extra hour on exercises.</p>"
                "<p>Today I am a junior data analyst at a health insurance fund. I analyse "
                "reimbursement data, always pseudonymised, to understand which members do not use "
                "preventive care, such as an annual dental check-up. My findings help the social "
                "service plan targeted campaigns. I work closely with colleagues who know the "
                "situation on the ground.</p>"
                "<p>My tip: a degree in the social sciences or humanities is not a disadvantage. "
                "If you understand how people work, you ask the data better questions.</p>"
            ),
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Manon Lejeune: haar initialen op een groene achtergrond"
            ),
            "fr": "Portrait illustré de Manon Lejeune : ses initiales sur un fond vert",
            "de": "Illustriertes Porträt von Manon Lejeune: ihre Initialen auf grünem Hintergrund",
            "en": "Illustrated portrait of Manon Lejeune: her initials on a green background",
        },
        "colour": "green",
        "video_url": "",
        "transcript": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "consent_date": "2025-09-30",
        "consent_expires": "2027-09-30",
        "trainings": ["wal-python-first-steps-women-liege", "wal-data-analyst-bootcamp-liege"],
        "initiatives": [],
    },
    {
        "slug": "hilde-head-of-network-automation",
        "owner": "proximus",
        "name": "Hilde Van Damme",
        "employer": {
            "nl": "een Belgische telecomoperator",
            "fr": "un opérateur télécom belge",
            "de": "ein belgischer Telekommunikationsanbieter",
            "en": "a Belgian telecom operator",
        },
        "sector": "ict",
        "career_path": "leader",
        "region": "flanders",
        "featured": False,
        "role": {
            "nl": "Hoofd netwerkautomatisering",
            "fr": "Responsable de l’automatisation du réseau",
            "de": "Leiterin Netzautomatisierung",
            "en": "Head of network automation",
        },
        "quote": {
            "nl": (
                "Ik leerde programmeren op mijn vijfenveertigste. Als je denkt dat het voor jou te "
                "laat is: dat dacht ik ook."
            ),
            "fr": (
                "J’ai appris à programmer à quarante-cinq ans. Si vous pensez qu’il est trop tard "
                "pour vous : je le pensais aussi."
            ),
            "de": (
                "Ich habe mit fünfundvierzig programmieren gelernt. Wenn Sie denken, dass es für "
                "Sie zu spät ist: Das dachte ich auch."
            ),
            "en": (
                "I learnt to program at forty-five. If you think it is too late for you: so did I."
            ),
        },
        "story": {
            "nl": (
                "<p>Ik begon in 1994 als technicus in de telefooncentrales van Gent, na een "
                "opleiding elektronica in het technisch onderwijs. Ik was toen de enige vrouw in "
                "de ploeg. Ik heb de overgang meegemaakt van koperdraad naar glasvezel en van "
                "kasten vol relais naar software.</p>"
                "<p>Rond mijn vijfenveertigste zag ik dat het netwerk steeds meer met code werd "
                "beheerd. Ik heb ’s avonds Python geleerd, eerst met onlinecursussen, daarna door "
                "kleine scripts te schrijven die saaie controles automatiseerden. Mijn collega’s "
                "begonnen ze te gebruiken, en zo is er stap voor stap een team ontstaan.</p>"
                "<p>Vandaag leid ik een team van veertien mensen dat software schrijft om het "
                "netwerk automatisch te configureren en storingen sneller op te sporen. Ik schrijf "
                "zelf nog af en toe code, maar vooral bewaak ik de prioriteiten, rekruteer ik en "
                "zorg ik dat ervaren technici en jonge ontwikkelaars van elkaar leren. Via Be "
                "Digital Together vertel ik mijn verhaal ook aan vrouwen die twijfelen om in de "
                "technologie te beginnen.</p>"
                "<p>Mijn tip: automatiseer eerst iets wat jij zelf vervelend vindt. Dat is de "
                "beste motivatie om door te zetten, en het eerste resultaat zie je meteen.</p>"
            ),
            "fr": (
                "<p>J’ai commencé en 1994 comme technicienne dans les centraux téléphoniques de "
                "Gand, après une formation en électronique dans l’enseignement technique. J’étais "
                "alors la seule femme de l’équipe. J’ai vécu le passage du cuivre à la fibre et "
                "des armoires remplies de relais au logiciel.</p>"
                "<p>Vers quarante-cinq ans, j’ai vu que le réseau était de plus en plus géré par "
                "du code. J’ai appris Python le soir, d’abord avec des cours en ligne, puis en "
                "écrivant de petits scripts qui automatisaient des contrôles fastidieux. Mes "
                "collègues ont commencé à les utiliser, et c’est ainsi qu’une équipe est née, "
                "petit à petit.</p>"
                "<p>Aujourd’hui, je dirige une équipe de quatorze personnes qui écrit des "
                "logiciels pour configurer le réseau automatiquement et détecter les pannes plus "
                "vite. J’écris encore du code de temps en temps, mais surtout je veille aux "
                "priorités, je recrute et je fais en sorte que les techniciens expérimentés et les "
                "jeunes développeurs apprennent les uns des autres. Avec Be Digital Together, je "
                "raconte aussi mon parcours à des femmes qui hésitent à se lancer dans le "
                "numérique.</p>"
                "<p>Mon conseil : automatisez d’abord une tâche qui vous ennuie, vous. C’est la "
                "meilleure motivation pour persévérer, et le premier résultat se voit tout de "
                "suite.</p>"
            ),
            "de": (
                "<p>Ich habe 1994 als Technikerin in den Telefonvermittlungsstellen in Gent "
                "angefangen, nach einer Elektronikausbildung an einer technischen Schule. Damals "
                "war ich die einzige Frau im Team. Ich habe den Wechsel vom Kupferkabel zur "
                "Glasfaser miterlebt und von Schränken voller Relais zur Software.</p>"
                "<p>Mit etwa fünfundvierzig habe ich gesehen, dass das Netz immer mehr über Code "
                "gesteuert wurde. Ich habe abends Python gelernt, zuerst mit Onlinekursen, dann "
                "mit kleinen Skripten, die lästige Kontrollen automatisierten. Meine Kollegen "
                "fingen an, sie zu benutzen, und so ist nach und nach ein Team entstanden.</p>"
                "<p>Heute leite ich ein Team von vierzehn Leuten, das Software schreibt, um das "
                "Netz automatisch zu konfigurieren und Störungen schneller zu finden. Ich schreibe "
                "ab und zu noch selbst Code, aber vor allem achte ich auf die Prioritäten, stelle "
                "Leute ein und sorge dafür, dass erfahrene Techniker und junge Entwicklerinnen "
                "voneinander lernen. Mit Be Digital Together erzähle ich meine Geschichte auch "
                "Frauen, die überlegen, in die Technik einzusteigen.</p>"
                "<p>Mein Tipp: Automatisieren Sie zuerst etwas, das Sie selbst nervt. Das ist die "
                "beste Motivation, dranzubleiben, und das erste Ergebnis sehen Sie sofort.</p>"
            ),
            "en": (
                "<p>I started in 1994 as a technician in the telephone exchanges in Ghent, after "
                "training in electronics at a technical school. At the time I was the only woman "
                "in the crew. I lived through the move from copper to fibre, and from cabinets "
                "full of relays to software.</p>"
                "<p>Around the age of forty-five I saw that the network was increasingly being "
                "managed with code. I learnt Python in the evenings, first with online courses, "
                "then by writing small scripts that automated tedious checks. My colleagues "
                "started using them, and step by step a team grew out of it.</p>"
                "<p>Today I lead a team of fourteen people who write software to configure the "
                "network automatically and track down faults faster. I still write some code now "
                "and then, but mostly I guard the priorities, recruit and make sure experienced "
                "technicians and young developers learn from each other. Through Be Digital "
                "Together I also share my story with women who are hesitating to move into "
                "tech.</p>"
                "<p>My tip: first automate something that you yourself find tedious. It is the "
                "best motivation to keep going, and you see the first result straight away.</p>"
            ),
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Hilde Van Damme: haar initialen op een oranje "
                "achtergrond"
            ),
            "fr": "Portrait illustré de Hilde Van Damme : ses initiales sur un fond orange",
            "de": (
                "Illustriertes Porträt von Hilde Van Damme: ihre Initialen auf orangefarbenem "
                "Hintergrund"
            ),
            "en": "Illustrated portrait of Hilde Van Damme: her initials on an orange background",
        },
        "colour": "orange",
        "video_url": "",
        "transcript": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "consent_date": "2026-04-08",
        "consent_expires": None,
        "trainings": [],
        "initiatives": ["be-digital-together"],
    },
    {
        "slug": "rachida-digital-inclusion-coach",
        "owner": "actiris",
        "name": "Rachida Ouali",
        "employer": {
            "nl": "een buurtcentrum in Molenbeek",
            "fr": "une maison de quartier à Molenbeek",
            "de": "ein Stadtteilzentrum in Molenbeek",
            "en": "a community centre in Molenbeek",
        },
        "sector": "other",
        "career_path": "returner",
        "region": "brussels",
        "featured": False,
        "role": {
            "nl": "Digitale coach",
            "fr": "Coach en inclusion numérique",
            "de": "Coach für digitale Inklusion",
            "en": "Digital inclusion coach",
        },
        "quote": {
            "nl": (
                "Vijf jaar geleden kon ik nog geen bijlage versturen. Vandaag help ik anderen om "
                "hun belastingaangifte online in te dienen."
            ),
            "fr": (
                "Il y a cinq ans, je ne savais pas encore envoyer une pièce jointe. Aujourd’hui, "
                "j’aide d’autres personnes à remplir leur déclaration d’impôts en ligne."
            ),
            "de": (
                "Vor fünf Jahren konnte ich noch keinen Anhang verschicken. Heute helfe ich "
                "anderen, ihre Steuererklärung online einzureichen."
            ),
            "en": (
                "Five years ago I could not even send an attachment. Today I help other people "
                "file their tax return online."
            ),
        },
        "story": {
            "nl": (
                "<p>Ik ben tien jaar thuisgebleven om mijn vier kinderen op te voeden. Toen de "
                "jongste naar het secundair ging, wilde ik opnieuw werken, maar alles verliep "
                "plots online: vacatures, inschrijvingen bij Actiris, afspraken bij de gemeente. "
                "Ik schaamde me om mijn kinderen telkens om hulp te vragen.</p>"
                "<p>Bij Actiris kon ik een cursus <strong>digitale basisvaardigheden voor "
                "werkzoekenden</strong> volgen, en daarna een workshop over het gebruik van mijn "
                "smartphone voor mijn zoektocht naar werk. Ik leerde mails sturen met een cv als "
                "bijlage, itsme gebruiken en een afspraak online boeken. Het moeilijkste was de "
                "eerste les: ik durfde de muis bijna niet aan te raken.</p>"
                "<p>Daarna werd ik vrijwilliger in een openbare computerruimte, en vandaag ben ik "
                "er digitale coach in loondienst. Ik help mensen om hun mails te lezen, een "
                "afspraak te maken, een aanvraag in te dienen of veilig te bankieren. Ik geef "
                "groepsworkshops in het Frans en het Arabisch, en soms gewoon met gebaren. Veel "
                "bezoekers zijn vrouwen die in dezelfde situatie zitten als ik toen.</p>"
                "<p>Mijn tip: begin met één ding dat je vandaag nodig hebt, bijvoorbeeld een "
                "afspraak bij de dokter online maken. De rest volgt.</p>"
            ),
            "fr": (
                "<p>Je suis restée dix ans à la maison pour élever mes quatre enfants. Quand le "
                "plus jeune est entré en secondaire, j’ai voulu retravailler, mais tout se faisait "
                "soudain en ligne : les offres d’emploi, l’inscription chez Actiris, les "
                "rendez-vous à la commune. J’avais honte de toujours demander de l’aide à mes "
                "enfants.</p>"
                "<p>Par Actiris, j’ai pu suivre une formation aux <strong>compétences numériques "
                "de base pour chercheurs d’emploi</strong>, puis un atelier sur l’utilisation du "
                "smartphone pour chercher du travail. J’ai appris à envoyer un e-mail avec mon CV "
                "en pièce jointe, à utiliser itsme et à prendre un rendez-vous en ligne. Le plus "
                "dur, c’était le premier cours : j’osais à peine toucher la souris.</p>"
                "<p>Je suis ensuite devenue bénévole dans un espace public numérique, où je "
                "travaille aujourd’hui comme coach salariée. J’aide les gens à lire leurs e-mails, "
                "à prendre un rendez-vous, à introduire une demande ou à utiliser leur banque en "
                "ligne en toute sécurité. Je donne des ateliers de groupe en français et en arabe, "
                "et parfois simplement avec les mains. Beaucoup de personnes qui viennent sont des "
                "femmes dans la même situation que moi à l’époque.</p>"
                "<p>Mon conseil : commencez par une seule chose dont vous avez besoin aujourd’hui, "
                "par exemple prendre rendez-vous chez le médecin en ligne. Le reste suivra.</p>"
            ),
            "de": (
                "<p>Ich bin zehn Jahre zu Hause geblieben, um meine vier Kinder großzuziehen. Als "
                "der Jüngste in die Sekundarschule kam, wollte ich wieder arbeiten, aber plötzlich "
                "lief alles online: Stellenangebote, die Anmeldung bei Actiris, Termine bei der "
                "Gemeinde. Ich habe mich geschämt, immer meine Kinder um Hilfe zu bitten.</p>"
                "<p>Über Actiris konnte ich einen Kurs in <strong>digitalen Grundkenntnissen für "
                "Arbeitsuchende</strong> besuchen und danach einen Workshop, wie ich mein "
                "Smartphone für die Jobsuche nutze. Ich habe gelernt, eine E-Mail mit meinem "
                "Lebenslauf im Anhang zu schicken, itsme zu benutzen und online einen Termin zu "
                "buchen. Am schwierigsten war die erste Stunde: Ich habe mich kaum getraut, die "
                "Maus anzufassen.</p>"
                "<p>Danach wurde ich Ehrenamtliche in einem öffentlichen Computerraum, und heute "
                "arbeite ich dort fest angestellt als Coach. Ich helfe Menschen, ihre E-Mails zu "
                "lesen, einen Termin zu vereinbaren, einen Antrag zu stellen oder sicher "
                "Onlinebanking zu nutzen. Ich gebe Gruppenworkshops auf Französisch und Arabisch, "
                "manchmal auch einfach mit Händen und Füßen. Viele, die zu uns kommen, sind Frauen "
                "in derselben Lage wie ich damals.</p>"
                "<p>Mein Tipp: Fangen Sie mit einer einzigen Sache an, die Sie heute brauchen, zum "
                "Beispiel online einen Arzttermin buchen. Der Rest kommt von selbst.</p>"
            ),
            "en": (
                "<p>I stayed at home for ten years to raise my four children. When my youngest "
                "started secondary school I wanted to work again, but suddenly everything happened "
                "online: job vacancies, registering with Actiris, appointments at the town hall. I "
                "was ashamed of always having to ask my children for help.</p>"
                "<p>Through Actiris I was able to take a course in <strong>digital basics for job "
                "seekers</strong>, followed by a workshop on using my smartphone for my job "
                "search. I learnt to send an email with my CV attached, use itsme and book an "
                "appointment online. The hardest part was the first class: I hardly dared touch "
                "the mouse.</p>"
                "<p>After that I became a volunteer at a public computer space, where I now work "
                "as a salaried coach. I help people read their emails, make an appointment, submit "
                "an application or bank online safely. I run group workshops in French and Arabic, "
                "and sometimes simply with gestures. Many of the people who come are women in the "
                "same situation I was in back then.</p>"
                "<p>My tip: start with one thing you need today, for example booking a doctor’s "
                "appointment online. The rest will follow.</p>"
            ),
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Rachida Ouali: haar initialen op een pruimkleurige "
                "achtergrond"
            ),
            "fr": "Portrait illustré de Rachida Ouali : ses initiales sur un fond prune",
            "de": (
                "Illustriertes Porträt von Rachida Ouali: ihre Initialen auf pflaumenfarbenem "
                "Hintergrund"
            ),
            "en": "Illustrated portrait of Rachida Ouali: her initials on a plum background",
        },
        "colour": "plum",
        "video_url": "",
        "transcript": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "consent_date": "2026-05-11",
        "consent_expires": None,
        "trainings": [
            "bxl-digital-basics-for-job-seekers",
            "bxl-smartphone-for-your-job-search-workshop",
        ],
        "initiatives": ["be-digital-together"],
    },
    {
        "slug": "hind-front-end-developer",
        "owner": "becode",
        "name": "Hind Amrani",
        "employer": {
            "nl": "een Brusselse fintech-start-up",
            "fr": "une start-up fintech bruxelloise",
            "de": "ein Brüsseler Fintech-Start-up",
            "en": "a Brussels fintech start-up",
        },
        "sector": "startup",
        "career_path": "graduate",
        "region": "brussels",
        "featured": False,
        "role": {
            "nl": "Junior front-endontwikkelaar",
            "fr": "Développeuse front-end junior",
            "de": "Junior-Frontend-Entwicklerin",
            "en": "Junior front-end developer",
        },
        "quote": {
            "nl": (
                "Op school vond ik mezelf niet slim genoeg voor informatica. Nu schrijf ik code "
                "die elke dag door duizenden mensen gebruikt wordt."
            ),
            "fr": (
                "À l’école, je ne me trouvais pas assez douée pour l’informatique. Aujourd’hui, "
                "j’écris du code que des milliers de personnes utilisent chaque jour."
            ),
            "de": (
                "In der Schule hielt ich mich nicht für schlau genug für Informatik. Heute "
                "schreibe ich Code, den jeden Tag Tausende Menschen benutzen."
            ),
            "en": (
                "At school I did not think I was clever enough for computer science. Now I write "
                "code that thousands of people use every day."
            ),
        },
        "story": {
            "nl": (
                "<p>Na het secundair wist ik niet wat ik wilde. Ik werkte een jaar als verkoopster "
                "en volgde ondertussen op zaterdag codeerlessen voor vrouwen. Ik was twintig, de "
                "jongste van de groep, en bouwde er mijn eerste kleine spel in JavaScript.</p>"
                "<p>Daarna schreef ik me in voor het <strong>bootcamp junior "
                "webontwikkelaar</strong>. Zeven maanden lang werkten we aan projecten in groep, "
                "met coaches in plaats van leraren. Het moeilijkste was leren zelf te zoeken als "
                "iets niet werkte, in plaats van meteen het antwoord te vragen. Na een paar weken "
                "werd dat juist het leukste deel.</p>"
                "<p>Vandaag werk ik als junior front-endontwikkelaar bij een Brusselse "
                "fintech-start-up die een facturatietool maakt voor zelfstandigen. Ik bouw "
                "schermen en formulieren, schrijf tests en bespreek mijn code met collega’s via "
                "code reviews. Eén keer per week zit ik samen met de designer om nieuwe schermen "
                "door te nemen.</p>"
                "<p>Mijn tip: bouw iets wat je zelf zou gebruiken. Mijn eerste portfolioproject "
                "was een app om de shifts van mijn vriendinnen in de winkel te plannen. Daar werd "
                "tijdens mijn sollicitatie het meest naar gevraagd.</p>"
            ),
            "fr": (
                "<p>Après mes secondaires, je ne savais pas ce que je voulais faire. J’ai "
                "travaillé un an comme vendeuse et, en parallèle, j’ai suivi des cours de codage "
                "pour femmes le samedi. J’avais vingt ans, j’étais la plus jeune du groupe, et j’y "
                "ai créé mon premier petit jeu en JavaScript.</p>"
                "<p>Je me suis ensuite inscrite au <strong>bootcamp de développeur·euse web "
                "junior</strong>. Pendant sept mois, nous avons travaillé sur des projets en "
                "groupe, avec des coachs plutôt que des professeurs. Le plus difficile a été "
                "d’apprendre à chercher seule quand quelque chose ne marchait pas, au lieu de "
                "demander tout de suite la réponse. Au bout de quelques semaines, c’est devenu ma "
                "partie préférée.</p>"
                "<p>Aujourd’hui, je suis développeuse front-end junior dans une start-up fintech "
                "bruxelloise qui crée un outil de facturation pour les indépendants. Je construis "
                "des écrans et des formulaires, j’écris des tests et je fais relire mon code par "
                "mes collègues. Une fois par semaine, je m’assois avec la designer pour passer en "
                "revue les nouveaux écrans.</p>"
                "<p>Mon conseil : construisez quelque chose que vous utiliseriez vous-même. Mon "
                "premier projet de portfolio était une appli pour planifier les horaires de mes "
                "amies au magasin. C’est celui sur lequel on m’a posé le plus de questions en "
                "entretien.</p>"
            ),
            "de": (
                "<p>Nach der Sekundarschule wusste ich nicht, was ich wollte. Ich habe ein Jahr "
                "als Verkäuferin gearbeitet und nebenbei samstags Programmierkurse für Frauen "
                "besucht. Ich war zwanzig, die Jüngste in der Gruppe, und habe dort mein erstes "
                "kleines Spiel in JavaScript gebaut.</p>"
                "<p>Danach habe ich mich für das <strong>Bootcamp für "
                "Junior-Webentwicklung</strong> angemeldet. Sieben Monate lang haben wir in "
                "Gruppen an Projekten gearbeitet, mit Coaches statt Lehrkräften. Am schwierigsten "
                "war es, selbst zu suchen, wenn etwas nicht funktionierte, statt sofort nach der "
                "Lösung zu fragen. Nach ein paar Wochen wurde genau das mein Lieblingsteil.</p>"
                "<p>Heute arbeite ich als Junior-Frontend-Entwicklerin bei einem Brüsseler "
                "Fintech-Start-up, das ein Rechnungsprogramm für Selbstständige entwickelt. Ich "
                "baue Bildschirme und Formulare, schreibe Tests und lasse meinen Code in "
                "Code-Reviews von Kolleginnen und Kollegen prüfen. Einmal pro Woche setze ich mich "
                "mit der Designerin zusammen, um neue Bildschirme durchzugehen.</p>"
                "<p>Mein Tipp: Bauen Sie etwas, das Sie selbst benutzen würden. Mein erstes "
                "Portfolioprojekt war eine App, mit der meine Freundinnen ihre Schichten im "
                "Geschäft planen konnten. Dazu wurde ich im Vorstellungsgespräch am meisten "
                "gefragt.</p>"
            ),
            "en": (
                "<p>After secondary school I did not know what I wanted to do. I worked as a shop "
                "assistant for a year and, alongside that, took Saturday coding classes for women. "
                "I was twenty, the youngest in the group, and I built my first little game in "
                "JavaScript there.</p>"
                "<p>I then signed up for the <strong>junior web developer bootcamp</strong>. For "
                "seven months we worked on group projects, with coaches instead of teachers. The "
                "hardest part was learning to search for a solution myself when something did not "
                "work, instead of asking for the answer straight away. After a few weeks that "
                "became my favourite part.</p>"
                "<p>Today I work as a junior front-end developer at a Brussels fintech start-up "
                "that makes an invoicing tool for self-employed people. I build screens and forms, "
                "write tests and have my code checked by colleagues in code reviews. Once a week I "
                "sit down with the designer to go through new screens.</p>"
                "<p>My tip: build something you would use yourself. My first portfolio project was "
                "an app for planning my friends’ shifts at the shop. It was the one I was asked "
                "about most in my interview.</p>"
            ),
        },
        "portrait_alt": {
            "nl": (
                "Geïllustreerd portret van Hind Amrani: haar initialen op een petrolblauwe "
                "achtergrond"
            ),
            "fr": "Portrait illustré de Hind Amrani : ses initiales sur un fond bleu canard",
            "de": (
                "Illustriertes Porträt von Hind Amrani: ihre Initialen auf petrolfarbenem "
                "Hintergrund"
            ),
            "en": "Illustrated portrait of Hind Amrani: her initials on a teal background",
        },
        "colour": "teal",
        "video_url": "",
        "transcript": {
            "nl": "",
            "fr": "",
            "de": "",
            "en": "",
        },
        "consent_date": "2025-07-01",
        "consent_expires": "2026-06-30",
        "trainings": ["bxl-coding-saturdays-for-women", "bxl-junior-web-developer-bootcamp"],
        "initiatives": [],
    },
]
