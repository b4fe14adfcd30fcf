"""Lexicons of the genre: month names, archives, locator keywords, role words.

These are conventions of Cold War diplomatic history footnotes, not facts about any
one corpus. Authority data about people belongs in `data/`, never here.
"""

from __future__ import annotations

from kg1956.extract.gazetteer import gazetteer_forms

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    # Russian: genitive (dates) and nominative (month-only) forms.
    "января": 1,
    "январь": 1,
    "февраля": 2,
    "февраль": 2,
    "марта": 3,
    "март": 3,
    "апреля": 4,
    "апрель": 4,
    "мая": 5,
    "май": 5,
    "июня": 6,
    "июнь": 6,
    "июля": 7,
    "июль": 7,
    "августа": 8,
    "август": 8,
    "сентября": 9,
    "сентябрь": 9,
    "октября": 10,
    "октябрь": 10,
    "ноября": 11,
    "ноябрь": 11,
    "декабря": 12,
    "декабрь": 12,
    # Russian genitive in Library of Congress transliteration ("5 iiunia 1956 g.").
    "ianvaria": 1,
    "fevralia": 2,
    "marta": 3,
    "aprelia": 4,
    "maia": 5,
    "iiunia": 6,
    "iiulia": 7,
    "avgusta": 8,
    "sentiabria": 9,
    "oktiabria": 10,
    "noiabria": 11,
    "dekabria": 12,
    # German (the English forms April, August, September, November serve both).
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
    # Hungarian, written after the year: "1956. november 2.", "1956. okt. 26.".
    "január": 1,
    "február": 2,
    "febr": 2,
    "március": 3,
    "márc": 3,
    "április": 4,
    "ápr": 4,
    "május": 5,
    "máj": 5,
    "június": 6,
    "jún": 6,
    "július": 7,
    "júl": 7,
    "augusztus": 8,
    "szeptember": 9,
    "szept": 9,
    "október": 10,
    "okt": 10,
    # Czech and Polish genitives ("22. září 1956", "14 października 1956").
    "ledna": 1,
    "února": 2,
    "března": 3,
    "dubna": 4,
    "května": 5,
    "června": 6,
    "července": 7,
    "srpna": 8,
    "září": 9,
    "října": 10,
    "listopadu": 11,
    "prosince": 12,
    "stycznia": 1,
    "lutego": 2,
    "marca": 3,
    "kwietnia": 4,
    "maja": 5,
    "czerwca": 6,
    "lipca": 7,
    "sierpnia": 8,
    "września": 9,
    "października": 10,
    "listopada": 11,
    "grudnia": 12,
    # Romanian ("7 martie 1964"); "mai" and "august" are there already
    "ianuarie": 1,
    "februarie": 2,
    "martie": 3,
    "aprilie": 4,
    "iunie": 6,
    "iulie": 7,
    "septembrie": 9,
    "octombrie": 10,
    "noiembrie": 11,
    "decembrie": 12,
    # Spanish ("14 de febrero de 1963", "febrero de 1963": dates.py reads the "de")
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    # Albanian ("14 janar 1962", "8 nëntor 1956")
    "janar": 1,
    "shkurt": 2,
    "mars": 3,
    "prill": 4,
    "maj": 5,
    "qershor": 6,
    "korrik": 7,
    "gusht": 8,
    "shtator": 9,
    "tetor": 10,
    "nëntor": 11,
    "nentor": 11,
    "dhjetor": 12,
    # Serbo-Croatian, nominative and genitive ("3. marta 1962", "7. novembra 1964")
    "januara": 1,
    "februara": 2,
    "mart": 3,
    "aprila": 4,
    "juna": 6,
    "jula": 7,
    "avgust": 8,
    "septembar": 9,
    "septembra": 9,
    "oktobar": 10,
    "oktobra": 10,
    "novembar": 11,
    "novembra": 11,
    "decembar": 12,
    "decembra": 12,
    # Bulgarian, in Cyrillic and transliterated ("20 октомври 1973 г.", "20 oktomvri 1973 g.")
    "януари": 1,
    "февруари": 2,
    "април": 4,
    "юни": 6,
    "юли": 7,
    "септември": 9,
    "октомври": 10,
    "ноември": 11,
    "декември": 12,
    "yanuari": 1,
    "fevruari": 2,
    "yuni": 6,
    "yuli": 7,
    "septemvri": 9,
    "oktomvri": 10,
    "noemvri": 11,
    "dekemvri": 12,
}


def _ocr_variants(word: str) -> set[str]:
    """Misreadings a scan leaves in a month's name: "m" read as "rn" ("Novernber"), "u" as "n"
    ("Augnst")."""
    found = {word.replace("m", "rn")} if "m" in word else set()
    for i, ch in enumerate(word):
        if ch == "u":
            found.add(word[:i] + "n" + word[i + 1 :])
    return found - {word}


