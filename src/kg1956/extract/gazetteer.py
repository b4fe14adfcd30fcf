"""A gazetteer of the genre: the capitals and cities where the bloc's diplomats met, wrote from
and served, written as the notes' languages write them (English, Russian, German, Polish, Czech,
Hungarian, Romanian, Bulgarian, Serbo-Croatian, French, Italian).

A note puts the place between the parties and the date ("Record of conversation between X and Y,
Novosibirsk, 24 November 1961"; "Notatka z rozmowy …, Sajgon, 19 XI 1954"); a place the lexicon
does not know is read as one more party. Each line is one place, its forms separated by "/";
the forms are lower case, as `PLACES` holds them.

Left out on purpose: places whose name is also a surname or given name of the period's people
(Kalinin, Kirov, Frunze, Gorky, Kuibyshev, Zhdanov, Molotov, Lvov, Kazan, Lima, Santiago, Madrid,
Lagos, Colombo in Cyrillic, Bern, Haga, Roma, Бон, Nagasaki, Hue, Vinh, Xian), and Chinese cities
whose names are common given names too (Changchun, Kunming, Anshan, Fushun, Dandong). The forms
are taken as written, never with a case ending cut off (see `places.is_place`): "Minsky" is a man.
"""

from __future__ import annotations

_PLACES_BY_REGION = """
# the Soviet Union
novosibirsk / новосибирск / nowosybirsk / novoszibirszk
sverdlovsk / свердловск / swierdłowsk / szverdlovszk
irkutsk / иркутск / irkuck / irkutszk
tashkent / taškent / taschkent / taszkent / ташкент / taskent
alma-ata / алма-ата / ałma-ata / almaty
ashkhabad / ashgabat / ашхабад / aszchabad
dushanbe / stalinabad / душанбе / duszanbe
yerevan / erevan / ереван / erywań / jerevan / jereván
baku / баку
tbilisi / tiflis / тбилиси / tbilisz
riga / рига / ryga
tallinn / таллин / tallin
vilnius / вильнюс / wilno / vilno
odessa / одесса / odesa / odessza / одеса
kharkov / kharkiv / харьков / charków / charkov / harkov
sevastopol / севастополь / sewastopol / szevasztopol
stalingrad / сталинград / volgograd / волгоград
murmansk / мурманск
minsk / mińsk / минск
kyiv / kiev / kijów / kyjev / kijev / киев
khabarovsk / хабаровск / chabarowsk / chabarovsk
vladivostok / владивосток / władywostok
nakhodka / находка
blagoveshchensk / благовещенск
ulan-ude / улан-удэ
petropavlovsk-kamchatsky / петропавловск-камчатский
oreanda / ореанда / livadia / ливадия
zavidovo / завидово / barvikha / барвиха
# China
nanjing / nanking / нанкин / nankin
wuhan / ухань / hankou / hankow / ханькоу
guangzhou / canton / гуанчжоу / кантон / kanton
chongqing / chungking / чунцин / czungking
lanzhou / lanchow / ланьчжоу
urumqi / urumchi / урумчи / urumczi
changsha / чанша
yan'an / yenan / яньань
harbin / харбин / charbin
shenyang / mukden / шэньян / мукден / szenjang
dalian / dairen / dalny / далянь / дальний
lüshun / люйшунь / порт-артур / port artur
beidaihe / бэйдайхэ / peitaiho
lushan / лушань
hangzhou / ханчжоу
shanghai / шанхай / szanghaj / sanghaj / šanghaj / sanghaj
taipei / тайбэй / tajpej
hong kong / гонконг / сянган / hongkong
lhasa / лхаса
# Korea, Mongolia, Japan
pyongyang / пхеньян / phenian / phenjan / pchjongjang / pjöngjang / pjongjang / phenian / phenjan / пхенян / пјонгјанг
kaesong / кэсон / kesong
hamhung / хамхын / wonsan / вонсан
chongjin / чхонджин / sinuiju / синыйджу
pusan / busan / пусан
inchon / incheon / инчхон
seoul / сеул
ulan bator / ulan-bator / ulaanbaatar / улан-батор / ułan bator / ulánbátor / ulan bator / улан батор / ulaanbátor
kyoto / киото / hiroshima / хиросима
tokyo / токио / tokio / tokió
# Vietnam, Laos, Cambodia, Burma, Thailand
hanoi / hanoj / ханой / hanoï / ханој
haiphong / hai phong / хайфон / hajfong
saigon / sajgon / сайгон / сајгон / szajgon
da nang / danang / дананг
dien bien phu / дьенбьенфу
vientiane / wientian / вьентьян / виентян / vientián / vijentijan
luang prabang / луангпрабанг / xieng khouang / сиангкхуанг / khang khay / sam neua
phnom penh / phnompenh / phnompen / пномпень / pnompenh / phnom-penh
siem reap
rangoon / yangon / rangun / рангун / rangún
mandalay / мандалай
bangkok / бангкок / bangkoku
# South Asia
new delhi / delhi / нью-дели / дели / neu-delhi / delhi / dillí / újdelhi / ню делхи / делхи / nowe delhi
bombay / бомбей / bombaj / bombaj
calcutta / калькутта / kalkuta / kalkutta / kalkata
madras / мадрас
karachi / карачи / karaczi / karáčí / karacsi
rawalpindi / равалпинди / lahore / лахор
dacca / dhaka / дакка
kabul / кабул / kábul
kathmandu / katmandu / катманду
# Indonesia and the Pacific
djakarta / jakarta / джакарта / dżakarta / džakarta / dzsakarta
bandung / бандунг / bogor / surabaya / medan
jogjakarta / yogyakarta / djokjakarta / джокьякарта
canberra / канберра
# the Middle East and North Africa
cairo / каир / kairo / kair / káhira / kairó / кайро / kahira
alexandria / александрия / aleksandria / alexandrie
damascus / дамаск / damaszek / damašek / damaskus / damaszkusz / damasc / damask
baghdad / багдад / bagdad / bagdád
beirut / бейрут / bejrut / bejrút / бејрут
amman / амман
tehran / teheran / тегеран / teherán / техеран
ankara / анкара
istanbul / стамбул / stambuł / istanbuł / isztambul
jerusalem / иерусалим / jerozolima / jeruzalém / jeruzsálem
tel aviv / тель-авив
riyadh / эр-рияд
aden / аден
khartoum / хартум / chartum / kartúm
tripoli / триполи / trypolis
tunis / тунис / tunisz
algiers / алжир / algier / alžír / algír / alger / алжир
rabat / рабат
# Africa
accra / аккра / akra / akkra / аккра
conakry / конакри / konakry / конакри
bamako / бамако
dakar / дакар
leopoldville / léopoldville / леопольдвиль / kinshasa / киншаса / kinszasa
brazzaville / браззавиль
dar es salaam / дар-эс-салам
nairobi / найроби
addis ababa / addis abeba / аддис-абеба
mogadishu / могадишо
zanzibar / занзибар
# Europe
london / лондон / londyn / londýn / londres / londra
paris / париж / paryż / paříž / párizs / parigi / pariz
rome / рим / rzym / řím / róma
vienna / вена / wiedeń / vídeň / bécs / wien / viena / беч / beč / виена / vienne
geneva / женева / genewa / ženeva / genf / genève / genfben / ginevra
brussels / брюссель / bruksela / brusel / brüsszel / brüssel / bruxelles / bruxelles
the hague / гаага / den haag / hága
amsterdam / амстердам
lisbon / лиссабон / lizbona / lisabon / lissabon / lisszabon / lisbonne
athens / афины / ateny / atény / athén / athen / atena / атина / atina / athènes
helsinki / хельсинки / helsinky / helsingfors / хелзинки
stockholm / стокгольм / sztokholm / стокхолм / stokholm
oslo / осло
copenhagen / копенгаген / kopenhaga / kodaň / koppenhága / kopenhagen / copenhaga / копенхаген
reykjavik / рейкьявик
dublin / дублин
bonn / бонн
berlin / берлин / berlín / berlino
warsaw / варшава / warszawa / varšava / varsó / warschau / varșovia / varsovia / varsavia / varsovie
prague / прага / praha / prága / prag / praga / праг
budapest / будапешт / budapeszt / budapešť / budapesta / будапеща / budimpešta / будимпешта
bucharest / бухарест / bukareszt / bukurešť / bukarest / bucurești / bucuresti / букурещ / bucarest
bukurešt / букурешт
sofia / софия / szófia / sofija / софија
belgrade / белград / belgrad / bělehrad / belgrád / beograd / београд / belgrado
tirana / тирана / tiranë / tirana
zagreb / загреб / ljubljana / любляна / skopje / скопье / скопје
bratislava / братислава / pozsony
krakow / kraków / краков / krakov
leipzig / лейпциг / lipsk / lipsko
dresden / дрезден / drezno / drážďany / drezda
gdańsk / gdansk / гданьск
varna / варна / burgas / бургас
brioni / brijuni / бриони / бриони / бриjуни
karađorđevo / karadjordjevo / караджордjево / карађорђево
sinaia / синая / mamaia / snagov / снагов / constanța / constanta / констанца
durrës / durres / vlorë / vlora / влёра / дуррес
helsinki / хельсинки
tamminiemi
# the Americas
havana / гавана / hawana / havana / havanna / habana / хавана / avana
mexico city / мехико / meksyk / ciudad de méxico
buenos aires / буэнос-айрес
rio de janeiro / рио-де-жанейро
brasília / brasilia / бразилиа
montevideo / монтевидео
caracas / каракас
bogotá / богота
la paz / ла-пас
quito
new york / нью-йорк / nowy jork / new-york
washington / вашингтон / waszyngton / vašington / washingtonban
ottawa / оттава
camp david / кэмп-дэвид
glassboro
"""


def gazetteer_forms() -> frozenset[str]:
    """Every form of every place in the gazetteer, lower case."""
    forms: set[str] = set()
    for line in _PLACES_BY_REGION.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            forms.update(form.strip() for form in line.split("/") if form.strip())
    return frozenset(forms)
