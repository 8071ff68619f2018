//! Cue words of German, French, Spanish, Italian, Dutch, Portuguese and
//! Russian for names (hand-written for this project): the small words
//! that join a name's parts, the prepositions that put a place after them,
//! the titles and roles that put a person after them, the first words of
//! organisations and places, and company forms.

use crate::Lang;

/// What the name rules need to know about one language. Lists are
/// space-separated; words are lower case unless they are capitalised
/// inside names.
pub(crate) struct Cues {
    /// Lower-case words that join the capitalised parts of one name
    /// ("Banco do Brasil", "Ursula von der Leyen").
    pub connectors: &'static str,
    /// Words that join a name only after a connector ("von der", "de la").
    pub second_connectors: &'static str,
    /// Prepositions (and their contractions with an article) after which
    /// a lone name is a place ("in Berlin", "à Lyon", "em Lisboa", "в Москве").
    pub place_preps: &'static str,
    /// Titles and roles before a person's name, in lower case ("herr",
    /// "präsident", "mme", "presidente", "г-н").
    pub person_cues: &'static str,
    /// Words before a name that make it an organisation, in lower case
    /// ("le groupe Renault", "der Autobauer Volkswagen", "компания Роснефть").
    pub org_cues: &'static str,
    /// First words of organisations' names ("Universität", "Banco", "Partido").
    pub org_heads: &'static str,
    /// First words of places' names ("Rio", "Serra", "Lago", "Île").
    pub place_heads: &'static str,
    /// Last words of places' names where the language puts the noun last
    /// ("Atlantischer Ozean", "Rotes Meer", "Noordzee" is one word).
    pub place_tails: &'static str,
    /// Lower-case words before a capitalised name that make it a place
    /// ("город", "река"): Russian writes these in lower case.
    pub place_nouns: &'static str,
    /// Elided articles and prepositions glued to a name ("l'", "dell'").
    pub elisions: &'static str,
    /// Capitalised words that are never names on their own: months,
    /// weekdays and compass points where the language capitalises them.
    pub non_names: &'static str,
    /// Lower-case plural determiners before a people's name ("les
    /// Français", "des Américains"); with a number before it too.
    pub people_before: &'static str,
    /// Endings of the plural nouns that name a people ("Français",
    /// "Américains", "Italiens"), where the language capitalises them but
    /// not the adjectives ("les Français" but "le gouvernement français").
    pub people_endings: &'static str,
    /// Endings of the language's abstract nouns ("Constitución",
    /// "Seguridad", "Organisation"): no person's name is made of such a
    /// word, an institution's often is. Endings that end towns' and
    /// people's names as well are left out ("-ence": Provence, Florence;
    /// "-enza": Cosenza; "-ment": Clément; "-ência": Valência).
    pub noun_endings: &'static str,
    /// Endings of the language's adjectives that do not change with
    /// gender ("Nacional", "Judicial", "Civil", "Federais"; not "-al"
    /// alone nor "-ares": "Cabral", "Vidal", "Soares" are surnames), where
    /// adjectives follow the noun: a capitalised noun and such a word
    /// make an institution's name ("Órgano Judicial"), not a person's.
    pub adjective_endings: &'static str,
    /// Adjectives follow the noun and agree with it in gender and number,
    /// with the endings "-a", "-as", "-os" (Spanish, Portuguese): a name
    /// whose words all end alike ("Fuerza Armada", "Forças Armadas") reads
    /// as a noun and its adjectives when no table knows its first word as
    /// a given name. Not "-o": men's given names and surnames end so
    /// ("Cristiano Ronaldo").
    pub agreement: bool,
    /// Last parts of German compounds that name a role or a kind of place
    /// ("Bundestrainer", "Heimatstadt"): before a name they are no part of it.
    pub role_tails: &'static [&'static str],
    /// The language capitalises every noun (German): a capital alone does
    /// not make a name, and a connector ("von") joins only a first name or
    /// an institution to what follows ("Ursula von der Leyen", not
    /// "Aufsicht von James Watt").
    pub capitalises_nouns: bool,
}

