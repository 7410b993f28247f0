"""Texts of the site-wide pages: home, the index pages, about, methodology, data licence
and the programme pages. A body is a list of ("heading" | "paragraph", text) pairs."""

from . import T

HOME = {
    "title": T("Ашар", "Ашар", "Ashar"),
    "intro": T(
        "<p>Ашар — кошуналар чогулуп, акы албай бир нерсе куруу. Бул сайтта Кыргызстандын "
        "айылдары жана шаарлары өз демилгелери тууралуу айтып беришет: көйгөйдү кантип "
        "аныкташты, кантип чечим кабыл алышты, ким канча салым кошту жана эмне өзгөрдү. Мында "
        "муниципалитеттердин профилдери жана жергиликтүү кызмат көрсөтүүлөрдүн окууга "
        "ыңгайлуу реестрлери да бар.</p>",
        "<p>Ашар — когда соседи вместе и безвозмездно что-то строят. На этом сайте сёла и "
        "города Кыргызстана рассказывают о своих инициативах: как определили проблему, как "
        "приняли решение, кто сколько вложил и что изменилось. Здесь же профили "
        "муниципалитетов и понятные реестры местных услуг.</p>",
        "<p>Ashar is Kyrgyz for neighbours building something together, unpaid. On this site "
        "the villages and towns of Kyrgyzstan tell how they identified a problem, decided what "
        "to do, who contributed what and what changed. You will also find municipal profiles "
        "and readable registers of local services.</p>",
    ),
}

INDEXES = {
    "stories": {
        "title": T("Окуялар", "Истории", "Stories"),
        "intro": T(
            "<p>Жергиликтүү демилгелердин окуялары: көйгөйдөн чечимге жана натыйжага чейин. "
            "Облус, район, муниципалитет, тема, долбоор, жыл же аялуу топ боюнча тандаңыз.</p>",
            "<p>Истории местных инициатив: от проблемы к решению и результату. Выбирайте по "
            "области, району, муниципалитету, теме, проекту, году или уязвимой группе.</p>",
            "<p>Local initiative stories, from the problem to the decision and the result. "
            "Filter by region, district, municipality, topic, programme, year or vulnerable "
            "group.</p>",
        ),
    },
    "municipalities": {
        "title": T("Муниципалитеттер", "Муниципалитеты", "Municipalities"),
        "intro": T(
            "<p>Облустар боюнча айыл аймактары жана шаарлар: көрсөткүчтөрү, окуялары, "
            "жаңылыктары жана кызмат көрсөтүүлөрдүн реестрлери. Ар бир көрсөткүчтүн датасы "
            "жана булагы көрсөтүлгөн.</p>",
            "<p>Айылные аймаки и города по областям: их показатели, истории, новости и реестры "
            "услуг. У каждого показателя указаны дата и источник.</p>",
            "<p>Aiyl aimaks and towns by region, with their figures, stories, news and service "
            "registers. Every figure shows its date and its source.</p>",
        ),
    },
    "services": {
        "title": T("Муниципалдык кызмат көрсөтүүлөр", "Муниципальные услуги", "Municipal services"),
        "intro": T(
            "<p>Муниципалдык кызмат көрсөтүүлөрдүн жергиликтүү реестрлери: кайсы кызматты ким "
            "көрсөтөт, ал канча турат жана кандай документтер керек. Аялуу топтор демилгелеген "
            "кызмат көрсөтүүлөр реестрге кантип киргенин да көрө аласыз.</p>",
            "<p>Местные реестры муниципальных услуг (МРУ): кто оказывает услугу, сколько она "
            "стоит, какие нужны документы. Здесь же видно, как услуги, предложенные уязвимыми "
            "группами, попадают в реестр.</p>",
            "<p>Local registers of municipal services: who provides each service, what it costs "
            "and which documents you need. You can also follow how services proposed by "
            "vulnerable groups make it into a register.</p>",
        ),
    },
    "news": {
        "title": T("Жаңылыктар", "Новости", "News"),
        "intro": T(
            "<p>Муниципалитеттердин жаңылыктары: угуулар, жыйындар, жаңы кызмат көрсөтүүлөр "
            "жана демилгелер.</p>",
            "<p>Новости муниципалитетов: слушания, сходы, новые услуги и инициативы.</p>",
            "<p>News from the municipalities: hearings, gatherings, new services and "
            "initiatives.</p>",
        ),
    },
}