# Italian, French and Portuguese ("23 novembre 1960", "14 juillet 1963", "4 de novembro de 1962"); the
# words these share with a language above ("marzo", "mars", "mai", "abril", "agosto") are there already
_ROMANCE_MONTHS = (
    "gennaio febbraio - aprile maggio giugno luglio - settembre ottobre novembre dicembre",
    "janvier février - avril - juin juillet août septembre octobre - décembre",
    "janeiro fevereiro março - maio junho julho - setembro outubro novembro dezembro",
)
_BEFORE_ROMANCE = set(MONTHS)
for _line in _ROMANCE_MONTHS:
    MONTHS.update({w: i for i, w in enumerate(_line.split(), 1) if w != "-" and w not in MONTHS})
MONTHS.update({"fevrier": 2, "aout": 8, "decembre": 12})
# these languages write a month in lowercase: capitalised with no day before it, the word is a name
# ("Marshal Juin 1954"); Portuguese "março" has no unaccented spelling here, "Marco" being a given name
LOWERCASE_MONTHS = frozenset(MONTHS) - _BEFORE_ROMANCE
# Serbian in Cyrillic, nominative and genitive ("12. децембар 1956", "3. новембра 1956")
_SERBIAN_MONTHS = (
    "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
    "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра",
)
for _line in _SERBIAN_MONTHS:
    MONTHS.update({w: i for i, w in enumerate(_line.split(), 1) if w not in MONTHS})

_ENGLISH_MONTHS = "january february march april june july august september october november december".split()
# (sorted: the same order in every process, so the patterns built from MONTHS are too)
MONTHS.update({v: MONTHS[m] for m in _ENGLISH_MONTHS for v in sorted(_ocr_variants(m)) if v not in MONTHS})

# Months Hungarian writes after the year ("1957. május 3."): the year-first order is read
# only with these, so "1956. June" in an English sentence is never a date.
HUNGARIAN_MONTHS = frozenset(
    "január február febr március márc április ápr május máj június jún július júl augusztus aug "
    "szeptember szept október okt november nov december dec".split()
)

ROMAN_MONTHS = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
    "XI": 11,
    "XII": 12,
}

# Canonical archive code -> the ways footnotes write it.
REPOSITORIES: dict[str, tuple[str, ...]] = {
    "AVPRF": ("AVPRF", "AVP RF", "АВП РФ", "АВПРФ", "AVP SSSR", "АВП СССР"),
    "APRF": ("APRF", "AP RF", "АП РФ", "АПРФ"),
    "RGANI": ("RGANI", "TsKhSD", "TsKhSD", "РГАНИ", "ЦХСД"),
    "RGASPI": ("RGASPI", "RTsKhIDNI", "РГАСПИ", "РЦХИДНИ"),
    "GARF": ("GARF", "ГАРФ", "ГА РФ"),
    "RGAE": ("RGAE", "РГАЭ"),
    "RGVA": ("RGVA", "РГВА"),
    "TsAMO": ("TsAMO", "TsAMO RF", "ЦАМО", "ЦАМО РФ"),
    "SAPMO-BArch": ("SAPMO-BArch", "SAPMO BArch", "SAPMO-BA", "SAPMO"),
    # the Hungarian National Archives by their initials and their Hungarian names (before and since 2012)
    "MOL": ("MOL", "MNL OL", "Magyar Országos Levéltár", "Magyar Nemzeti Levéltár Országos Levéltára"),
    "AMZV": ("AMZV", "AMZV ČR"),
    "VÚA-VHA": ("VÚA-VHA", "VÚA–VHA", "VÚA/VHA"),  # the Czech military archive: "VÚA-VHA, f. MNO 1963, kart. 118"
    "PRC-FMA": (
        "PRC FMA",
        "PRC-FMA",
        "PRC Foreign Ministry Archive",
        "PRC Foreign Ministry Archives",
        "Chinese Foreign Ministry Archive",
        "Chinese Foreign Ministry Archives",
        "Архив МИД КНР",  # Russian: "Архив МИД КНР. 109-01213-02, 1–20"
        "Arkhiv MID KNR",
    ),
    "NARA": ("NARA",),
    "AAN": ("AAN", "Archiwum Akt Nowych"),
    "AMSZ": ("AMSZ", "Archiwum MSZ"),
    "PA AA": ("PA AA", "PAAA", "PA/AA", "PolA AA", "PolAAA"),
    "BStU": ("BStU",),  # the Stasi Records Agency: "BStU, MfS, ZAIG 4711, Bl. 12–18"
    "TsDA": (
        "TsDA",
        "TsDA RB",
        "ЦДА",
        "Central State Archive, Sofia",
        "Central State Archives, Sofia",
    ),  # the Digital Archive's English
    "ANIC": ("ANIC",),
    "AQSH": ("AQSH", "AQPPSH", "Central State Archive, Tirana", "Arkivi Qendror Shtetëror"),
    "MNA": ("MNA",),
    "MFMA": ("MFMA",),  # Gadaad Khariltsaany Yamny Arkhiv, Ulaanbaatar
    "MAKhN": ("MAKhN",),  # the party archive (formerly the Central Archive of the MPRP)
    # Arhiva Ministerului Afacerilor Externe, Bucharest; "Arhiva MAE" is its name in Romanian notes (not
    # the French MAE below)
    "AMAE": ("AMAE", "Arhiva MAE", "Arhiva M.A.E.", "Arhiva Ministerului Afacerilor Externe"),
    "AMVnR": ("AMVnR",),  # Arhiv na Ministerstvoto na vanshnite raboti, Sofia
    "DAMSPS": ("DAMSPS", "DA MSPS", "Diplomatski arhiv Ministarstva spoljnih poslova"),  # Belgrade
    "AJ": ("AJ", "Arhiv Jugoslavije"),  # the Archives of Yugoslavia, Belgrade
    # the Japanese Foreign Ministry's Diplomatic Archives by their Japanese initials, the name they
    # stand for, and the ministry's name notes use for them (docs/gold-format.md: "also cited as Gaimushō")
    "GGS": ("GGS", "Gaimushō Gaikō Shiryōkan", "Gaimusho Gaiko Shiryokan", "Gaimushō", "Gaimusho"),
    "VNA3": ("VNA3", "VNA-3", "VNA III", "NAVN III"),
    # the same archive by its Vietnamese initials (Trung tâm Lưu trữ Quốc gia III), a code of its own
    "TTLTQG III": ("TTLTQG III", "TTLTQG3", "Trung tâm Lưu trữ Quốc gia III"),
    "Library of Congress": ("Library of Congress",),  # its Manuscript Division's papers: reel, box, folder
    "TNA": ("TNA",),  # the National Archives, Kew: "FO 371/150404" (series/piece), then the registry's file
    "LC": ("LC",),  # the Library of Congress by its initials, kept as written ("Volkogonov Papers, LC, reel 17")
    "LOC": ("LOC",),  # the same, by the initials some authors use ("Volkogonov Collection, LOC, reel 5")
    "ARAN": ("ARAN", "АРАН"),
    "NA": ("NA", "NA ČR", "Národní archiv"),  # the Czech National Archives, Prague (the party's archive)
    "NMML": ("NMML", "Nehru Memorial Museum and Library"),  # New Delhi: private papers, by file
    # the French Foreign Ministry's archives (La Courneuve) and the National Archives of India, by
    # the initials notes give them (kept as written)
    "MAE": ("MAE",),
    "NAI": ("NAI", "National Archives of India"),
    # the Dwight D. Eisenhower Presidential Library, Abilene: papers and series in words, then box and folder
    "DDEL": ("DDEL", "Dwight D. Eisenhower Library", "Eisenhower Library"),
}

