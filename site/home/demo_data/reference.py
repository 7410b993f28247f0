"""Demo reference data that the CSVs do not carry: the programmes with their headline
figures and the base list of municipal services. Topic styles and vulnerable groups are
reference data every deployment needs: they live in `core.reference_data`."""

from . import T

PRESENTATION_TITLE = T(
    "«Жергиликтүү жамааттар: жаратмандык күч жана мамлекет менен өнөктөштүк» презентациясы",
    "Презентация «Местные сообщества: сила созидания и партнерство с государством»",
    "Presentation “Local communities: a creative force in partnership with the state”",
)

PROGRAMMES = [
    {
        "slug": "vap",
        "abbreviation": "VAP",
        "local_abbreviation": T("ЭҮЖӨБОЖ", "ГГПОМСУ", ""),
        "name": T(
            "Элдин үнү жана ЖӨБ органдарынын жоопкерчилиги: бюджеттик процесс",
            "Голос граждан и подотчетность органов МСУ: бюджетный процесс",
            "Voice of Citizens and Accountability of Local Self-Government Bodies: Budget Process",
        ),
        "implementer": T(
            "Өнүктүрүү саясат институту (ӨСИ)",
            "Институт политики развития (ИПР)",
            "Development Policy Institute (DPI)",
        ),
        "donor": T(
            "Швейцария өкмөтү, Швейцариянын өнүктүрүү жана кызматташтык агенттиги (SDC) аркылуу",
            "Правительство Швейцарии через Швейцарское агентство по развитию и сотрудничеству "
            "(SDC)",
            "Government of Switzerland through the Swiss Agency for Development and "
            "Cooperation (SDC)",
        ),
        "start_year": 2011,
        "end_year": 2022,
        "website": "http://vap.kg/",
        "description": T(
            "Долбоор тургундардын жергиликтүү бюджетти пландоого жана аткарууга катышуусун "
            "колдоду: коомдук бюджеттик угуулар, элет көйгөйүн биргеликте аныктоо (ЭКБА), "
            "биргелешкен аракеттердин пландары, демилгелүү топтор жана биргелешкен мониторинг "
            "жана баалоо топтору. Ысык-Көл жана Жалал-Абад облустарынан башталып, кийин Нарын, "
            "Ош жана Чүй облустарына жайылды.",
            "Проект поддерживал участие жителей в планировании и исполнении местного бюджета: "
            "публичные бюджетные слушания, совместное изучение нужд сообщества (СИНС), планы "
            "совместных действий, инициативные группы и группы совместного мониторинга и "
            "оценки. Начавшись в Иссык-Кульской и Джалал-Абадской областях, он пришёл также в "
            "Нарынскую, Ошскую и Чуйскую.",
            "The project supported residents' participation in planning and executing the "
            "local budget: public budget hearings, participatory rural appraisal, joint action "
            "plans, initiative groups and joint monitoring and evaluation groups. It started "
            "in Issyk-Kul and Jalal-Abad and later also worked in Naryn, Osh and Chuy.",
        ),
    },
    {
        "slug": "psi",
        "abbreviation": "PSI",
        "local_abbreviation": T("", "УУМУ", ""),
        "name": T(
            "Жергиликтүү деңгээлде кызмат көрсөтүүлөрдү жакшыртуу",
            "Улучшение услуг на местном уровне",
            "Public Service Improvement",
        ),
        "implementer": T(
            "Helvetas Swiss Intercooperation жана Өнүктүрүү саясат институту (ӨСИ)",
            "Helvetas Swiss Intercooperation и Институт политики развития (ИПР)",
            "Helvetas Swiss Intercooperation and the Development Policy Institute (DPI)",
        ),
        "donor": T(
            "Швейцария өкмөтү, Швейцариянын өнүктүрүү жана кызматташтык агенттиги (SDC) аркылуу",
            "Правительство Швейцарии через Швейцарское агентство по развитию и сотрудничеству "
            "(SDC)",
            "Government of Switzerland through the Swiss Agency for Development and "
            "Cooperation (SDC)",
        ),
        "start_year": 2015,
        "end_year": 2028,
        "website": "https://dpi.kg/en/activity/projects/full/1/74.html",
        "description": T(
            "Долбоор муниципалитеттерге жергиликтүү кызмат көрсөтүүлөрдүн реестрин түзүүгө "
            "жана бекитүүгө, кызмат көрсөтүүлөрдү жакшыртуу пландарын иштеп чыгууга жана "
            "тургундарды, анын ичинде аялуу топторду, кызматтарды пландоого тартууга жардам "
            "берет. Ысык-Көл жана Жалал-Абад облустарында, 2024-жылдан тартып Чүй жана Талас "
            "облустарында да иштейт.",
            "Проект помогает муниципалитетам сформировать и утвердить местный реестр услуг, "
            "разработать планы улучшения услуг и вовлечь жителей, в том числе уязвимые группы, "
            "в планирование услуг. Работает в Иссык-Кульской и Джалал-Абадской областях, с "
            "2024 года также в Чуйской и Таласской.",
            "The project helps municipalities form and approve their local register of "
            "services, develop service improvement action plans and involve residents, "
            "vulnerable groups among them, in planning services. It works in Issyk-Kul and "
            "Jalal-Abad, and since 2024 also in Chuy and Talas.",
        ),
    },
    {
        "slug": "aris",
        "abbreviation": "ARIS",
        "local_abbreviation": T("АРИС", "АРИС", ""),
        "name": T(
            "Айылдык инвестициялар долбоору – 3 (Дүйнөлүк банк)",
            "Проект сельских инвестиций – 3 (Всемирный банк)",
            "Village Investment Project 3 (World Bank)",
        ),
        "implementer": T(
            "Жамааттарды өнүктүрүү жана инвестициялоо агенттиги (АРИС)",
            "Агентство развития и инвестирования сообществ (АРИС)",
            "Community Development and Investment Agency (ARIS)",
        ),
        "donor": T("Дүйнөлүк банк", "Всемирный банк", "World Bank"),
        "start_year": None,
        "end_year": None,
        "website": "https://www.aris.kg/",
        "description": T(
            "Дүйнөлүк банктын каржылоосу менен айылдык инфраструктурага инвестициялар. Бул "
            "сайтта ал Швейцария долбоорлору менен катар эки окуя аркылуу гана берилген.",
            "Инвестиции в сельскую инфраструктуру за счёт Всемирного банка. На этом сайте "
            "представлен двумя историями рядом с проектами Швейцарии.",
            "Investment in rural infrastructure financed by the World Bank. On this site it "
            "appears through two stories, next to the Swiss-funded projects.",
        ),
    },
]