STANDARD_PAGES = {
    "about": {
        "title": T("Сайт жөнүндө", "О сайте", "About Ashar"),
        "intro": T(
            "Ашар — жергиликтүү демилгелердин окуяларын, муниципалитеттердин профилдерин жана "
            "муниципалдык кызмат көрсөтүүлөрдүн реестрлерин чогулткан ачык сайт.",
            "Ашар — открытый сайт, где собраны истории местных инициатив, профили "
            "муниципалитетов и реестры муниципальных услуг.",
            "Ashar is an open website that brings together local initiative stories, municipal "
            "profiles and registers of municipal services.",
        ),
        "body": [
            ("heading", T("Эмне үчүн", "Зачем", "Why")),
            (
                "paragraph",
                T(
                    "<p>Кыргызстандын жергиликтүү жамааттары өз алдынча уюша билгендиктен "
                    "айылдык инфраструктураны сактап, өнүктүрүп келишет. Швейцария "
                    "каржылаган эки долбоор — ЭҮЖӨБОЖ (ГГПОМСУ) жана УУМУ — тургундар "
                    "жергиликтүү өз алдынча башкаруу органдары менен бирге артыкчылыктуу "
                    "көйгөйлөрдү чечкен 234 окуяны чогулткан. Ашар бул окуяларды жана "
                    "алардын сандарын баарына жеткиликтүү кылат.</p>",
                    "<p>Местные сообщества Кыргызстана благодаря способности к "
                    "самоорганизации сохранили и развивают сельскую инфраструктуру. Два "
                    "проекта, финансируемых Швейцарией, — ГГПОМСУ и УУМУ — собрали 234 "
                    "истории о том, как жители вместе с органами местного самоуправления "
                    "решали приоритетные проблемы. Ашар делает эти истории и их цифры "
                    "доступными всем.</p>",
                    "<p>Kyrgyzstan's local communities have kept and improved rural "
                    "infrastructure through their ability to organise themselves. Two "
                    "Swiss-funded programmes, VAP and PSI, collected 234 stories of residents "
                    "solving priority problems together with their local self-government. "
                    "Ashar makes these stories and their numbers available to everyone.</p>",
                ),
            ),
            ("heading", T("Кимдер үчүн", "Для кого", "Who it is for")),
            (
                "paragraph",
                T(
                    "<p>Айылдардын тургундары, журналисттер жана башка муниципалитеттердин "
                    "кызматкерлери үчүн: «биздикиндей айыл ичүүчү суу маселесин кантип "
                    "чечти?» деген суроого жооп табуу үчүн. Муниципалитеттер үчүн: өз "
                    "жаңылыктарын, окуяларын жана реестрлерин жарыялоо үчүн. Өнөктөш уюмдар "
                    "үчүн: маалыматтарга шилтеме берүү, аларды жүктөп алуу жана кайра "
                    "колдонуу үчүн.</p>",
                    "<p>Для жителей сёл, журналистов и сотрудников других муниципалитетов — "
                    "чтобы найти ответ на вопрос «как село вроде нашего решило проблему с "
                    "питьевой водой». Для муниципалитетов — чтобы публиковать свои новости, "
                    "истории и реестры. Для партнёрских организаций — чтобы ссылаться на "
                    "данные, скачивать и использовать их повторно.</p>",
                    "<p>For villagers, journalists and staff of other municipalities, to find "
                    "out how a village like theirs dealt with drinking water. For "
                    "municipalities, to publish their own news, stories and registers. For "
                    "partner organisations, to cite, download and reuse the data.</p>",
                ),
            ),
            (
                "heading",
                T("Демонстрациялык мазмун", "Демонстрационные материалы", "Demonstration content"),
            ),
            (
                "paragraph",
                T(
                    "<p>Азырынча сайтта демонстрациялык мазмун жайгашкан. Булагы көрсөтүлгөн "
                    "18 окуя ачык булактарда жазылган чыныгы демилгелерге негизделген. Калган "
                    "окуялар, жаңылыктар, реестрлер жана муниципалитеттердин көрсөткүчтөрү "
                    "үлгү катары түзүлгөн; окуялар жана жаңылыктар «үлгү» белгиси менен "
                    "белгиленет. Сүрөттөр компьютерде түзүлгөн иллюстрациялар.</p>",
                    "<p>Сейчас на сайте демонстрационные материалы. 18 историй с указанными "
                    "источниками основаны на реальных инициативах из открытых источников. "
                    "Остальные истории, новости, реестры и показатели муниципалитетов созданы "
                    "как образцы; истории и новости помечены как «пример». Фотографии — "
                    "сгенерированные компьютером иллюстрации.</p>",
                    "<p>For now the site holds demonstration content. The 18 stories that cite "
                    "a source are based on real initiatives reported in public sources. The "
                    "other stories, the news, the registers and the municipal figures are "
                    "samples; stories and news carry a visible “sample” label. The photos are "
                    "computer-generated illustrations.</p>",
                ),
            ),
        ],
    },
    "methodology": {
        "title": T(
            "Окуялар кантип чогултулат жана текшерилет",
            "Как собираются и проверяются истории",
            "How stories are collected and verified",
        ),
        "intro": T(
            "Ар бир окуя бир эле чынжыр боюнча айтылат: көйгөй, ал кантип аныкталганы, чечим, "
            "аткарылган иштер жана натыйжа. Бул барак маалыматтар кайдан келерин жана кантип "
            "текшерилерин түшүндүрөт.",
            "Каждая история рассказывается по одной схеме: проблема, как её выявили, решение, "
            "что сделано и результат. Эта страница объясняет, откуда берутся данные и как их "
            "проверяют.",
            "Every story follows the same chain: the problem, how it was identified, the "
            "decision, what was done and the result. This page explains where the data come "
            "from and how they are checked.",
        ),
        "body": [
            ("heading", T("Окуянын чынжыры", "Схема истории", "The chain of a story")),
            (
                "paragraph",
                T(
                    "<p>Көйгөйдү тургундар өздөрү аныкташат: элет көйгөйүн биргеликте аныктоо "
                    "(ЭКБА), аялуу топтор менен фокус-топтор же коомдук бюджеттик угуулар "
                    "аркылуу. Андан кийин демилгелүү топтор сунуштарды даярдашат, айылдык "
                    "жыйын эки-үч сунуштун бирин добуш берүү менен тандайт. Долбоор "
                    "биргелешип каржыланат: грант, жергиликтүү бюджет жана жамааттын салымы "
                    "(акча, буюм же эмгек). Объект ачылгандан кийин биз канча адам пайда "
                    "көргөнүн, кызматты ким кармаарын жана ким мониторинг жүргүзөрүн "
                    "жазабыз.</p>",
                    "<p>Проблему определяют сами жители: через совместное изучение нужд "
                    "сообщества (СИНС), фокус-группы с уязвимыми группами или публичные "
                    "бюджетные слушания. Затем инициативные группы готовят предложения, а "
                    "сельский сход голосованием выбирает одно из двух-трёх. Проект "
                    "финансируется совместно: грант, местный бюджет и вклад сообщества "
                    "(деньгами, материалами или трудом). После открытия мы записываем, сколько "
                    "людей получили пользу, кто содержит объект и кто ведёт мониторинг.</p>",
                    "<p>Residents identify the problem themselves: through a participatory "
                    "rural appraisal, focus groups with vulnerable groups or public budget "
                    "hearings. Initiative groups then prepare proposals, and a village "
                    "gathering votes for one of two or three. The project is co-financed by a "
                    "grant, the local budget and the community's contribution in cash, in kind "
                    "or in labour. After the opening we record how many people benefit, who "
                    "runs the service and who monitors it.</p>",
                ),
            ),
            ("heading", T("Булактар", "Источники", "Sources")),
            (
                "paragraph",
                T(
                    "<p>Ар бир окуя өзүнүн баштапкы булагын көрсөтөт: долбоорлордун "
                    "жаңылыктары, муниципалитеттин отчёттору же айыл өкмөтүнүн документтери. "
                    "Биз булакта жок фактыларды кошпойбуз; бир нерсе белгисиз болсо, талаа "
                    "бош калат. Бош талаа «нөл» дегенди билдирбейт.</p>",
                    "<p>Каждая история указывает свой первоисточник: новости проектов, отчёты "
                    "муниципалитета или документы айыл окмоту. Мы не добавляем фактов, которых "
                    "нет в источнике; если что-то неизвестно, поле остаётся пустым. Пустое "
                    "поле не означает «ноль».</p>",
                    "<p>Every story names its original source: programme news, municipal "
                    "reports or documents of the aiyl okmotu. We add no facts that the source "
                    "does not give; where something is unknown, the field stays empty. An "
                    "empty field never means zero.</p>",
                ),
            ),
            ("heading", T("Текшерүү", "Проверка", "Verification")),
            (
                "paragraph",
                T(
                    "<p>Муниципалитеттин редактору окуяны же жаңылыкты даярдайт. "
                    "Муниципалитеттин бекитүүчүсү аны текшерет, андан кийин борбордук "
                    "редакция сандарды булак менен салыштырып, жарыялайт. Акчанын бөлүктөрү "
                    "жалпы суммадан, ал эми аялдардын жана добуш бергендердин саны "
                    "катышуучулардын санынан ашпашы керек: сайт мындай каталарды сактоого "
                    "жол бербейт.</p>",
                    "<p>Редактор муниципалитета готовит историю или новость. Утверждающий от "
                    "муниципалитета её проверяет, затем центральная редакция сверяет цифры с "
                    "источником и публикует. Части суммы не могут превышать итог, а число "
                    "женщин и проголосовавших — число участников: сайт не даст сохранить "
                    "такие ошибки.</p>",
                    "<p>A municipal editor drafts the story or news item. The municipality's "
                    "approver checks it, then the central editorial team compares the numbers "
                    "with the source and publishes. The parts of the money cannot exceed the "
                    "total, and women or voters cannot outnumber the participants: the site "
                    "refuses to save such errors.</p>",
                ),
            ),
            ("heading", T("Көрсөткүчтөр", "Показатели", "Figures")),
            (
                "paragraph",
                T(
                    "<p>Муниципалитеттин көрсөткүчтөрү (угуулардын саны, катышуучулар, "
                    "бюджетке киргизилген өзгөртүүлөр ж. б.) датасы жана булагы менен "
                    "жазылат. Башкы беттеги жалпы сандар ар бир муниципалитеттин ар бир "
                    "көрсөткүчү боюнча акыркы жазуунун суммасы катары эсептелет; бир да сан "
                    "кол менен жазылбайт.</p>",
                    "<p>Показатели муниципалитета (число слушаний, участников, изменений "
                    "бюджета и т. д.) записываются с датой и источником. Итоги на главной "
                    "странице — сумма последних записей каждого показателя по каждому "
                    "муниципалитету; ни одно число не вводится вручную.</p>",
                    "<p>A municipality's figures (hearings held, participants, budget changes "
                    "and so on) are recorded with a date and a source. The totals on the home "
                    "page add up the latest record of each figure for each municipality; no "
                    "total is typed in by hand.</p>",
                ),
            ),
            (
                "heading",
                T(
                    "Административдик-аймактык реформа",
                    "Административно-территориальная реформа",
                    "The administrative reform",
                ),
            ),
            (
                "paragraph",
                T(
                    "<p>Айыл аймактары 2023–2024-жылдардагы административдик-аймактык "
                    "реформага чейинки түрүндө берилген. Бириктирилген же аты өзгөргөн "
                    "бирдиктин профилинде бул тууралуу эскертүү жана анын жарактуулук "
                    "мөөнөтү көрсөтүлөт.</p>",
                    "<p>Айылные аймаки показаны такими, какими они были до "
                    "административно-территориальной реформы 2023–2024 годов. В профиле "
                    "объединённой или переименованной единицы есть примечание об этом и срок "
                    "её действия.</p>",
                    "<p>Aiyl aimaks are shown as they were before the 2023–24 "
                    "administrative-territorial reform. The profile of a unit that was merged "
                    "or renamed says so and shows until when it was valid.</p>",
                ),
            ),
        ],
    },
    "data-licence": {
        "title": T("Маалыматтарды колдонуу шарттары", "Лицензия на данные", "Data licence"),
        "intro": T(
            "Сайттагы тексттер жана маалыматтар Creative Commons Attribution 4.0 (CC BY 4.0) "
            "лицензиясы боюнча жеткиликтүү.",
            "Тексты и данные сайта доступны по лицензии Creative Commons Attribution 4.0 "
            "(CC BY 4.0).",
            "The texts and data on this site are available under the Creative Commons "
            "Attribution 4.0 licence (CC BY 4.0).",
        ),
        "body": [
            ("heading", T("Эмне кылууга болот", "Что можно делать", "What you may do")),
            (
                "paragraph",
                T(
                    "<p>Окуяларды, муниципалитеттердин көрсөткүчтөрүн жана реестрлерди "
                    "көчүрүүгө, таратууга, которууга жана кайра колдонууга болот, анын ичинде "
                    "коммерциялык максатта да. Бир гана шарт — булакты көрсөтүү: «Ашар» сайты "
                    "жана окуяга шилтеме, ошондой эле баштапкы булак, эгер ал көрсөтүлгөн "
                    "болсо. Лицензиянын толук тексти: "
                    '<a href="https://creativecommons.org/licenses/by/4.0/deed.ky">'
                    "creativecommons.org</a>.</p>",
                    "<p>Истории, показатели муниципалитетов и реестры можно копировать, "
                    "распространять, переводить и использовать повторно, в том числе в "
                    "коммерческих целях. Единственное условие — указать источник: сайт «Ашар» "
                    "и ссылку на историю, а также первоисточник, если он указан. Полный текст "
                    "лицензии: "
                    '<a href="https://creativecommons.org/licenses/by/4.0/deed.ru">'
                    "creativecommons.org</a>.</p>",
                    "<p>You may copy, share, translate and reuse the stories, municipal "
                    "figures and registers, commercial uses included. The only condition is "
                    "attribution: name the Ashar site with a link to the story, and the "
                    "original source where one is given. The full licence: "
                    '<a href="https://creativecommons.org/licenses/by/4.0/">'
                    "creativecommons.org</a>.</p>",
                ),
            ),
            ("heading", T("Кантип шилтеме берүү керек", "Как ссылаться", "How to cite")),
            (
                "paragraph",
                T(
                    "<p>Ар бир окуянын барагында даяр шилтеме форматтары бар (ГОСТ Р 7.0.5, "
                    "APA, Chicago, BibTeX, RIS). Ар бир тизмени — "
                    '<a href="/ky/stories/">окуяларды</a>, '
                    '<a href="/ky/municipalities/">муниципалитеттерди жана алардын '
                    "көрсөткүчтөрүн</a>, "
                    '<a href="/ky/news/">жаңылыктарды</a>, '
                    '<a href="/ky/services/">кызматтарды</a> жана ар бир реестрди — '
                    "барактагы тандалган чыпкалар менен CSV, XLSX жана JSON форматында "
                    "жүктөп алууга болот. Файлдарда лицензия, булак жана жүктөлгөн күнү "
                    "көрсөтүлөт; ар бир мамычанын мааниси жана өлчөө бирдиги "
                    '<a href="/ky/data-dictionary/">маалыматтар сөздүгүндө</a>. '
                    "Түзүмдүү маалыматтарды API аркылуу да алууга болот.</p>",
                    "<p>На странице каждой истории есть готовые форматы ссылки (ГОСТ Р 7.0.5, "
                    "APA, Chicago, BibTeX, RIS). Каждый список — "
                    '<a href="/ru/stories/">истории</a>, '
                    '<a href="/ru/municipalities/">муниципалитеты и их показатели</a>, '
                    '<a href="/ru/news/">новости</a>, '
                    '<a href="/ru/services/">услуги</a> и каждый реестр — можно скачать в '
                    "CSV, XLSX и JSON с фильтрами, выбранными на странице. В файлах указаны "
                    "лицензия, источник и дата выгрузки; смысл и единица измерения каждого "
                    'столбца — в <a href="/ru/data-dictionary/">словаре данных</a>. '
                    "Структурированные данные доступны и через API.</p>",
                    "<p>Every story page offers ready-made citations (GOST R 7.0.5, APA, "
                    "Chicago, BibTeX, RIS). Every listing — "
                    '<a href="/en/stories/">stories</a>, '
                    '<a href="/en/municipalities/">municipalities and their figures</a>, '
                    '<a href="/en/news/">news</a>, '
                    '<a href="/en/services/">services</a> and each register — can be '
                    "downloaded as CSV, XLSX and JSON with the filters chosen on its page. "
                    "The files name the licence, the source and the date of export; the "
                    '<a href="/en/data-dictionary/">data dictionary</a> gives the meaning '
                    "and unit of every column. The structured data are also available "
                    "through the API.</p>",
                ),
            ),
            (
                "heading",
                T(
                    "Сүрөттөр жана жеке маалыматтар",
                    "Фотографии и персональные данные",
                    "Photos and personal data",
                ),
            ),
            (
                "paragraph",
                T(
                    "<p>Адамдар түшкөн сүрөттөр алардын макулдугу катталган учурда гана "
                    "жарыяланат. Цитаталар ысым менен эмес, роль менен берилет (мисалы, "
                    "«айыл өкмөтүнүн башчысы»), эгерде адам өзү башкача сурабаса. Сүрөттүн "
                    "автору ар бир сүрөттүн астында көрсөтүлөт.</p>",
                    "<p>Фотографии с людьми публикуются только при зафиксированном согласии. "
                    "Цитаты подписываются ролью (например, «глава айыл окмоту»), а не именем, "
                    "если человек не просил иного. Автор снимка указывается под каждой "
                    "фотографией.</p>",
                    "<p>Photos showing people are published only when their consent is "
                    "recorded. Quotes are attributed to a role (such as “head of the aiyl "
                    "okmotu”) rather than a name unless the person asked otherwise. The photo "
                    "credit is shown under each photo.</p>",
                ),
            ),
            (
                "heading",
                T(
                    "Демонстрациялык маалыматтар",
                    "Демонстрационные данные",
                    "Demonstration data",
                ),
            ),
            (
                "paragraph",
                T(
                    "<p>«Үлгү» белгиси бар окуялар жана жаңылыктар, ошондой эле реестрлер "
                    "жана муниципалитеттердин көрсөткүчтөрү демонстрация үчүн түзүлгөн жана "
                    "чыныгы окуяларды сүрөттөбөйт. Аларды изилдөөлөрдө же отчёттордо булак "
                    "катары колдонбоңуз.</p>",
                    "<p>Истории и новости с пометкой «пример», а также реестры и показатели "
                    "муниципалитетов созданы для демонстрации и не описывают реальных "
                    "событий. Не ссылайтесь на них в исследованиях и отчётах.</p>",
                    "<p>Stories and news labelled “sample”, as well as the registers and the "
                    "municipal figures, were made for demonstration and do not describe real "
                    "events. Do not cite them in research or reports.</p>",
                ),
            ),
        ],
    },
}