REPOSITORY_NAMES = {
    "AVPRF": "Archive of Foreign Policy of the Russian Federation",
    "APRF": "Archive of the President of the Russian Federation",
    "RGANI": "Russian State Archive of Contemporary History",
    "RGASPI": "Russian State Archive of Socio-Political History",
    "GARF": "State Archive of the Russian Federation",
    "RGAE": "Russian State Archive of the Economy",
    "RGVA": "Russian State Military Archive",
    "TsAMO": "Central Archive of the Ministry of Defence of the Russian Federation",
    "SAPMO-BArch": "Stiftung Archiv der Parteien und Massenorganisationen der DDR im Bundesarchiv",
    "MOL": "Hungarian National Archives (Magyar Országos Levéltár)",
    "AMZV": "Archive of the Ministry of Foreign Affairs of the Czech Republic",
    "VÚA-VHA": "Vojenský ústřední archiv – Vojenský historický archiv (Central Military Archive), Prague",
    "PRC-FMA": "Archive of the Ministry of Foreign Affairs of the People's Republic of China",
    "NARA": "US National Archives and Records Administration",
    "AAN": "Archiwum Akt Nowych (Archive of Modern Records), Warsaw",
    "AMSZ": "Archive of the Polish Ministry of Foreign Affairs",
    "PA AA": "Politisches Archiv des Auswärtigen Amts, Berlin",
    "BStU": "Der Bundesbeauftragte für die Unterlagen des Staatssicherheitsdienstes der ehemaligen DDR",
    "TsDA": "Central State Archive of Bulgaria",
    "ANIC": "National Archives of Romania (Arhivele Naționale Istorice Centrale)",
    "AQSH": "Central State Archive of Albania",
    "MNA": "Mongolian National Archives",
    "MFMA": "Archive of the Ministry of Foreign Affairs of Mongolia, Ulaanbaatar",
    "MAKhN": "Archive of the Mongolian People's Party (formerly the Central Archive of the MPRP), Ulaanbaatar",
    "AMAE": "Archive of the Romanian Ministry of Foreign Affairs (Arhiva MAE), Bucharest",
    "AMVnR": "Archive of the Bulgarian Ministry of Foreign Affairs, Sofia",
    "DAMSPS": "Diplomatic Archive of the Yugoslav Federal Secretariat for Foreign Affairs, Belgrade",
    "AJ": "Archives of Yugoslavia (Arhiv Jugoslavije), Belgrade",
    "GGS": "Diplomatic Archives of the Japanese Ministry of Foreign Affairs (Gaimushō Gaikō Shiryōkan), Tokyo",
    "VNA3": "Vietnam National Archives Center No. 3 (Trung tâm Lưu trữ Quốc gia III), Hanoi",
    "TTLTQG III": "Vietnam National Archives Center No. 3 (Trung tâm Lưu trữ Quốc gia III), Hanoi",
    "Library of Congress": "Library of Congress, Washington, DC",
    "TNA": "The National Archives of the United Kingdom, Kew",
    "LC": "Library of Congress, Washington, DC",
    "LOC": "Library of Congress, Washington, DC",
    "ARAN": "Archive of the Russian Academy of Sciences",
    "NA": "National Archives of the Czech Republic (Národní archiv), Prague",
    "NMML": "Nehru Memorial Museum and Library, New Delhi",
    "DDEL": "Dwight D. Eisenhower Presidential Library, Abilene, Kansas",
}