/// Company forms, any language: "GmbH", "S.p.A.", "ООО".
pub(crate) const ORG_FORMS: &str = "AG GmbH KG KGaA SE e.V. eV SA S.A. SAS SARL S.A.S. SpA S.p.A. \
Srl S.r.l. SL S.L. Ltda Ltda. NV N.V. BV B.V. Ltd Ltd. Inc Inc. Corp Corp. plc PLC ООО ОАО ЗАО ПАО АО";

/// Company forms written before the name: "ООО «Ромашка»", "ПАО Сбербанк".
pub(crate) const ORG_FORMS_BEFORE: &str = "ООО ОАО ЗАО ПАО АО";

/// Sports club prefixes, any language: "FC Rouen", "SD Eibar", "Real Madrid".
pub(crate) const CLUB_HEADS: &str = "FC AC AS SC SV SD CD CF UD RC US OGC VfB VfL VfR TSV TSG FSV \
BSC SSC SS Real Atlético Atletico Sporting Olympique Dynamo Dinamo Borussia Eintracht Fortuna \
Inter Juventus Lazio Ajax PSV Feyenoord Benfica Spartak Динамо Спартак ЦСКА Зенит Локомотив";

/// Last words of sports clubs' names, any language: "Hamburger SV",
/// "Leicester City", "Sheffield Wednesday".
pub(crate) const CLUB_TAILS: &str = "FC CF SC SV AC United City Town Rovers Wanderers Athletic \
Albion Wednesday Victory Hotspur";

/// Given names of Russian and common names written in Cyrillic (the
/// English given-name table covers Latin script).
pub(crate) const RU_GIVEN: &str =
    "Александр Александра Алексей Анастасия Анатолий Андрей Анна Антон \
Аркадий Борис Вадим Валентин Валентина Валерий Василий Вера Виктор Виктория Виталий Владимир \
Владислав Вячеслав Галина Геннадий Георгий Григорий Дарья Дмитрий Евгений Евгения Егор Екатерина \
Елена Иван Игорь Илья Ирина Кирилл Константин Ксения Леонид Лев Любовь Людмила Максим Марина \
Мария Михаил Надежда Наталья Никита Николай Нина Олег Ольга Павел Пётр Петр Роман Светлана \
Сергей София Софья Станислав Степан Татьяна Фёдор Федор Юлия Юрий Яков Джон Джордж Джеймс \
Дэвид Майкл Питер Пол Роберт Ричард Уильям Томас Чарльз Генри Жан Пьер Луи Карл Фридрих Иоганн";

/// Russian surname endings (nominative; inflected forms are matched
/// through `super::ru_forms`).
pub(crate) const RU_SURNAME_ENDINGS: &[&str] = &[
    "ов",
    "ев",
    "ёв",
    "ин",
    "ын",
    "ский",
    "цкий",
    "ской",
    "ова",
    "ева",
    "ина",
    "ына",
    "ская",
    "цкая",
    "ович",
    "евич",
    "енко",
    "ук",
    "юк",
    "ян",
    "швили",
    "дзе",
];

/// German noun endings: a capitalised German word with one of them is a
/// common noun unless a table knows it ("Regierung", "Mannschaft"). Not
/// "-chen" or "-gen": towns end so too ("München", "Göttingen").
pub(crate) const DE_NOUN_ENDINGS: &[&str] = &[
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
    "tät", "täten", "ismus", "nis", "nisse", "tum", "ment", "enz", "anz", "ling", "linge", "ionen",
    "innen", "ten", "nen",
];

