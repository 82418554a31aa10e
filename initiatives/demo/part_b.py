"""Demo initiatives, part B: Flanders, Wallonia and the German-speaking Community."""

INITIATIVES = [
    {
        "slug": "b-vdab-digital-restart-women-returners",
        "owner": "vdab",
        "promoter": "vdab",
        "partners": ["syntra"],
        "category": "training",
        "objective": 2,
        "audiences": ["women_returners", "labour_force"],
        "countries": ["BE"],
        "sphere": "regional",
        "fields_of_education": ["0611", "0612"],
        "funding": "regional",
        "technologies": ["digital_skills", "data"],
        "levels": ["foundation", "intermediate"],
        "region": "flanders",
        "start": "2022-01-10",
        "end": None,
        "website": "https://www.vdab.be",
        "title": {
            "nl": "Digitale Herstart: IT-opleidingstraject voor herintredende vrouwen",
            "fr": (
                "Digitale Herstart : parcours de formation IT pour les femmes qui reprennent "
                "le travail"
            ),
            "de": "Digitale Herstart: IT-Weiterbildung für Frauen beim beruflichen Wiedereinstieg",
            "en": "Digitale Herstart: IT training pathway for women returning to work",
        },
        "summary": {
            "nl": (
                "Een opleidingstraject van zes maanden dat vrouwen die na een "
                "loopbaanonderbreking terug aan de slag willen, voorbereidt op een job als "
                "IT-supportmedewerker of junior data-analist."
            ),
            "fr": (
                "Un parcours de six mois qui prépare les femmes souhaitant reprendre une "
                "activité après une interruption de carrière à un emploi de technicienne "
                "support IT ou d'analyste de données junior."
            ),
            "de": (
                "Ein sechsmonatiger Lehrgang, der Frauen nach einer Erwerbspause auf eine "
                "Stelle im IT-Support oder als Junior-Datenanalystin vorbereitet."
            ),
            "en": (
                "A six-month pathway that prepares women returning after a career break for "
                "jobs as IT support staff or junior data analysts."
            ),
        },
        "background": {
            "nl": (
                "<p>Veel vrouwen die na enkele jaren zorg voor kinderen of familie opnieuw "
                "werk zoeken, hebben interesse in digitale jobs, maar twijfelen aan hun "
                "technische bagage. Tegelijk blijven in Vlaanderen honderden vacatures voor "
                "IT-support en data-analyse openstaan.</p><p>Digitale Herstart wil die twee "
                "werelden samenbrengen: deelneemsters frissen eerst hun digitale "
                "basisvaardigheden op en kiezen daarna een specialisatie in IT-support of "
                "data-analyse, met een stage bij een werkgever.</p>"
            ),
            "fr": (
                "<p>Beaucoup de femmes qui recherchent un emploi après plusieurs années "
                "consacrées à leurs enfants ou à un proche s'intéressent aux métiers du "
                "numérique, mais doutent de leurs compétences techniques. Parallèlement, des "
                "centaines d'offres en support IT et en analyse de données restent ouvertes en "
                "Flandre.</p><p>Digitale Herstart veut rapprocher ces deux réalités : les "
                "participantes remettent d'abord à niveau leurs compétences numériques de "
                "base, puis choisissent une spécialisation en support IT ou en analyse de "
                "données, avec un stage en entreprise.</p>"
            ),
            "de": (
                "<p>Viele Frauen, die nach einigen Jahren Familienarbeit wieder eine Stelle "
                "suchen, interessieren sich für digitale Berufe, zweifeln aber an ihren "
                "technischen Vorkenntnissen. Gleichzeitig bleiben in Flandern Hunderte Stellen "
                "im IT-Support und in der Datenanalyse unbesetzt.</p><p>Digitale Herstart "
                "bringt beides zusammen: Die Teilnehmerinnen frischen zunächst ihre digitalen "
                "Grundkenntnisse auf und wählen danach eine Spezialisierung in IT-Support oder "
                "Datenanalyse, einschließlich eines Praktikums bei einem Arbeitgeber.</p>"
            ),
            "en": (
                "<p>Many women looking for work after several years of caring for children or "
                "relatives are interested in digital jobs but doubt their technical "
                "background. At the same time, hundreds of IT support and data analysis "
                "vacancies remain unfilled in Flanders.</p><p>Digitale Herstart brings the two "
                "together: participants first refresh their basic digital skills, then choose "
                "a specialisation in IT support or data analysis, including a work placement "
                "with an employer.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>Lessen in deeltijdse blokken tussen 9.30 en 15 uur, afgestemd op de "
                "schooluren.</li><li>Een vaste trajectbegeleider volgt elke deelneemster op, "
                "ook tijdens de stage.</li><li>Werkgevers engageren zich vooraf om "
                "stageplaatsen aan te bieden.</li></ul>"
            ),
            "fr": (
                "<ul><li>Des cours en demi-journées entre 9 h 30 et 15 h, compatibles avec les "
                "horaires scolaires.</li><li>Un coach de parcours attitré suit chaque "
                "participante, y compris pendant le stage.</li><li>Des employeurs s'engagent à "
                "l'avance à proposer des places de stage.</li></ul>"
            ),
            "de": (
                "<ul><li>Unterricht in Teilzeitblöcken zwischen 9.30 und 15 Uhr, abgestimmt "
                "auf die Schulzeiten.</li><li>Eine feste Ansprechperson begleitet jede "
                "Teilnehmerin, auch während des Praktikums.</li><li>Arbeitgeber verpflichten "
                "sich im Voraus, Praktikumsplätze anzubieten.</li></ul>"
            ),
            "en": (
                "<ul><li>Part-time classes between 9.30 a.m. and 3 p.m., in line with school "
                "hours.</li><li>A dedicated pathway coach follows up each participant, "
                "including during the placement.</li><li>Employers commit in advance to "
                "offering placements.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Sinds 2022 stapten 146 vrouwen in het traject. 61% van hen vond binnen zes "
                "maanden na afloop een job of startte een vervolgopleiding.</p>"
            ),
            "fr": (
                "<p>Depuis 2022, 146 femmes ont entamé le parcours. Six mois après la fin de "
                "la formation, 61 % d'entre elles avaient trouvé un emploi ou commencé une "
                "formation complémentaire.</p>"
            ),
            "de": (
                "<p>Seit 2022 haben 146 Frauen den Lehrgang begonnen. 61 % von ihnen fanden "
                "innerhalb von sechs Monaten nach Abschluss eine Stelle oder begannen eine "
                "weiterführende Ausbildung.</p>"
            ),
            "en": (
                "<p>Since 2022, 146 women have started the pathway. Within six months of "
                "completing it, 61% had found a job or gone on to further training.</p>"
            ),
        },
    },
    {
        "slug": "b-syntra-women-digital-entrepreneurs",
        "owner": "syntra",
        "promoter": "syntra",
        "partners": ["vdab"],
        "category": "entrepreneurship",
        "objective": 2,
        "audiences": ["entrepreneurs", "career_switchers"],
        "countries": ["BE"],
        "sphere": "regional",
        "fields_of_education": ["04", "0611"],
        "funding": "public_private",
        "technologies": ["digital_marketing", "digital_skills"],
        "levels": ["foundation", "intermediate"],
        "region": "flanders",
        "start": "2021-09-20",
        "end": None,
        "website": "https://www.syntra.be",
        "title": {
            "nl": "Onderneem Digitaal: avondtraject voor vrouwelijke starters",
            "fr": (
                "Onderneem Digitaal : parcours du soir pour les femmes qui lancent leur entreprise"
            ),
            "de": "Onderneem Digitaal: Abendkurs für Gründerinnen",
            "en": "Onderneem Digitaal: evening course for women starting a business",
        },
        "summary": {
            "nl": (
                "Een avondopleiding van twintig weken voor vrouwen die een eigen zaak starten "
                "of net gestart zijn en hun onderneming digitaal willen uitbouwen: webshop, "
                "online marketing, boekhoudsoftware en gegevensbescherming."
            ),
            "fr": (
                "Une formation du soir de vingt semaines pour les femmes qui lancent ou "
                "viennent de lancer leur entreprise et veulent la développer grâce au "
                "numérique : boutique en ligne, marketing digital, logiciels comptables et "
                "protection des données."
            ),
            "de": (
                "Ein zwanzigwöchiger Abendkurs für Frauen, die ein Unternehmen gründen oder "
                "gerade gegründet haben und es digital aufstellen möchten: Onlineshop, "
                "Online-Marketing, Buchhaltungssoftware und Datenschutz."
            ),
            "en": (
                "A twenty-week evening course for women who are starting or have just started "
                "a business and want to build it up digitally: online shop, digital marketing, "
                "accounting software and data protection."
            ),
        },
        "background": {
            "nl": (
                "<p>Vrouwen zijn nog altijd ondervertegenwoordigd bij de Vlaamse starters, en "
                "wie wel onderneemt, investeert vaak minder in digitale tools. Syntra merkte "
                "dat veel cursisten in de klassieke ondernemerscursus afhaakten bij de "
                "digitale modules.</p><p>Onderneem Digitaal combineert de wettelijk vereiste "
                "basiskennis bedrijfsbeheer met praktijkgerichte digitale modules, gegeven in "
                "kleine groepen en met voorbeelden uit de handel, de zorg en de creatieve "
                "beroepen.</p>"
            ),
            "fr": (
                "<p>Les femmes restent sous-représentées parmi les personnes qui créent une "
                "entreprise en Flandre, et celles qui se lancent investissent souvent moins "
                "dans les outils numériques. Syntra a constaté que de nombreuses participantes "
                "décrochaient lors des modules numériques du cours classique de "
                "gestion.</p><p>Onderneem Digitaal associe les connaissances de gestion de "
                "base exigées par la loi à des modules numériques très pratiques, donnés en "
                "petits groupes et illustrés par des exemples issus du commerce, des soins et "
                "des métiers créatifs.</p>"
            ),
            "de": (
                "<p>Frauen sind unter den Gründenden in Flandern nach wie vor "
                "unterrepräsentiert, und wer gründet, investiert oft weniger in digitale "
                "Werkzeuge. Syntra stellte fest, dass viele Teilnehmerinnen des klassischen "
                "Unternehmerkurses bei den digitalen Modulen ausstiegen.</p><p>Onderneem "
                "Digitaal verbindet die gesetzlich vorgeschriebenen betriebswirtschaftlichen "
                "Grundkenntnisse mit praxisnahen digitalen Modulen, in kleinen Gruppen und mit "
                "Beispielen aus Handel, Pflege und kreativen Berufen.</p>"
            ),
            "en": (
                "<p>Women are still under-represented among business starters in Flanders, and "
                "those who do start a business often invest less in digital tools. Syntra "
                "noticed that many participants in its standard business course dropped out "
                "during the digital modules.</p><p>Onderneem Digitaal combines the basic "
                "business management knowledge required by law with hands-on digital modules, "
                "taught in small groups and using examples from retail, care and the creative "
                "professions.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<p>Het traject vertrekt van het eigen ondernemingsplan van elke deelneemster: "
                "wat in de les wordt opgebouwd, zoals een webshop of een contentplanning, kan "
                "ze meteen gebruiken. Na de opleiding blijven de deelneemsters via "
                "maandelijkse intervisiemomenten met elkaar in contact.</p>"
            ),
            "fr": (
                "<p>Le parcours part du projet d'entreprise de chaque participante : ce qui "
                "est construit en cours, comme une boutique en ligne ou un calendrier de "
                "publication, peut être utilisé immédiatement. Après la formation, les "
                "participantes restent en contact grâce à des séances d'intervision "
                "mensuelles.</p>"
            ),
            "de": (
                "<p>Der Kurs geht vom Geschäftsplan jeder Teilnehmerin aus: Was im Unterricht "
                "entsteht, etwa ein Onlineshop oder ein Redaktionsplan, kann sofort eingesetzt "
                "werden. Nach dem Kurs bleiben die Teilnehmerinnen über monatliche "
                "Intervisionstreffen miteinander in Kontakt.</p>"
            ),
            "en": (
                "<p>The course starts from each participant's own business plan: what is built "
                "in class, such as an online shop or a content calendar, can be put to use "
                "straight away. After the course, participants keep in touch through monthly "
                "peer-review sessions.</p>"
            ),
        },
        "results": {
            "nl": (
                "<p>Sinds de start volgden 212 vrouwen het traject op vijf Syntra-campussen. "
                "Een jaar na de opleiding is 72% van hen zelfstandig in hoofd- of "
                "bijberoep.</p>"
            ),
            "fr": (
                "<p>Depuis le lancement, 212 femmes ont suivi le parcours sur cinq campus "
                "Syntra. Un an après la formation, 72 % d'entre elles exercent une activité "
                "indépendante à titre principal ou complémentaire.</p>"
            ),
            "de": (
                "<p>Seit dem Start haben 212 Frauen den Kurs an fünf Syntra-Standorten belegt. "
                "Ein Jahr nach dem Kurs sind 72 % von ihnen haupt- oder nebenberuflich "
                "selbstständig.</p>"
            ),
            "en": (
                "<p>Since its launch, 212 women have taken the course at five Syntra campuses. "
                "One year after the course, 72% are self-employed, either full-time or "
                "alongside another job.</p>"
            ),
        },
    },
    {
        "slug": "b-digitaal-vlaanderen-gender-barometer",
        "owner": "digitaal-vlaanderen",
        "promoter": "digitaal-vlaanderen",
        "partners": ["vdab", "agoria"],
        "category": "research_monitoring",
        "objective": 5,
        "audiences": ["all"],
        "countries": ["BE"],
        "sphere": "regional",
        "fields_of_education": ["0611", "0612", "0613"],
        "funding": "regional",
        "technologies": ["data"],
        "levels": ["intermediate"],
        "region": "flanders",
        "start": "2022-03-01",
        "end": None,
        "website": "https://www.vlaanderen.be/digitaal-vlaanderen",
        "title": {
            "nl": "Genderbarometer digitale talenten in Vlaanderen",
            "fr": "Baromètre du genre des talents numériques en Flandre",
            "de": "Gender-Barometer digitale Talente in Flandern",
            "en": "Flanders gender barometer for digital talent",
        },
        "summary": {
            "nl": (
                "Een jaarlijkse meting van het aandeel vrouwen in ICT-opleidingen, bij de "
                "afgestudeerden en in digitale jobs in Vlaanderen, op basis van "
                "administratieve gegevens uit onderwijs en arbeidsmarkt."
            ),
            "fr": (
                "Une mesure annuelle de la part des femmes dans les formations TIC, parmi les "
                "diplômés et dans les emplois numériques en Flandre, sur la base de données "
                "administratives de l'enseignement et du marché du travail."
            ),
            "de": (
                "Eine jährliche Erhebung zum Frauenanteil in IKT-Ausbildungen, unter den "
                "Absolventen und in digitalen Berufen in Flandern, auf der Grundlage von "
                "Verwaltungsdaten aus Bildung und Arbeitsmarkt."
            ),
            "en": (
                "An annual measurement of the share of women in ICT programmes, among "
                "graduates and in digital jobs in Flanders, based on administrative education "
                "and labour market data."
            ),
        },
        "background": {
            "nl": (
                "<p>Beleidsmakers, scholen en werkgevers hadden geen gedeeld beeld van waar "
                "vrouwen afhaken in de digitale keten: bij de studiekeuze, tijdens de "
                "opleiding of op de arbeidsmarkt. Cijfers waren verspreid over verschillende "
                "administraties en werden zelden naar gender uitgesplitst.</p><p>De barometer "
                "brengt die gegevens samen in één set indicatoren die elk jaar op dezelfde "
                "manier worden berekend, zodat evoluties zichtbaar worden en maatregelen "
                "kunnen worden bijgestuurd.</p>"
            ),
            "fr": (
                "<p>Les décideurs, les écoles et les employeurs ne disposaient pas d'une "
                "vision commune des moments où les femmes quittent la filière numérique : au "
                "choix des études, pendant la formation ou sur le marché du travail. Les "
                "chiffres étaient dispersés entre plusieurs administrations et rarement "
                "ventilés par genre.</p><p>Le baromètre rassemble ces données dans un ensemble "
                "d'indicateurs calculés chaque année selon la même méthode, afin de rendre les "
                "évolutions visibles et d'ajuster les mesures.</p>"
            ),
            "de": (
                "<p>Politik, Schulen und Arbeitgeber hatten kein gemeinsames Bild davon, an "
                "welcher Stelle Frauen dem digitalen Bereich verloren gehen: bei der "
                "Studienwahl, während der Ausbildung oder auf dem Arbeitsmarkt. Die Zahlen "
                "lagen verstreut bei verschiedenen Verwaltungen vor und wurden selten nach "
                "Geschlecht aufgeschlüsselt.</p><p>Das Barometer führt diese Daten in einem "
                "Satz von Indikatoren zusammen, die jedes Jahr nach derselben Methode "
                "berechnet werden, damit Entwicklungen sichtbar werden und Maßnahmen angepasst "
                "werden können.</p>"
            ),
            "en": (
                "<p>Policymakers, schools and employers had no shared picture of where women "
                "drop out of the digital pipeline: when choosing a course, during their "
                "studies or on the labour market. Figures were scattered across several "
                "administrations and rarely broken down by gender.</p><p>The barometer brings "
                "these data together in a set of indicators calculated in the same way every "
                "year, so that trends become visible and measures can be adjusted.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>Een vaste, openbaar gedocumenteerde methodologie.</li><li>Gegevens "
                "uitgesplitst per onderwijsniveau, provincie en sector.</li><li>Open data die "
                "scholen en organisaties zelf kunnen hergebruiken.</li></ul>"
            ),
            "fr": (
                "<ul><li>Une méthodologie stable et documentée publiquement.</li><li>Des "
                "données ventilées par niveau d'enseignement, province et secteur.</li><li>Des "
                "données ouvertes que les écoles et les organisations peuvent réutiliser "
                "elles-mêmes.</li></ul>"
            ),
            "de": (
                "<ul><li>Eine feste, öffentlich dokumentierte Methodik.</li><li>Daten "
                "aufgeschlüsselt nach Bildungsniveau, Provinz und Sektor.</li><li>Offene "
                "Daten, die Schulen und Organisationen selbst weiterverwenden "
                "können.</li></ul>"
            ),
            "en": (
                "<ul><li>A stable, publicly documented methodology.</li><li>Data broken down "
                "by level of education, province and sector.</li><li>Open data that schools "
                "and organisations can reuse themselves.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>De derde editie toont dat het aandeel vrouwen bij de afgestudeerden van "
                "ICT-bacheloropleidingen steeg van 11% naar 14%, maar dat vrouwen nog altijd "
                "maar 19% van de werknemers in digitale jobs uitmaken. De cijfers worden "
                "gebruikt bij de opvolging van het Vlaamse STEM-beleid.</p>"
            ),
            "fr": (
                "<p>La troisième édition montre que la part des femmes parmi les diplômés des "
                "bacheliers TIC est passée de 11 % à 14 %, mais que les femmes ne représentent "
                "toujours que 19 % des personnes occupant un emploi numérique. Les chiffres "
                "sont utilisés pour le suivi de la politique STEM flamande.</p>"
            ),
            "de": (
                "<p>Die dritte Ausgabe zeigt, dass der Frauenanteil unter den Absolventen von "
                "IKT-Bachelorstudiengängen von 11 % auf 14 % gestiegen ist, Frauen in "
                "digitalen Berufen aber nach wie vor nur 19 % der Beschäftigten ausmachen. Die "
                "Zahlen fließen in die Begleitung der flämischen MINT-Politik ein.</p>"
            ),
            "en": (
                "<p>The third edition shows that the share of women among ICT bachelor "
                "graduates rose from 11% to 14%, while women still make up only 19% of people "
                "working in digital jobs. The figures are used to monitor Flemish STEM "
                "policy.</p>"
            ),
        },
    },
    {
        "slug": "b-vdab-ai-basics-women-job-seekers-ghent",
        "owner": "vdab",
        "promoter": "vdab",
        "partners": ["digitaal-vlaanderen"],
        "category": "training",
        "objective": 2,
        "audiences": ["job_seekers", "career_switchers"],
        "countries": ["BE"],
        "sphere": "local",
        "fields_of_education": ["0611"],
        "funding": "regional",
        "technologies": ["ai", "digital_skills"],
        "levels": ["foundation"],
        "region": "flanders",
        "start": "2024-02-05",
        "end": None,
        "website": "https://www.vdab.be",
        "title": {
            "nl": "AI voor iedereen: workshopreeks voor werkzoekende vrouwen in Gent",
            "fr": "L'IA pour toutes : cycle d'ateliers pour les demandeuses d'emploi à Gand",
            "de": "KI für alle: Workshopreihe für arbeitsuchende Frauen in Gent",
            "en": "AI for everyone: workshop series for women job seekers in Ghent",
        },
        "summary": {
            "nl": (
                "Vier praktijkgerichte workshops waarin werkzoekende vrouwen leren wat "
                "generatieve AI is, hoe ze die verantwoord kunnen gebruiken bij het "
                "solliciteren en welke jobs erdoor veranderen."
            ),
            "fr": (
                "Quatre ateliers pratiques où les demandeuses d'emploi découvrent ce qu'est "
                "l'IA générative, comment l'utiliser de manière responsable dans leur "
                "recherche d'emploi et quels métiers elle transforme."
            ),
            "de": (
                "Vier praxisnahe Workshops, in denen arbeitsuchende Frauen lernen, was "
                "generative KI ist, wie sie sie bei der Bewerbung verantwortungsvoll nutzen "
                "können und welche Berufe sich dadurch verändern."
            ),
            "en": (
                "Four hands-on workshops in which women job seekers learn what generative AI "
                "is, how to use it responsibly when applying for jobs and which jobs it is "
                "changing."
            ),
        },
        "background": {
            "nl": (
                "<p>Uit gesprekken met bemiddelaars bleek dat veel werkzoekende vrouwen "
                "AI-toepassingen niet gebruiken uit onzekerheid of wantrouwen, terwijl "
                "werkgevers steeds vaker een basiskennis verwachten, ook in administratieve en "
                "commerciële functies.</p><p>De workshopreeks wil die drempel verlagen en "
                "deelneemsters laten ontdekken of een verdere opleiding in de digitale sector "
                "iets voor hen is.</p>"
            ),
            "fr": (
                "<p>Les conseillers emploi ont constaté que de nombreuses demandeuses d'emploi "
                "n'utilisent pas les outils d'IA par manque d'assurance ou par méfiance, alors "
                "que les employeurs attendent de plus en plus des connaissances de base, y "
                "compris pour des fonctions administratives et commerciales.</p><p>Le cycle "
                "d'ateliers vise à lever ce frein et à permettre aux participantes de "
                "découvrir si une formation plus poussée dans le secteur numérique leur "
                "conviendrait.</p>"
            ),
            "de": (
                "<p>Gespräche mit Vermittlungsfachkräften zeigten, dass viele arbeitsuchende "
                "Frauen KI-Anwendungen aus Unsicherheit oder Misstrauen nicht nutzen, obwohl "
                "Arbeitgeber immer häufiger Grundkenntnisse erwarten, auch in Verwaltungs- und "
                "Vertriebsberufen.</p><p>Die Workshopreihe soll diese Hemmschwelle senken und "
                "den Teilnehmerinnen zeigen, ob eine weiterführende Ausbildung im digitalen "
                "Bereich für sie in Frage kommt.</p>"
            ),
            "en": (
                "<p>Conversations with job counsellors showed that many women job seekers do "
                "not use AI tools because they feel unsure or distrustful, while employers "
                "increasingly expect basic knowledge, including for administrative and sales "
                "jobs.</p><p>The workshop series aims to lower that threshold and help "
                "participants find out whether further training in the digital sector is right "
                "for them.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>Kleine groepen van maximaal twaalf deelneemsters, in een buurtcentrum "
                "in plaats van een opleidingscentrum.</li><li>Aandacht voor privacy, "
                "vooringenomenheid en kritisch gebruik, niet alleen voor de tools.</li><li>Na "
                "de laatste workshop een individueel gesprek over mogelijke "
                "vervolgopleidingen.</li></ul>"
            ),
            "fr": (
                "<ul><li>De petits groupes de douze participantes maximum, dans un centre de "
                "quartier plutôt que dans un centre de formation.</li><li>Une attention portée "
                "à la vie privée, aux biais et à l'usage critique, et pas seulement aux "
                "outils.</li><li>Un entretien individuel après le dernier atelier pour "
                "envisager une formation complémentaire.</li></ul>"
            ),
            "de": (
                "<ul><li>Kleine Gruppen mit höchstens zwölf Teilnehmerinnen, in einem "
                "Stadtteilzentrum statt in einem Ausbildungszentrum.</li><li>Themen wie "
                "Datenschutz, Verzerrungen und kritische Nutzung, nicht nur die Werkzeuge "
                "selbst.</li><li>Nach dem letzten Workshop ein Einzelgespräch über mögliche "
                "weiterführende Ausbildungen.</li></ul>"
            ),
            "en": (
                "<ul><li>Small groups of at most twelve participants, in a neighbourhood "
                "centre rather than a training centre.</li><li>Attention to privacy, bias and "
                "critical use, not just to the tools.</li><li>An individual interview after "
                "the last workshop to discuss possible follow-up training.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>In 2024 namen 96 vrouwen deel aan acht reeksen. 38 van hen schreven zich "
                "daarna in voor een digitale opleiding bij VDAB of een partner.</p>"
            ),
            "fr": (
                "<p>En 2024, 96 femmes ont participé à huit cycles. 38 d'entre elles se sont "
                "ensuite inscrites à une formation numérique au VDAB ou chez un "
                "partenaire.</p>"
            ),
            "de": (
                "<p>Im Jahr 2024 nahmen 96 Frauen an acht Reihen teil. 38 von ihnen meldeten "
                "sich danach für eine digitale Ausbildung beim VDAB oder bei einem Partner "
                "an.</p>"
            ),
            "en": (
                "<p>In 2024, 96 women took part in eight series. 38 of them went on to enrol "
                "in digital training at VDAB or a partner organisation.</p>"
            ),
        },
    },
    {
        "slug": "b-syntra-cybersecurity-scholarships-women",
        "owner": "syntra",
        "promoter": "syntra",
        "partners": ["proximus", "agoria"],
        "category": "training",
        "objective": 4,
        "audiences": ["ict_professionals", "employees"],
        "countries": ["BE"],
        "sphere": "regional",
        "fields_of_education": ["0612"],
        "funding": "private",
        "technologies": ["cybersecurity"],
        "levels": ["intermediate", "advanced"],
        "region": "flanders",
        "start": "2023-09-01",
        "end": None,
        "website": "https://www.syntra.be",
        "title": {
            "nl": "Cyberbeurs: studiebeurzen voor vrouwen in cybersecurity",
            "fr": "Cyberbeurs : bourses d'études pour les femmes en cybersécurité",
            "de": "Cyberbeurs: Stipendien für Frauen in der Cybersicherheit",
            "en": "Cyberbeurs: cybersecurity scholarships for women",
        },
        "summary": {
            "nl": (
                "Beurzen die het inschrijvingsgeld dekken voor vrouwen die al in de IT werken "
                "en zich via een avond- of weekendopleiding willen specialiseren in "
                "cybersecurity."
            ),
            "fr": (
                "Des bourses couvrant les droits d'inscription pour les femmes qui travaillent "
                "déjà dans l'IT et souhaitent se spécialiser en cybersécurité grâce à une "
                "formation en soirée ou le week-end."
            ),
            "de": (
                "Stipendien, die die Einschreibegebühren für Frauen übernehmen, die bereits in "
                "der IT arbeiten und sich in Abend- oder Wochenendkursen auf Cybersicherheit "
                "spezialisieren möchten."
            ),
            "en": (
                "Scholarships covering tuition fees for women already working in IT who want "
                "to specialise in cybersecurity through an evening or weekend course."
            ),
        },
        "background": {
            "nl": (
                "<p>In cybersecurity is minder dan één op de tien professionals een vrouw. "
                "Veel vrouwen in helpdesk-, netwerk- of ontwikkelaarsfuncties hebben de basis "
                "om door te groeien, maar volgen minder vaak een dure specialisatie buiten de "
                "werkuren.</p><p>Met de steun van bedrijven uit de sector biedt Syntra "
                "jaarlijks beurzen aan voor zijn opleidingen security analist en ethical "
                "hacking, gekoppeld aan begeleiding door een mentor uit een "
                "partnerbedrijf.</p>"
            ),
            "fr": (
                "<p>En cybersécurité, moins d'un professionnel sur dix est une femme. De "
                "nombreuses femmes occupant des fonctions de helpdesk, de réseau ou de "
                "développement ont les bases pour évoluer, mais suivent moins souvent une "
                "spécialisation coûteuse en dehors des heures de travail.</p><p>Avec le "
                "soutien d'entreprises du secteur, Syntra propose chaque année des bourses "
                "pour ses formations d'analyste sécurité et d'ethical hacking, assorties d'un "
                "accompagnement par un mentor issu d'une entreprise partenaire.</p>"
            ),
            "de": (
                "<p>In der Cybersicherheit ist weniger als eine von zehn Fachkräften eine "
                "Frau. Viele Frauen im Helpdesk, in der Netzwerkadministration oder in der "
                "Entwicklung bringen die Grundlagen für den nächsten Schritt mit, belegen aber "
                "seltener eine teure Spezialisierung außerhalb der Arbeitszeit.</p><p>Mit "
                "Unterstützung von Unternehmen aus der Branche vergibt Syntra jedes Jahr "
                "Stipendien für seine Ausbildungen zur Security-Analystin und im Ethical "
                "Hacking, verbunden mit der Begleitung durch eine Mentorin oder einen Mentor "
                "aus einem Partnerunternehmen.</p>"
            ),
            "en": (
                "<p>Fewer than one in ten cybersecurity professionals is a woman. Many women "
                "in helpdesk, network or development roles have the foundations to move on, "
                "but are less likely to take an expensive specialisation outside working "
                "hours.</p><p>With support from companies in the sector, Syntra offers "
                "scholarships every year for its security analyst and ethical hacking courses, "
                "combined with mentoring by someone from a partner company.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<p>De beurs neemt een concrete financiële drempel weg en wordt gecombineerd "
                "met een mentor die de deelneemster helpt om haar nieuwe kennis ook in haar "
                "loopbaan te verzilveren. De selectie gebeurt op basis van motivatie en "
                "ervaring, niet van diploma's.</p>"
            ),
            "fr": (
                "<p>La bourse lève un obstacle financier concret et s'accompagne d'un mentorat "
                "qui aide la participante à valoriser ses nouvelles compétences dans sa "
                "carrière. La sélection se fait sur la base de la motivation et de "
                "l'expérience, et non du diplôme.</p>"
            ),
            "de": (
                "<p>Das Stipendium beseitigt eine konkrete finanzielle Hürde und wird mit "
                "einem Mentoring kombiniert, das der Teilnehmerin hilft, das neue Wissen auch "
                "beruflich zu nutzen. Ausgewählt wird nach Motivation und Erfahrung, nicht "
                "nach Abschlüssen.</p>"
            ),
            "en": (
                "<p>The scholarship removes a concrete financial barrier and is combined with "
                "a mentor who helps the participant turn her new knowledge into career "
                "progress. Selection is based on motivation and experience rather than "
                "qualifications.</p>"
            ),
        },
        "results": {
            "nl": (
                "<p>In twee academiejaren werden 34 beurzen toegekend. 29 deelneemsters "
                "rondden de opleiding af en 11 van hen werken intussen in een "
                "securityfunctie.</p>"
            ),
            "fr": (
                "<p>En deux années académiques, 34 bourses ont été octroyées. 29 boursières "
                "ont terminé la formation et 11 d'entre elles occupent désormais une fonction "
                "dans la sécurité informatique.</p>"
            ),
            "de": (
                "<p>In zwei Studienjahren wurden 34 Stipendien vergeben. 29 Stipendiatinnen "
                "haben die Ausbildung abgeschlossen, elf von ihnen arbeiten inzwischen im "
                "Bereich IT-Sicherheit.</p>"
            ),
            "en": (
                "<p>Over two academic years, 34 scholarships were awarded. 29 recipients "
                "completed the course and 11 of them now work in a security role.</p>"
            ),
        },
    },
    {
        "slug": "b-digitaal-vlaanderen-inclusive-hr-charter",
        "owner": "digitaal-vlaanderen",
        "promoter": "digitaal-vlaanderen",
        "partners": ["agoria", "vdab"],
        "category": "policy",
        "objective": 4,
        "audiences": ["ict_professionals", "employees"],
        "countries": ["BE"],
        "sphere": "regional",
        "fields_of_education": [],
        "funding": "regional",
        "technologies": ["other"],
        "levels": ["intermediate"],
        "region": "flanders",
        "start": "2023-01-16",
        "end": None,
        "website": "https://www.vlaanderen.be/digitaal-vlaanderen",
        "title": {
            "nl": "Charter inclusief HR-beleid voor digitale teams",
            "fr": "Charte pour une gestion RH inclusive dans les équipes numériques",
            "de": "Charta für eine inklusive Personalpolitik in digitalen Teams",
            "en": "Charter for inclusive HR policy in digital teams",
        },
        "summary": {
            "nl": (
                "Een charter waarmee Vlaamse overheidsdiensten en ICT-leveranciers zich "
                "engageren om vrouwen in digitale functies gelijke kansen te bieden bij "
                "aanwerving, promotie en opleiding, en daarover jaarlijks te rapporteren."
            ),
            "fr": (
                "Une charte par laquelle des services publics flamands et des fournisseurs IT "
                "s'engagent à offrir aux femmes occupant des fonctions numériques des chances "
                "égales en matière de recrutement, de promotion et de formation, et à en "
                "rendre compte chaque année."
            ),
            "de": (
                "Eine Charta, mit der sich flämische Behörden und IT-Dienstleister "
                "verpflichten, Frauen in digitalen Funktionen gleiche Chancen bei Einstellung, "
                "Beförderung und Weiterbildung zu bieten und jährlich darüber zu berichten."
            ),
            "en": (
                "A charter in which Flemish public bodies and ICT suppliers commit to giving "
                "women in digital roles equal opportunities in recruitment, promotion and "
                "training, and to report on this every year."
            ),
        },
        "background": {
            "nl": (
                "<p>Vrouwen die in de IT starten, verlaten de sector vaker en sneller dan hun "
                "mannelijke collega's. Redenen zijn onder meer beperkte doorgroeikansen, een "
                "eenzijdige teamcultuur en moeilijk te combineren werkuren.</p><p>Digitaal "
                "Vlaanderen werkte samen met werkgevers en vakorganisaties een charter uit met "
                "concrete engagementen, van genderneutrale vacatureteksten tot transparante "
                "promotiecriteria en opleidingsbudgetten voor deeltijdse medewerkers.</p>"
            ),
            "fr": (
                "<p>Les femmes qui débutent dans l'IT quittent le secteur plus souvent et plus "
                "rapidement que leurs collègues masculins, notamment en raison de perspectives "
                "d'évolution limitées, d'une culture d'équipe peu diversifiée et d'horaires "
                "difficiles à concilier avec la vie privée.</p><p>Digitaal Vlaanderen a "
                "élaboré avec des employeurs et des organisations syndicales une charte "
                "comprenant des engagements concrets, allant d'offres d'emploi rédigées de "
                "manière neutre à des critères de promotion transparents et à des budgets de "
                "formation pour le personnel à temps partiel.</p>"
            ),
            "de": (
                "<p>Frauen, die in der IT anfangen, verlassen die Branche häufiger und "
                "schneller als ihre männlichen Kollegen, unter anderem wegen geringer "
                "Aufstiegschancen, einer einseitigen Teamkultur und schwer vereinbarer "
                "Arbeitszeiten.</p><p>Digitaal Vlaanderen hat mit Arbeitgebern und "
                "Gewerkschaften eine Charta mit konkreten Verpflichtungen erarbeitet, von "
                "geschlechtsneutralen Stellenanzeigen über transparente Beförderungskriterien "
                "bis zu Weiterbildungsbudgets für Teilzeitkräfte.</p>"
            ),
            "en": (
                "<p>Women who start out in IT leave the sector more often and sooner than "
                "their male colleagues, partly because of limited career prospects, a "
                "one-sided team culture and working hours that are hard to combine with other "
                "commitments.</p><p>Together with employers and trade unions, Digitaal "
                "Vlaanderen drew up a charter with concrete commitments, ranging from "
                "gender-neutral job advertisements to transparent promotion criteria and "
                "training budgets for part-time staff.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>De engagementen zijn meetbaar en worden elk jaar met een korte "
                "vragenlijst opgevolgd.</li><li>De ondertekenaars wisselen praktijken uit in "
                "een lerend netwerk.</li><li>Het charter sluit aan bij bestaande "
                "diversiteitsplannen en zorgt dus niet voor extra rapporteringslast.</li></ul>"
            ),
            "fr": (
                "<ul><li>Les engagements sont mesurables et font l'objet d'un suivi annuel au "
                "moyen d'un court questionnaire.</li><li>Les signataires échangent leurs "
                "pratiques au sein d'un réseau apprenant.</li><li>La charte s'inscrit dans les "
                "plans de diversité existants et n'alourdit donc pas les obligations de "
                "rapportage.</li></ul>"
            ),
            "de": (
                "<ul><li>Die Verpflichtungen sind messbar und werden jedes Jahr mit einem "
                "kurzen Fragebogen überprüft.</li><li>Die Unterzeichner tauschen sich in einem "
                "Lernnetzwerk über ihre Praxis aus.</li><li>Die Charta knüpft an bestehende "
                "Diversitätspläne an und verursacht daher keinen zusätzlichen "
                "Berichtsaufwand.</li></ul>"
            ),
            "en": (
                "<ul><li>Commitments are measurable and followed up every year with a short "
                "questionnaire.</li><li>Signatories share practices in a learning "
                "network.</li><li>The charter builds on existing diversity plans, so it does "
                "not create an extra reporting burden.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Eind 2024 hadden 27 organisaties met samen ruim 4.800 ICT-medewerkers het "
                "charter ondertekend. Bij de eerste opvolging had twee derde van hen de "
                "vacatureteksten herschreven en een derde een mentorprogramma opgestart.</p>"
            ),
            "fr": (
                "<p>Fin 2024, 27 organisations employant ensemble plus de 4 800 collaborateurs "
                "IT avaient signé la charte. Lors du premier suivi, deux tiers d'entre elles "
                "avaient revu leurs offres d'emploi et un tiers avait lancé un programme de "
                "mentorat.</p>"
            ),
            "de": (
                "<p>Ende 2024 hatten 27 Organisationen mit zusammen gut 4.800 IT-Beschäftigten "
                "die Charta unterzeichnet. Bei der ersten Überprüfung hatten zwei Drittel ihre "
                "Stellenanzeigen überarbeitet und ein Drittel ein Mentoringprogramm "
                "gestartet.</p>"
            ),
            "en": (
                "<p>By the end of 2024, 27 organisations employing more than 4,800 ICT staff "
                "between them had signed the charter. At the first follow-up, two thirds had "
                "rewritten their job advertisements and one third had started a mentoring "
                "programme.</p>"
            ),
        },
    },
    {
        "slug": "b-vdab-limburg-tech-role-models-schools",
        "owner": "vdab",
        "promoter": "vdab",
        "partners": ["syntra"],
        "category": "awareness",
        "objective": 3,
        "audiences": ["students_girls", "education"],
        "countries": ["BE"],
        "sphere": "local",
        "fields_of_education": ["06", "07"],
        "funding": "regional",
        "technologies": ["programming", "iot"],
        "levels": ["foundation"],
        "region": "flanders",
        "start": "2022-10-03",
        "end": "2024-06-28",
        "website": "https://www.vdab.be",
        "title": {
            "nl": "Techniek in het Echt: rolmodellen in Limburgse secundaire scholen",
            "fr": "",
            "de": "",
            "en": "",
        },
        "summary": {
            "nl": (
                "Vrouwelijke IT'ers en technici uit Limburgse bedrijven gingen in duo naar de "
                "klas om leerlingen van de tweede graad kennis te laten maken met hun job en "
                "samen een kleine IoT-opdracht uit te voeren."
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "background": {
            "nl": (
                "<p>Bij de studiekeuze na de tweede graad kiezen in Limburg nog altijd weinig "
                "meisjes voor een richting in ICT of techniek. Leerkrachten gaven aan dat hun "
                "leerlingen nauwelijks vrouwen kennen die in die sectoren werken.</p><p>Met "
                "Techniek in het Echt wilde VDAB die beroepen concreet maken: geen algemene "
                "presentatie, maar een gesprek met mensen die het werk zelf doen.</p>"
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "good_practice": {
            "nl": (
                "<ul><li>De rolmodellen kregen vooraf een korte vorming over hoe ze hun job "
                "toegankelijk kunnen uitleggen.</li><li>Elk klasbezoek combineerde een "
                "getuigenis met een praktische opdracht met sensoren en een "
                "microcontroller.</li><li>Leerkrachten kregen lesmateriaal om het thema nadien "
                "verder uit te werken.</li></ul>"
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
        "results": {
            "nl": (
                "<p>Over twee schooljaren bezochten 41 rolmodellen 63 klassen in 18 scholen. "
                "In de bevraging achteraf zei 46% van de meisjes dat ze een ICT- of technische "
                "richting overwegen, tegenover 21% vooraf.</p>"
            ),
            "fr": "",
            "de": "",
            "en": "",
        },
    },
    {
        "slug": "b-syntra-lead-the-code-european-mentoring",
        "owner": "syntra",
        "promoter": "syntra",
        "partners": ["vdab", "agoria"],
        "category": "networking_mentoring",
        "objective": 4,
        "audiences": ["ict_professionals", "employees"],
        "countries": ["BE", "NL", "DE", "FI", "PT"],
        "sphere": "european",
        "fields_of_education": ["04", "06"],
        "funding": "eu",
        "technologies": ["cloud", "data"],
        "levels": ["advanced"],
        "region": "flanders",
        "start": "2022-11-01",
        "end": "2024-10-31",
        "website": "https://www.syntra.be",
        "title": {
            "nl": "Lead the Code: Europees mentorprogramma voor vrouwen op weg naar IT-leiderschap",
            "fr": (
                "Lead the Code : programme européen de mentorat pour les femmes visant des "
                "fonctions dirigeantes dans l'IT"
            ),
            "de": (
                "Lead the Code: europäisches Mentoringprogramm für Frauen auf dem Weg in "
                "IT-Führungspositionen"
            ),
            "en": "Lead the Code: European mentoring programme for women moving into IT leadership",
        },
        "summary": {
            "nl": (
                "Een Erasmus+-project waarin opleidingscentra uit vijf landen een mentor- en "
                "opleidingstraject ontwikkelden voor ervaren IT-professionals die de stap naar "
                "een leidinggevende functie of een architectenrol willen zetten."
            ),
            "fr": (
                "Un projet Erasmus+ dans lequel des centres de formation de cinq pays ont "
                "développé un parcours de mentorat et de formation pour les professionnelles "
                "IT expérimentées qui souhaitent évoluer vers une fonction dirigeante ou "
                "d'architecte."
            ),
            "de": (
                "Ein Erasmus+-Projekt, in dem Bildungszentren aus fünf Ländern ein Mentoring- "
                "und Weiterbildungsprogramm für erfahrene IT-Fachfrauen entwickelt haben, die "
                "eine Führungs- oder Architekturrolle anstreben."
            ),
            "en": (
                "An Erasmus+ project in which training centres from five countries developed a "
                "mentoring and training pathway for experienced women IT professionals who "
                "want to move into a management or architect role."
            ),
        },
        "background": {
            "nl": (
                "<p>Hoe hoger in de hiërarchie van IT-bedrijven, hoe kleiner het aandeel "
                "vrouwen. De partners zien dat patroon op dezelfde manier terug in België, "
                "Nederland, Duitsland, Finland en Portugal.</p><p>Onder coördinatie van Syntra "
                "ontwikkelden ze samen een programma van negen maanden met online modules over "
                "technisch leiderschap, cloudarchitectuur en datagestuurd beslissen, aangevuld "
                "met een mentor uit een ander land.</p>"
            ),
            "fr": (
                "<p>Plus on monte dans la hiérarchie des entreprises IT, plus la part des "
                "femmes diminue. Les partenaires observent cette même tendance en Belgique, "
                "aux Pays-Bas, en Allemagne, en Finlande et au Portugal.</p><p>Sous la "
                "coordination de Syntra, ils ont mis au point un programme de neuf mois qui "
                "combine des modules en ligne sur le leadership technique, l'architecture "
                "cloud et la prise de décision fondée sur les données avec un mentorat assuré "
                "par une personne d'un autre pays.</p>"
            ),
            "de": (
                "<p>Je höher die Hierarchieebene in IT-Unternehmen, desto geringer der "
                "Frauenanteil. Dieses Muster beobachten die Partner in Belgien, den "
                "Niederlanden, Deutschland, Finnland und Portugal gleichermaßen.</p><p>Unter "
                "der Koordination von Syntra haben sie gemeinsam ein neunmonatiges Programm "
                "entwickelt, das Online-Module zu technischer Führung, Cloud-Architektur und "
                "datengestützten Entscheidungen mit einem Mentoring durch eine Person aus "
                "einem anderen Land verbindet.</p>"
            ),
            "en": (
                "<p>The higher up the hierarchy of IT companies, the smaller the share of "
                "women. The partners see the same pattern in Belgium, the Netherlands, "
                "Germany, Finland and Portugal.</p><p>Coordinated by Syntra, they jointly "
                "developed a nine-month programme combining online modules on technical "
                "leadership, cloud architecture and data-driven decision-making with a mentor "
                "from another country.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>Mentoring over de grenzen heen verruimt het netwerk en maakt het "
                "makkelijker om vrijuit over de eigen werkplek te praten.</li><li>Alle modules "
                "zijn als open leermiddelen in vijf talen beschikbaar.</li><li>Werkgevers "
                "ondertekenden een engagement om deelneemsters tijd te geven voor het "
                "programma.</li></ul>"
            ),
            "fr": (
                "<ul><li>Le mentorat transfrontalier élargit le réseau et permet de parler "
                "plus librement de son propre lieu de travail.</li><li>Tous les modules sont "
                "disponibles en ressources éducatives libres dans cinq langues.</li><li>Les "
                "employeurs se sont engagés par écrit à libérer du temps pour les "
                "participantes.</li></ul>"
            ),
            "de": (
                "<ul><li>Grenzüberschreitendes Mentoring erweitert das Netzwerk und "
                "erleichtert es, offen über den eigenen Arbeitsplatz zu sprechen.</li><li>Alle "
                "Module stehen als offene Bildungsressourcen in fünf Sprachen zur "
                "Verfügung.</li><li>Die Arbeitgeber haben sich schriftlich verpflichtet, den "
                "Teilnehmerinnen Zeit für das Programm einzuräumen.</li></ul>"
            ),
            "en": (
                "<ul><li>Cross-border mentoring widens participants' networks and makes it "
                "easier to speak openly about their own workplace.</li><li>All modules are "
                "available as open educational resources in five languages.</li><li>Employers "
                "signed a commitment to give participants time for the programme.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Aan de twee edities namen 88 vrouwen en 70 mentoren deel. Een jaar na de "
                "start had 31% van de deelneemsters een nieuwe functie met meer "
                "verantwoordelijkheid opgenomen.</p>"
            ),
            "fr": (
                "<p>Les deux éditions ont réuni 88 participantes et 70 mentors. Un an après le "
                "début du programme, 31 % des participantes avaient pris une nouvelle fonction "
                "avec davantage de responsabilités.</p>"
            ),
            "de": (
                "<p>An den beiden Durchgängen nahmen 88 Frauen und 70 Mentorinnen und Mentoren "
                "teil. Ein Jahr nach Beginn hatten 31 % der Teilnehmerinnen eine neue Stelle "
                "mit mehr Verantwortung übernommen.</p>"
            ),
            "en": (
                "<p>The two editions involved 88 women and 70 mentors. One year after "
                "starting, 31% of participants had taken on a new role with more "
                "responsibility.</p>"
            ),
        },
    },
    {
        "slug": "b-technobel-cap-numerique-women-reskilling",
        "owner": "le-forem",
        "promoter": "technobel",
        "partners": ["le-forem"],
        "category": "training",
        "objective": 2,
        "audiences": ["career_switchers", "job_seekers"],
        "countries": ["BE"],
        "sphere": "regional",
        "fields_of_education": ["0613", "0612"],
        "funding": "eu",
        "technologies": ["programming", "cloud"],
        "levels": ["foundation", "intermediate"],
        "region": "wallonia",
        "start": "2021-10-04",
        "end": None,
        "website": "https://www.technobel.be",
        "title": {
            "nl": "Cap Numérique: omscholingstraject naar IT voor vrouwen in Wallonië",
            "fr": "Cap Numérique : parcours de reconversion vers l'IT pour les femmes en Wallonie",
            "de": "Cap Numérique: Umschulung in die IT für Frauen in der Wallonie",
            "en": "Cap Numérique: IT reskilling pathway for women in Wallonia",
        },
        "summary": {
            "nl": (
                "Een omscholingstraject voor werkzoekende vrouwen zonder IT-achtergrond, met "
                "een oriëntatiefase van vier weken en een opleiding van vijf maanden tot "
                "junior webontwikkelaar of cloudbeheerder."
            ),
            "fr": (
                "Un parcours de reconversion destiné aux demandeuses d'emploi sans expérience "
                "en IT, comprenant une phase d'orientation de quatre semaines et une formation "
                "de cinq mois de développeuse web junior ou d'administratrice cloud."
            ),
            "de": (
                "Eine Umschulung für arbeitsuchende Frauen ohne IT-Vorkenntnisse, mit einer "
                "vierwöchigen Orientierungsphase und einer fünfmonatigen Ausbildung zur "
                "Junior-Webentwicklerin oder Cloud-Administratorin."
            ),
            "en": (
                "A reskilling pathway for women job seekers with no IT background, with a "
                "four-week orientation phase followed by five months of training as a junior "
                "web developer or cloud administrator."
            ),
        },
        "background": {
            "nl": (
                "<p>In de klassieke IT-opleidingen van Technobel was minder dan 15% van de "
                "cursisten een vrouw. Vrouwen die wilden omscholen, vonden de instapproeven "
                "vaak te technisch en wisten niet goed welke job bij hen zou passen.</p><p>Cap "
                "Numérique voegt daarom een oriëntatiefase toe waarin deelneemsters "
                "verschillende IT-beroepen uitproberen, bedrijven bezoeken en hun basiskennis "
                "bijwerken voordat ze een specialisatie kiezen.</p>"
            ),
            "fr": (
                "<p>Dans les formations IT classiques de Technobel, moins de 15 % des "
                "stagiaires étaient des femmes. Celles qui envisageaient une reconversion "
                "trouvaient souvent les tests d'entrée trop techniques et ne savaient pas bien "
                "quel métier leur conviendrait.</p><p>Cap Numérique ajoute donc une phase "
                "d'orientation durant laquelle les participantes découvrent plusieurs métiers "
                "de l'IT, visitent des entreprises et mettent à niveau leurs connaissances de "
                "base avant de choisir une spécialisation.</p>"
            ),
            "de": (
                "<p>In den klassischen IT-Ausbildungen von Technobel lag der Frauenanteil "
                "unter 15 %. Frauen, die eine Umschulung erwogen, empfanden die Eingangstests "
                "oft als zu technisch und wussten nicht recht, welcher Beruf zu ihnen "
                "passt.</p><p>Cap Numérique ergänzt deshalb eine Orientierungsphase, in der "
                "die Teilnehmerinnen verschiedene IT-Berufe ausprobieren, Unternehmen besuchen "
                "und ihre Grundkenntnisse auffrischen, bevor sie sich für eine Spezialisierung "
                "entscheiden.</p>"
            ),
            "en": (
                "<p>Women made up less than 15% of trainees in Technobel's standard IT "
                "courses. Those considering a career change often found the entrance tests too "
                "technical and were unsure which job would suit them.</p><p>Cap Numérique "
                "therefore adds an orientation phase in which participants try out different "
                "IT jobs, visit companies and update their basic knowledge before choosing a "
                "specialisation.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<p>De oriëntatiefase vervangt de klassieke toelatingsproef: deelneemsters "
                "worden beoordeeld op wat ze in vier weken leren, niet op hun voorkennis. Le "
                "Forem vergoedt verplaatsings- en kinderopvangkosten, wat voor veel "
                "alleenstaande moeders de doorslag geeft.</p>"
            ),
            "fr": (
                "<p>La phase d'orientation remplace le test d'admission classique : les "
                "participantes sont évaluées sur ce qu'elles apprennent en quatre semaines, et "
                "non sur leurs connaissances préalables. Le Forem prend en charge les frais de "
                "déplacement et de garde d'enfants, ce qui est décisif pour de nombreuses "
                "mères seules.</p>"
            ),
            "de": (
                "<p>Die Orientierungsphase ersetzt den klassischen Aufnahmetest: Die "
                "Teilnehmerinnen werden danach beurteilt, was sie in vier Wochen lernen, und "
                "nicht nach ihren Vorkenntnissen. Le Forem übernimmt Fahrt- und "
                "Kinderbetreuungskosten, was für viele Alleinerziehende den Ausschlag "
                "gibt.</p>"
            ),
            "en": (
                "<p>The orientation phase replaces the usual entrance test: participants are "
                "assessed on what they learn over four weeks, not on prior knowledge. Le Forem "
                "covers travel and childcare costs, which is decisive for many single "
                "mothers.</p>"
            ),
        },
        "results": {
            "nl": (
                "<p>Sinds 2021 startten 178 vrouwen met de oriëntatiefase, van wie 121 de "
                "volledige opleiding afrondden. Zes maanden later had 58% van hen een job of "
                "een opleidingscontract bij een werkgever in de IT.</p>"
            ),
            "fr": (
                "<p>Depuis 2021, 178 femmes ont entamé la phase d'orientation et 121 ont suivi "
                "la formation complète. Six mois plus tard, 58 % d'entre elles avaient un "
                "emploi ou un contrat de formation-insertion dans l'IT.</p>"
            ),
            "de": (
                "<p>Seit 2021 haben 178 Frauen die Orientierungsphase begonnen, 121 von ihnen "
                "schlossen die gesamte Ausbildung ab. Sechs Monate später hatten 58 % eine "
                "Stelle oder einen betrieblichen Ausbildungsvertrag in der IT.</p>"
            ),
            "en": (
                "<p>Since 2021, 178 women have started the orientation phase and 121 completed "
                "the full course. Six months later, 58% had a job or an on-the-job training "
                "contract in IT.</p>"
            ),
        },
    },
    {
        "slug": "b-technobel-coding-wednesdays-girls-ciney",
        "owner": "technobel",
        "promoter": "technobel",
        "partners": [],
        "category": "education",
        "objective": 1,
        "audiences": ["students_girls"],
        "countries": ["BE"],
        "sphere": "local",
        "fields_of_education": ["0613"],
        "funding": "regional",
        "technologies": ["programming"],
        "levels": ["foundation"],
        "region": "wallonia",
        "start": "2022-09-14",
        "end": None,
        "website": "https://www.technobel.be",
        "title": {
            "nl": "",
            "fr": "Les Mercredis du Code : ateliers de programmation pour les filles à Ciney",
            "de": "",
            "en": "",
        },
        "summary": {
            "nl": "",
            "fr": (
                "Chaque mercredi après-midi pendant l'année scolaire, des filles de 11 à 15 "
                "ans apprennent à programmer des jeux, des applications et de petits robots "
                "dans les locaux de Technobel à Ciney."
            ),
            "de": "",
            "en": "",
        },
        "background": {
            "nl": "",
            "fr": (
                "<p>En Wallonie, les filles restent très minoritaires dans les options "
                "informatiques de l'enseignement secondaire et dans les filières du supérieur. "
                "Beaucoup d'entre elles n'ont jamais eu l'occasion d'écrire une ligne de code "
                "avant de devoir choisir leurs études.</p><p>Les Mercredis du Code leur "
                "offrent un cadre non mixte et détendu pour essayer, se tromper et réaliser "
                "des projets concrets, encadrées par des formatrices et des étudiantes en "
                "informatique.</p>"
            ),
            "de": "",
            "en": "",
        },
        "good_practice": {
            "nl": "",
            "fr": (
                "<ul><li>Des groupes de quinze filles au maximum, avec une animatrice pour "
                "cinq participantes.</li><li>Une participation gratuite et un horaire "
                "compatible avec les transports scolaires.</li><li>Une présentation des "
                "projets aux familles en fin d'année, pour valoriser le travail "
                "accompli.</li></ul>"
            ),
            "de": "",
            "en": "",
        },
        "results": {
            "nl": "",
            "fr": (
                "<p>En trois années scolaires, 154 filles ont participé aux ateliers, dont la "
                "moitié pendant au moins deux trimestres. Parmi les participantes qui ont "
                "choisi leurs options en troisième secondaire, une sur trois s'est orientée "
                "vers une option sciences ou informatique.</p>"
            ),
            "de": "",
            "en": "",
        },
    },
    {
        "slug": "b-le-forem-entreprendre-en-ligne-women",
        "owner": "le-forem",
        "promoter": "le-forem",
        "partners": ["technobel"],
        "category": "entrepreneurship",
        "objective": 2,
        "audiences": ["entrepreneurs", "job_seekers"],
        "countries": ["BE"],
        "sphere": "regional",
        "fields_of_education": ["04", "0611"],
        "funding": "regional",
        "technologies": ["digital_marketing", "digital_skills"],
        "levels": ["foundation"],
        "region": "wallonia",
        "start": "2023-03-06",
        "end": None,
        "website": "https://www.leforem.be",
        "title": {
            "nl": (
                "Entreprendre en ligne: begeleiding voor werkzoekende vrouwen met een "
                "ondernemingsplan"
            ),
            "fr": (
                "Entreprendre en ligne : accompagnement des demandeuses d'emploi porteuses "
                "d'un projet d'entreprise"
            ),
            "de": (
                "Entreprendre en ligne: Begleitung für arbeitsuchende Frauen mit einem "
                "Gründungsvorhaben"
            ),
            "en": "Entreprendre en ligne: support for women job seekers with a business project",
        },
        "summary": {
            "nl": (
                "Een begeleidingstraject van drie maanden voor werkzoekende vrouwen die een "
                "zaak willen starten met een sterke online component, van een webshop tot "
                "dienstverlening op afstand."
            ),
            "fr": (
                "Un accompagnement de trois mois pour les demandeuses d'emploi qui veulent "
                "créer une activité reposant en grande partie sur le numérique, de la boutique "
                "en ligne aux services à distance."
            ),
            "de": (
                "Eine dreimonatige Begleitung für arbeitsuchende Frauen, die ein Unternehmen "
                "mit starkem Online-Anteil gründen möchten, vom Onlineshop bis zu "
                "Dienstleistungen aus der Ferne."
            ),
            "en": (
                "A three-month support programme for women job seekers who want to start a "
                "business with a strong online component, from an online shop to remote "
                "services."
            ),
        },
        "background": {
            "nl": (
                "<p>Een groeiend aantal werkzoekende vrouwen die Le Forem begeleidt, heeft een "
                "concreet ondernemingsidee, vaak een online verkoop- of "
                "dienstverleningsactiviteit. Ze missen echter de vaardigheden om een website, "
                "betaalsystemen en sociale media professioneel aan te pakken, en vragen zich "
                "af of hun project financieel haalbaar is.</p><p>Het traject combineert "
                "individuele coaching met praktijkateliers bij Technobel, zodat elke "
                "deelneemster op het einde een geteste online aanbieding en een financieel "
                "plan heeft.</p>"
            ),
            "fr": (
                "<p>Un nombre croissant de demandeuses d'emploi accompagnées par le Forem ont "
                "une idée d'entreprise précise, souvent une activité de vente ou de services "
                "en ligne. Il leur manque toutefois les compétences pour gérer de manière "
                "professionnelle un site web, les moyens de paiement et les réseaux sociaux, "
                "et elles s'interrogent sur la viabilité financière de leur projet.</p><p>Le "
                "parcours associe un coaching individuel à des ateliers pratiques chez "
                "Technobel, afin que chaque participante dispose à la fin d'une offre en ligne "
                "testée et d'un plan financier.</p>"
            ),
            "de": (
                "<p>Immer mehr arbeitsuchende Frauen, die Le Forem begleitet, haben eine "
                "konkrete Geschäftsidee, oft im Onlinehandel oder bei Online-Dienstleistungen. "
                "Es fehlen ihnen jedoch die Kompetenzen, um Website, Zahlungssysteme und "
                "soziale Medien professionell zu betreuen, und sie fragen sich, ob ihr "
                "Vorhaben wirtschaftlich tragfähig ist.</p><p>Das Programm kombiniert "
                "Einzelcoaching mit Praxisworkshops bei Technobel, sodass jede Teilnehmerin am "
                "Ende ein getestetes Online-Angebot und einen Finanzplan vorweisen kann.</p>"
            ),
            "en": (
                "<p>A growing number of women job seekers supported by Le Forem have a "
                "specific business idea, often online sales or services. However, they lack "
                "the skills to manage a website, payment systems and social media "
                "professionally, and wonder whether their project is financially "
                "viable.</p><p>The programme combines individual coaching with practical "
                "workshops at Technobel, so that by the end each participant has a tested "
                "online offer and a financial plan.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>Deelneemsters behouden hun werkloosheidsuitkering tijdens het "
                "traject.</li><li>De ateliers werken met de eigen producten en klanten van de "
                "deelneemsters.</li><li>Na afloop worden ze doorverwezen naar een "
                "starterscoöperatie of een verstrekker van microkredieten.</li></ul>"
            ),
            "fr": (
                "<ul><li>Les participantes conservent leurs allocations de chômage pendant le "
                "parcours.</li><li>Les ateliers s'appuient sur les produits et les clients "
                "réels des participantes.</li><li>À l'issue du parcours, elles sont orientées "
                "vers une couveuse d'entreprises ou un organisme de microcrédit.</li></ul>"
            ),
            "de": (
                "<ul><li>Die Teilnehmerinnen behalten während des Programms ihr "
                "Arbeitslosengeld.</li><li>Die Workshops arbeiten mit den eigenen Produkten "
                "und der eigenen Kundschaft der Teilnehmerinnen.</li><li>Im Anschluss werden "
                "sie an einen Gründungsinkubator oder einen Mikrokreditgeber "
                "weitervermittelt.</li></ul>"
            ),
            "en": (
                "<ul><li>Participants keep their unemployment benefit during the "
                "programme.</li><li>Workshops use participants' own products and "
                "customers.</li><li>Afterwards, participants are referred to a business "
                "incubator or a microcredit provider.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>In de eerste twee jaar volgden 87 vrouwen het traject. 39 van hen startten "
                "een eigen zaak, de meesten eerst via een starterscoöperatie.</p>"
            ),
            "fr": (
                "<p>Au cours des deux premières années, 87 femmes ont suivi le parcours. 39 "
                "d'entre elles ont lancé leur activité, la plupart en passant d'abord par une "
                "couveuse d'entreprises.</p>"
            ),
            "de": (
                "<p>In den ersten beiden Jahren haben 87 Frauen das Programm durchlaufen. 39 "
                "von ihnen haben ihr Unternehmen gegründet, die meisten zunächst im Rahmen "
                "eines Gründungsinkubators.</p>"
            ),
            "en": (
                "<p>In the first two years, 87 women took part. 39 of them started their "
                "business, most of them first through a business incubator.</p>"
            ),
        },
    },
    {
        "slug": "b-technobel-relance-it-mentoring-returners",
        "owner": "technobel",
        "promoter": "technobel",
        "partners": ["agoria", "proximus"],
        "category": "networking_mentoring",
        "objective": 4,
        "audiences": ["ict_professionals", "women_returners"],
        "countries": ["BE"],
        "sphere": "regional",
        "fields_of_education": ["0612"],
        "funding": "public_private",
        "technologies": ["data", "cloud"],
        "levels": ["intermediate", "advanced"],
        "region": "wallonia",
        "start": "2023-01-16",
        "end": None,
        "website": "https://www.technobel.be",
        "title": {
            "nl": "Relance IT: mentoring voor IT-professionals na een loopbaanonderbreking",
            "fr": (
                "Relance IT : mentorat pour les professionnelles IT après une interruption de "
                "carrière"
            ),
            "de": "Relance IT: Mentoring für IT-Fachfrauen nach einer beruflichen Auszeit",
            "en": "Relance IT: mentoring for women IT professionals after a career break",
        },
        "summary": {
            "nl": (
                "Vrouwen met IT-ervaring die na een onderbreking terugkeren, krijgen zes "
                "maanden lang een mentor uit de sector en een korte bijscholing in data en "
                "cloud om hun kennis te actualiseren."
            ),
            "fr": (
                "Les femmes ayant une expérience en IT qui reprennent le travail après une "
                "interruption bénéficient pendant six mois d'un mentor du secteur et d'une "
                "courte remise à niveau en données et en cloud."
            ),
            "de": (
                "Frauen mit IT-Erfahrung, die nach einer Auszeit zurückkehren, erhalten sechs "
                "Monate lang eine Mentorin oder einen Mentor aus der Branche und eine kurze "
                "Auffrischung zu Daten und Cloud."
            ),
            "en": (
                "Women with IT experience returning after a break get a mentor from the sector "
                "for six months and a short refresher course in data and cloud technologies."
            ),
        },
        "background": {
            "nl": (
                "<p>IT-kennis veroudert snel: na enkele jaren afwezigheid, bijvoorbeeld na de "
                "geboorte van een kind of een ziekte, hebben veel vrouwen het gevoel dat ze de "
                "technologie niet meer bijbenen en solliciteren ze onder hun niveau. Zo gaat "
                "voor de sector waardevolle ervaring verloren.</p><p>Relance IT koppelt elke "
                "deelneemster aan een mentor uit een partnerbedrijf en biedt gerichte modules "
                "over clouddiensten en data-analyse, zodat ze met vertrouwen kan terugkeren "
                "naar een functie die bij haar ervaring past.</p>"
            ),
            "fr": (
                "<p>Les compétences IT vieillissent vite : après quelques années d'absence, "
                "par exemple à la suite d'une naissance ou d'une maladie, beaucoup de femmes "
                "ont le sentiment d'avoir décroché et postulent en dessous de leur niveau. Le "
                "secteur perd ainsi une expérience précieuse.</p><p>Relance IT associe chaque "
                "participante à un mentor d'une entreprise partenaire et propose des modules "
                "ciblés sur les services cloud et l'analyse de données, afin qu'elle puisse "
                "revenir en confiance vers une fonction à la hauteur de son expérience.</p>"
            ),
            "de": (
                "<p>IT-Kenntnisse veralten schnell: Nach einigen Jahren Abwesenheit, etwa nach "
                "der Geburt eines Kindes oder einer Krankheit, haben viele Frauen das Gefühl, "
                "den Anschluss verloren zu haben, und bewerben sich unter ihrem Niveau. Der "
                "Branche geht damit wertvolle Erfahrung verloren.</p><p>Relance IT bringt jede "
                "Teilnehmerin mit einer Mentorin oder einem Mentor aus einem "
                "Partnerunternehmen zusammen und bietet gezielte Module zu Cloud-Diensten und "
                "Datenanalyse, damit sie selbstbewusst in eine Funktion zurückkehren kann, die "
                "ihrer Erfahrung entspricht.</p>"
            ),
            "en": (
                "<p>IT skills date quickly: after a few years away, for example after having a "
                "child or an illness, many women feel they have fallen behind and apply for "
                "jobs below their level. The sector loses valuable experience as a "
                "result.</p><p>Relance IT pairs each participant with a mentor from a partner "
                "company and offers targeted modules on cloud services and data analysis, so "
                "that she can return with confidence to a role that matches her "
                "experience.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<p>Het programma erkent bestaande ervaring in plaats van opnieuw bij nul te "
                "beginnen: de bijscholing wordt afgestemd op een korte competentiescan, en de "
                "mentoren helpen vooral om het eigen profiel sterk te presenteren aan "
                "werkgevers.</p>"
            ),
            "fr": (
                "<p>Le programme valorise l'expérience acquise au lieu de repartir de zéro : "
                "la remise à niveau est adaptée sur la base d'un court bilan de compétences, "
                "et les mentors aident surtout les participantes à présenter leur profil aux "
                "employeurs.</p>"
            ),
            "de": (
                "<p>Das Programm würdigt vorhandene Erfahrung, statt bei null anzufangen: Die "
                "Auffrischung richtet sich nach einer kurzen Kompetenzbilanz, und die "
                "Mentorinnen und Mentoren helfen vor allem dabei, das eigene Profil gegenüber "
                "Arbeitgebern überzeugend darzustellen.</p>"
            ),
            "en": (
                "<p>The programme recognises existing experience rather than starting from "
                "scratch: the refresher course is tailored on the basis of a short skills "
                "assessment, and mentors mainly help participants present their profile to "
                "employers.</p>"
            ),
        },
        "results": {
            "nl": (
                "<p>Sinds 2023 namen 52 vrouwen deel. 35 van hen vonden binnen het jaar een "
                "IT-functie, in de helft van de gevallen op een hoger niveau dan hun laatste "
                "job.</p>"
            ),
            "fr": (
                "<p>Depuis 2023, 52 femmes ont participé. 35 d'entre elles ont trouvé une "
                "fonction IT dans l'année, dans la moitié des cas à un niveau supérieur à "
                "celui de leur dernier emploi.</p>"
            ),
            "de": (
                "<p>Seit 2023 haben 52 Frauen teilgenommen. 35 von ihnen fanden innerhalb "
                "eines Jahres eine IT-Stelle, in der Hälfte der Fälle auf einer höheren Ebene "
                "als in ihrer letzten Tätigkeit.</p>"
            ),
            "en": (
                "<p>Since 2023, 52 women have taken part. 35 of them found an IT job within a "
                "year, in half of the cases at a higher level than their previous job.</p>"
            ),
        },
    },
    {
        "slug": "b-le-forem-gender-ict-vacancies-study",
        "owner": "le-forem",
        "promoter": "le-forem",
        "partners": ["vdab", "actiris", "adg"],
        "category": "research_monitoring",
        "objective": 5,
        "audiences": ["all"],
        "countries": ["BE"],
        "sphere": "national",
        "fields_of_education": [],
        "funding": "own_resources",
        "technologies": ["data"],
        "levels": ["intermediate"],
        "region": "wallonia",
        "start": "2023-02-01",
        "end": "2023-12-15",
        "website": "https://www.leforem.be",
        "title": {
            "nl": "Gender en ICT-vacatures: analyse van vacatureteksten in België",
            "fr": "Genre et offres d'emploi TIC : analyse des annonces publiées en Belgique",
            "de": "Geschlecht und IKT-Stellenangebote: Analyse von Stellenanzeigen in Belgien",
            "en": "Gender and ICT vacancies: an analysis of job advertisements in Belgium",
        },
        "summary": {
            "nl": (
                "Een studie van meer dan 20.000 ICT-vacatures die bij de vier Belgische "
                "openbare diensten voor arbeidsbemiddeling werden gepubliceerd, om na te gaan "
                "hoe taalgebruik en vereisten vrouwelijke kandidaten kunnen afschrikken."
            ),
            "fr": (
                "Une étude portant sur plus de 20 000 offres d'emploi TIC publiées par les "
                "quatre services publics de l'emploi belges, afin d'examiner dans quelle "
                "mesure la formulation et les exigences peuvent décourager les candidates."
            ),
            "de": (
                "Eine Studie zu über 20.000 IKT-Stellenangeboten, die bei den vier belgischen "
                "öffentlichen Arbeitsvermittlungsdiensten veröffentlicht wurden, um zu "
                "untersuchen, wie Formulierungen und Anforderungen Bewerberinnen abschrecken "
                "können."
            ),
            "en": (
                "A study of more than 20,000 ICT vacancies published by Belgium's four public "
                "employment services, looking at how wording and requirements may discourage "
                "women from applying."
            ),
        },
        "background": {
            "nl": (
                "<p>Onderzoek toont aan dat vrouwen minder vaak solliciteren wanneer een "
                "vacature lange lijsten met vereisten of sterk competitief taalgebruik bevat. "
                "Voor Belgische ICT-vacatures ontbraken daarover cijfers.</p><p>De dienst "
                "arbeidsmarktanalyse van Le Forem onderzocht samen met VDAB, Actiris en het "
                "ADG een volledig jaar aan ICT-vacatures met tekstanalyse, aangevuld met "
                "interviews met rekruteerders.</p>"
            ),
            "fr": (
                "<p>Des études montrent que les femmes postulent moins souvent lorsqu'une "
                "offre comporte une longue liste d'exigences ou un vocabulaire très "
                "compétitif. Ces données manquaient pour les offres d'emploi TIC en "
                "Belgique.</p><p>Le service d'analyse du marché de l'emploi du Forem a "
                "examiné, avec le VDAB, Actiris et l'ADG, une année complète d'offres d'emploi "
                "TIC au moyen d'une analyse textuelle, complétée par des entretiens avec des "
                "recruteurs.</p>"
            ),
            "de": (
                "<p>Studien zeigen, dass Frauen sich seltener bewerben, wenn eine "
                "Stellenanzeige lange Anforderungslisten oder eine stark "
                "wettbewerbsorientierte Sprache enthält. Für belgische IKT-Stellenangebote "
                "fehlten dazu bisher Zahlen.</p><p>Die Arbeitsmarktanalyse von Le Forem hat "
                "gemeinsam mit dem VDAB, Actiris und dem Arbeitsamt der DG die "
                "IKT-Stellenangebote eines ganzen Jahres per Textanalyse ausgewertet und durch "
                "Interviews mit Personalverantwortlichen ergänzt.</p>"
            ),
            "en": (
                "<p>Research shows that women are less likely to apply when a job "
                "advertisement contains long lists of requirements or highly competitive "
                "language. No figures were available on this for ICT vacancies in "
                "Belgium.</p><p>Le Forem's labour market analysis department, together with "
                "VDAB, Actiris and ADG, examined a full year of ICT vacancies using text "
                "analysis, supplemented by interviews with recruiters.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>De eerste studie die de vacaturegegevens van de vier regionale "
                "diensten samen analyseert.</li><li>De resultaten werden vertaald in een "
                "praktische checklist voor werkgevers en bemiddelaars.</li><li>Code en methode "
                "zijn gedocumenteerd, zodat de analyse kan worden herhaald.</li></ul>"
            ),
            "fr": (
                "<ul><li>La première étude qui analyse conjointement les offres d'emploi des "
                "quatre services régionaux.</li><li>Les résultats ont été traduits en une "
                "liste de contrôle pratique pour les employeurs et les conseillers.</li><li>Le "
                "code et la méthode sont documentés, ce qui permet de refaire "
                "l'analyse.</li></ul>"
            ),
            "de": (
                "<ul><li>Die erste Studie, die die Stellenangebote der vier regionalen Dienste "
                "gemeinsam auswertet.</li><li>Die Ergebnisse wurden in eine praktische "
                "Checkliste für Arbeitgeber und Vermittlungsfachkräfte "
                "übertragen.</li><li>Code und Methode sind dokumentiert, sodass die Analyse "
                "wiederholt werden kann.</li></ul>"
            ),
            "en": (
                "<ul><li>The first study to analyse vacancy data from all four regional "
                "services together.</li><li>The findings have been turned into a practical "
                "checklist for employers and job counsellors.</li><li>Code and method are "
                "documented so that the analysis can be repeated.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>ICT-vacatures vermeldden gemiddeld acht technische vereisten, waarvan er "
                "volgens de rekruteerders zelf maar vier echt noodzakelijk waren. Het rapport "
                "werd in december 2023 voorgesteld; de checklist wordt sindsdien gebruikt door "
                "de bemiddelaars van de vier diensten.</p>"
            ),
            "fr": (
                "<p>Les offres d'emploi TIC mentionnaient en moyenne huit exigences "
                "techniques, dont seulement quatre étaient réellement indispensables selon les "
                "recruteurs eux-mêmes. Le rapport a été présenté en décembre 2023 ; la liste "
                "de contrôle est depuis utilisée par les conseillers des quatre services.</p>"
            ),
            "de": (
                "<p>IKT-Stellenangebote nannten im Durchschnitt acht technische Anforderungen, "
                "von denen nach Aussage der Personalverantwortlichen selbst nur vier wirklich "
                "notwendig waren. Der Bericht wurde im Dezember 2023 vorgestellt; die "
                "Checkliste wird seitdem von den Vermittlungsfachkräften der vier Dienste "
                "genutzt.</p>"
            ),
            "en": (
                "<p>ICT vacancies listed eight technical requirements on average, of which "
                "recruiters themselves considered only four to be essential. The report was "
                "presented in December 2023; since then, the checklist has been used by job "
                "counsellors at all four services.</p>"
            ),
        },
    },
    {
        "slug": "b-technobel-greater-region-girls-summer-school",
        "owner": "technobel",
        "promoter": "technobel",
        "partners": ["le-forem", "adg"],
        "category": "education",
        "objective": 1,
        "audiences": ["students_girls", "education"],
        "countries": ["BE", "FR", "LU", "DE"],
        "sphere": "european",
        "fields_of_education": ["06", "07"],
        "funding": "eu",
        "technologies": ["iot", "programming"],
        "levels": ["foundation"],
        "region": "wallonia",
        "start": "2023-07-03",
        "end": None,
        "website": "https://www.technobel.be",
        "title": {
            "nl": "TechSommer Grande Région: grensoverschrijdende zomerschool voor meisjes",
            "fr": "TechSommer Grande Région : école d'été transfrontalière pour les filles",
            "de": "TechSommer Großregion: grenzüberschreitende Sommerschule für Mädchen",
            "en": "TechSommer Greater Region: cross-border summer school for girls",
        },
        "summary": {
            "nl": (
                "Een zomerschool van een week waarin meisjes van 14 tot 17 jaar uit België, "
                "Frankrijk, Luxemburg en Duitsland samen technologische projecten uitwerken, "
                "van een weerstation tot een kleine app."
            ),
            "fr": (
                "Une école d'été d'une semaine où des filles de 14 à 17 ans venues de "
                "Belgique, de France, du Luxembourg et d'Allemagne réalisent ensemble des "
                "projets technologiques, de la station météo à la petite application."
            ),
            "de": (
                "Eine einwöchige Sommerschule, in der Mädchen zwischen 14 und 17 Jahren aus "
                "Belgien, Frankreich, Luxemburg und Deutschland gemeinsam technische Projekte "
                "umsetzen, von der Wetterstation bis zur kleinen App."
            ),
            "en": (
                "A one-week summer school in which girls aged 14 to 17 from Belgium, France, "
                "Luxembourg and Germany work together on technology projects, from a weather "
                "station to a small app."
            ),
        },
        "background": {
            "nl": (
                "<p>In de Grande Région pendelen elke dag tienduizenden mensen over de grens, "
                "ook voor technische en digitale jobs. Toch kiezen in alle vier de landen "
                "weinig meisjes voor een STEM-richting.</p><p>Met steun van het "
                "Interreg-programma organiseren opleidingscentra uit de vier landen elke zomer "
                "een meertalige zomerschool, telkens aan een andere kant van de grens. De "
                "meisjes werken in internationale teams en ontmoeten vrouwelijke ingenieurs en "
                "ontwikkelaars uit de regio.</p>"
            ),
            "fr": (
                "<p>Dans la Grande Région, des dizaines de milliers de personnes traversent "
                "chaque jour la frontière pour aller travailler, notamment dans des métiers "
                "techniques et numériques. Pourtant, dans les quatre pays, peu de filles "
                "choisissent une filière STEM.</p><p>Avec le soutien du programme Interreg, "
                "des centres de formation des quatre pays organisent chaque été une école "
                "d'été multilingue, chaque fois d'un autre côté de la frontière. Les filles "
                "travaillent en équipes internationales et rencontrent des ingénieures et des "
                "développeuses de la région.</p>"
            ),
            "de": (
                "<p>In der Großregion pendeln täglich Zehntausende über die Grenze, auch in "
                "technische und digitale Berufe. Dennoch entscheiden sich in allen vier "
                "Ländern nur wenige Mädchen für eine MINT-Richtung.</p><p>Mit Unterstützung "
                "des Interreg-Programms veranstalten Bildungszentren aus den vier Ländern "
                "jeden Sommer eine mehrsprachige Sommerschule, jedes Jahr auf einer anderen "
                "Seite der Grenze. Die Mädchen arbeiten in internationalen Teams und treffen "
                "Ingenieurinnen und Entwicklerinnen aus der Region.</p>"
            ),
            "en": (
                "<p>Tens of thousands of people cross the border every day in the Greater "
                "Region to go to work, including in technical and digital jobs. Yet in all "
                "four countries, few girls choose a STEM track.</p><p>With support from the "
                "Interreg programme, training centres from the four countries hold a "
                "multilingual summer school every summer, each time on a different side of the "
                "border. The girls work in international teams and meet women engineers and "
                "developers from the region.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>De Duitstalige Gemeenschap is via het ADG volwaardig betrokken, wat "
                "de meertaligheid van de regio weerspiegelt.</li><li>Deelname is gratis, "
                "vervoer en verblijf inbegrepen.</li><li>Elke editie eindigt met een publieke "
                "voorstelling van de projecten voor ouders en leerkrachten.</li></ul>"
            ),
            "fr": (
                "<ul><li>La Communauté germanophone est pleinement associée via l'ADG, ce qui "
                "reflète le multilinguisme de la région.</li><li>La participation est "
                "gratuite, transport et hébergement compris.</li><li>Chaque édition se termine "
                "par une présentation publique des projets aux parents et aux "
                "enseignants.</li></ul>"
            ),
            "de": (
                "<ul><li>Die Deutschsprachige Gemeinschaft ist über das Arbeitsamt der DG "
                "vollwertig beteiligt, was die Mehrsprachigkeit der Region "
                "widerspiegelt.</li><li>Die Teilnahme ist kostenlos, einschließlich Fahrt und "
                "Unterkunft.</li><li>Jede Ausgabe endet mit einer öffentlichen Präsentation "
                "der Projekte für Eltern und Lehrkräfte.</li></ul>"
            ),
            "en": (
                "<ul><li>Belgium's German-speaking Community is fully involved through ADG, "
                "reflecting the region's multilingualism.</li><li>Participation is free, "
                "including transport and accommodation.</li><li>Each edition ends with a "
                "public presentation of the projects for parents and teachers.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>De eerste drie edities, in Ciney, Saarbrücken en Esch-sur-Alzette, "
                "brachten 132 meisjes samen. Bij de opvolging van de eerste twee edities, een "
                "jaar later, gaf 40% van de deelneemsters aan dat ze een STEM-richting volgen "
                "of overwegen.</p>"
            ),
            "fr": (
                "<p>Les trois premières éditions, à Ciney, Sarrebruck et Esch-sur-Alzette, ont "
                "réuni 132 filles. Lors du suivi des deux premières éditions, un an plus tard, "
                "40 % des participantes déclaraient suivre ou envisager une filière STEM.</p>"
            ),
            "de": (
                "<p>Die ersten drei Ausgaben in Ciney, Saarbrücken und Esch-sur-Alzette "
                "brachten 132 Mädchen zusammen. Bei der Nachbefragung zu den ersten beiden "
                "Ausgaben ein Jahr später gaben 40 % der Teilnehmerinnen an, eine "
                "MINT-Richtung zu belegen oder dies zu planen.</p>"
            ),
            "en": (
                "<p>The first three editions, in Ciney, Saarbrücken and Esch-sur-Alzette, "
                "brought together 132 girls. In a follow-up survey one year after the first "
                "two editions, 40% of participants said they were taking or considering a STEM "
                "track.</p>"
            ),
        },
    },
    {
        "slug": "b-adg-digital-back-to-work-women",
        "owner": "adg",
        "promoter": "adg",
        "partners": [],
        "category": "training",
        "objective": 2,
        "audiences": ["women_returners", "labour_force"],
        "countries": ["BE"],
        "sphere": "local",
        "fields_of_education": ["0611"],
        "funding": "regional",
        "technologies": ["digital_skills"],
        "levels": ["foundation"],
        "region": "german_community",
        "start": "2022-02-07",
        "end": None,
        "website": "https://www.adg.be",
        "title": {
            "nl": (
                "Digital zurück in den Beruf: opleiding voor herintredende vrouwen in Eupen en "
                "Sankt Vith"
            ),
            "fr": (
                "Digital zurück in den Beruf : formation pour les femmes qui reprennent le "
                "travail à Eupen et Saint-Vith"
            ),
            "de": (
                "Digital zurück in den Beruf: Kurs für Wiedereinsteigerinnen in Eupen und St. Vith"
            ),
            "en": "Digital zurück in den Beruf: course for women returners in Eupen and St. Vith",
        },
        "summary": {
            "nl": (
                "Een opleiding van twaalf weken waarin vrouwen na een gezinspauze de digitale "
                "vaardigheden voor het huidige kantoorwerk verwerven: documenten in de cloud, "
                "videovergaderingen, rekenbladen en veilige communicatie."
            ),
            "fr": (
                "Une formation de douze semaines qui permet aux femmes ayant interrompu leur "
                "carrière pour leur famille d'acquérir les compétences numériques du travail "
                "de bureau actuel : documents partagés dans le cloud, visioconférences, "
                "tableurs et communication sécurisée."
            ),
            "de": (
                "Ein zwölfwöchiger Kurs, in dem Frauen nach einer Familienpause die digitalen "
                "Kompetenzen für den heutigen Büroalltag erwerben: Cloud-Dokumente, "
                "Videokonferenzen, Tabellenkalkulation und sichere Kommunikation."
            ),
            "en": (
                "A twelve-week course in which women returning after a family break acquire "
                "the digital skills needed in today's offices: cloud documents, video "
                "conferencing, spreadsheets and secure communication."
            ),
        },
        "background": {
            "nl": (
                "<p>In Oost-België zoeken veel bedrijven administratieve medewerkers, maar ze "
                "verwachten solide digitale vaardigheden. Vrouwen die enkele jaren thuis voor "
                "hun gezin zorgden, voldoen daar vaak niet meer aan en durven niet te "
                "solliciteren.</p><p>Het ADG biedt daarom in Eupen en Sankt Vith een opleiding "
                "aan die digitale basisvaardigheden op een praktische manier aanbrengt en "
                "afsluit met een bedrijfsstage van twee weken.</p>"
            ),
            "fr": (
                "<p>En Belgique de l'Est, de nombreuses entreprises recherchent du personnel "
                "administratif, mais attendent de solides compétences numériques. Les femmes "
                "restées plusieurs années au foyer pour s'occuper de leur famille ne répondent "
                "souvent plus à ces attentes et n'osent pas postuler.</p><p>L'ADG propose donc "
                "à Eupen et à Saint-Vith une formation qui transmet les bases du numérique de "
                "manière concrète et se termine par un stage de deux semaines en "
                "entreprise.</p>"
            ),
            "de": (
                "<p>In Ostbelgien suchen viele Betriebe Verwaltungs- und Bürokräfte, erwarten "
                "aber sichere digitale Kenntnisse. Frauen, die mehrere Jahre für die Familie "
                "zu Hause waren, erfüllen diese Erwartungen oft nicht mehr und trauen sich "
                "eine Bewerbung nicht zu.</p><p>Das Arbeitsamt der DG bietet deshalb in Eupen "
                "und St. Vith einen Kurs an, der digitale Grundlagen praxisnah vermittelt und "
                "mit einem zweiwöchigen Betriebspraktikum abschließt.</p>"
            ),
            "en": (
                "<p>In East Belgium, many businesses are looking for administrative staff but "
                "expect solid digital skills. Women who have spent several years at home with "
                "their families often no longer meet these expectations and lack the "
                "confidence to apply.</p><p>ADG therefore offers a course in Eupen and St. "
                "Vith that teaches digital basics in a practical way and ends with a two-week "
                "work placement.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>Twee startmomenten per jaar, lessen in de voormiddag en hulp bij het "
                "zoeken naar kinderopvang.</li><li>Oefenen met echte opdrachten uit "
                "Oost-Belgische bedrijven.</li><li>Individuele loopbaanbegeleiding gedurende "
                "de hele opleiding.</li></ul>"
            ),
            "fr": (
                "<ul><li>Deux sessions par an, des cours le matin et une aide pour trouver une "
                "solution de garde d'enfants.</li><li>Des exercices basés sur des tâches "
                "réelles d'entreprises de Belgique de l'Est.</li><li>Un accompagnement "
                "individuel en orientation professionnelle tout au long de la "
                "formation.</li></ul>"
            ),
            "de": (
                "<ul><li>Kursbeginn zweimal im Jahr, Unterricht am Vormittag und Unterstützung "
                "bei der Suche nach Kinderbetreuung.</li><li>Lernen an echten Aufgaben aus "
                "ostbelgischen Betrieben.</li><li>Individuelle Berufsberatung während des "
                "gesamten Kurses.</li></ul>"
            ),
            "en": (
                "<ul><li>Two intakes a year, morning classes and help with finding "
                "childcare.</li><li>Practice based on real tasks from East Belgian "
                "businesses.</li><li>Individual career guidance throughout the "
                "course.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Sinds 2022 rondden 64 vrouwen de opleiding af. Zes maanden later waren 39 "
                "van hen aan het werk, meestal deeltijds in de administratie, de handel of de "
                "zorg.</p>"
            ),
            "fr": (
                "<p>Depuis 2022, 64 femmes ont terminé la formation. Six mois plus tard, 39 "
                "d'entre elles avaient un emploi, le plus souvent à temps partiel dans "
                "l'administration, le commerce ou les soins de santé.</p>"
            ),
            "de": (
                "<p>Seit 2022 haben 64 Frauen den Kurs abgeschlossen. Sechs Monate danach "
                "waren 39 von ihnen in Beschäftigung, meist in Teilzeit in Verwaltung, Handel "
                "oder Gesundheitswesen.</p>"
            ),
            "en": (
                "<p>Since 2022, 64 women have completed the course. Six months later, 39 of "
                "them were in work, mostly part-time in administration, retail or "
                "healthcare.</p>"
            ),
        },
    },
    {
        "slug": "b-adg-women-founders-digital-east-belgium",
        "owner": "adg",
        "promoter": "adg",
        "partners": ["fps-economy"],
        "category": "entrepreneurship",
        "objective": 2,
        "audiences": ["entrepreneurs"],
        "countries": ["BE"],
        "sphere": "regional",
        "fields_of_education": ["04"],
        "funding": "federal",
        "technologies": ["digital_marketing", "cloud"],
        "levels": ["foundation", "intermediate"],
        "region": "german_community",
        "start": "2021-05-03",
        "end": "2024-12-31",
        "website": "https://www.adg.be",
        "title": {
            "nl": "Gründerinnen digital: begeleidingsprogramma voor onderneemsters in Oost-België",
            "fr": (
                "Gründerinnen digital : programme d'accompagnement pour les entrepreneuses de "
                "Belgique de l'Est"
            ),
            "de": "Gründerinnen digital: Begleitprogramm für Unternehmerinnen in Ostbelgien",
            "en": "Gründerinnen digital: support programme for women entrepreneurs in East Belgium",
        },
        "summary": {
            "nl": (
                "Een begeleidingsprogramma van een jaar waarin startende onderneemsters en "
                "zaakvoersters van kleine bedrijven in Oost-België hun bedrijfsprocessen "
                "digitaliseren en hun online aanwezigheid uitbouwen."
            ),
            "fr": (
                "Un programme d'accompagnement d'un an permettant aux créatrices et "
                "dirigeantes de petites entreprises de Belgique de l'Est de numériser leurs "
                "processus et de développer leur présence en ligne."
            ),
            "de": (
                "Ein einjähriges Begleitprogramm, in dem Gründerinnen und Inhaberinnen kleiner "
                "Betriebe in Ostbelgien ihre Geschäftsabläufe digitalisieren und ihren "
                "Onlineauftritt aufbauen."
            ),
            "en": (
                "A one-year support programme in which women starting or running small "
                "businesses in East Belgium digitise their business processes and build their "
                "online presence."
            ),
        },
        "background": {
            "nl": (
                "<p>In Oost-België wordt slechts ongeveer een derde van de nieuwe "
                "ondernemingen door vrouwen opgericht, vaak in het ambacht, de handel of de "
                "persoonsgebonden dienstverlening. Net die kleine bedrijven hebben vaak een "
                "achterstand bij de digitalisering, bijvoorbeeld voor online afspraken, "
                "digitale boekhouding of communicatie met klanten.</p><p>Met steun van de FOD "
                "Economie begeleidde het ADG startende onderneemsters via groepsworkshops en "
                "individuele adviesgesprekken.</p>"
            ),
            "fr": (
                "<p>En Belgique de l'Est, environ un tiers seulement des nouvelles entreprises "
                "sont créées par des femmes, souvent dans l'artisanat, le commerce ou les "
                "services aux personnes. Ces très petites entreprises accusent souvent un "
                "retard en matière de numérisation, par exemple pour la prise de rendez-vous "
                "en ligne, la comptabilité numérique ou la communication avec la "
                "clientèle.</p><p>Avec le soutien du SPF Economie, l'ADG a accompagné des "
                "créatrices d'entreprise au moyen d'ateliers collectifs et d'entretiens de "
                "conseil individuels.</p>"
            ),
            "de": (
                "<p>In Ostbelgien wird nur etwa ein Drittel der Neugründungen von Frauen "
                "getragen, häufig im Handwerk, im Handel oder bei personennahen "
                "Dienstleistungen. Gerade diese Kleinstbetriebe haben bei der Digitalisierung "
                "oft Nachholbedarf, etwa bei der Online-Terminbuchung, der digitalen "
                "Buchhaltung oder der Kommunikation mit der Kundschaft.</p><p>Mit "
                "Unterstützung des FÖD Wirtschaft begleitete das Arbeitsamt der DG "
                "Gründerinnen in Gruppenworkshops und individuellen Beratungsgesprächen.</p>"
            ),
            "en": (
                "<p>Only about a third of new businesses in East Belgium are started by women, "
                "often in crafts, retail or personal services. These very small businesses "
                "often lag behind in digitalisation, for instance in online booking, digital "
                "bookkeeping or customer communication.</p><p>With support from FPS Economy, "
                "ADG assisted women founders through group workshops and individual advice "
                "sessions.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<p>Het programma vertrok van de concrete werking van elk bedrijf: samen met "
                "een adviseur koos elke deelneemster twee of drie digitaliseringsstappen, die "
                "ze binnen het jaar uitvoerde. De uitwisseling in groep deed bovendien een "
                "netwerk van onderneemsters ontstaan dat ook na het programma blijft "
                "bestaan.</p>"
            ),
            "fr": (
                "<p>Le programme partait du fonctionnement concret de chaque entreprise : avec "
                "une conseillère, chaque participante choisissait deux ou trois étapes de "
                "numérisation qu'elle mettait en œuvre dans l'année. Les échanges en groupe "
                "ont en outre donné naissance à un réseau d'entrepreneuses qui se poursuit "
                "au-delà du programme.</p>"
            ),
            "de": (
                "<p>Das Programm setzte bei den konkreten Abläufen jedes Betriebs an: "
                "Gemeinsam mit einer Beraterin wählte jede Teilnehmerin zwei oder drei "
                "Digitalisierungsschritte aus und setzte sie innerhalb des Jahres um. Der "
                "Austausch in der Gruppe ließ zudem ein Netzwerk von Unternehmerinnen "
                "entstehen, das auch nach Programmende weiter besteht.</p>"
            ),
            "en": (
                "<p>The programme started from how each business actually works: together with "
                "an adviser, each participant chose two or three digitalisation steps and "
                "implemented them within the year. Group exchanges also created a network of "
                "women entrepreneurs that has continued beyond the programme.</p>"
            ),
        },
        "results": {
            "nl": (
                "<p>Tussen 2021 en 2024 namen 58 onderneemsters deel. 49 van hen voerden "
                "minstens twee digitaliseringsstappen uit, het vaakst online afspraken, een "
                "eigen webshop en elektronische facturatie.</p>"
            ),
            "fr": (
                "<p>Entre 2021 et 2024, 58 entrepreneuses ont participé. 49 d'entre elles ont "
                "mis en œuvre au moins deux étapes de numérisation, le plus souvent la prise "
                "de rendez-vous en ligne, une boutique en ligne et la facturation "
                "électronique.</p>"
            ),
            "de": (
                "<p>Zwischen 2021 und 2024 nahmen 58 Unternehmerinnen teil. 49 von ihnen "
                "setzten mindestens zwei Digitalisierungsschritte um, am häufigsten die "
                "Online-Terminbuchung, einen eigenen Webshop und die elektronische "
                "Rechnungsstellung.</p>"
            ),
            "en": (
                "<p>Between 2021 and 2024, 58 women entrepreneurs took part. 49 of them "
                "implemented at least two digitalisation steps, most often online booking, "
                "their own web shop and electronic invoicing.</p>"
            ),
        },
    },
    {
        "slug": "b-adg-girls-technology-day-east-belgium",
        "owner": "adg",
        "promoter": "adg",
        "partners": ["proximus"],
        "category": "awareness",
        "objective": 3,
        "audiences": ["students_girls", "education"],
        "countries": ["BE"],
        "sphere": "local",
        "fields_of_education": ["06", "07"],
        "funding": "regional",
        "technologies": ["programming", "xr"],
        "levels": ["foundation"],
        "region": "german_community",
        "start": "2022-04-28",
        "end": None,
        "website": "https://www.adg.be",
        "title": {
            "nl": "Technologiedag voor meisjes in Oost-België",
            "fr": "Journée des filles et de la technique en Belgique de l'Est",
            "de": "Mädchen-Technik-Tag Ostbelgien",
            "en": "Girls' Technology Day in East Belgium",
        },
        "summary": {
            "nl": (
                "Eén keer per jaar openen bedrijven, scholen en opleidingscentra in "
                "Oost-België hun deuren voor meisjes uit het secundair onderwijs, die een dag "
                "lang digitale en technische beroepen uitproberen."
            ),
            "fr": (
                "Une fois par an, des entreprises, des écoles et des centres de formation de "
                "Belgique de l'Est ouvrent leurs portes aux élèves filles du secondaire, qui "
                "découvrent pendant une journée des métiers techniques et numériques."
            ),
            "de": (
                "Einmal im Jahr öffnen Betriebe, Schulen und Ausbildungszentren in Ostbelgien "
                "ihre Türen für Schülerinnen der Sekundarschule, die einen Tag lang digitale "
                "und technische Berufe ausprobieren."
            ),
            "en": (
                "Once a year, businesses, schools and training centres in East Belgium open "
                "their doors to secondary school girls, who spend a day trying out digital and "
                "technical jobs."
            ),
        },
        "background": {
            "nl": (
                "<p>Bij hun studie- en beroepskeuze kiezen meisjes in Oost-België nog vaak "
                "voor traditioneel vrouwelijke beroepen. Velen kennen de technische en "
                "digitale bedrijven in hun omgeving nauwelijks, hoewel die dringend nieuw "
                "talent zoeken.</p><p>Op de Technologiedag brengen meisjes vanaf het derde "
                "jaar secundair een dag door in een bedrijf of werkplaats. Ze programmeren "
                "kleine toepassingen, testen virtualrealitytoepassingen of zetten een netwerk "
                "op, begeleid door vrouwen die dat werk elke dag doen.</p>"
            ),
            "fr": (
                "<p>Au moment de choisir leur orientation, les élèves filles de Belgique de "
                "l'Est se tournent encore souvent vers des métiers traditionnellement "
                "féminins. Beaucoup connaissent à peine les entreprises techniques et "
                "numériques de leur région, qui recherchent pourtant activement de la "
                "relève.</p><p>Lors de cette journée, des filles à partir de la troisième "
                "secondaire passent une journée dans une entreprise ou un atelier. Elles "
                "programment de petites applications, testent des applications de réalité "
                "virtuelle ou installent un réseau, encadrées par des femmes qui font ce "
                "travail au quotidien.</p>"
            ),
            "de": (
                "<p>Bei der Berufswahl orientieren sich Schülerinnen in Ostbelgien nach wie "
                "vor häufig an klassischen Frauenberufen. Viele kennen die technischen und "
                "digitalen Betriebe in ihrer Umgebung kaum, obwohl diese dringend Nachwuchs "
                "suchen.</p><p>Am Mädchen-Technik-Tag verbringen Schülerinnen ab dem dritten "
                "Sekundarschuljahr einen Tag in einem Betrieb oder einer Werkstatt. Sie "
                "programmieren kleine Anwendungen, testen Virtual-Reality-Anwendungen oder "
                "richten ein Netzwerk ein, begleitet von Frauen, die diese Arbeit jeden Tag "
                "machen.</p>"
            ),
            "en": (
                "<p>When choosing a career, girls in East Belgium still often opt for "
                "traditionally female professions. Many hardly know the technical and digital "
                "businesses in their area, even though these are urgently looking for new "
                "recruits.</p><p>On the day, girls from the third year of secondary school "
                "onwards spend a day at a company or workshop. They program small "
                "applications, test virtual reality applications or set up a network, "
                "accompanied by women who do this work every day.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>De scholen geven de leerlingen die dag vrij en bereiden de dag in de "
                "klas voor en na.</li><li>Elk bedrijf duidt een contactpersoon aan die zelf "
                "een technische of digitale functie uitoefent.</li><li>De actie is gekoppeld "
                "aan de studie- en beroepsoriëntering, zodat geïnteresseerde meisjes een "
                "snuffelstage kunnen afspreken.</li></ul>"
            ),
            "fr": (
                "<ul><li>Les écoles libèrent les élèves pour la journée, qu'elles préparent et "
                "exploitent ensuite en classe.</li><li>Chaque entreprise désigne une personne "
                "de contact qui exerce elle-même un métier technique ou "
                "numérique.</li><li>L'action est liée à l'orientation professionnelle, afin "
                "que les filles intéressées puissent convenir d'un stage "
                "d'observation.</li></ul>"
            ),
            "de": (
                "<ul><li>Die Schulen stellen die Schülerinnen für den Tag frei und bereiten "
                "ihn im Unterricht vor und nach.</li><li>Jeder Betrieb benennt eine "
                "Ansprechpartnerin, die selbst in einem technischen oder digitalen Beruf "
                "arbeitet.</li><li>Die Aktion ist mit der Berufsberatung verknüpft, sodass "
                "interessierte Schülerinnen ein Schnupperpraktikum vereinbaren "
                "können.</li></ul>"
            ),
            "en": (
                "<ul><li>Schools release pupils for the day and prepare and follow it up in "
                "class.</li><li>Each company appoints a contact person who works in a "
                "technical or digital job herself.</li><li>The initiative is linked to careers "
                "guidance, so that interested girls can arrange a work-experience "
                "placement.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Aan de vier edities tot nu toe namen jaarlijks een 25-tal bedrijven en 180 "
                "meisjes deel. In 2024 spraken 37 deelneemsters nadien een snuffelstage "
                "af.</p>"
            ),
            "fr": (
                "<p>Les quatre éditions organisées jusqu'ici ont réuni chaque année environ 25 "
                "entreprises et 180 élèves. En 2024, 37 participantes ont ensuite convenu d'un "
                "stage d'observation.</p>"
            ),
            "de": (
                "<p>An den vier bisherigen Ausgaben beteiligten sich jährlich rund 25 Betriebe "
                "und 180 Schülerinnen. 2024 vereinbarten 37 Teilnehmerinnen im Anschluss ein "
                "Schnupperpraktikum.</p>"
            ),
            "en": (
                "<p>Each of the four editions so far has involved around 25 companies and 180 "
                "girls. In 2024, 37 participants went on to arrange a work-experience "
                "placement.</p>"
            ),
        },
    },
    {
        "slug": "b-adg-women-in-it-network-east-belgium",
        "owner": "adg",
        "promoter": "adg",
        "partners": ["agoria"],
        "category": "networking_mentoring",
        "objective": 3,
        "audiences": ["ict_professionals", "students_girls"],
        "countries": ["BE"],
        "sphere": "regional",
        "fields_of_education": ["06"],
        "funding": "own_resources",
        "technologies": ["digital_skills"],
        "levels": ["intermediate"],
        "region": "german_community",
        "start": "2023-03-08",
        "end": None,
        "website": "https://www.adg.be",
        "title": {
            "nl": "Netwerk Vrouwen in de IT Oost-België",
            "fr": "Réseau Femmes dans l'IT en Belgique de l'Est",
            "de": "Netzwerk Frauen in der IT Ostbelgien",
            "en": "Women in IT Network East Belgium",
        },
        "summary": {
            "nl": (
                "Een netwerk dat vrouwelijke IT-professionals uit Oost-België samenbrengt, "
                "geregeld bijeenkomsten organiseert en zijn leden als rolmodel laat optreden "
                "in scholen en op infoavonden over beroepen."
            ),
            "fr": (
                "Un réseau qui rassemble les professionnelles de l'IT de Belgique de l'Est, "
                "organise des rencontres régulières et fait intervenir ses membres comme "
                "modèles dans les écoles et lors de soirées d'information sur les métiers."
            ),
            "de": (
                "Ein Netzwerk, das IT-Fachfrauen aus Ostbelgien zusammenbringt, regelmäßige "
                "Treffen organisiert und seine Mitglieder als Vorbilder in Schulen und bei "
                "Berufsinformationsabenden einsetzt."
            ),
            "en": (
                "A network that brings together women IT professionals in East Belgium, holds "
                "regular meetings and sends its members into schools and careers evenings as "
                "role models."
            ),
        },
        "background": {
            "nl": (
                "<p>In de IT-afdelingen van Oost-Belgische bedrijven en overheidsdiensten is "
                "een vrouw vaak de enige in haar team. Tegelijk ontbraken op infosessies voor "
                "jongeren vrouwen die vanuit hun eigen ervaring over het werk kunnen "
                "vertellen.</p><p>Het ADG richtte het netwerk op tijdens Internationale "
                "Vrouwendag 2023. Het organiseert driemaandelijkse bijeenkomsten met een "
                "inhoudelijke lezing en zoekt leden voor schoolbezoeken, jobbeurzen en "
                "gesprekken met werkzoekenden.</p>"
            ),
            "fr": (
                "<p>Dans les services informatiques des entreprises et administrations de "
                "Belgique de l'Est, une femme est souvent la seule de son équipe. "
                "Parallèlement, les séances d'information destinées aux jeunes manquaient "
                "d'intervenantes capables de parler du métier à partir de leur propre "
                "expérience.</p><p>L'ADG a lancé le réseau lors de la Journée internationale "
                "des droits des femmes en 2023. Il organise des rencontres trimestrielles "
                "autour d'un exposé thématique et mobilise ses membres pour des visites "
                "d'écoles, des salons de l'emploi et des échanges avec des demandeurs "
                "d'emploi.</p>"
            ),
            "de": (
                "<p>In den IT-Abteilungen ostbelgischer Betriebe und Verwaltungen ist eine "
                "Frau oft die einzige in ihrem Team. Gleichzeitig fehlten bei "
                "Informationsveranstaltungen für Jugendliche Ansprechpartnerinnen, die aus "
                "eigener Erfahrung berichten können.</p><p>Das Arbeitsamt der DG hat das "
                "Netzwerk am Internationalen Frauentag 2023 gegründet. Es organisiert "
                "vierteljährliche Treffen mit einem Fachvortrag und vermittelt Mitglieder für "
                "Schulbesuche, Berufsmessen und Gespräche mit Arbeitsuchenden.</p>"
            ),
            "en": (
                "<p>In the IT departments of East Belgian companies and public bodies, a woman "
                "is often the only one in her team. At the same time, information sessions for "
                "young people lacked women who could talk about the work from their own "
                "experience.</p><p>ADG launched the network on International Women's Day 2023. "
                "It holds quarterly meetings with a talk on a specialist topic and finds "
                "members for school visits, job fairs and conversations with job seekers.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<p>Het netwerk combineert met beperkte middelen twee doelen: de leden steunen "
                "elkaar in hun loopbaan, en jongeren ontmoeten echte rolmodellen uit hun eigen "
                "regio, die dezelfde taal spreken en dezelfde bedrijven kennen.</p>"
            ),
            "fr": (
                "<p>Avec peu de moyens, le réseau poursuit deux objectifs : les membres se "
                "soutiennent mutuellement dans leur carrière, et les jeunes rencontrent de "
                "vrais modèles issus de leur propre région, qui parlent la même langue et "
                "connaissent les mêmes entreprises.</p>"
            ),
            "de": (
                "<p>Das Netzwerk verbindet mit geringem Aufwand zwei Ziele: Die Mitglieder "
                "stärken sich gegenseitig in ihrer Laufbahn, und Jugendliche begegnen echten "
                "Vorbildern aus ihrer eigenen Region, die dieselbe Sprache sprechen und "
                "dieselben Betriebe kennen.</p>"
            ),
            "en": (
                "<p>With limited resources, the network pursues two aims: members support each "
                "other in their careers, and young people meet real role models from their own "
                "region who speak the same language and know the same companies.</p>"
            ),
        },
        "results": {
            "nl": (
                "<p>Het netwerk telt intussen 46 leden uit 28 bedrijven en organisaties. In "
                "2024 werkten leden mee aan 31 activiteiten in scholen en op infosessies over "
                "beroepen.</p>"
            ),
            "fr": (
                "<p>Le réseau compte aujourd'hui 46 membres issus de 28 entreprises et "
                "institutions. En 2024, ses membres sont intervenus à 31 reprises dans des "
                "écoles et lors de séances d'information sur les métiers.</p>"
            ),
            "de": (
                "<p>Das Netzwerk zählt inzwischen 46 Mitglieder aus 28 Betrieben und "
                "Einrichtungen. 2024 übernahmen Mitglieder 31 Einsätze in Schulen und bei "
                "Berufsinformationsveranstaltungen.</p>"
            ),
            "en": (
                "<p>The network now has 46 members from 28 companies and organisations. In "
                "2024, members took part in 31 school visits and careers information "
                "events.</p>"
            ),
        },
    },
    {
        "slug": "b-digitaal-vlaanderen-hpc-quantum-masterclasses",
        "owner": "digitaal-vlaanderen",
        "promoter": "digitaal-vlaanderen",
        "partners": ["agoria"],
        "category": "education",
        "objective": 1,
        "audiences": ["students_girls", "education"],
        "countries": ["BE", "NL", "DE", "FR"],
        "sphere": "international",
        "fields_of_education": ["05", "0613"],
        "funding": "regional",
        "technologies": ["hpc", "quantum"],
        "levels": ["advanced", "highly_specialised"],
        "region": "flanders",
        "start": "2023-10-02",
        "end": "2025-03-28",
        "website": "https://www.vlaanderen.be/digitaal-vlaanderen",
        "title": {
            "nl": "Masterclasses HPC en quantum voor vrouwelijke masterstudenten",
            "fr": "Masterclasses HPC et quantique pour les étudiantes de master",
            "de": "Masterclasses zu HPC und Quantencomputing für Masterstudentinnen",
            "en": "HPC and quantum masterclasses for women master's students",
        },
        "summary": {
            "nl": (
                "Een reeks van zes masterclasses waarin vrouwelijke masterstudenten "
                "informatica, fysica en ingenieurswetenschappen kennismaakten met "
                "supercomputing en quantumtechnologie, gegeven door onderzoekers uit Europa en "
                "daarbuiten."
            ),
            "fr": (
                "Une série de six masterclasses qui ont permis à des étudiantes de master en "
                "informatique, en physique et en sciences de l'ingénieur de découvrir le "
                "calcul haute performance et les technologies quantiques, avec des chercheuses "
                "et chercheurs d'Europe et d'ailleurs."
            ),
            "de": (
                "Eine Reihe von sechs Masterclasses, in denen Masterstudentinnen der "
                "Informatik, Physik und Ingenieurwissenschaften Hochleistungsrechnen und "
                "Quantentechnologie kennenlernten, geleitet von Forschenden aus Europa und "
                "darüber hinaus."
            ),
            "en": (
                "A series of six masterclasses introducing women master's students in computer "
                "science, physics and engineering to supercomputing and quantum technology, "
                "taught by researchers from Europe and beyond."
            ),
        },
        "background": {
            "nl": (
                "<p>In gespecialiseerde domeinen als high-performance computing en "
                "quantumtechnologie is het aandeel vrouwen bijzonder klein, zowel bij "
                "doctorandi als in de bedrijven die deze technologie ontwikkelen. Studentes "
                "zien er zelden rolmodellen en weten vaak niet welke loopbanen mogelijk "
                "zijn.</p><p>Samen met Vlaamse universiteiten en onderzoekscentra organiseerde "
                "Digitaal Vlaanderen een reeks masterclasses met praktijksessies op een "
                "supercomputer en een quantumsimulator, open voor studentes uit België en de "
                "buurlanden.</p>"
            ),
            "fr": (
                "<p>Dans des domaines spécialisés comme le calcul haute performance et les "
                "technologies quantiques, la part des femmes est particulièrement faible, tant "
                "parmi les doctorants que dans les entreprises qui développent ces "
                "technologies. Les étudiantes y voient rarement des modèles et ignorent "
                "souvent quelles carrières sont possibles.</p><p>En collaboration avec des "
                "universités et des centres de recherche flamands, Digitaal Vlaanderen a "
                "organisé une série de masterclasses comprenant des séances pratiques sur un "
                "supercalculateur et un simulateur quantique, ouvertes aux étudiantes de "
                "Belgique et des pays voisins.</p>"
            ),
            "de": (
                "<p>In spezialisierten Bereichen wie Hochleistungsrechnen und "
                "Quantentechnologie ist der Frauenanteil besonders gering, sowohl bei den "
                "Promovierenden als auch in den Unternehmen, die diese Technologien "
                "entwickeln. Studentinnen begegnen dort selten Vorbildern und wissen oft "
                "nicht, welche Laufbahnen möglich sind.</p><p>In Zusammenarbeit mit flämischen "
                "Universitäten und Forschungszentren organisierte Digitaal Vlaanderen eine "
                "Reihe von Masterclasses mit praktischen Übungen auf einem Supercomputer und "
                "einem Quantensimulator, offen für Studentinnen aus Belgien und den "
                "Nachbarländern.</p>"
            ),
            "en": (
                "<p>In specialised fields such as high-performance computing and quantum "
                "technology, the share of women is particularly small, both among doctoral "
                "students and in the companies developing these technologies. Women students "
                "rarely see role models and often do not know what careers are open to "
                "them.</p><p>Working with Flemish universities and research centres, Digitaal "
                "Vlaanderen organised a series of masterclasses with hands-on sessions on a "
                "supercomputer and a quantum simulator, open to women students from Belgium "
                "and neighbouring countries.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>Technische inhoud op masterniveau, gecombineerd met open gesprekken "
                "over loopbanen in onderzoek en industrie.</li><li>Sprekers uit Europa, "
                "Noord-Amerika en Azië, via een mix van fysieke en online "
                "sessies.</li><li>Reiskosten voor studentes uit de buurlanden werden "
                "vergoed.</li></ul>"
            ),
            "fr": (
                "<ul><li>Un contenu technique de niveau master, combiné à des échanges ouverts "
                "sur les carrières dans la recherche et l'industrie.</li><li>Des intervenants "
                "d'Europe, d'Amérique du Nord et d'Asie, grâce à des séances en présentiel et "
                "en ligne.</li><li>Le remboursement des frais de déplacement des étudiantes "
                "venant des pays voisins.</li></ul>"
            ),
            "de": (
                "<ul><li>Technische Inhalte auf Masterniveau, verbunden mit offenen Gesprächen "
                "über Laufbahnen in Forschung und Industrie.</li><li>Vortragende aus Europa, "
                "Nordamerika und Asien in einer Mischung aus Präsenz- und "
                "Online-Sitzungen.</li><li>Erstattung der Reisekosten für Studentinnen aus den "
                "Nachbarländern.</li></ul>"
            ),
            "en": (
                "<ul><li>Master's-level technical content combined with open discussions about "
                "careers in research and industry.</li><li>Speakers from Europe, North America "
                "and Asia through a mix of in-person and online sessions.</li><li>Travel costs "
                "reimbursed for students from neighbouring countries.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Aan de twee edities namen 74 studentes deel, van wie 19 uit Nederland, "
                "Duitsland of Frankrijk. Negen deelneemsters kozen daarna voor een masterproef "
                "of doctoraat in HPC of quantumtechnologie.</p>"
            ),
            "fr": (
                "<p>Les deux éditions ont réuni 74 étudiantes, dont 19 venues des Pays-Bas, "
                "d'Allemagne ou de France. Neuf participantes ont ensuite choisi un mémoire ou "
                "un doctorat en calcul haute performance ou en technologies quantiques.</p>"
            ),
            "de": (
                "<p>An den beiden Durchgängen nahmen 74 Studentinnen teil, davon 19 aus den "
                "Niederlanden, Deutschland oder Frankreich. Neun Teilnehmerinnen entschieden "
                "sich danach für eine Masterarbeit oder Promotion im Bereich HPC oder "
                "Quantentechnologie.</p>"
            ),
            "en": (
                "<p>The two editions brought together 74 students, 19 of them from the "
                "Netherlands, Germany or France. Nine participants went on to choose a "
                "master's thesis or PhD in HPC or quantum technology.</p>"
            ),
        },
    },
    {
        "slug": "b-le-forem-gender-action-plan-digital-training",
        "owner": "le-forem",
        "promoter": "le-forem",
        "partners": ["technobel"],
        "category": "policy",
        "objective": 5,
        "audiences": ["labour_force", "education"],
        "countries": ["BE"],
        "sphere": "regional",
        "fields_of_education": ["06"],
        "funding": "regional",
        "technologies": ["digital_skills", "other"],
        "levels": ["foundation", "intermediate"],
        "region": "wallonia",
        "start": "2024-01-15",
        "end": None,
        "website": "https://www.leforem.be",
        "title": {
            "nl": "Genderactieplan voor de digitale opleidingen van Le Forem",
            "fr": "Plan d'action genre pour les formations numériques du Forem",
            "de": "Gender-Aktionsplan für die digitalen Ausbildungen von Le Forem",
            "en": "Gender action plan for Le Forem's digital training courses",
        },
        "summary": {
            "nl": (
                "Een actieplan dat het aandeel vrouwen in de digitale opleidingen van Le Forem "
                "en zijn partnercentra tegen 2027 wil optrekken tot 30%, met streefcijfers, "
                "aangepaste selectieprocedures en een jaarlijkse opvolging."
            ),
            "fr": (
                "Un plan d'action qui vise à porter à 30 % d'ici 2027 la part des femmes dans "
                "les formations numériques du Forem et de ses centres partenaires, avec des "
                "objectifs chiffrés, des procédures de sélection adaptées et un suivi annuel."
            ),
            "de": (
                "Ein Aktionsplan, der den Frauenanteil in den digitalen Ausbildungen von Le "
                "Forem und seinen Partnerzentren bis 2027 auf 30 % erhöhen soll, mit "
                "Zielwerten, angepassten Auswahlverfahren und jährlicher Überprüfung."
            ),
            "en": (
                "An action plan aiming to raise the share of women in digital training courses "
                "run by Le Forem and its partner centres to 30% by 2027, with targets, adapted "
                "selection procedures and annual monitoring."
            ),
        },
        "background": {
            "nl": (
                "<p>In 2023 was slechts 18% van de cursisten in de digitale opleidingen van Le "
                "Forem een vrouw. Een interne analyse toonde aan dat vrouwen vooral afhaakten "
                "tussen de infosessie en de toelatingsproef, en dat het opleidingsaanbod en de "
                "communicatie weinig op hen waren afgestemd.</p><p>Het actieplan legt vast "
                "welke maatregelen elk competentiecentrum neemt en hoe de cijfers, "
                "uitgesplitst naar gender, aan de directie en het beheerscomité worden "
                "gerapporteerd.</p>"
            ),
            "fr": (
                "<p>En 2023, les femmes ne représentaient que 18 % des stagiaires des "
                "formations numériques du Forem. Une analyse interne a montré qu'elles "
                "décrochaient surtout entre la séance d'information et l'épreuve d'admission, "
                "et que l'offre de formation et la communication étaient peu pensées pour "
                "elles.</p><p>Le plan d'action précise les mesures prises par chaque centre de "
                "compétence et la manière dont les chiffres, ventilés par genre, sont "
                "communiqués à la direction et au comité de gestion.</p>"
            ),
            "de": (
                "<p>2023 waren nur 18 % der Teilnehmenden an den digitalen Ausbildungen von Le "
                "Forem Frauen. Eine interne Analyse zeigte, dass Frauen vor allem zwischen "
                "Informationsveranstaltung und Aufnahmetest ausstiegen und dass Angebot und "
                "Kommunikation kaum auf sie ausgerichtet waren.</p><p>Der Aktionsplan legt "
                "fest, welche Maßnahmen jedes Kompetenzzentrum ergreift und wie die nach "
                "Geschlecht aufgeschlüsselten Zahlen an die Direktion und den "
                "Verwaltungsausschuss berichtet werden.</p>"
            ),
            "en": (
                "<p>In 2023, only 18% of trainees in Le Forem's digital training courses were "
                "women. An internal analysis showed that women mainly dropped out between the "
                "information session and the entrance test, and that the training offer and "
                "communication were not designed with them in mind.</p><p>The action plan sets "
                "out the measures each competence centre takes and how figures broken down by "
                "gender are reported to senior management and the management board.</p>"
            ),
        },
        "good_practice": {
            "nl": (
                "<ul><li>Duidelijke streefcijfers per opleidingscentrum in plaats van een "
                "algemeen engagement.</li><li>Herziene toelatingsproeven, met meer aandacht "
                "voor motivatie en leervermogen.</li><li>Alle communicatie wordt nagelezen op "
                "genderstereotypen, zowel in tekst als in beeld.</li></ul>"
            ),
            "fr": (
                "<ul><li>Des objectifs chiffrés par centre de formation plutôt qu'un "
                "engagement général.</li><li>Des épreuves d'admission revues, qui accordent "
                "davantage de place à la motivation et à la capacité "
                "d'apprentissage.</li><li>Une relecture de toute la communication pour éviter "
                "les stéréotypes de genre, dans les textes comme dans les images.</li></ul>"
            ),
            "de": (
                "<ul><li>Klare Zielwerte pro Ausbildungszentrum statt einer allgemeinen "
                "Absichtserklärung.</li><li>Überarbeitete Aufnahmetests, die Motivation und "
                "Lernfähigkeit stärker berücksichtigen.</li><li>Überprüfung der gesamten "
                "Kommunikation auf Geschlechterstereotype, in Text und Bild.</li></ul>"
            ),
            "en": (
                "<ul><li>Clear targets for each training centre rather than a general "
                "commitment.</li><li>Revised entrance tests that give more weight to "
                "motivation and the ability to learn.</li><li>All communication is checked for "
                "gender stereotypes, in both text and images.</li></ul>"
            ),
        },
        "results": {
            "nl": (
                "<p>Na het eerste jaar steeg het aandeel vrouwen in de digitale opleidingen "
                "van 18% naar 22%. Het grootste effect werd gemeten in de opleidingen "
                "webontwikkeling en netwerkbeheer, waar de toelatingsproef het eerst werd "
                "aangepast.</p>"
            ),
            "fr": (
                "<p>Après la première année, la part des femmes dans les formations numériques "
                "est passée de 18 % à 22 %. L'effet le plus net a été observé dans les "
                "formations en développement web et en administration réseau, où l'épreuve "
                "d'admission a été adaptée en premier.</p>"
            ),
            "de": (
                "<p>Nach dem ersten Jahr stieg der Frauenanteil in den digitalen Ausbildungen "
                "von 18 % auf 22 %. Die deutlichste Wirkung zeigte sich in den Ausbildungen "
                "Webentwicklung und Netzwerkadministration, in denen der Aufnahmetest zuerst "
                "angepasst wurde.</p>"
            ),
            "en": (
                "<p>After the first year, the share of women in digital training courses rose "
                "from 18% to 22%. The clearest effect was seen in the web development and "
                "network administration courses, where the entrance test was adapted "
                "first.</p>"
            ),
        },
    },
]