# Locator keyword (lower case, without the final dot) -> canonical field.
LOCATOR_KEYS = {
    "fond": "fond",
    "f": "fond",
    "ф": "fond",
    "fonds": "fond",
    "фонд": "fond",  # spelled out: "АВП РФ. Фонд 0102. Опись 11"
    "opis": "opis",
    "opis'": "opis",
    "op": "opis",
    "оп": "opis",
    "0п": "opis",  # OCR's digit zero for the Cyrillic О of "Оп."
    "опись": "opis",
    "delo": "delo",
    "d": "delo",
    "д": "delo",
    "ед. хр": "delo",  # единица хранения, the unit of keeping: "Оп. 23. Ед. хр. 112"
    "ед.хр": "delo",
    "дело": "delo",
    "papka": "papka",
    "p": "papka",
    "pa": "papka",
    "pap": "papka",
    "п": "papka",
    "папка": "papka",
    "list": "list",
    "listy": "list",
    "l": "list",
    "ll": "list",
    "1l": "list",  # OCR's digit one for the first l of "ll."
    "l1": "list",  # and for the second ("l1. 20–22")
    "л": "list",
    "лл": "list",
    "лист": "list",
    "листы": "list",
    "bl": "list",
    "fol": "list",
    "fols": "list",
    "roll": "roll",
    "reel": "reel",
    "box": "box",
    "folder": "folder",
    "file": "file",
    "doc": "document",
    "dok": "document",
    "док": "document",  # "Док. 12": a document numbered within an inventory (RGANI's fond 89)
    "документ": "document",
    "document": "document",
}

# Order of the archival hierarchy, whatever order a note cites it in.
LOCATOR_ORDER = (
    "fond",
    "opis",
    "delo",
    "papka",
    "list",
    "roll",
    "reel",
    "box",
    "folder",
    "file",
    "document",
)
HIERARCHY_LEVELS = ("fond", "opis", "delo", "papka")

# Words that make a phrase a role ("Counsellor of the Embassy"), not a name.
ROLE_WORDS = frozenset(
    """
    ambassador ambassadors counsellor councillor counselor councilor secretary minister
    head chief deputy chargé charge chairman chairwoman premier president consul consular
    attaché attache official officer referent member envoy advisor adviser director
    general marshal colonel major captain lieutenant leader representative correspondent
    diplomat interpreter translator first second third vice acting temporary provisional
    commander editor chair botschafter botschafters gesandter gesandten rat botschaftsrat sekretär
    attachés velvyslanec velvyslance vyslanec vyslance ambasador ambasadora konsul chargé_d'affaires
    außenminister außenministers stellvertretender stellvertretenden stellvertretende ministerpräsident
    ministerpräsidenten sekretärs prezydent prezydentem prezydenta předseda předsedou předsedy premiera
    mitglied mitgliedes mitglieds kandidat kandidaten oberst obersten člen člena členem członek członka członkiem
    präsident präsidenten missionschef missionschefs erster ersten erste zweiter zweiten dritter dritten
    generalsekretär generalsekretärs vorsitzender vorsitzenden geschäftsträger geschäftsträgers botschaftsrates
    botschaftsrats leiter leiters generalkonsul generalkonsuls konsuls handelsrat handelsrats
    nagykövet külügyminiszter miniszterelnök követ посланик посланика посланикът
    посол советник секретарь министр заведующий зав заместитель замминистра председатель
    премьер консул атташе референт член поверенный первый второй третий генерал
    руководитель начальник корреспондент переводчик сотрудник
    ambasadorom ambasadoru ambasadori ambasadorit ambasadorin ambasadorët poslanik poslanikom poslanika
    commissioner otpravnik otpravnikom sekretarom sekretara ministrom ministra ministru delegate delegates
    velvyslancem velvyslanci vyslancem vyslanci ministrem ambasadorem ambasadorowi ministrem ministrowi
    tlumočník tlumočníka tlumočníkem tlumočnice dolmetscher dolmetscherin tłumacz tolmács
    délégué déléguée ambassadeur conseiller secrétaire ministre
    ambasciatore ambasciatori ambassadeurs embajador embajadores embaixador segretario secretario ministro
    consigliere consejero incaricato encargado
    sekretarz sekretarza sekretarzem radca radcy radcą wiceminister wiceministra wiceministrem
    wicepremier wicepremiera dyrektor dyrektora kierownik kierownika zastępca zastępcy naczelnik naczelnika
    ministers stellvertreter stellvertreters stellv ügyvivő ügyvivője ügyvivővel ügyvivőt
    ambasadorul ambasadorului ministrul ministrului
    vedoucí vedoucího vedoucím místopředseda místopředsedy místopředsedou
    tajemník tajemníka tajemníkem tajemníku náměstek náměstka náměstkem náměstku
    chancellor vice-chancellor kanzler kanzlers bundeskanzler bundeskanzlers vizekanzler
    presidentem presidenta prezidenta prezidentem
    amb wicemin wiceprem velv
    płk ppłk mjr kpt gen ks przewodniczący przewodniczącego przewodniczącym szef szefa szefem
    pułkownik pułkownika pułkownikiem generał generała generałem książę księcia księciem
    predsednik predsednika predsedniku predsednikom predsjednik predsjednika predsjedniku predsjednikom
    members secretaries chairmen deputies representatives officials counsellors counselors governor
    """.split()
)  # the next-to-last line: offices abbreviated before a name ("z amb. Wang Ping-nanem", "velv. Pecky");
# the last, English plurals before two names ("Politburo Members Peng Zhen and Chen Yi")