const DE: Cues = Cues {
    connectors: "von van zu vom zum zur de",
    second_connectors: "der den",
    place_preps: "in nach aus bei nahe",
    person_cues: "herr herrn frau dr. prof. präsident präsidenten präsidentin kanzler kanzlerin \
bundeskanzler bundeskanzlerin minister ministerin könig königin kaiser kaiserin papst fürst graf \
gräfin prinz prinzessin herzog bischof sänger sängerin schauspieler schauspielerin trainer spieler \
spielerin autor autorin regisseur regisseurin bürgermeister bürgermeisterin maler komponist \
politiker politikerin schriftsteller schriftstellerin sohn tochter vater mutter bruder schwester",
    org_cues: "firma konzern unternehmen autobauer autohersteller hersteller bank gewerkschaft partei verein verlag zeitung sender club klub marke fluggesellschaft mannschaft",
    org_heads:
        "Regierung Bundesregierung Bundestag Bundesrat Parlament Senat Universität Hochschule Bank Partei Verein Verband Ministerium Institut Gesellschaft \
Stiftung Akademie Bundesamt Amt Rat Gericht Bundesgericht Kommission Konzern Gruppe Club Klub \
Kirche Museum Theater Orchester Zeitung Schule Gymnasium Deutsche Deutscher Deutsches",
    place_heads: "Kanton Bezirk Landkreis Kreis Provinz Region Insel Halbinsel Bundesland Stadt \
Fluss See Bucht Golf Kap Berg Bad Sankt St. Königreich Republik Fürstentum Herzogtum Grafschaft \
Nord Süd Ost West",
    place_tails: "Ozean Meer See Gebirge Wüste Becken Graben Tal Kanal Archipel Inseln Insel Halbinsel Bucht Golf",
    place_nouns: "",
    elisions: "",
    non_names:
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember \
Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Norden Süden Osten Westen Nordosten \
Nordwesten Südosten Südwesten Anfang Ende Mitte",
    people_before: "",
    people_endings: "",
    noun_endings: "",
    adjective_endings: "",
    agreement: false,
    role_tails: &[
        "zeichner",
        "historiker",
        "darsteller",
        "darstellers",
        "chronist",
        "landsmann",
        "meister",
        "kreis",
        "inseln",
        "insel",
        "bucht",
        "ebene",
        "bereich",
        "philosoph",
        "dichter",
        "maler",
        "stadt",
        "staat",
        "staates",
        "verein",
        "vereins",
        "hafen",
        "trainer",
        "trainers",
        "spieler",
        "spielers",
        "kollege",
        "kollegen",
        "musiker",
        "musikers",
        "sänger",
        "sängerin",
        "kritiker",
        "regisseur",
        "autor",
        "autors",
        "schauspieler",
        "fluss",
        "flusses",
        "richtungen",
        "richtung",
        "konzern",
        "unternehmen",
        "abfüller",
        "partner",
        "gründer",
        "präsident",
        "präsidenten",
        "minister",
        "ministers",
        "kanzler",
        "karateka",
        "manager",
        "editor",
        "verteidiger",
    ],
    capitalises_nouns: true,
};

const FR: Cues = Cues {
    connectors: "de du des d' sur lès",
    second_connectors: "la l'",
    place_preps: "à en au aux vers dans près",
    person_cues: "m. mme mlle mgr dr pr président présidente ministre roi reine empereur pape prince \
princesse duc duchesse comte comtesse général chanteur chanteuse acteur actrice écrivain auteur \
peintre joueur joueuse entraîneur réalisateur maire fils fille père mère frère sœur épouse mari saint sainte",
    org_cues: "groupe société entreprise banque constructeur compagnie firme marque chaîne journal quotidien hebdomadaire club parti syndicat géant opérateur assureur",
    org_heads: "Gouvernement Parlement Sénat Université Banque Parti Association Fédération Ministère Institut Société Compagnie \
Conseil Commission Comité Assemblée Académie Église Musée Théâtre Orchestre École Lycée Collège \
Groupe Union Agence Office Centre Tribunal Cour Club Stade Olympique Racing",
    place_heads: "Rio Mont Monts Lac Golfe Île Îles Cap Baie Mer Océan Vallée Val Col Pic Royaume \
République Empire Province Région Département Canton Comté Duché Saint Sainte Saint- Sainte- Port \
Pointe Forêt Plaine",
    place_tails: "",
    place_nouns: "",
    elisions: "l' d' qu' l’ d’",
    non_names: "",
    people_before: "les des aux ces nos vos leurs plusieurs quelques nombreux",
    people_endings: "ais ois ains iens éens ands ols",
    noun_endings: "tion sion ité isme",
    adjective_endings: "",
    agreement: false,
    role_tails: &[],
    capitalises_nouns: false,
};