# The VAP headline figures of the presentation (slide 7): kind, qualifier, value.
VAP_FIGURES = [
    ("residents_involved", "exact", 26_000),
    ("hearings_held", "more_than", 140),
    ("hearing_participants", "about", 10_000),
    ("budget_changes", "more_than", 200),
    ("monitoring_members", "about", 200),
    ("projects_monitored", "exact", 130),
    ("people_benefiting", "more_than", 700_000),
]

# The PSI figures of the same presentation, about the registers: 14 regulations fixing
# citizens' participation, 129 services initiated by vulnerable groups → 64 approved,
# "more than 100 services in 20 registers". The programme page sets them beside what
# the registers published here record (computed, see home.selectors).
PSI_FIGURES = [
    ("participation_regulations", "exact", 14),
    ("services_by_vulnerable_groups", "exact", 129),
    ("approved_from_vulnerable_groups", "exact", 64),
    ("services_in_registers", "more_than", 100),
    ("registers", "exact", 20),
]

# What the 41 municipalities' latest records add up to: each agrees with its headline.
VAP_MUNICIPAL_TOTALS = {
    "residents_involved": 26_000,
    "hearings_held": 146,
    "hearing_participants": 9_870,
    "budget_changes": 214,
    "monitoring_members": 196,
    "projects_monitored": 130,
    "people_benefiting": 712_430,
}

BASE_SERVICE_CATEGORIES = [
    (
        "1",
        T("Коммуналдык кызмат көрсөтүүлөр", "Коммунальные услуги", "Utilities and public works"),
    ),
    ("2", T("Билим берүү", "Образование", "Education")),
    (
        "3",
        T(
            "Маданият, спорт жана эс алуу",
            "Культура, спорт и досуг",
            "Culture, sport and leisure",
        ),
    ),
    ("4", T("Социалдык колдоо", "Социальная поддержка", "Social support")),
    (
        "5",
        T(
            "Маалымкаттар, каттоо жана маалымдоо",
            "Справки, регистрация и информирование",
            "Certificates, registration and information",
        ),
    ),
    ("6", T("Ритуалдык кызматтар", "Ритуальные услуги", "Burial services")),
]