# Nouns of offices and branches that stand in a role before a name and are never part of the
# name ("Chief of the KWP CC Propaganda Department Ri Il-gyeong", "DPRK Minister of Trade Jin Ban-su").
OFFICE_NOUNS = frozenset(
    """
    department departments ministry ministries embassy legation committee commission council bureau
    section division directorate administration office trade propaganda affairs industry agriculture
    construction education culture finance planning security defence defense railways communications
    politburo presidium secretariat политбюро президиума президиум секретариата
    komisji misji ambasady ambasad delegacji komitetu ministerstwa rządu rady
    republike vlade
    """.split()
)

# Bodies a memo can be addressed to; matched as a phrase start.
ORGANIZATION_HEADS = (
    "CPSU Central Committee",
    "Central Committee",
    "CC CPSU",
    "ЦК КПСС",
    "Presidium",
    "Politburo",
    "Council of Ministers",
    "Ministry",
    "Foreign Ministry",
    "МИД",
    "TsK ",
    "MID ",
    "Embassy",
    "Department",
)

# Korean surnames in their romanisations; used to apply Korean folding rules.
KOREAN_SURNAMES = frozenset(
    """
    kim gim yi li ri rhee lee i pak park pag bak choe ch'oe choi chwe chŏe nam ko go koh ki gi an ahn ho hŏ heo hur
    han chong chŏng jeong jung song yom yŏm yeom lim im rim kang gang cho jo chang jang ryu
    yu yoo mun moon o oh sin shin hong paek baek pang bang kwon kwŏn ch'oi chu ju son sŏn
    seon hyon hyŏn hyeon chon chŏn jeon pae bae no roh ro yun yoon kye gye ch'a cha
    """.split()
)

CHINESE_SURNAMES = frozenset(
    """
    zhou chou mao liu deng teng peng p'eng zhu chu chen ch'en wang kang k'ang gao kao lin chiao
    zhang chang yang wu pan dong tung qiao ch'iao xu hsu hsü he ho huang hu luo lo zhao chao
    hao xia hsia shen tan t'an geng keng ji chi
    """.split()
)

# Vietnamese surnames (without diacritics); Russian spellings are read through
# `romanize_cross.vietnamese_key` (Нгуен, Фам, Ле, Хо, Чан, Зыонг).
VIETNAMESE_SURNAMES = frozenset(
    """
    nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh lam mai
    trinh ton ha cao luong xuan
    """.split()
)

# Places and weekdays that sit between the people and the date ("…, Pyongyang, Friday, 15
# March 1957"): never names of people.
# Countries named in a role before a name ("North Korean Ambassador to China Ri Yong-ho")
COUNTRIES = frozenset(
    """
    china korea dprk prc ussr vietnam drv mongolia mpr albania poland hungary czechoslovakia gdr
    romania bulgaria yugoslavia cuba japan india indonesia burma laos cambodia
    """.split()
)

# States as the archives' own languages and Russian or Albanian notes name them ("Sowjetunion –
# China", "беседа с Вьетнамом", "Shqipëria"): a link of a chain or an end of a talk that is no person
STATE_NAMES = frozenset(
    """
    sowjetunion udssr sssr ussr volksrepublik brd ddr bundesrepublik usa vrc kvdr drv vdr čssr cssr
    kuba polen ungarn rumänien bulgarien albanien jugoslawien mongolei nordkorea nordvietnam südvietnam japan
    indien frankreich england amerika vietnam korea sowjetische chinesische
    polska chiny zsrr związek radziecki węgry čína sovětský svaz kína szovjetunió
    вьетнам китай корея кндр кнр дрв ссср албания польша венгрия чехословакия румыния болгария
    югославия монголия мнр гдр фрг куба сша америка франция англия германия япония индия
    индонезия бирма камбоджа лаос египет ирак сирия афганистан пакистан турция иран финляндия австрия
    швеция норвегия дания италия бельгия голландия нидерланды швейцария греция великобритания гана гвинея
    shqipëri shqipëria kinë kina
    germany france britain italy austria egypt iraq syria iran turkey pakistan afghanistan finland sweden
    norway denmark greece ghana somalia ethiopia sudan algeria
    """.split()
)