PROGRAMME_PAGES = {
    "vap": {
        "title": T(
            "Элдин үнү жана ЖӨБ органдарынын жоопкерчилиги",
            "Голос граждан и подотчетность органов МСУ (ГГПОМСУ)",
            "Voice and Accountability (VAP)",
        ),
        "intro": T(
            "Швейцария каржылаган долбоор (2011–2022) тургундардын жергиликтүү бюджеттик "
            "процесске катышуусун колдоду. Аны Өнүктүрүү саясат институту ишке ашырган.",
            "Проект, финансируемый Швейцарией (2011–2022), поддерживал участие жителей в "
            "местном бюджетном процессе. Реализовывал его Институт политики развития.",
            "A Swiss-funded project (2011–2022) that supported residents' participation in the "
            "local budget process, implemented by the Development Policy Institute.",
        ),
        "body": [
            ("heading", T("Долбоор эмне кылды", "Что сделал проект", "What the project did")),
            (
                "paragraph",
                T(
                    "<p>Долбоор айыл аймактарында коомдук бюджеттик угууларды, элет көйгөйүн "
                    "биргеликте аныктоону (ЭКБА), демилгелүү топторду жана биргелешкен "
                    "аракеттердин пландарын жайылтты. Биргелешкен мониторинг жана баалоо "
                    "топтору жергиликтүү өз алдынча башкаруу органдарынын долбоорлорун "
                    "көзөмөлдөштү. «Жергиликтүү демилге» сынактары жамааттардын долбоорлорун "
                    "колдоду.</p>",
                    "<p>Проект распространил в айылных аймаках публичные бюджетные слушания, "
                    "совместное изучение нужд сообщества (СИНС), инициативные группы и планы "
                    "совместных действий. Группы совместного мониторинга и оценки следили за "
                    "проектами органов местного самоуправления. Конкурсы «Местная "
                    "инициатива» поддерживали проекты сообществ.</p>",
                    "<p>The project spread public budget hearings, participatory rural "
                    "appraisal, initiative groups and joint action plans across aiyl aimaks. "
                    "Joint monitoring and evaluation groups followed the projects of local "
                    "self-governments, and “Local Initiative” competitions supported "
                    "community projects.</p>",
                ),
            ),
            ("heading", T("Негизги сандар", "Главные цифры", "Headline figures")),
            (
                "paragraph",
                T(
                    "<p>Презентацияга ылайык, 41 муниципалитеттин 26 000 тургуну "
                    "артыкчылыктуу көйгөйлөрдү аныктоого жана чечүүгө катышкан; 140тан ашык "
                    "угуу өткөрүлүп, аларга 10 миңге жакын адам катышкан; жарандардын "
                    "сунуштары боюнча жергиликтүү бюджеттерге 200дөн ашык өзгөртүү "
                    "киргизилген; 200гө жакын айыл тургуну биргелешкен мониторинг жана "
                    "баалоо топторунда иштейт; бул топтор 700 000ден ашык адамдын "
                    "көйгөйлөрүн чечүүчү 130 долбоорго мониторинг жүргүзөт. Бул сайттагы "
                    "муниципалдык көрсөткүчтөр ушул сандарга дал келет.</p>",
                    "<p>По данным презентации, 26 000 жителей 41 муниципалитета участвовали в "
                    "определении приоритетных проблем и их решении; проведено более 140 "
                    "слушаний с участием почти 10 тысяч человек; по предложениям граждан в "
                    "местные бюджеты внесено более 200 изменений; около 200 жителей сёл "
                    "работают в группах совместного мониторинга и оценки, которые мониторят "
                    "130 проектов, решающих приоритетные проблемы более 700 000 человек. "
                    "Муниципальные показатели на этом сайте складываются в эти цифры.</p>",
                    "<p>According to the presentation, 26,000 residents of 41 municipalities "
                    "took part in identifying and solving priority problems; more than 140 "
                    "hearings were held with almost 10,000 participants; more than 200 "
                    "changes were made to local budgets on citizens' proposals; about 200 "
                    "villagers work in joint monitoring and evaluation groups, which monitor "
                    "130 projects solving priority problems of more than 700,000 people. The "
                    "municipal figures on this site add up to these numbers.</p>",
                ),
            ),
            ("heading", T("Этаптар", "Этапы", "Phases")),
            (
                "paragraph",
                T(
                    "<p>Баштапкы этап: 2011-жылдын ноябры – 2012-жылдын марты; I этап: "
                    "2012–2015; II этап: 2015–2017; негизги этап: 2017–2020; чыгуу этабы: "
                    "2020-жылдын сентябры – 2022-жылдын июну. Долбоор Ысык-Көл жана "
                    "Жалал-Абад облустарынан башталып, 2017-жылдан тартып Нарын, Ош жана Чүй "
                    "облустарында да иштеген.</p>",
                    "<p>Начальная фаза: ноябрь 2011 – март 2012; фаза I: 2012–2015; фаза II: "
                    "2015–2017; основная фаза: 2017–2020; фаза выхода: сентябрь 2020 – июнь "
                    "2022. Проект начинался в Иссык-Кульской и Джалал-Абадской областях, с "
                    "2017 года работал также в Нарынской, Ошской и Чуйской.</p>",
                    "<p>Inception: November 2011 – March 2012; phase I: 2012–2015; phase II: "
                    "2015–2017; main phase: 2017–2020; exit phase: September 2020 – June 2022. "
                    "The project started in Issyk-Kul and Jalal-Abad and from 2017 also "
                    "worked in Naryn, Osh and Chuy.</p>",
                ),
            ),
        ],
    },
    "psi": {
        "title": T(
            "Жергиликтүү деңгээлде кызмат көрсөтүүлөрдү жакшыртуу",
            "Улучшение услуг на местном уровне (УУМУ)",
            "Public Service Improvement (PSI)",
        ),
        "intro": T(
            "Швейцария каржылаган долбоор (2015-жылдан бери, III этабы 2028-жылга чейин). Аны "
            "Helvetas жана Өнүктүрүү саясат институту ишке ашырат.",
            "Проект, финансируемый Швейцарией (с 2015 года, фаза III до 2028 года). "
            "Реализуют Helvetas и Институт политики развития.",
            "A Swiss-funded project (since 2015; phase III runs to 2028) implemented by "
            "Helvetas and the Development Policy Institute.",
        ),
        "body": [
            (
                "heading",
                T("Кызмат көрсөтүүлөрдүн реестри", "Реестр услуг", "The register of services"),
            ),
            (
                "paragraph",
                T(
                    "<p>Муниципалдык кызмат көрсөтүүлөрдүн жергиликтүү реестри — "
                    "кызматтарды пландоонун негизи. Аны жергиликтүү кеңеш бекитет. Долбоор "
                    "муниципалитеттерге реестрди түзүүгө, кызмат көрсөтүүлөрдү жакшыртуу "
                    "пландарын иштеп чыгууга жана аларды каржылоо сынактарына катышууга "
                    "жардам берет.</p>",
                    "<p>Местный реестр муниципальных услуг — основа для планирования услуг. "
                    "Его утверждает местный кенеш. Проект помогает муниципалитетам "
                    "сформировать реестр, разработать планы улучшения услуг и участвовать в "
                    "конкурсах на их финансирование.</p>",
                    "<p>The local register of municipal services is the basis for planning "
                    "services; the local council approves it. The project helps "
                    "municipalities form the register, develop service improvement action "
                    "plans and compete for their funding.</p>",
                ),
            ),
            ("heading", T("Жарандардын катышуусу", "Участие граждан", "Citizens' participation")),
            (
                "paragraph",
                T(
                    "<p>Презентацияга ылайык, жергиликтүү реестрлер жөнүндөгү 14 жободо "
                    "жарандардын кызмат көрсөтүүнү пландоого катышуусу бекитилип, сыноодон "
                    "өткөн. Аялуу топтор демилгелеген 129 кызмат көрсөтүүнүн 64ү "
                    "муниципалдык кызмат көрсөтүүлөрдүн реестрлерине киргизилген. 20 "
                    "реестрде 100дөн ашык кызмат көрсөтүү бар, алардын айрымдары аутсорсингге "
                    "берилген.</p>",
                    "<p>По данным презентации, в 14 Положениях о местных реестрах услуг "
                    "закреплено и протестировано участие граждан в планировании услуги. Из "
                    "129 услуг, инициированных уязвимыми группами граждан, 64 утверждены в "
                    "МРУ. Более 100 услуг в 20 МРУ; часть услуг передана на аутсорсинг.</p>",
                    "<p>According to the presentation, 14 regulations on local registers fix "
                    "and test citizens' participation in planning a service. Of 129 services "
                    "initiated by vulnerable groups, 64 were approved into municipal "
                    "registers. More than 100 services are listed in 20 registers, and some "
                    "have been outsourced.</p>",
                ),
            ),
            (
                "heading",
                T(
                    "Тарифтер жана аялуу топтор",
                    "Тарифы и уязвимые группы",
                    "Tariffs and vulnerable groups",
                ),
            ),
            (
                "paragraph",
                T(
                    "<p>Долбоор тарифтерди коомдук угууларда талкуулап, жергиликтүү кеңеште "
                    "бекитүүнү, ошондой эле аялуу топтор үчүн субсидияларды колдойт. Ичүүчү "
                    "суу боюнча Багыш жана Ак-Чий айыл аймактарынын окуяларын караңыз.</p>",
                    "<p>Проект продвигает тарифы, согласованные на публичных слушаниях и "
                    "утверждённые местным кенешем, и субсидии для уязвимых групп. Смотрите "
                    "истории о питьевой воде в Багышском и Ак-Чийском айылных аймаках.</p>",
                    "<p>The project promotes tariffs agreed at public hearings and approved by "
                    "the local council, with subsidies for vulnerable groups. See the drinking "
                    "water stories of Bagysh and Ak-Chiy aiyl aimaks.</p>",
                ),
            ),
        ],
    },
}