const ES: Cues = Cues {
    connectors: "de del",
    second_connectors: "la las los",
    place_preps: "en desde hacia hasta cerca",
    person_cues: "sr. sra. srta. don doña dr. dra. presidente presidenta ministro ministra rey reina \
emperador papa príncipe princesa duque duquesa conde condesa general cantante actor actriz escritor \
escritora autor autora pintor jugador jugadora entrenador director directora alcalde alcaldesa hijo \
hija padre madre hermano hermana esposa esposo san santa fray",
    org_cues: "empresa grupo compañía banco firma marca cadena diario periódico club partido sindicato operadora aseguradora constructora",
    org_heads: "Gobierno Parlamento Senado Congreso Universidad Banco Partido Asociación Federación Ministerio Instituto Sociedad Compañía \
Consejo Comisión Comité Congreso Academia Iglesia Museo Teatro Orquesta Escuela Colegio Grupo \
Unión Agencia Centro Tribunal Corte Club Fundación Real Atlético Deportivo",
    place_heads: "Río Rio Monte Montes Sierra Lago Laguna Golfo Isla Islas Cabo Bahía Mar Océano Valle \
Reino República Imperio Provincia Región Departamento Estado Condado Ducado Ciudad Puerto Península \
Cordillera Santa San Santo Villa",
    place_tails: "",
    place_nouns: "",
    elisions: "",
    non_names: "",
    people_before: "",
    people_endings: "",
    noun_endings: "ción sión dad tad miento ismo",
    adjective_endings: "ial iales onal onales tal tales pal pales eral erales oral orales ural urales ivil iviles",
    agreement: true,
    role_tails: &[],
    capitalises_nouns: false,
};

const IT: Cues = Cues {
    connectors: "di del della dello dei degli delle d' de da",
    second_connectors: "",
    place_preps: "a in nel nella nei negli presso verso",
    person_cues:
        "sig. sig.ra dott. dr. prof. presidente ministro ministra re regina imperatore papa \
principe principessa duca duchessa conte contessa generale cantante attore attrice scrittore \
scrittrice autore autrice pittore giocatore allenatore regista sindaco figlio figlia padre madre \
fratello sorella moglie marito san santo santa don",
    org_cues: "azienda gruppo società banca compagnia marchio giornale quotidiano club partito sindacato",
    org_heads:
        "Governo Parlamento Senato Camera Università Banca Banco Partito Associazione Federazione Ministero Istituto Società \
Compagnia Consiglio Commissione Comitato Congresso Accademia Chiesa Museo Teatro Orchestra Scuola \
Liceo Gruppo Unione Agenzia Centro Tribunale Corte Club Fondazione",
    place_heads: "Fiume Monte Monti Lago Golfo Isola Isole Capo Baia Mare Mar Oceano Valle Val Regno \
Repubblica Impero Provincia Regione Contea Ducato Città Porto Penisola San Santa Santo Villa Borgo",
    place_tails: "",
    place_nouns: "",
    elisions: "l' d' dell' all' nell' sull' dall' un' l’ d’ dell’ all’ nell’ sull’ dall’",
    non_names: "",
    people_before: "",
    people_endings: "",
    noun_endings: "zione sione tà mento ismo",
    adjective_endings: "iale iali onale onali tale tali rale rali",
    agreement: false,
    role_tails: &[],
    capitalises_nouns: false,
};

const NL: Cues = Cues {
    connectors: "van de ten ter",
    second_connectors: "de der den het",
    place_preps: "in naar uit bij nabij",
    person_cues:
        "dhr. mevr. dr. prof. president premier minister koning koningin keizer paus prins \
prinses hertog graaf gravin generaal zanger zangeres acteur actrice schrijver schrijfster auteur \
schilder speler trainer burgemeester zoon dochter vader moeder broer zus",
    org_cues: "bedrijf concern groep bank firma merk krant omroep club partij vakbond",
    org_heads: "Regering Kabinet Parlement Senaat Universiteit Bank Partij Vereniging Federatie Ministerie Instituut Stichting \
Maatschappij Raad Commissie Academie Kerk Museum Theater Orkest School Hogeschool Groep Unie \
Agentschap Centrum Rechtbank Hof Club",
    place_heads:
        "Rivier Meer Baai Golf Kaap Eiland Koninkrijk Republiek Keizerrijk Provincie Graafschap \
Hertogdom Sint",
    place_tails: "Oceaan Zee Gebergte Woestijn Baai Golf Eilanden Eiland Schiereiland Kanaal",
    place_nouns: "",
    elisions: "",
    non_names: "",
    people_before: "",
    people_endings: "",
    noun_endings: "",
    adjective_endings: "",
    agreement: false,
    role_tails: &[],
    capitalises_nouns: false,
};