# Newspapers, news agencies and radio stations: the press, which keeps no diary and sends no
# message between people ("Pravda's journal, 14 May 1958, p. 3" is an issue of the paper)
PRESS_NAMES = frozenset(
    {
        "pravda",
        "izvestiia",
        "izvestiya",
        "izvestia",
        "trud",
        "krasnaia zvezda",
        "krasnaya zvezda",
        "tass",
        "xinhua",
        "kcna",
        "pap",
        "čtk",
        "ctk",
        "mti",
        "adn",
        "agerpres",
        "bta",
        "ata",
        "vna",
        "tanjug",
        "reuter",
        "reuters",
        "afp",
        "upi",
        "renmin ribao",
        "people's daily",
        "jiefangjun bao",
        "hongqi",
        "red flag",
        "nodong sinmun",
        "rodong sinmun",
        "minju choson",
        "neues deutschland",
        "trybuna ludu",
        "rudé právo",
        "rude pravo",
        "népszabadság",
        "nepszabadsag",
        "scînteia",
        "scinteia",
        "rabotnichesko delo",
        "zëri i popullit",
        "zeri i popullit",
        "nhân dân",
        "nhan dan",
        "borba",
        "le monde",
        "kommunist",  # the CPSU CC's theoretical journal
        "the times",
        "new york times",
        "the new york times",
        "washington post",
        "the washington post",
    }
)

# More states in English than COUNTRIES names, standing for their governments ("Afghanistan's note of
# 10 May"): with COUNTRIES, no person
STATES_EN = COUNTRIES | frozenset(
    """
    afghanistan pakistan ceylon egypt iraq syria iran persia turkey lebanon jordan israel yemen
    algeria morocco tunisia libya sudan ghana guinea mali ethiopia mexico brazil argentina chile
    finland austria sweden norway denmark italy belgium holland netherlands switzerland greece
    britain england france germany america rumania russia
    """.split()
)


PLACES = frozenset(
    """
    pyongyang moscow beijing peking berlin budapest prague warsaw bucharest sofia hanoi tirana
    belgrade seoul tokyo washington kaesong panmunjom shenyang mukden vladivostok khabarovsk saigon rome vienna
    dalian harbin ulan-bator ulaanbaatar geneva london paris new-york
    пхеньян москва пекин берлин будапешт прага варшава
    ханой улан-батор бухарест софия тирана белград сеул токио вашингтон женева лондон париж
    шанхай ленинград вьентьян пномпень джакарта дели ялта сочи
    bandung djakarta jakarta cairo havana havanna habana colombo accra conakry algiers kabul baghdad
    bogor surabaya medan damascus brazzaville bamako vientiane hanoj гавана каир бандунг
    káhira kair kairo damašek damaszek damaskus bejrút bejrut beirut bagdád bagdad
    hangzhou hangchow shanghai nanjing nanking wuhan guangzhou canton beidaihe lushan chengdu
    sinuiju hamhung wonsan chongjin leningrad kiev yalta sochi bratislava krakow kraków dresden leipzig
    praha praga warszawa moskva moskwa moskau peking pekin pjöngjang phenjan pchjongjang phenian phenianie
    pchenjan budapešť berlín varšava phenjanban pekingben moszkvában
    moszkva varsó prága belgrád szófia bécs párizs ulánbátor
    pekinie moskwie warszawie berlinie budapeszcie hanoji moskvě praze pekingu phenjanu
    moskë varshavë pragë sofje bukuresht beograd
    bucuresti moscova varsovia belgrad
    београд загреб beograda beogradu
    mosca moscou moscú pechino pékin pekín parigi varsavia varsovie belgrado berlino bucarest hanoï avana
    haiphong hai-phong danang tianjin tientsin qingdao tsingtao lushun nampo chinnampo хайфон
    monday tuesday wednesday thursday friday saturday sunday
    понедельник вторник среда четверг пятница суббота воскресенье
    """.split()
) | frozenset(
    {"new delhi", "delhi", "new york", "hong kong", "rangoon", "karachi", "ottawa", "hai phong", "port arthur"}
)  # written in two words
PLACES |= {"camp david"}  # the presidential retreat in Maryland, where talks were held
# Romanian, Albanian, Black Sea and Balkan resorts and ports where the bloc's leaders met
# ("Constanța, 25.VI.1962")
PLACES |= {"constanța", "constanţa", "constanta", "mamaia", "gagra", "pitsunda", "sinaia", "snagov"}
PLACES |= {"tiranë", "durrës", "durres", "vlorë", "vlora"}
# Indochinese towns where missions worked and talks were held, written after a record's gloss
# ("[Note …], Siem Reap, 11 II 1964"), and a Polish town leaders were shown
PLACES |= {"phnom penh", "siem reap", "khang khay", "sam neua", "luang prabang", "nowa huta"}
# European and Middle Eastern capitals a cable was sent to ("Wuori's telegram to Helsinki of …") and
# Polish exonyms of the places a record was written at ("…, Genewa, 16 V 1962", "…, Wientian, …")
PLACES |= {"helsinki", "stockholm", "oslo", "copenhagen", "bonn", "brussels", "ankara", "athens", "tehran"}
PLACES |= {"genewa", "wientian", "sztokholm", "kopenhaga", "ateny"}
# seats that stand for a government at a message's head ("Pankow, Fernschreiben, 5. Mai 1961")
PLACES |= {"pankow", "whitehall", "foggy bottom"}
# Capitals and cities in Russian where the bloc's diplomats talked, written before a record's date
# ("… с Л. Фиглем. Вена, 15 мая 1955 г."), where an envoy served ("послом в Бонне") or sent from
# (not Коломбо and Мадрид: the surnames of Emilio Colombo and Miguel de la Madrid, in any case
# "Э. Коломбо", "М. де ла Мадридом", are common in Soviet records; test_review19_ru H4)
PLACES |= set(
    """
    вена рим бонн стокгольм хельсинки осло копенгаген гаага брюссель амстердам лиссабон афины
    анкара тегеран кабул карачи рангун дамаск багдад бейрут амман алжир тунис рабат аккра конакри
    бамако хартум аддис-абеба мехико буэнос-айрес оттава канберра нью-йорк нью-дели
    братислава лейпциг дрезден загреб любляна скопье киев минск тбилиси баку ташкент алма-ата
    """.split()
)
# the places above also take a case ending in the notes' languages ("w Pekinie", "Moszkvában");
# the gazetteer's are read only as written (its docstring says why)
INFLECTED_PLACES = frozenset(PLACES)
PLACES |= gazetteer_forms()