# code, slug, topic slug, names, description.
BASE_SERVICES = [
    (
        "1.1",
        "drinking-water-supply",
        "drinking-water",
        T("Ичүүчү суу менен камсыз кылуу", "Обеспечение питьевой водой", "Drinking water supply"),
    ),
    (
        "1.2",
        "solid-waste-collection",
        "solid-waste",
        T(
            "Катуу тиричилик калдыктарын чогултуу жана ташып чыгаруу",
            "Сбор и вывоз твёрдых бытовых отходов",
            "Collection and removal of solid waste",
        ),
    ),
    (
        "1.3",
        "street-lighting",
        "street-lighting",
        T(
            "Көчөлөрдү жана коомдук жайларды жарыктандыруу",
            "Освещение улиц и общественных мест",
            "Lighting of streets and public places",
        ),
    ),
    (
        "1.4",
        "internal-roads",
        "local-roads",
        T("Ички жолдорду кармоо", "Содержание внутренних дорог", "Maintenance of internal roads"),
    ),
    (
        "1.5",
        "public-spaces",
        "public-spaces",
        T(
            "Коомдук жайларды көрктөндүрүү",
            "Благоустройство общественных пространств",
            "Improvement of public spaces",
        ),
    ),
    (
        "2.1",
        "pre-school-education",
        "preschool",
        T("Мектепке чейинки билим берүү", "Дошкольное образование", "Pre-school education"),
    ),
    (
        "2.2",
        "school-transport",
        "school-transport",
        T("Окуучуларды мектепке ташуу", "Подвоз учащихся к школе", "School transport"),
    ),
    (
        "2.3",
        "childrens-clubs",
        "childrens-clubs",
        T("Балдар үчүн ийримдер", "Детские кружки и студии", "Children's clubs and studios"),
    ),
    (
        "3.1",
        "culture-houses",
        "culture-leisure",
        T(
            "Маданият үйлөрү жана маданий иш-чаралар",
            "Дома культуры и культурно-досуговые мероприятия",
            "Culture houses and cultural events",
        ),
    ),
    (
        "3.2",
        "libraries",
        "culture-leisure",
        T("Китепкана кызматы", "Библиотечное обслуживание", "Library services"),
    ),
    (
        "3.3",
        "sport",
        "sport",
        T(
            "Спорт аянтчалары жана спорттук иш-чаралар",
            "Спортивные площадки и мероприятия",
            "Sports grounds and events",
        ),
    ),
    (
        "4.1",
        "tariff-subsidies",
        "social-support",
        T(
            "Аялуу үй-бүлөлөргө тарифтерди субсидиялоо",
            "Субсидирование тарифов для уязвимых семей",
            "Tariff subsidies for vulnerable households",
        ),
    ),
    (
        "4.2",
        "home-care",
        "social-support",
        T(
            "Жалгыз жашаган кары-картаңдарга үйдө социалдык тейлөө",
            "Социальное обслуживание на дому одиноких пожилых людей",
            "Home care for elderly people living alone",
        ),
    ),
    (
        "5.1",
        "household-book-certificates",
        "certificates-registration",
        T(
            "Чарба китебинен маалымкаттарды жана көчүрмөлөрдү берүү",
            "Выдача справок и выписок из похозяйственной книги",
            "Certificates and extracts from the household book",
        ),
    ),
    (
        "5.2",
        "citizens-budget",
        "budget-transparency",
        T(
            "Жергиликтүү бюджет тууралуу маалымдоо (жарандык бюджет)",
            "Информирование о местном бюджете (гражданский бюджет)",
            "Informing residents about the local budget (citizens' budget)",
        ),
    ),
    (
        "6.1",
        "cemeteries",
        "cemeteries",
        T(
            "Көрүстөндөрдү күтүү жана сөөк коюуга жер бөлүү",
            "Содержание кладбищ и выделение мест для захоронения",
            "Cemetery upkeep and burial plots",
        ),
    ),
]

BASE_SERVICE_NOTE = T(
    "Демонстрациялык тизме: Өкмөттүн 2014-жылдагы № 302 токтому менен бекитилген базалык "
    "реестрдин 13 кызмат көрсөтүүсүнүн расмий аталыштары табылган жок.",
    "Демонстрационный перечень: официальные названия 13 услуг базового реестра, "
    "утверждённого постановлением Правительства № 302 от 2014 года, найти не удалось.",
    "A demonstration list: the official names of the 13 services of the basic register set "
    "by Government decree No. 302 of 2014 could not be found.",
)