const PT: Cues = Cues {
    connectors: "de da do das dos del",
    second_connectors: "la",
    place_preps: "em no na nos nas para até perto",
    person_cues: "sr. sra. dr. dra. dom dona presidente ministro ministra rei rainha imperador papa \
príncipe princesa duque duquesa conde condessa general cantor cantora ator atriz escritor escritora \
autor autora pintor jogador jogadora treinador diretor diretora prefeito prefeita filho filha pai mãe \
irmão irmã esposa marido são santo santa frei",
    org_cues: "empresa grupo companhia banco marca rede jornal clube partido sindicato operadora",
    org_heads: "Governo Parlamento Senado Universidade Banco Partido Associação Federação Ministério Instituto Sociedade \
Companhia Conselho Comissão Comitê Comité Congresso Academia Igreja Museu Teatro Orquestra Escola \
Colégio Grupo União Agência Centro Tribunal Clube Fundação Sport Esporte Associação Assembleia",
    place_heads: "Rio Serra Monte Montes Lago Lagoa Golfo Ilha Ilhas Cabo Baía Mar Oceano Vale \
Reino República Império Província Região Departamento Estado Condado Ducado Cidade Porto Península \
Cordilheira São Santa Santo Vila Praia",
    place_tails: "",
    place_nouns: "",
    elisions: "",
    non_names: "",
    people_before: "",
    people_endings: "",
    noun_endings: "ção são dade mento ismo",
    adjective_endings: "ial iais onal onais tal tais pal pais eral erais oral orais ural urais ivil ivis",
    agreement: true,
    role_tails: &[],
    capitalises_nouns: false,
};

const RU: Cues = Cues {
    connectors: "де да фон ван ди",
    second_connectors: "дер",
    place_preps: "в во из под около близ до через над",
    person_cues: "г-н г-жа господин госпожа президент президента премьер министр министра король \
короля королева царь царя император императора папа принц принцесса князь князя граф графа генерал \
генерала певец певица актёр актер актриса писатель писателя писательница автор художник художника \
игрок тренер режиссёр режиссер мэр сын сына дочь отец мать брат сестра жена муж святой святого",
    org_cues: "компания компании компанией банк банка банком группа группы концерн концерна корпорация корпорации партия партии клуб клуба газета газеты холдинг холдинга",
    org_heads: "Правительство Правительства Госдума Госдумы Парламент Сенат Университет Университета Университете Банк Банка Партия Партии Министерство \
Министерства Институт Института Общество Совет Совета Комиссия Комитет Академия Академии \
Церковь Музей Театр Оркестр Школа Союз Агентство Центр Суд Клуб Фонд Завод",
    place_heads: "",
    place_tails: "",
    place_nouns:
        "город города городе городом село села селе деревня деревни деревне посёлок поселок \
посёлка поселка река реки реке рекой озеро озера озере гора горы горе остров острова острове \
область области провинция провинции штат штата штате столица столицы столице район района районе \
регион региона страна страны стране полуостров полуострова залив залива море моря",
    elisions: "",
    non_names: "",
    people_before: "",
    people_endings: "",
    noun_endings: "",
    adjective_endings: "",
    agreement: false,
    role_tails: &[],
    capitalises_nouns: false,
};

/// The cues of `lang`, or `None` for a language without its own rules.
pub(crate) fn cues(lang: Lang) -> Option<&'static Cues> {
    match lang {
        Lang::De => Some(&DE),
        Lang::Fr => Some(&FR),
        Lang::Es => Some(&ES),
        Lang::It => Some(&IT),
        Lang::Nl => Some(&NL),
        Lang::Pt => Some(&PT),
        Lang::Ru => Some(&RU),
        _ => None,
    }
}

/// True when the space-separated `list` holds `word`.
pub(crate) fn listed(list: &str, word: &str) -> bool {
    !word.is_empty() && list.split_ascii_whitespace().any(|w| w == word)
}