# The same body under the names footnotes give it (canonical form first).
ORGANIZATION_ALIASES: tuple[tuple[str, ...], ...] = (
    (
        "CPSU Central Committee",
        "Central Committee of the CPSU",
        "CC CPSU",
        "CPSU CC",
        "ЦК КПСС",
        "TsK KPSS",
        "SZKP KB",  # Hungarian
        "ZK der KPdSU",  # German
        "ÚV KSSS",  # Czech
        "KC KPZR",  # Polish
    ),
    ("Presidium of the CPSU Central Committee", "Presidium of the CC CPSU", "Президиум ЦК КПСС", "Prezidium TsK KPSS"),
    (
        "KWP Central Committee",
        "Central Committee of the KWP",
        "ЦК ТПК",
        "Центральный Комитет Трудовой партии Кореи",  # and as Russian declines it
        "Центрального Комитета Трудовой партии Кореи",
        "Центральному Комитету Трудовой партии Кореи",
        "CC KWP",
        "KWP CC",
        "TsK TPK",
        "Koreai Munkapárt KB",  # Hungarian
        "ZK der PdAK",  # German
        "ÚV KSK",  # Czech
        "KC KPP",  # Polish (Koreańska Partia Pracy)
    ),
    ("CCP Central Committee", "Central Committee of the CCP", "ЦК КПК", "CC CCP", "CCP CC", "TsK KPK", "KKP KB"),
    ("USSR Ministry of Foreign Affairs", "Soviet Foreign Ministry", "MID SSSR", "МИД СССР"),
    ("PRC Foreign Ministry", "Chinese Foreign Ministry", "PRC Ministry of Foreign Affairs", "МИД КНР"),
)

# Korean surnames written several ways, folded to one McCune-Reischauer-like form.
KOREAN_SURNAME_FORMS = {
    "choi": "choe",
    "chwe": "choe",
    "choe": "choe",
    "park": "pak",
    "bak": "pak",
    "pag": "pak",
    "gim": "kim",
    "jeong": "chong",
    "chung": "chong",
    "jung": "chong",
    "gang": "kang",
    "koh": "ko",
    "go": "ko",
    "oh": "o",
    "yoo": "yu",
    "shin": "sin",
    "lim": "im",
    "rim": "im",
    "roh": "no",
    "ro": "no",
    "jang": "chang",
    "ahn": "an",
    "baek": "paek",
    "paik": "paek",
    "hyun": "hyon",
    "hyeon": "hyon",
    "yoon": "yun",
    "moon": "mun",
    "bang": "pang",
    "kwon": "kwon",
    "jeon": "chon",
    "chun": "chon",
    "seon": "son",
    "sun": "son",
    "heo": "ho",
    "hur": "ho",
    "yeom": "yom",
    "gye": "kye",
    "bae": "pae",
}

# How some archives' own citation words map to the locator fields (the same abbreviation
# means different things in different archives: Polish "k." is a page, Czech "k." a box).
REPOSITORY_KEYS: dict[str, dict[str, str]] = {
    "AMZV": {"k": "box", "kart": "box", "obal": "folder", "č.j": "document", "čj": "document"},
    "VÚA-VHA": {"kart": "box", "k": "box", "č.j": "document", "čj": "document"},
    "AAN": {"k": "list", "sygn": "file", "t": "folder"},
    "AMSZ": {"w": "box", "t": "folder", "k": "list", "z": "fond", "sygn": "file"},  # sygnatura: the file
    "SAPMO-BArch": {"bl": "list", "b1": "list"},  # Blatt; OCR's digit one for its l
    "PA AA": {"bl": "list", "b1": "list"},
    "BStU": {"bl": "list", "b1": "list"},
    "TsDA": {"a.e": "delo", "ае": "delo", "а.е": "delo", "record": "opis", "file": "delo"},  # опис, архивна единица
    "ANIC": {"dosar": "file", "f": "list"},
    "MOL": {"doboz": "box", "tétel": "folder", "p": "list", "pp": "list"},  # a page: "… 002183/1967. P. 3."
    # Albanian viti (year: the inventory), dosja (file) and fletë (leaf)
    "AQSH": {"fondi": "fond", "v": "opis", "viti": "opis", "fl": "list", "dosja": "delo"},
    # Mongolian: fond (f.), dans (d., the inventory), khadgalamjiin negj (kh/n, unit of keeping),
    # khuudas (kh., page), read as fond, opis, delo and list
    # (in Cyrillic as in Latin: "Ф. 2. Д. 1. Х/н 212. Х. 5–11")
    "MFMA": {"d": "opis", "д": "opis", "kh/n": "delo", "х/н": "delo", "kh": "list", "х": "list"},
    "MAKhN": {"d": "opis", "д": "opis", "kh/n": "delo", "х/н": "delo", "kh": "list", "х": "list"},
    "AMAE": {"dosar": "delo", "f": "list"},  # Romanian dosar (file) and filă (leaf)
    "AMVnR": {"a.e": "delo", "ае": "delo", "а.е": "delo"},  # опис, архивна единица
    # Serbian: the series and the year without keys (fond, opis), fascikla (f.) and dosije (d.),
    # then the document's number without a key
    # kutija (box), strana (page), broj (number)
    "DAMSPS": {"f": "folder", "fasc": "folder", "d": "delo", "k": "box", "str": "list", "br": "document"},
    # the fond's number, its name (skipped), a Roman series (opis) and the signature (delo) without
    # keys; pages are pages
    "AJ": {"p": "list", "pp": "list", "str": "list", "k": "box"},
    # the file (A'.1.5.2.1-3) and microfilm reel keyed, a release number (2012-1507) unkeyed
    "GGS": {"p": "list", "pp": "list"},
    # Vietnamese phông (fond) and hồ sơ (file)
    "VNA3": {"phông": "fond", "hồ sơ": "file", "hs": "file", "tr": "list"},  # trang: the page
    "TTLTQG III": {"phông": "fond", "hồ sơ": "file", "hs": "file", "tr": "list"},
    # Czech National Archives: fond (f.), svazek (sv., a volume: the box), archivní jednotka (a.j.,
    # the unit: as AMVnR's a.e.), karton (kart.),
    # bod (b., an agenda item: the document), inventární číslo (inv. č., the unit's inventory number);
    # the pages of the unit, as English notes write them (pp.) or Czech ones (s., str.), are its leaves
    # French: a series in words (unkeyed fond), volume (the file) and folio (ff., the leaves)
    "MAE": {"vol": "file", "ff": "list", "f": "list", "fo": "list", "carton": "box"},
    # Indian: the ministry's series (unkeyed fond), "File No." (read by its shape) and its pages
    "NAI": {"pp": "list", "p": "list"},
    "NA": {
        "sv": "box",
        "kart": "box",
        "a.j": "delo",
        "aj": "delo",
        "b": "document",
        "inv. č": "file",
        "inv.č": "file",
        "pp": "list",
        "p": "list",
        "str": "list",
        "s": "list",
    },
    # RGANI's fond 89 (the documents declassified in 1992) is kept in lists (перечень, "Пер." or
    # transliterated "per.", the inventory) of numbered documents (документ, "Док."/"dok."), not files
    "RGANI": {"пер": "opis", "перечень": "opis", "per": "opis", "perechen'": "opis", "perechen": "opis"},
}

# "In private", as record heads add it after the parties of a talk ("Notatka z rozmowy tow. X z Y w
# cztery oczy", "Gespräch … unter vier Augen", "mezi čtyřma očima", "négyszemközti", "între patru
# ochi", "u četiri oka", "на четири очи", "с глазу на глаз", "tête-à-tête"): how the talk was
# held, no party's name.
TETE_A_TETE = (
    r"w\s+cztery\s+oczy|unter\s+vier\s+augen|mezi\s+čtyřma\s+očima|medzi\s+štyrmi\s+očami"
    r"|négyszemközt(?:i)?|între\s+patru\s+ochi|u\s+četiri\s+oka|на\s+четири\s+очи|с\s+глазу\s+на\s+глаз"
    r"|sam\s+na\s+sam|tête-à-tête|tete-a-tete|in\s+private|privat"
)

# Words that say a dated title was printed, broadcast or spoken in public, not kept in an
# archive ('"…", 3 May 1960, BBC broadcast'; '"…", 14 March 2005 lecture'): no record's head, no
# diary's day. Not "talk" or "paper": a record may be called either.
PUBLIC_OCCASIONS = (
    r"broadcast|radio|television|TV|newsreel|interview|editorial|article|newspaper|magazine|weekly|daily"
    r"|press\s+conference|speech|lecture|conference|seminar|symposium|workshop|issue"
    r"|edition|review|colloquium"
)

# The small words of Western surnames ("de Gaulle", "Couve de Murville", "van der Stoel", "von
# Brentano", "da Costa"): part of the name, written before its surname. The
# articles "der" and "den" only after "van" or "von"; never the German "des", "das", "dem",
# nor the Romance "del", "della", "do", "das", which are as often "of the" in an office's title
NAME_PARTICLES = frozenset("de du van von da di dos".split())
NAME_PARTICLE_ARTICLES = frozenset("der den".split())
